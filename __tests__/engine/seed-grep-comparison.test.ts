// The seed's audit script (../shared/seed: "audit-statelessness.sh") against this engine, case by
// case: what the grep misses and what it wrongly flags. Each grep below is the seed's own command.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

const SEED_CHECKS = {
  session: 'grep "SESSION_DRIVER=file" .env',
  cache: 'grep "CACHE_DRIVER=file" .env',
  filesystem: 'grep "FILESYSTEM_DRIVER=local" .env',
  env: 'grep -r "env(" --include="*.php" --exclude-dir=vendor --exclude-dir=config | grep -v "config/"',
  storagePath: 'grep -r "storage/app/public" --include="*.php" --exclude-dir=vendor'
} as const

type SeedCheck = keyof typeof SEED_CHECKS

/**
 * Lines the seed's grep prints for one check, run in the app dir as the script would be; with
 * `only`, just the lines about that file (the fixture has look-alikes of its own).
 */
function grep(dir: string, check: SeedCheck, only?: string): string[] {
  const run = spawnSync('bash', ['-c', SEED_CHECKS[check]], { cwd: dir, encoding: 'utf8' })
  return run.stdout.split('\n').filter((l) => l !== '' && (only === undefined || l.startsWith(`${only}:`)))
}

async function engine(dir: string): Promise<string[]> {
  const result = await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
  return result.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)
}

// The stateless fixture yields no finding; each case adds one file or one env line to it.
function app(files: Record<string, string>): string {
  return tempApp('stateless', files)
}

const php = (body: string): string => `<?php\n\nnamespace App\\Support;\n\n${body}\n`

describe('env() outside config/: what the grep wrongly flags', () => {
  const lookalikes: [string, string][] = [
    ['getenv(', php("return getenv('APP_KEY');")],
    ['->env(', php("return $process->env(['A' => 'b']);")],
    [
      'Process::env(',
      php("use Illuminate\\Support\\Facades\\Process;\n\nProcess::env(['A' => 'b'])->run('ls');")
    ],
    ['create_env(', php("return create_env('staging');")],
    ['a comment', php('// Never call env() here: it returns null once config is cached.\nreturn 1;')],
    ['a string', php("return 'use env() only in config files';")]
  ]
  for (const [name, code] of lookalikes) {
    it(`does not flag ${name}`, async () => {
      const dir = app({ 'app/Support/Case.php': code })
      expect(grep(dir, 'env', 'app/Support/Case.php')).toHaveLength(1)
      expect(await engine(dir)).toEqual([])
    })
  }

  it("does not flag Blade's @env('local') directive or CSS env(safe-area-inset-top)", async () => {
    const dir = app({
      'resources/views/layout.blade.php':
        "<style>body { padding-top: env(safe-area-inset-top); }</style>\n@env('local')\n<p>dev</p>\n@endenv\n"
    })
    expect(grep(dir, 'env', 'resources/views/layout.blade.php')).toHaveLength(2)
    expect(await engine(dir)).toEqual([])
  })

  it('does not flag env() in a config directory other than config/ (configPaths)', async () => {
    const dir = app({
      'modules/billing/settings/billing.php': "<?php\n\nreturn ['key' => env('BILLING_KEY')];\n",
      'stateless-audit.json': '{"configPaths": ["modules/billing/settings"]}'
    })
    expect(grep(dir, 'env', 'modules/billing/settings/billing.php')).toHaveLength(1)
    expect(await engine(dir)).toEqual([])
  })
})

describe('env() outside config/: what the grep misses', () => {
  it('ENV() in capitals (PHP function names are case-insensitive)', async () => {
    const dir = app({ 'app/Support/Case.php': php("return ENV('APP_KEY');") })
    expect(grep(dir, 'env', 'app/Support/Case.php')).toEqual([])
    expect(await engine(dir)).toEqual(['env-outside-config app/Support/Case.php:5'])
  })

  it('Env::get() and Env::getOrFail()', async () => {
    const dir = app({
      'app/Support/Case.php': php(
        "use Illuminate\\Support\\Env;\n\n$a = Env::get('A');\n$b = Env::getOrFail('B');"
      )
    })
    expect(grep(dir, 'env', 'app/Support/Case.php')).toEqual([])
    expect(await engine(dir)).toEqual([
      'env-outside-config app/Support/Case.php:7',
      'env-outside-config app/Support/Case.php:8'
    ])
  })

  it('env() in any directory merely named config, such as app/Support/config/', async () => {
    const dir = app({ 'app/Support/config/Loader.php': php("return env('LOADER');") })
    expect(grep(dir, 'env', 'app/Support/config/Loader.php')).toEqual([])
    expect(await engine(dir)).toEqual(['env-outside-config app/Support/config/Loader.php:5'])
  })

  it('a call split as env (…) across lines', async () => {
    const dir = app({ 'app/Support/Case.php': php("return env (\n    'SPLIT'\n);") })
    expect(grep(dir, 'env', 'app/Support/Case.php')).toEqual([])
    expect(await engine(dir)).toEqual(['env-outside-config app/Support/Case.php:5'])
  })

  it("{{ env('X') }} in Blade: both find it, the engine on the template's own line", async () => {
    const dir = app({ 'resources/views/x.blade.php': "<h1>Shop</h1>\n<p>{{ env('SHOP_NAME') }}</p>\n" })
    expect(grep(dir, 'env', 'resources/views/x.blade.php')).toHaveLength(1)
    expect(await engine(dir)).toEqual(['env-outside-config resources/views/x.blade.php:2'])
  })
})

