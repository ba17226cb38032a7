// Resolution details checked against laravel/framework's own source, per major version.
import { describe, expect, it } from '@jest/globals'
import { loadProject } from '../../src/laravel/project.js'
import { composer, MemoryWorkspace, notes, php } from './helpers.js'

describe('framework config defaults per version', () => {
  it('13.x ships a storage cache store on the default disk and a monthly log channel', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v13.24.0', '^13.0'),
      '.env': 'CACHE_STORE=storage\nLOG_CHANNEL=monthly\n'
    })
    const project = loadProject(ws, '')
    const store = project.defaultCacheStore()
    expect(store.driver.value).toBe('storage')
    expect(store.disk?.name.value).toBe('local')
    expect(store.disk?.driver.value).toBe('local')
    const [monthly, ...rest] = project.defaultLogTargets()
    expect(rest).toEqual([])
    expect(monthly.driver.value).toBe('monthly')
    expect(monthly.path?.value).toBe('storage/logs/laravel.log')
  })

  it('12.x has no storage store nor monthly channel, but a session cache store', () => {
    const ws = new MemoryWorkspace(composer('', 'v12.40.0'))
    const project = loadProject(ws, '')
    expect(project.cacheStore('storage')).toBeNull()
    expect(project.logChannel('monthly')).toBeNull()
    expect(project.cacheStore('session')?.driver.value).toBe('session')
  })

  it('has no background queue connection in the framework config (only the skeleton has one)', () => {
    const bare = loadProject(new MemoryWorkspace(composer('', 'v13.24.0', '^13.0')), '')
    expect(bare.queueConnection('background')).toBeNull()
    expect(bare.queueConnection('deferred')?.driver.value).toBe('deferred')
    const own = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v12.40.0'),
        'config/queue.php': php("'connections' => ['background' => ['driver' => 'background']],")
      }),
      ''
    )
    expect(own.queueConnection('background')?.driver.value).toBe('background')
    expect(own.queueConnection('deferred')?.driver.value).toBe('deferred')
  })

  it('11.x keeps the local disk at storage/app', () => {
    const project = loadProject(new MemoryWorkspace(composer('', 'v11.45.0', '^11.0')), '')
    expect(project.defaultDisk().root?.value).toBe('storage/app')
    const twelve = loadProject(new MemoryWorkspace(composer('', 'v12.40.0')), '')
    expect(twelve.defaultDisk().root?.value).toBe('storage/app/private')
  })
})

describe('stack channels given as a string', () => {
  // LogManager::createStackDriver explodes a string `channels` on commas (10.x and later).
  it.each([
    ['10.x', 'v10.48.0', '^10.0'],
    ['12.x', 'v12.40.0', '^12.0']
  ])('%s splits it on commas', (_name, version, constraint) => {
    const ws = new MemoryWorkspace({
      ...composer('', version, constraint),
      'config/logging.php': php(
        "'default' => 'stack',",
        "'channels' => [",
        "    'stack' => ['driver' => 'stack', 'channels' => env('LOG_STACK', 'single')],",
        "    'single' => ['driver' => 'single', 'path' => storage_path('logs/laravel.log')],",
        "    'stderr' => ['driver' => 'monolog', 'with' => ['stream' => 'php://stderr']],",
        '],'
      ),
      '.env': 'LOG_STACK=stderr,single\n'
    })
    const targets = loadProject(ws, '').defaultLogTargets()
    expect(targets.map((t) => t.via)).toEqual([
      ['stack', 'stderr'],
      ['stack', 'single']
    ])
    expect(targets[1].driver.value).toBe('single')
    expect(notes(targets[1].driver).join('\n')).toContain("the stack 'stack' includes the channel 'single'")
  })
})

describe('maintenance driver', () => {
  // MaintenanceModeManager::getDefaultDriver(): config('app.maintenance.driver', 'file').
  it("is 'file' when config/app.php has no maintenance key (10.x apps upgraded from 8.x)", () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v10.48.0', '^10.0'),
      'config/app.php': php("'name' => env('APP_NAME', 'Laravel'),")
    })
    const driver = loadProject(ws, '').maintenanceDriver()
    expect(driver.value).toBe('file')
    expect(notes(driver).at(-1)).toBe(
      "app.maintenance is not set, so Laravel's maintenance mode uses its default, the 'file' driver"
    )
  })

  it('stays unknown when config/app.php cannot be read', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v10.48.0', '^10.0'),
      'config/app.php': "<?php\nreturn array_merge(require __DIR__.'/base.php', []);\n"
    })
    expect(loadProject(ws, '').maintenanceDriver().value).toBeNull()
  })
})

