import { describe, expect, it } from '@jest/globals'
import { loadProject } from '../../src/laravel/project.js'
import type { LaravelProject, ResolvedValue } from '../../src/laravel/types.js'
import { at, composer, MemoryWorkspace, notes, php, trail } from './helpers.js'

const SESSION_10 = php(
  "'driver' => env('SESSION_DRIVER', 'file'),",
  "'connection' => env('SESSION_CONNECTION'),"
)

describe('env file precedence', () => {
  const files = {
    ...composer('', 'v10.48.0', '^10.0'),
    'config/session.php': SESSION_10,
    'config/cache.php': php(
      "'default' => env('CACHE_DRIVER', 'file'),",
      "'stores' => ['redis' => ['driver' => 'redis']],"
    )
  }

  it('lets .env.production win over .env and .env.example', () => {
    const ws = new MemoryWorkspace({
      ...files,
      '.env.example': 'SESSION_DRIVER=file\nCACHE_DRIVER=file\n',
      '.env': 'SESSION_DRIVER=database\n',
      '.env.production': '# prod\nSESSION_DRIVER=redis\n'
    })
    const project = loadProject(ws, '')
    expect(project.envFiles).toEqual(['.env.production', '.env', '.env.example'])
    const driver = project.session().driver
    expect(driver.value).toBe('redis')
    expect(driver.anchor).toEqual({ path: '.env.production', line: 2, column: 1, endLine: 2, endColumn: 21 })
    expect(driver.envFile).toBe('.env.production')
    expect(driver.exampleOnly).toBe(false)
    expect(notes(driver)[1]).toBe('sets SESSION_DRIVER=redis')
    // A key only the example file sets is still decided by it.
    expect(project.defaultCacheStore().name.exampleOnly).toBe(true)
    expect(project.defaultCacheStore().name.envFile).toBe('.env.example')
  })

  it('uses .env.prod and .env in that order, and the last duplicate within a file', () => {
    const ws = new MemoryWorkspace({
      ...files,
      '.env.prod': 'SESSION_DRIVER=cookie\nSESSION_DRIVER=memcached\n',
      '.env': 'SESSION_DRIVER=database\n'
    })
    const driver = loadProject(ws, '').session().driver
    expect(driver.value).toBe('memcached')
    expect(at(driver)).toBe('.env.prod:2')
  })

  it('takes the env files from the options, relative to the app root', () => {
    const ws = new MemoryWorkspace({
      ...composer('app', 'v10.1.0', '^10.0'),
      'app/config/session.php': SESSION_10,
      'app/.env.production': 'SESSION_DRIVER=redis\n',
      'app/deploy/.env.staging': 'SESSION_DRIVER=dynamodb\n'
    })
    const project = loadProject(ws, 'app', { envFiles: ['./deploy/.env.staging', '.env.production'] })
    expect(project.envFiles).toEqual(['app/deploy/.env.staging', 'app/.env.production'])
    expect(project.session().driver.value).toBe('dynamodb')
    expect(at(project.session().driver)).toBe('app/deploy/.env.staging:1')
    const sample = loadProject(ws, 'app', { envFiles: ['.env.sample.example'] })
    expect(sample.envFiles).toEqual([])
    expect(notes(sample.session().driver)).toEqual([
      "reads env('SESSION_DRIVER', 'file') for session.driver; no production-like env file exists to set SESSION_DRIVER, so the default 'file' applies"
    ])
  })

  it("applies Laravel's value mapping and ${VAR} nesting", () => {
    const make = (env: string): LaravelProject =>
      loadProject(new MemoryWorkspace({ ...files, '.env': env }), '')
    expect(make('SESSION_DRIVER="redis"').session().driver.value).toBe('redis')
    expect(make('SESSION_DRIVER=\'"cookie"\'').session().driver.value).toBe('cookie')
    expect(make('SESSION_DRIVER=(null)').session().driver.value).toBeNull()
    expect(make('SESSION_DRIVER=').session().driver.value).toBe('')
    expect(make('SESSION_DRIVER=empty').session().driver.value).toBe('')
    expect(make('BASE=redis\nSESSION_DRIVER=${BASE}').session().driver.value).toBe('redis')
    expect(make('export SESSION_DRIVER = database # db').session().driver.value).toBe('database')
    expect(make('# SESSION_DRIVER=redis').session().driver.value).toBe('file')
  })

  it('names the line a ${VAR} took its value from (by key: its value may be a secret)', () => {
    const ws = new MemoryWorkspace({ ...files, '.env': 'BASE=file\nSESSION_DRIVER=${BASE}\n' })
    const driver = loadProject(ws, '').session().driver
    expect(driver.value).toBe('file')
    expect(at(driver)).toBe('.env:2')
    expect(trail(driver)).toEqual(['config/session.php:4', '.env:1', '.env:2'])
    expect(notes(driver).slice(1)).toEqual([
      'sets BASE, which SESSION_DRIVER takes through ${BASE}',
      'sets SESSION_DRIVER=file'
    ])
  })
})

