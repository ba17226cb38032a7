import { afterAll, describe, it, expect } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { loadProject } from '../../src/laravel/project.js'
import { envOutsideConfig } from '../../src/rules/env-outside-config.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { runRule, starts } from '../../test-support/php.js'
import type { LaravelProject } from '../../src/laravel/types.js'

const CONTROLLER = 'app/Http/Controllers/HomeController.php'
const VIEW = 'resources/views/home.blade.php'

const run = (text: string, path = CONTROLLER) => runRule(envOutsideConfig, path, text)

afterAll(removeTempApps)

describe('env-outside-config', () => {
  it('has the catalogue meta and is registered', () => {
    expect(envOutsideConfig.meta).toMatchObject({
      id: 'env-outside-config',
      level: 'code',
      defaultSeverity: 'error'
    })
    expect(codeRules).toContain(envOutsideConfig)
  })

  describe('fires', () => {
    it.each<[string, string, string, string[]]>([
      ['a plain env() call', CONTROLLER, "<?php\n$url = env('APP_URL');\n", ['2:8']],
      [
        'ENV() in capitals (function names are case-insensitive)',
        CONTROLLER,
        "<?php\n$a = ENV('APP_KEY');\n",
        ['2:6']
      ],
      ['\\env() fully qualified', CONTROLLER, "<?php\nnamespace App;\n$a = \\env('X');\n", ['3:6']],
      [
        'unqualified env() in a namespace (falls back to the global helper)',
        CONTROLLER,
        "<?php\nnamespace App\\Http;\nclass A { function f() { return env('X', 'd'); } }\n",
        ['3:33']
      ],
      [
        "a call split over lines: env (\\n 'X')",
        CONTROLLER,
        "<?php\n$a = env (\n    'APP_URL'\n);\n",
        ['2:6']
      ],
      [
        'Env::get through an import',
        CONTROLLER,
        "<?php\nnamespace App;\nuse Illuminate\\Support\\Env;\n$a = Env::get('X');\n",
        ['4:6']
      ],
      [
        '\\Illuminate\\Support\\Env::getOrFail',
        CONTROLLER,
        "<?php\nnamespace App;\n$a = \\Illuminate\\Support\\Env::getOrFail('X');\n",
        ['3:6']
      ],
      [
        'an aliased Env class',
        CONTROLLER,
        "<?php\nnamespace App;\nuse Illuminate\\Support\\Env as E;\n$a = E::GET('X');\n",
        ['4:6']
      ],
      [
        'an aliased Env class in one of several methods',
        CONTROLLER,
        "<?php\nnamespace App;\nuse Illuminate\\Support\\Env as E;\nclass C\n{\n    public function a(): int\n    {\n        return 1;\n    }\n\n    public function b(): ?string\n    {\n        return E::get('X');\n    }\n}\n",
        ['13:16']
      ],
      ['{{ env() }} in Blade', VIEW, '<html>\n  <a href="{{ env(\'APP_URL\') }}">home</a>\n', ['2:15']],
      ['@if (env()) in Blade', VIEW, "<div>\n@if (env('FEATURE_X'))\n  on\n@endif\n", ['2:6']],
      ['env() in a Blade @php block', VIEW, "@php\n    $key = env('STRIPE_KEY');\n@endphp\n", ['2:12']],
      [
        'env() in a {!! !!} raw echo and in @include data',
        VIEW,
        "{!! env('A') !!}\n@include('x', ['b' => env('B')])\n",
        ['1:5', '2:23']
      ],
      ['a bound Blade component attribute', VIEW, '<x-banner\n    :url="env(\'PROMO_URL\')" />\n', ['2:11']],
      ['several calls in one expression', CONTROLLER, "<?php\n$a = env('A') ?: env('B');\n", ['2:6', '2:18']],
      [
        'env() used as a default of another env()',
        CONTROLLER,
        "<?php\n$a = env('A', env('B'));\n",
        ['2:6', '2:15']
      ],
      [
        'use function env as an alias of the global helper',
        CONTROLLER,
        "<?php\nnamespace App;\nuse function env as e;\n$a = e('X');\n",
        ['4:6']
      ],
      ['a dynamic key', CONTROLLER, '<?php\n$a = env($name);\n', ['2:6']]
    ])('%s', (_title, path, text, expected) => {
      expect(starts(run(text, path))).toEqual(expected)
    })
  })

  describe('does not fire', () => {
    it.each<[string, string, string]>([
      ['getenv()', CONTROLLER, "<?php\n$a = getenv('APP_URL');\n"],
      ['putenv()', CONTROLLER, "<?php\nputenv('A=1');\n"],
      ['a method named env: ->env()', CONTROLLER, "<?php\n$process->env(['A' => 1]);\n"],
      [
        'Process::env()',
        CONTROLLER,
        "<?php\nuse Illuminate\\Support\\Facades\\Process;\nProcess::env(['A' => 'b'])->run('ls');\n"
      ],
      [
        'create_env() and other names containing env',
        CONTROLLER,
        "<?php\ncreate_env('X'); env_get('Y'); $env('Z');\n"
      ],
      [
        'app()->environment()',
        CONTROLLER,
        "<?php\nif (app()->environment('local')) {}\nApp::environment();\n"
      ],
      [
        'env( in comments and docblocks',
        CONTROLLER,
        "<?php\n// env('A')\n/** @see env('B') */\n# env('C')\n/* env('D') */\n$a = 1;\n"
      ],
      [
        'env( inside strings',
        CONTROLLER,
        "<?php\n$a = \"env('A')\" . 'env(\"B\")';\n$b = <<<TXT\nenv('C')\nTXT;\n"
      ],
      [
        "Blade's @env('local') directive",
        VIEW,
        "@env('local')\n  <script src=\"/debug.js\"></script>\n@endenv\n@env(['staging', 'local']) x @endenv\n"
      ],
      [
        'CSS env(safe-area-inset-top) in a Blade file',
        VIEW,
        '<style>\n  .bar { padding-top: env(safe-area-inset-top); }\n</style>\n<div style="padding: env(safe-area-inset-bottom)"></div>\n'
      ],
      [
        'a user-defined function env in a namespace',
        CONTROLLER,
        "<?php\nnamespace App\\Support;\nfunction env($key) { return $key; }\n$a = env('X');\n"
      ],
      [
        'use function Foo\\env',
        CONTROLLER,
        "<?php\nnamespace App;\nuse function Foo\\Bar\\env;\n$a = env('X');\n"
      ],
      ['namespace\\env() in a namespace', CONTROLLER, "<?php\nnamespace App;\n$a = namespace\\env('X');\n"],
      [
        '\\Foo\\env() and Foo\\env()',
        CONTROLLER,
        "<?php\nnamespace App;\n$a = \\Foo\\env('X') . Foo\\env('Y');\n"
      ],
      [
        'Env::get on a user class named Env',
        CONTROLLER,
        "<?php\nnamespace App;\nuse App\\Support\\Env;\n$a = Env::get('X');\n"
      ],
      [
        'escaped Blade echo @{{ env() }} and @verbatim',
        VIEW,
        "@{{ env('A') }}\n@verbatim {{ env('B') }} @endverbatim\n"
      ],
      ['a Blade comment', VIEW, "{{-- {{ env('A') }} --}}\n"],
      ['a @php block inside a Blade comment', VIEW, "{{-- @php env('C3') @endphp --}}\n"],
      ['config() instead', CONTROLLER, "<?php\n$a = config('app.url');\n"]
    ])('%s', (_title, path, text) => {
      expect(run(text, path)).toEqual([])
    })

    it('stays silent in config files', () => {
      const reports = runRule(
        envOutsideConfig,
        'config/app.php',
        "<?php\nreturn ['url' => env('APP_URL')];\n",
        {
          isConfigFile: true
        }
      )
      expect(reports).toEqual([])
    })
  })

  describe('reports', () => {
    it('names the key, anchors the call and fingerprints by key', () => {
      const [report] = run("<?php\n$url = env('APP_URL', 'http://localhost');\n")
      expect(report).toEqual({
        path: CONTROLLER,
        span: { line: 2, column: 8, endLine: 2, endColumn: 42 },
        message:
          "env('APP_URL') outside config/ returns null once `php artisan config:cache` has run; read it in a config file and use config('…') here.",
        evidence: [],
        fingerprintKey: 'env:APP_URL'
      })
    })

    it('spans a multi-line call and names Env::get', () => {
      const [report] = run("<?php\nuse Illuminate\\Support\\Env;\n$a = Env::get(\n  'X'\n);\n")
      expect(report.span).toEqual({ line: 3, column: 6, endLine: 5, endColumn: 2 })
      expect(report.message).toMatch(/^Env::get\('X'\) outside config\//)
    })

    it('shows a dynamic key as written', () => {
      const [report] = run('<?php\n$a = env($prefix . "_KEY");\n')
      expect(report.message).toMatch(/^env\(\$prefix \. "_KEY"\) outside/)
      expect(report.fingerprintKey).toBe('env:env($prefix . "_KEY")')
    })

    it('points at the existing config key when a config file already reads the variable', () => {
      const project = { configReadsEnv: (key: string) => key === 'APP_URL' } as unknown as LaravelProject
      const [report] = runRule(envOutsideConfig, CONTROLLER, "<?php\nenv('APP_URL');\n", { project })
      expect(report.message).toContain('a config file already reads APP_URL')
    })

    it('names the config key that reads the variable, with its config line as evidence', () => {
      const root = tempApp(null, {
        artisan: '',
        'composer.json': JSON.stringify({ require: { 'laravel/framework': '^12.0' } }),
        'config/app.php':
          "<?php\n\nreturn [\n    'name' => 'Shop',\n    'url' => env('APP_URL', 'http://localhost'),\n];\n",
        'config/services.php':
          "<?php\n\nreturn [\n    'stripe' => [\n        'key' => (string) env('STRIPE_KEY'),\n        'hook' => env('HOOK_BASE') . '/stripe',\n    ],\n];\n"
      })
      const project = loadProject(new FsWorkspace(root), '')
      const code =
        "<?php\n$a = env('APP_URL');\n$b = env('STRIPE_KEY');\n$c = env('HOOK_BASE');\n$d = env('SESSION_DRIVER');\n"
      const [url, stripe, hook, session] = runRule(envOutsideConfig, CONTROLLER, code, { project })
      expect(url.message).toContain("config('app.url') already reads APP_URL: use it here.")
      expect(url.evidence).toEqual([
        { path: 'config/app.php', line: 5, note: "config('app.url') reads env('APP_URL')" }
      ])
      expect(stripe.message).toContain("config('services.stripe.key') already reads STRIPE_KEY: use it here.")
      expect(stripe.evidence).toEqual([
        {
          path: 'config/services.php',
          line: 5,
          note: "config('services.stripe.key') reads env('STRIPE_KEY')"
        }
      ])
      // Read inside a larger value: no config key holds it as it is.
      expect(hook.message).toContain("a config file already reads HOOK_BASE: use that config('…') key here.")
      expect(hook.evidence).toEqual([])
      // Read by a framework default (Laravel 11+ without config/session.php): the key, no file line.
      expect(session.message).toContain("config('session.driver') already reads SESSION_DRIVER")
      expect(session.evidence).toEqual([])
    })

    it('reports Blade positions in the template', () => {
      const text = [
        '<ul>',
        '  @foreach ($items as $item)',
        "    <li>{{ $item }} {{ env('SUFFIX') }}</li>",
        '  @endforeach',
        '</ul>'
      ].join('\n')
      const [report] = run(text, VIEW)
      expect(report.span).toEqual({ line: 3, column: 24, endLine: 3, endColumn: 37 })
    })
  })

  it('says how to declare a config directory kept outside config/, for a file that returns an array', () => {
    const hint = 'list its directory in `configPaths`'
    // BookStack keeps its config in app/Config (a custom Application::configPath()).
    const [asConfig] = run(
      "<?php\n\nreturn [\n    'name' => env('APP_NAME', 'BookStack'),\n];\n",
      'app/Config/app.php'
    )
    expect(asConfig.message).toContain(hint)
    const [namespaced] = run("<?php\nnamespace X;\nreturn ['a' => env('A')];\n", 'app/Config/x.php')
    expect(namespaced.message).toContain(hint)
    // Code that merely returns something else, or an array from inside a function, gets no hint.
    for (const text of [
      "<?php\nreturn env('A');\n",
      "<?php\nfunction f() { return ['a' => env('A')]; }\n",
      "<?php\nclass C { function f() { return [env('A')]; } }\n"
    ]) {
      const [report] = run(text)
      expect([text, report.message.includes(hint)]).toEqual([text, false])
    }
  })
})