describe('cache: CACHE_STORE vs CACHE_DRIVER', () => {
  it('misses CACHE_STORE=file, the key Laravel 11+ reads', async () => {
    const dir = app({ '.env': 'CACHE_STORE=file\n' })
    expect(grep(dir, 'cache')).toEqual([])
    // The onOneServer() schedules of this app now lock on a per-server store as well.
    expect(await engine(dir)).toEqual(['cache-store-local .env:1', 'schedule-lock-store-local .env:1'])
  })

  it('wrongly flags CACHE_DRIVER=file in an app whose config reads CACHE_STORE: that key is ignored', async () => {
    const dir = app({ '.env': 'CACHE_DRIVER=file\n' })
    expect(grep(dir, 'cache')).toEqual(['CACHE_DRIVER=file'])
    // The engine says what really happens: the key is ignored (the store stays redis here).
    expect(await engine(dir)).toEqual(['env-key-ignored .env:1'])
  })
})

describe('filesystem: FILESYSTEM_DISK vs FILESYSTEM_DRIVER', () => {
  it('misses FILESYSTEM_DISK=local, the key Laravel 9+ reads', async () => {
    const dir = app({ '.env': 'FILESYSTEM_DISK=local\n' })
    expect(grep(dir, 'filesystem')).toEqual([])
    expect(await engine(dir)).toEqual(['filesystem-disk-local .env:1'])
  })

  it("misses FILESYSTEM_DISK=public, also a 'local'-driver disk", async () => {
    const dir = app({ '.env': 'FILESYSTEM_DISK=public\n' })
    expect(grep(dir, 'filesystem')).toEqual([])
    expect(await engine(dir)).toEqual(['filesystem-disk-local .env:1'])
  })

  it('wrongly flags FILESYSTEM_DRIVER=local, which a 9+ app ignores', async () => {
    const dir = app({ '.env': 'FILESYSTEM_DRIVER=local\n' })
    expect(grep(dir, 'filesystem')).toEqual(['FILESYSTEM_DRIVER=local'])
    expect(await engine(dir)).toEqual(['env-key-ignored .env:1'])
  })
})

describe('sessions: SESSION_DRIVER=file', () => {
  it('misses spacing, quotes and export, which dotenv accepts', async () => {
    for (const line of ['SESSION_DRIVER = "file"', "export SESSION_DRIVER='file'", 'SESSION_DRIVER=native']) {
      const dir = app({ '.env': `${line}\n` })
      expect(grep(dir, 'session')).toEqual([])
      expect(await engine(dir)).toEqual(['session-driver-local .env:1'])
    }
  })

  it('wrongly flags a commented-out line', async () => {
    const dir = app({ '.env': '# SESSION_DRIVER=file\nSESSION_DRIVER=redis\n' })
    expect(grep(dir, 'session')).toEqual(['# SESSION_DRIVER=file'])
    expect(await engine(dir)).toEqual([])
  })

  it("misses the 10.x config default 'file' when no env file sets the key", async () => {
    const dir = tempApp('laravel10', {})
    expect(grep(dir, 'session')).toEqual([])
    const withoutKey = tempApp('laravel10', { '.env.example': 'APP_NAME=Laravel\n' })
    expect(await engine(withoutKey)).toContain('session-driver-local config/session.php:21')
  })
})

describe('storage/app/public', () => {
  it('wrongly flags a comment, and misses an upload to the public disk', async () => {
    const dir = tempApp('laravel10', {
      'app/Http/Controllers/AvatarController.php':
        "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Http\\Request;\n\nclass AvatarController\n{\n    // Avatars end up in storage/app/public/avatars, served through the storage link.\n    public function update(Request $request)\n    {\n        return $request->file('avatar')->store('avatars', 'public');\n    }\n}\n"
    })
    expect(grep(dir, 'storagePath', 'app/Http/Controllers/AvatarController.php')).toEqual([
      expect.stringContaining('// Avatars end up in storage/app/public/avatars')
    ])
    const found = (await engine(dir)).filter((f) => f.includes('AvatarController'))
    expect(found).toEqual(['upload-to-local-disk app/Http/Controllers/AvatarController.php:12'])
  })

  it('misses a literal path written as storage_path() concatenation', async () => {
    const dir = app({
      'app/Support/Export.php': php("file_put_contents(storage_path('app/public').'/export.csv', 'a,b');")
    })
    expect(grep(dir, 'storagePath', 'app/Support/Export.php')).toEqual([])
    expect(await engine(dir)).toEqual(['storage-local-write app/Support/Export.php:5'])
  })
})