describe('config directories', () => {
  it('reads extra config paths (globs too) below the primary config/', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v12.0.0'),
      'config/billing.php': php("'driver' => 'stripe',"),
      'modules/Billing/config/billing.php': php(
        "'driver' => 'paddle',",
        "'currency' => env('BILLING_CURRENCY', 'EUR'),"
      ),
      'modules/Shop/config/shop.php': php("'disk' => env('SHOP_DISK', 's3'),"),
      'settings/session.php': php("'driver' => 'cookie',")
    })
    const project = loadProject(ws, '', { configPaths: ['settings', 'modules/*/config'] })
    expect(project.configDirs).toEqual([
      'config',
      'settings',
      'modules/Billing/config',
      'modules/Shop/config'
    ])
    expect(project.session().driver.value).toBe('cookie')
    expect(at(project.session().driver)).toBe('settings/session.php:4')
    // The primary config/ wins key by key over a module's file of the same name (mergeConfigFrom).
    expect(project.configValue('billing.driver')?.value).toBe('stripe')
    expect(project.configValue('billing.currency')?.value).toBe('EUR')
    expect(project.configValue('shop.disk')?.value).toBe('s3')
    expect(project.configReadsEnv('SHOP_DISK')).toBe(true)
    expect(project.isConfigFile('modules/Shop/config/shop.php')).toBe(true)
    expect(project.isConfigFile('modules/Shop/src/Shop.php')).toBe(false)
  })

  it('keeps config dirs and env files inside the scan root', () => {
    const ws = new MemoryWorkspace({
      ...composer('apps/shop', 'v12.0.0'),
      'apps/shop/./.env': 'SESSION_DRIVER=file\n',
      'apps/.env': 'SESSION_DRIVER=redis\n',
      'apps/shop/.env': 'SESSION_DRIVER=cookie\n'
    })
    const project = loadProject(ws, 'apps/shop', {
      configPaths: ['../../../outside', '/etc', 'config/', './modules/../settings', '../../shared/config'],
      envFiles: ['../../.env', './.env', '../.env']
    })
    expect(project.configDirs).toEqual(['apps/shop/config', 'apps/shop/settings', 'shared/config'])
    expect(project.envFiles).toEqual(['apps/shop/.env', 'apps/.env'])
    expect(project.session().driver.value).toBe('cookie')
  })

  it('maps nested config files to nested keys', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v10.0.0', '^10.0'),
      'config/services/stripe.php': php("'key' => env('STRIPE_KEY'),", "'webhook' => ['tolerance' => 300],"),
      'config/services.php': php("'mailgun' => ['domain' => 'mg.example.com'],")
    })
    const project = loadProject(ws, '')
    expect(project.configValue('services.stripe.webhook.tolerance')?.value).toBe('300')
    expect(at(project.configValue('services.stripe.webhook.tolerance'))).toBe('config/services/stripe.php:5')
    expect(project.configValue('services.mailgun.domain')?.value).toBe('mg.example.com')
    expect(project.configReadsEnv('STRIPE_KEY')).toBe(true)
  })
})