describe('database url option', () => {
  // DatabaseManager::configuration() runs ConfigurationUrlParser: the url's scheme replaces the
  // driver, its path the database (10.x reads DATABASE_URL, 11+ DB_URL).
  const twelve = (env: string): ReturnType<typeof loadProject> =>
    loadProject(new MemoryWorkspace({ ...composer('', 'v12.40.0'), '.env': env }), '')

  it('takes the driver from the scheme of DB_URL on the 11+ sqlite default', () => {
    const db = twelve('DB_URL=postgres://app:secret-pass@db.internal:5432/shop\n').defaultDatabase()
    expect(db.name.value).toBe('sqlite')
    expect(db.driver.value).toBe('pgsql')
    expect(db.database?.value).toBe('shop')
    expect(notes(db.driver).join('\n')).toContain("the scheme of its url option makes the driver 'pgsql'")
    expect(JSON.stringify(db)).not.toContain('secret-pass')
    const session = twelve('DB_URL=mysql://u:p@h/app\nSESSION_DRIVER=database\n').session()
    expect(session.connection?.driver.value).toBe('mysql')
  })

  it('keeps sqlite for a sqlite url and reads its path', () => {
    expect(twelve('DB_URL=sqlite:///:memory:\n').defaultDatabase().database?.value).toBe(':memory:')
    const file = twelve('DB_URL=sqlite:///var/data/app.sqlite\n').defaultDatabase()
    expect(file.driver.value).toBe('sqlite')
    expect(file.database?.value).toBe('var/data/app.sqlite')
  })

  it('ignores an empty or unset url, and 10.x DATABASE_URL works the same way', () => {
    expect(twelve('DB_URL=\n').defaultDatabase().driver.value).toBe('sqlite')
    expect(twelve('APP_NAME=x\n').defaultDatabase().driver.value).toBe('sqlite')
    const ten = loadProject(
      new MemoryWorkspace({
        ...composer('', 'v10.48.0', '^10.0'),
        'config/database.php': php(
          "'default' => env('DB_CONNECTION', 'sqlite'),",
          "'connections' => ['sqlite' => ['driver' => 'sqlite', 'url' => env('DATABASE_URL'), 'database' => env('DB_DATABASE', database_path('database.sqlite'))]],"
        ),
        '.env': 'DATABASE_URL=mysql2://u:p@rds.example/app\n'
      }),
      ''
    )
    expect(ten.defaultDatabase().driver.value).toBe('mysql')
  })
})

describe('ternaries in config files', () => {
  const session = (line: string, env: string): ReturnType<typeof loadProject> =>
    loadProject(
      new MemoryWorkspace({
        ...composer('', 'v10.48.0', '^10.0'),
        'config/session.php': php(line),
        '.env': env
      }),
      ''
    )

  it("evaluates env('X') ?: 'y' as PHP does: the default also for an empty value", () => {
    const line = "'driver' => env('SESSION_DRIVER') ?: 'file',"
    const unset = session(line, 'APP_NAME=x\n').session().driver
    expect(unset.value).toBe('file')
    expect(notes(unset).join('\n')).toContain("the default 'file' applies")
    expect(session(line, 'SESSION_DRIVER=\n').session().driver.value).toBe('file')
    expect(session(line, 'SESSION_DRIVER=redis\n').session().driver.value).toBe('redis')
  })

  it('picks a branch of a full ternary by a condition it can evaluate, else stays unknown', () => {
    const line = "'driver' => env('USE_REDIS', false) ? 'redis' : 'file',"
    expect(session(line, 'USE_REDIS=true\n').session().driver.value).toBe('redis')
    expect(session(line, 'APP_NAME=x\n').session().driver.value).toBe('file')
    const unknown = session("'driver' => $redis ? 'redis' : 'file',", 'APP_NAME=x\n').session().driver
    expect(unknown.value).toBeNull()
  })
})

describe('scoped filesystem disks', () => {
  // FilesystemManager::createScopedDriver builds the parent disk's config with a prefix.
  const project = (): ReturnType<typeof loadProject> =>
    loadProject(
      new MemoryWorkspace({
        ...composer('', 'v12.40.0'),
        'config/filesystems.php': php(
          "'default' => env('FILESYSTEM_DISK', 'uploads'),",
          "'disks' => [",
          "    'uploads' => ['driver' => 'scoped', 'disk' => 'local', 'prefix' => 'uploads'],",
          "    'media' => ['driver' => 'scoped', 'disk' => 's3', 'prefix' => 'media'],",
          "    'loop' => ['driver' => 'scoped', 'disk' => 'loop', 'prefix' => 'x'],",
          "    'nested' => ['driver' => 'scoped', 'disk' => 'uploads', 'prefix' => 'y'],",
          '],'
        ),
        '.env': 'APP_NAME=x\n'
      }),
      ''
    )

  it('takes the driver of the disk it scopes', () => {
    const p = project()
    const uploads = p.defaultDisk()
    expect(uploads.name.value).toBe('uploads')
    expect(uploads.driver.value).toBe('local')
    expect(notes(uploads.driver).join('\n')).toContain(
      "the scoped disk 'uploads' writes through the disk 'local'"
    )
    expect(p.disk('media')?.driver.value).toBe('s3')
    expect(p.disk('nested')?.driver.value).toBe('local')
    expect(p.disk('loop')?.driver.value).toBeNull()
  })
})

describe('database url option, written or not', () => {
  it('leaves the driver alone when the connection has no url entry, even beside a spread', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v10.48.0', '^10.0'),
      'config/database.php': php(
        "'default' => 'sqlite',",
        "'connections' => ['sqlite' => [...$common, 'driver' => 'sqlite', 'database' => 'db.sqlite']],"
      )
    })
    expect(loadProject(ws, '').defaultDatabase().driver.value).toBe('sqlite')
  })

  it('makes the driver unknown when a written url cannot be evaluated', () => {
    const ws = new MemoryWorkspace({
      ...composer('', 'v10.48.0', '^10.0'),
      'config/database.php': php(
        "'default' => 'sqlite',",
        "'connections' => ['sqlite' => ['driver' => 'sqlite', 'url' => $url, 'database' => 'db.sqlite']],"
      )
    })
    expect(loadProject(ws, '').defaultDatabase().driver.value).toBeNull()
  })
})
