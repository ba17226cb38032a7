import { afterAll, describe, expect, it } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { customConfigDir } from '../../src/laravel/config-path.js'
import { loadProject } from '../../src/laravel/project.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(() => removeTempApps())

const COMPOSER = JSON.stringify({
  require: { 'laravel/framework': '^12.0' },
  autoload: { 'psr-4': { 'BookStack\\': 'app/', 'App\\': ['src/', 'app/'] } }
})

/** BookStack's own Application subclass (app/App/Application.php). */
const BOOKSTACK_APPLICATION = `<?php

namespace BookStack\\App;

class Application extends \\Illuminate\\Foundation\\Application
{
    public function configPath($path = '')
    {
        return $this->basePath
            . DIRECTORY_SEPARATOR
            . 'app'
            . DIRECTORY_SEPARATOR
            . 'Config'
            . ($path ? DIRECTORY_SEPARATOR . $path : $path);
    }
}
`

function app(files: Record<string, string>): string {
  return tempApp(null, { artisan: '', 'composer.json': COMPOSER, ...files })
}

const dirOf = (root: string): string | null => customConfigDir(new FsWorkspace(root), '')?.dir ?? null

describe('customConfigDir: config files kept outside config/', () => {
  it("finds an Application subclass's configPath() (BookStack: app/Config), with the line that says so", () => {
    const root = app({
      'bootstrap/app.php':
        '<?php\n\n$app = new \\BookStack\\App\\Application(\n    dirname(__DIR__)\n);\n\nreturn $app;\n',
      'app/App/Application.php': BOOKSTACK_APPLICATION
    })
    expect(customConfigDir(new FsWorkspace(root), '')).toEqual({
      dir: 'app/Config',
      path: 'app/App/Application.php',
      line: 9
    })
  })

  it('follows an import, a second PSR-4 directory, $this->basePath() and base_path()', () => {
    const subclass = (body: string) =>
      `<?php\nnamespace App\\Foundation;\nclass MyApp extends \\Illuminate\\Foundation\\Application\n{\n    public function configPath($path = '')\n    {\n        ${body}\n    }\n}\n`
    for (const [body, dir] of [
      ["return $this->basePath('settings').($path ? '/'.$path : '');", 'settings'],
      ["return base_path('etc/config');", 'etc/config'],
      ["return $this->basePath().DIRECTORY_SEPARATOR.'conf';", 'conf']
    ] as const) {
      const root = app({
        'bootstrap/app.php':
          '<?php\nuse App\\Foundation\\MyApp;\n$app = new MyApp(dirname(__DIR__));\nreturn $app;\n',
        'app/Foundation/MyApp.php': subclass(body)
      })
      expect([body, dirOf(root)]).toEqual([body, dir])
    }
  })

  it('finds $app->useConfigPath(…) with __DIR__, dirname() and base_path()', () => {
    for (const [call, dir] of [
      ["$app->useConfigPath(__DIR__.'/../etc/config');", 'etc/config'],
      ["$app->useConfigPath(dirname(__DIR__).'/settings');", 'settings'],
      ["$app->useConfigPath(realpath(__DIR__.'/../conf'));", 'conf']
    ] as const) {
      const root = app({
        'bootstrap/app.php': `<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n${call}\nreturn $app;\n`
      })
      expect([call, dirOf(root)]).toEqual([call, dir])
    }
  })

  it("follows $app->basePath(…) on the bootstrap's application variable (Laravel 10 and 11+ shapes)", () => {
    const configure =
      "<?php\n\nuse Illuminate\\Foundation\\Application;\n\n$app = Application::configure(basePath: dirname(__DIR__))\n    ->withRouting(commands: __DIR__.'/../routes/console.php')\n    ->create();\n\n$app->useConfigPath($app->basePath('app/Config'));\n\nreturn $app;\n"
    expect(customConfigDir(new FsWorkspace(app({ 'bootstrap/app.php': configure })), '')).toEqual({
      dir: 'app/Config',
      path: 'bootstrap/app.php',
      line: 9
    })
    for (const [bootstrap, dir] of [
      [
        "<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n$app->useConfigPath($app->basePath('etc/config'));\n",
        'etc/config'
      ],
      [
        "<?php\n$application = new \\Illuminate\\Foundation\\Application(dirname(__DIR__));\n$application->useConfigPath($application->basePath().'/settings');\n",
        'settings'
      ],
      [
        "<?php\nuse Illuminate\\Foundation\\Application as Foundation;\n$app = Foundation::configure(basePath: dirname(__DIR__))->create();\n$app->useConfigPath($app->basePath(DIRECTORY_SEPARATOR.'conf'));\n",
        'conf'
      ],
      [
        "<?php\n$app = new \\BookStack\\App\\Application(dirname(__DIR__));\n$app->useConfigPath($app->basePath('app/Config'));\n",
        'app/Config'
      ]
    ] as const) {
      expect([bootstrap, dirOf(app({ 'bootstrap/app.php': bootstrap }))]).toEqual([bootstrap, dir])
    }
    // basePath() on anything else is not known to be the app's base path.
    for (const bootstrap of [
      "<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n$paths = new App\\Paths();\n$app->useConfigPath($paths->basePath('etc/config'));\n",
      "<?php\n$app = Application::configure(basePath: dirname(__DIR__))->withRouting();\n$app->useConfigPath($app->basePath('etc/config'));\n",
      "<?php\n$app = Other::configure(basePath: dirname(__DIR__))->create();\n$app->useConfigPath($app->basePath('etc/config'));\n"
    ]) {
      expect([bootstrap, dirOf(app({ 'bootstrap/app.php': bootstrap }))]).toEqual([bootstrap, null])
    }
  })

  it('nothing for the usual bootstraps, config/ itself, or paths it cannot tell', () => {
    const bootstraps = [
      // Laravel 11+
      "<?php\nuse Illuminate\\Foundation\\Application;\nreturn Application::configure(basePath: dirname(__DIR__))\n    ->withRouting(web: __DIR__.'/../routes/web.php')\n    ->create();\n",
      // Laravel 10
      "<?php\n$app = new Illuminate\\Foundation\\Application(\n    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)\n);\nreturn $app;\n",
      "<?php\n$app = new \\Illuminate\\Foundation\\Application(dirname(__DIR__));\n$app->useConfigPath(__DIR__.'/../config');\n",
      "<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n$app->useConfigPath(env('CONFIG_DIR'));\n",
      "<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n$app->useConfigPath('/etc/myapp');\n",
      "<?php\n$app = new Illuminate\\Foundation\\Application(dirname(__DIR__));\n$app->useConfigPath(__DIR__.'/../../shared');\n",
      // A subclass that does not override configPath(), and one that is not in the autoload map.
      '<?php\n$app = new \\BookStack\\App\\Plain(dirname(__DIR__));\n',
      '<?php\n$app = new \\Elsewhere\\Application(dirname(__DIR__));\n'
    ]
    for (const bootstrap of bootstraps) {
      const root = app({
        'bootstrap/app.php': bootstrap,
        'app/App/Plain.php':
          '<?php\nnamespace BookStack\\App;\nclass Plain extends \\Illuminate\\Foundation\\Application {}\n'
      })
      expect([bootstrap, dirOf(root)]).toEqual([bootstrap, null])
    }
    expect(dirOf(app({}))).toBeNull()
  })

  it('makes the project read that directory as config, over config/', () => {
    const root = app({
      'bootstrap/app.php': '<?php\n\n$app = new \\BookStack\\App\\Application(\n    dirname(__DIR__)\n);\n',
      'app/App/Application.php': BOOKSTACK_APPLICATION,
      'app/Config/session.php': "<?php\n\nreturn [\n    'driver' => env('SESSION_DRIVER', 'database'),\n];\n",
      '.env': 'SESSION_DRIVER=redis\n'
    })
    const project = loadProject(new FsWorkspace(root), '')
    expect(project.isConfigFile('app/Config/session.php')).toBe(true)
    expect(project.isConfigFile('config/session.php')).toBe(true)
    expect(project.isConfigFile('app/Http/Controller.php')).toBe(false)
    expect(project.session().driver.value).toBe('redis')
    expect(project.configReadsEnv('SESSION_DRIVER')).toBe(true)
  })
})