describe('framework defaults (11+)', () => {
  it('merges an app file over the framework file, stores one level deeper', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v13.0.0', '^13.0'),
      'config/cache.php': php(
        "'default' => env('CACHE_STORE', 'tenant'),",
        "'stores' => [",
        "    'tenant' => ['driver' => 'redis', 'connection' => 'tenant'],",
        "    'file' => ['driver' => 'redis'],",
        '],'
      ),
      '.env': 'APP_NAME=x\n'
    })
    const project = loadProject(ws, '')
    expect(project.defaultCacheStore().driver.value).toBe('redis')
    expect(at(project.defaultCacheStore().name)).toBe('config/cache.php:4')
    // The app redefines `file`; the framework's other stores survive the merge.
    expect(project.cacheStore('file')?.driver.value).toBe('redis')
    expect(project.cacheStore('database')?.driver.value).toBe('database')
    expect(notes(project.cacheStore('database')?.name)).toEqual([
      "Laravel 13 framework default (config/cache.php does not set cache.stores.database) defines the cache store 'database'"
    ])
    expect(at(project.cacheStore('database')?.name)).toBe('composer.lock:5')
    expect(project.cacheStore('failover')?.driver.value).toBe('failover')
  })

  it('keeps the framework keys an app file leaves out, and replaces those it sets', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v11.2.0', '^11.0'),
      'config/logging.php': php("'default' => 'daily',"),
      'config/queue.php': php("'connections' => ['sync' => ['driver' => 'null']],")
    })
    const project = loadProject(ws, '')
    const [daily] = project.defaultLogTargets()
    expect(daily.via).toEqual(['daily'])
    expect(daily.driver.value).toBe('daily')
    expect(notes(daily.driver).at(-1)).toBe(
      "Laravel 11 framework default (config/logging.php does not set logging.channels) : logging.channels.daily.driver = 'daily'".replace(
        ' :',
        ':'
      )
    )
    expect(project.queueConnection('sync')?.driver.value).toBe('null')
    // queue.default is not in the app's file: the framework's env('QUEUE_CONNECTION', 'database').
    expect(project.defaultQueue().name.value).toBe('database')
    expect(project.defaultQueue().connection?.driver.value).toBe('sqlite')
  })

  it('applies no defaults before 11 or when the version is unknown', () => {
    for (const files of [composer('', 'v10.3.0', '^10.0'), { artisan: '' }]) {
      const project = loadProject(new MemoryWorkspace({ ...files, '.env': 'SESSION_DRIVER=redis\n' }), '')
      expect(project.session().driver.value).toBeNull()
      expect(project.session().driver.envFile).toBeNull()
      expect(project.configReadsEnv('SESSION_DRIVER')).toBe(false)
      expect(project.defaultDatabase().driver.value).toBeNull()
      expect(project.maintenanceDriver().value).toBeNull()
    }
  })
})

