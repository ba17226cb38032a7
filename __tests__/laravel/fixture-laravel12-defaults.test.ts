import { describe, expect, it } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { loadProject } from '../../src/laravel/project.js'
import { at, notes, trail } from './helpers.js'

const project = loadProject(new FsWorkspace('__tests__/fixtures/apps/laravel12-defaults'), '')
const LOCK = 'composer.lock:20'

describe('laravel12-defaults fixture: a slim 12.x app on the framework defaults', () => {
  it('detects Laravel 12 and anchors framework defaults on the lock version line', () => {
    expect(project.frameworkMajor).toBe(12)
    expect(project.versionSource).toBe('composer.lock laravel/framework v12.3.0')
    expect(project.versionAnchor).toEqual({
      path: 'composer.lock',
      line: 20,
      column: 13,
      endLine: 20,
      endColumn: 33
    })
    expect(project.envFiles).toEqual(['.env.example'])
  })

  it('resolves the absent session.php from the framework, decided by .env.example', () => {
    const { driver, connection } = project.session()
    expect(driver.value).toBe('database')
    expect(at(driver)).toBe('.env.example:30')
    expect(driver.exampleOnly).toBe(true)
    expect(notes(driver)).toEqual([
      "Laravel 12 framework default (config/session.php is absent): session.driver = env('SESSION_DRIVER', 'database')",
      'sets SESSION_DRIVER=database (from the example file; the real environment may differ)'
    ])
    expect(trail(driver)).toEqual([LOCK, '.env.example:30'])

    // session.connection is unset: sessions go to the default connection, sqlite.
    expect(connection?.name.value).toBe('sqlite')
    expect(at(connection?.name)).toBe('.env.example:23')
    expect(notes(connection?.name)[0]).toContain(
      'no env file sets SESSION_CONNECTION (checked .env.example), so it is null; with no connection set, sessions use the default database connection'
    )
    expect(connection?.driver.value).toBe('sqlite')
    expect(at(connection?.driver)).toBe(LOCK)
  })

  it('resolves the sqlite database to database_path(database.sqlite)', () => {
    const db = project.defaultDatabase()
    expect(db.name.value).toBe('sqlite')
    expect(at(db.name)).toBe('.env.example:23')
    expect(db.driver.value).toBe('sqlite')
    expect(db.database?.value).toBe('database/database.sqlite')
    expect(at(db.database)).toBe(LOCK)
    expect(db.database?.envFile).toBeNull()
    expect(notes(db.database).at(-1)).toBe(
      "Laravel 12 framework default (config/database.php is absent): database.connections.sqlite.database = env('DB_DATABASE', database_path('database.sqlite')); no env file sets DB_DATABASE (checked .env.example), so the default database_path('database.sqlite') applies"
    )
    expect(project.databaseConnection('mariadb')?.driver.value).toBe('mariadb')
  })

  it('resolves the cache and queue to database on the sqlite connection', () => {
    const store = project.defaultCacheStore()
    expect(store.name.value).toBe('database')
    expect(at(store.name)).toBe('.env.example:40')
    expect(store.driver.value).toBe('database')
    expect(at(store.driver)).toBe(LOCK)
    expect(store.connection?.name.value).toBe('sqlite')
    expect(store.connection?.database?.value).toBe('database/database.sqlite')

    const queue = project.defaultQueue()
    expect(queue.name.value).toBe('database')
    expect(at(queue.name)).toBe('.env.example:38')
    expect(queue.driver.value).toBe('database')
    expect(queue.connection?.driver.value).toBe('sqlite')
    expect(trail(queue.connection?.name)).toEqual([LOCK, '.env.example:38', LOCK, '.env.example:23'])
  })

  it('has the 12.x additions: failover and session stores, deferred queue (no background connection)', () => {
    expect(project.cacheStore('failover')?.driver.value).toBe('failover')
    expect(project.cacheStore('session')?.driver.value).toBe('session')
    expect(project.queueConnection('deferred')?.driver.value).toBe('deferred')
    expect(notes(project.queueConnection('deferred')?.name)).toEqual([
      "Laravel 12 framework default (config/queue.php is absent) defines the queue connection 'deferred'"
    ])
    // The framework's config/queue.php has no 'background' connection; only the skeleton's has.
    expect(project.queueConnection('background')).toBeNull()
  })

  it('resolves the default disk to the private local disk', () => {
    const disk = project.defaultDisk()
    expect(disk.name.value).toBe('local')
    expect(at(disk.name)).toBe('.env.example:37')
    expect(disk.driver.value).toBe('local')
    expect(disk.root?.value).toBe('storage/app/private')
    expect(at(disk.root)).toBe(LOCK)
  })

  it('follows LOG_STACK from the stack to the single channel', () => {
    const targets = project.defaultLogTargets()
    expect(targets.map((t) => t.via)).toEqual([['stack', 'single']])
    const [single] = targets
    expect(single.driver.value).toBe('single')
    expect(single.path?.value).toBe('storage/logs/laravel.log')
    expect(trail(single.driver)).toEqual([LOCK, '.env.example:18', LOCK, '.env.example:19', LOCK])
    expect(notes(single.driver)[3]).toBe(
      "sets LOG_STACK=single (from the example file; the real environment may differ); the stack 'stack' includes the channel 'single'"
    )
    const [stderr] = project.logChannel('stderr') ?? []
    expect(stderr.path?.value).toBe('php://stderr')
    expect(notes(stderr.path).at(-1)).toContain(
      "logging.channels.stderr.handler_with.stream = 'php://stderr'"
    )
  })

  it('reads the maintenance driver through the app config file', () => {
    const driver = project.maintenanceDriver()
    expect(driver.value).toBe('file')
    expect(at(driver)).toBe('.env.example:11')
    expect(trail(driver)).toEqual(['config/app.php:122', '.env.example:11'])
    expect(project.configValue('app.maintenance.store')?.value).toBe('database')
    expect(at(project.configValue('app.maintenance.store'))).toBe('config/app.php:123')
  })

  it('uses the default store for the scheduler', () => {
    const store = project.scheduleCacheStore()
    expect(store.name.value).toBe('database')
    expect(notes(store.name)[0]).toMatch(
      /^the scheduler uses the default cache store, as cache.schedule_store is not set and no env file sets SCHEDULE_CACHE_DRIVER or SCHEDULE_CACHE_STORE; Laravel 12 framework default/
    )
  })

  it('counts the env keys the framework defaults read', () => {
    expect(project.configReadsEnv('CACHE_STORE')).toBe(true)
    expect(project.configReadsEnv('BROADCAST_CONNECTION')).toBe(true)
    expect(project.configReadsEnv('LOG_STACK')).toBe(true)
    expect(project.configReadsEnv('APP_MAINTENANCE_DRIVER')).toBe(true)
    expect(project.configReadsEnv('CACHE_DRIVER')).toBe(false)
    expect(project.configReadsEnv('BROADCAST_DRIVER')).toBe(false)
    expect(project.configReadsEnv('FILESYSTEM_DRIVER')).toBe(false)
  })
})