describe('expressions and unknown values', () => {
  const ws = new MemoryWorkspace({
    ...composer('', 'v12.0.0'),
    'config/session.php': php("'driver' => $driver ?? 'file',"),
    'config/filesystems.php': php(
      "'default' => env('FILESYSTEM_DISK') ?? 'uploads',",
      "'disks' => [",
      "    'uploads' => ['driver' => strtolower(env('UPLOAD_DRIVER', 'LOCAL')), 'root' => rtrim(env('UPLOAD_ROOT', storage_path('app/uploads/')), '/')],",
      '],'
    ),
    'config/logging.php': php(
      "'default' => env('LOG_CHANNEL', 'stack'),",
      "'channels' => [",
      "    'stack' => ['driver' => 'stack', 'channels' => explode(',', (string) env('LOG_STACK', 'single'))],",
      "    'loop' => ['driver' => 'stack', 'channels' => ['loop', 'single']],",
      "    'broken' => ['driver' => 'stack', 'channels' => ['nope']],",
      "    'computed' => ['driver' => 'stack', 'channels' => channels()],",
      "    'mono' => ['driver' => 'monolog', 'handler' => \\Monolog\\Handler\\StreamHandler::class, 'with' => ['stream' => 'a.log'], 'handler_with' => ['stream' => env('LOG_STREAM')]],",
      "    'custom' => ['driver' => 'custom', 'via' => 'App\\\\Logging\\\\Factory', 'path' => env('CUSTOM_LOG_PATH', '/var/log/app.log')],",
      '],'
    ),
    '.env':
      'LOG_STACK=single,stderr,daily\nLOG_STREAM=php://stdout\nCUSTOM_LOG_PATH=/secret/place.log\nUPLOAD_DRIVER=S3\n'
  })
  const project = loadProject(ws, '')

  it('gives null with an anchor at the expression when it cannot evaluate', () => {
    const driver = project.session().driver
    expect(driver.value).toBeNull()
    expect(driver.anchor).toMatchObject({ path: 'config/session.php', line: 4, column: 17 })
    expect(notes(driver)).toEqual([
      "sets session.driver to $driver ?? 'file'; $driver cannot be evaluated statically"
    ])
  })

  it('treats keys below an unmodelled expression as unknown, below a scalar as not set', () => {
    const p = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v10.0.0', '^10.0'),
        'config/queue.php': php("'default' => 'q',", "'connections' => array_merge($base, ['x' => 1]),"),
        'config/cache.php': php("'default' => 'a',", "'stores' => 'none',")
      }),
      ''
    )
    const queue = p.defaultQueue()
    expect(queue.driver.value).toBeNull()
    expect(notes(queue.driver).at(-1)).toBe(
      "array_merge($base, ['x' => 1]) cannot be evaluated statically, so queue.connections.q.driver is unknown"
    )
    expect(p.defaultCacheStore().driver.value).toBeNull()
    expect(notes(p.defaultCacheStore().driver)).toEqual([
      "sets cache.default to 'a'; no cache store named 'a' is configured"
    ])
  })

  it('evaluates ??, strtolower, rtrim and path helpers with env values', () => {
    const disk = project.defaultDisk()
    expect(disk.name.value).toBe('uploads')
    expect(disk.driver.value).toBe('s3')
    expect(at(disk.driver)).toBe('.env:4')
    expect(disk.root?.value).toBe('storage/app/uploads')
  })

  it('follows LOG_STACK through several channels', () => {
    const targets = project.defaultLogTargets()
    expect(targets.map((t) => [t.via, t.driver.value, t.path?.value])).toEqual([
      [['stack', 'single'], 'single', 'storage/logs/laravel.log'],
      [['stack', 'stderr'], 'monolog', 'php://stderr'],
      [['stack', 'daily'], 'daily', 'storage/logs/laravel.log']
    ])
    // single, stderr and daily are not in this app's channels: the framework's channels are merged in.
    expect(notes(targets[0].driver).at(-1)).toBe(
      "Laravel 12 framework default (config/logging.php does not set logging.channels.single): logging.channels.single.driver = 'single'"
    )
    expect(trail(targets[0].driver)).toEqual([
      'config/logging.php:4',
      'config/logging.php:6',
      '.env:1',
      'composer.lock:5'
    ])
    expect(notes(targets[0].driver)[1]).toBe(
      "sets logging.channels.stack.driver to 'stack'; sets logging.channels.stack.channels to explode(',', (string) env('LOG_STACK', 'single'))"
    )
    expect(notes(targets[0].driver)[2]).toBe(
      "sets LOG_STACK=single,stderr,daily; the stack 'stack' includes the channel 'single'"
    )
  })

  it('survives stack cycles, missing and computed channel lists', () => {
    expect(project.logChannel('loop')?.map((t) => [t.via, t.driver.value])).toEqual([
      [['loop', 'loop'], null],
      [['loop', 'single'], 'single']
    ])
    expect(notes(project.logChannel('loop')?.[0].driver)).toEqual([
      "defines the log channel 'loop'; sets logging.channels.loop.driver to 'stack'; sets logging.channels.loop.channels to ['loop', 'single']; the stack 'loop' includes the channel 'loop'; the stack refers back to the channel 'loop'"
    ])
    expect(project.logChannel('broken')?.map((t) => [t.via, t.driver.value])).toEqual([
      [['broken', 'nope'], null]
    ])
    expect(notes(project.logChannel('broken')?.[0].driver).at(-1)).toMatch(
      /; no log channel named 'nope' is configured$/
    )
    const computed = project.logChannel('computed') ?? []
    expect(computed).toHaveLength(1)
    expect(computed[0].driver.value).toBeNull()
    expect(at(computed[0].driver)).toBe('config/logging.php:9')
  })

  it('prefers handler_with over with for a monolog stream, and hides env paths', () => {
    const [mono] = project.logChannel('mono') ?? []
    expect(mono.path?.value).toBe('php://stdout')
    expect(at(mono.path)).toBe('.env:2')
    expect(notes(mono.path).at(-1)).toBe('sets LOG_STREAM')
    expect(mono.handler?.value).toBe('Monolog\\Handler\\StreamHandler')
    const [custom] = project.logChannel('custom') ?? []
    expect(custom.path?.value).toBe('/secret/place.log')
    expect(notes(custom.path).join('\n')).not.toContain('/secret/place.log')
  })
})

describe('the scheduler cache store', () => {
  const base = {
    'config/cache.php': php(
      "'default' => env('CACHE_STORE', 'file'),",
      "'stores' => ['file' => ['driver' => 'file'], 'redis' => ['driver' => 'redis'], 'dynamodb' => ['driver' => 'dynamodb']],"
    )
  }

  it('takes Schedule::useCache() first, even for a store the config lacks', () => {
    const project = loadProject(new MemoryWorkspace({ ...composer('', 'v12.0.0'), ...base }), '')
    expect(project.scheduleCacheStore('redis').driver.value).toBe('redis')
    const missing = project.scheduleCacheStore('memcache')
    expect(missing.name.value).toBe('memcache')
    expect(missing.driver.value).toBeNull()
    expect(notes(missing.driver)).toEqual([
      "Schedule::useCache('memcache') names the store; no cache store named 'memcache' is configured"
    ])
  })

  it('then cache.schedule_store, then SCHEDULE_CACHE_DRIVER, then SCHEDULE_CACHE_STORE (11+)', () => {
    const withConfig = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v12.0.0'),
        'config/cache.php': base['config/cache.php'].replace(
          "'stores'",
          "'schedule_store' => env('SCHEDULE_STORE', 'redis'),\n    'stores'"
        ),
        '.env': 'SCHEDULE_CACHE_DRIVER=dynamodb\n'
      }),
      ''
    )
    expect(withConfig.scheduleCacheStore().name.value).toBe('redis')

    const driverEnv = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v12.0.0'),
        ...base,
        '.env': 'SCHEDULE_CACHE_STORE=redis\nSCHEDULE_CACHE_DRIVER=dynamodb\n'
      }),
      ''
    )
    const store = driverEnv.scheduleCacheStore()
    expect(store.name.value).toBe('dynamodb')
    expect(at(store.name)).toBe('.env:2')
    expect(notes(store.name)).toEqual([
      'sets SCHEDULE_CACHE_DRIVER=dynamodb, which the scheduler reads for its cache store'
    ])

    const storeEnv = (major: string, constraint: string): string | null =>
      loadProject(
        new MemoryWorkspace({
          ...composer('', major, constraint),
          ...base,
          '.env': 'SCHEDULE_CACHE_STORE=redis\n'
        }),
        ''
      ).scheduleCacheStore().name.value
    expect(storeEnv('v11.0.0', '^11.0')).toBe('redis')
    expect(storeEnv('v10.0.0', '^10.0')).toBe('file')
  })

  it('uses the default store when cache.schedule_store is null', () => {
    const project = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v12.0.0'),
        'config/cache.php': base['config/cache.php'].replace(
          "'stores'",
          "'schedule_store' => null,\n    'stores'"
        ),
        '.env': 'SCHEDULE_CACHE_DRIVER=redis\n'
      }),
      ''
    )
    const store = project.scheduleCacheStore()
    expect(store.name.value).toBe('file')
    expect(notes(store.name)[0]).toContain(
      'cache.schedule_store is null, so the scheduler uses the default cache store'
    )
  })
})

describe('database-backed drivers', () => {
  it('follows an explicit session connection, and explains one that does not exist', () => {
    const files = {
      ...composer('', 'v12.0.0'),
      'config/session.php': php(
        "'driver' => 'database',",
        "'connection' => env('SESSION_CONNECTION', 'central'),"
      )
    }
    const named = loadProject(
      new MemoryWorkspace({
        ...files,
        'config/database.php': php(
          "'connections' => ['central' => ['driver' => 'pgsql', 'database' => 'app']],"
        )
      }),
      ''
    )
    const connection = named.session().connection
    expect(connection?.name.value).toBe('central')
    expect(connection?.driver.value).toBe('pgsql')
    expect(trail(connection?.driver)).toEqual(['config/session.php:5', 'config/database.php:4'])

    const missing = loadProject(new MemoryWorkspace({ ...files, '.env': 'SESSION_CONNECTION=ghost\n' }), '')
    const ghost = missing.session().connection
    expect(ghost?.name.value).toBe('ghost')
    expect(ghost?.driver.value).toBeNull()
    expect(notes(ghost?.driver).at(-1)).toContain("no database connection named 'ghost' is configured")
    expect(ghost?.database).toBeNull()
  })

  it('resolves a 13.x storage cache store to its disk', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v13.1.0', '^13.0'),
      'config/cache.php': php(
        "'default' => 'files',",
        "'stores' => ['files' => ['driver' => 'storage', 'disk' => 'local'], 'bare' => ['driver' => 'storage']],"
      ),
      '.env': 'FILESYSTEM_DISK=s3\n'
    })
    const project = loadProject(ws, '')
    const store = project.defaultCacheStore()
    expect(store.disk?.name.value).toBe('local')
    expect(store.disk?.driver.value).toBe('local')
    expect(project.cacheStore('bare')?.disk?.driver.value).toBe('s3')
  })
})

describe('secrets stay out of the evidence', () => {
  it('never prints values of non-selecting keys', () => {
    const secrets = [
      'hunter2-db-password',
      'base64:c2VjcmV0a2V5',
      'AKIA-SECRET-KEY',
      'prod_db_name',
      'redis-pass'
    ]
    const ws = new MemoryWorkspace({
      ...composer('', 'v12.0.0'),
      'config/database.php': php(
        "'default' => env('DB_CONNECTION', 'sqlite'),",
        "'connections' => ['sqlite' => ['driver' => 'sqlite', 'database' => env('DB_DATABASE', database_path('database.sqlite')), 'password' => env('DB_PASSWORD')]],"
      ),
      '.env.production': [
        `APP_KEY=${secrets[1]}`,
        `DB_PASSWORD=${secrets[0]}`,
        `DB_DATABASE=${secrets[3]}`,
        `AWS_SECRET_ACCESS_KEY=${secrets[2]}`,
        `REDIS_PASSWORD=${secrets[4]}`,
        'SESSION_DRIVER=database'
      ].join('\n')
    })
    const project = loadProject(ws, '')
    const values: (ResolvedValue | null | undefined)[] = []
    const session = project.session()
    values.push(
      session.driver,
      session.connection?.name,
      session.connection?.driver,
      session.connection?.database
    )
    const store = project.defaultCacheStore()
    values.push(store.name, store.driver, store.connection?.database)
    const disk = project.defaultDisk()
    values.push(disk.name, disk.driver, disk.root, project.disk('s3')?.driver)
    for (const t of project.defaultLogTargets()) values.push(t.driver, t.path, t.handler)
    const queue = project.defaultQueue()
    values.push(queue.name, queue.driver, queue.connection?.database, project.maintenanceDriver())
    values.push(project.configValue('database.connections.sqlite.password'), project.configValue('app.key'))
    const text = values.flatMap((v) => (v ? v.evidence.map((e) => e.note) : [])).join('\n')
    expect(project.defaultDatabase().database?.value).toBe(secrets[3])
    expect(text).toContain('sets DB_DATABASE')
    for (const secret of secrets) expect(text).not.toContain(secret)
  })
})

describe('robustness', () => {
  it('never throws on garbage, broken or deeply nested config and env files', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v12.0.0'),
      'config/session.php': '\u0000\u0001binary\u00ff',
      'config/cache.php':
        "<?php\nreturn [\n    'default' => env('CACHE_STORE', 'redis'),\n    'stores' => [ 'x' =>\n",
      'config/logging.php': `<?php return ${"['a' => ".repeat(400)}1${']'.repeat(400)};`,
      'config/queue.php': '<?php echo "hi";',
      'config/database.php': `<?php return ${'['.repeat(4000)}${']'.repeat(4000)};`,
      'config/filesystems.php': '',
      '.env': '\u0000\u0002==\nSESSION_DRIVER\n"unterminated'
    })
    const project = loadProject(ws, '')
    expect(() => {
      project.session()
      project.defaultCacheStore()
      project.defaultDisk()
      project.defaultLogTargets()
      project.defaultQueue()
      project.defaultDatabase()
      project.scheduleCacheStore()
      project.maintenanceDriver()
      project.envAssignments()
      project.configReadsEnv('X')
    }).not.toThrow()
    // The broken cache.php still yields what parsed.
    expect(project.defaultCacheStore().name.value).toBe('redis')
    expect(project.configProblems().length).toBeGreaterThan(0)
    // Unreadable app files win over the framework's: the values are unknown, not guessed.
    expect(project.defaultLogTargets().every((t) => t.driver.value === null)).toBe(true)
    expect(project.session().driver.value).toBeNull()
  })

  it('returns the same objects on repeated calls (resolved once)', () => {
    const project = loadProject(new MemoryWorkspace({ ...composer('', 'v12.0.0') }), '')
    expect(project.session()).toBe(project.session())
    expect(project.defaultCacheStore()).toBe(project.defaultCacheStore())
    expect(project.disk('local')).toBe(project.disk('local'))
  })
})
