import { describe, expect, it } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { loadProject } from '../../src/laravel/project.js'
import { at, notes, trail } from './helpers.js'

const project = loadProject(new FsWorkspace('__tests__/fixtures/apps/laravel10'), '')

describe('laravel10 fixture: a 10.x app with every config file', () => {
  it('detects the version from composer.lock and finds the env files in precedence order', () => {
    expect(project.root).toBe('')
    expect(project.frameworkMajor).toBe(10)
    expect(project.versionSource).toBe('composer.lock laravel/framework v10.48.22')
    expect(project.versionAnchor).toMatchObject({ path: 'composer.lock', line: 11 })
    expect(project.configDirs).toEqual(['config'])
    expect(project.envFiles).toEqual(['.env.production', '.env.example'])
    expect(project.configProblems()).toEqual([])
  })

  it('resolves the session driver to file, decided by .env.example', () => {
    const { driver, connection } = project.session()
    expect(driver.value).toBe('file')
    expect(driver.anchor).toEqual({ path: '.env.example', line: 22, column: 1, endLine: 22, endColumn: 20 })
    expect(driver.envFile).toBe('.env.example')
    expect(driver.exampleOnly).toBe(true)
    expect(driver.evidence).toEqual([
      {
        path: 'config/session.php',
        line: 21,
        note: "reads env('SESSION_DRIVER', 'file') for session.driver"
      },
      {
        path: '.env.example',
        line: 22,
        note: 'sets SESSION_DRIVER=file (from the example file; the real environment may differ)'
      }
    ])
    expect(connection).toBeNull()
  })

  it('resolves the cache store from .env.production, which wins over .env.example', () => {
    const store = project.defaultCacheStore()
    expect(store.name.value).toBe('file')
    expect(at(store.name)).toBe('.env.production:7')
    expect(store.name.envFile).toBe('.env.production')
    expect(store.name.exampleOnly).toBe(false)
    expect(store.driver.value).toBe('file')
    expect(store.driver.anchor).toMatchObject({
      path: 'config/cache.php',
      line: 53,
      column: 25,
      endColumn: 31
    })
    expect(store.driver.envFile).toBeNull()
    expect(trail(store.driver)).toEqual(['config/cache.php:18', '.env.production:7', 'config/cache.php:53'])
    expect(notes(store.driver)[2]).toBe("sets cache.stores.file.driver to 'file'")
    expect(store.connection).toBeNull()
    expect(store.disk).toBeNull()
  })

  it('resolves named cache stores, and the database store to the default connection', () => {
    const db = project.cacheStore('database')
    expect(db?.name.value).toBe('database')
    expect(at(db?.name)).toBe('config/cache.php:45')
    expect(notes(db?.name)).toEqual(["defines the cache store 'database'"])
    expect(db?.driver.value).toBe('database')
    expect(db?.connection?.name.value).toBe('mysql')
    expect(at(db?.connection?.name)).toBe('.env.example:11')
    expect(trail(db?.connection?.name)).toEqual([
      'config/cache.php:45',
      'config/cache.php:48',
      'config/database.php:18',
      '.env.example:11'
    ])
    expect(notes(db?.connection?.name)[1]).toBe(
      "sets cache.stores.database.connection to null; with no connection set, the store 'database' uses the default database connection"
    )
    expect(project.cacheStore('apc')?.driver.value).toBe('apc')
    expect(project.cacheStore('failover')).toBeNull()
  })

  it('resolves the default disk to local under storage/app', () => {
    const disk = project.defaultDisk()
    expect(disk.name.value).toBe('local')
    expect(at(disk.name)).toBe('.env.example:20')
    expect(disk.driver.value).toBe('local')
    expect(at(disk.driver)).toBe('config/filesystems.php:34')
    expect(disk.root?.value).toBe('storage/app')
    expect(at(disk.root)).toBe('config/filesystems.php:35')
    expect(notes(disk.root).at(-1)).toBe("sets filesystems.disks.local.root to storage_path('app')")
    expect(project.disk('public')?.root?.value).toBe('storage/app/public')
    expect(project.disk('s3')?.driver.value).toBe('s3')
    expect(project.disk('s3')?.root).toBeNull()
    expect(project.disk('nope')).toBeNull()
  })

  it('follows the hard-coded stack to the single channel', () => {
    const targets = project.defaultLogTargets()
    expect(targets).toHaveLength(1)
    const [single] = targets
    expect(single.via).toEqual(['stack', 'single'])
    expect(single.driver.value).toBe('single')
    expect(at(single.driver)).toBe('config/logging.php:62')
    expect(trail(single.driver)).toEqual([
      'config/logging.php:21',
      '.env.example:7',
      'config/logging.php:56',
      'config/logging.php:57',
      'config/logging.php:62'
    ])
    expect(notes(single.driver)[3]).toBe(
      "sets logging.channels.stack.channels to ['single']; the stack 'stack' includes the channel 'single'"
    )
    expect(single.path?.value).toBe('storage/logs/laravel.log')
    expect(at(single.path)).toBe('config/logging.php:63')
    expect(single.handler).toBeNull()
  })

  it('resolves named log channels, with the monolog stream of stderr', () => {
    const [stderr] = project.logChannel('stderr') ?? []
    expect(stderr.via).toEqual(['stderr'])
    expect(stderr.driver.value).toBe('monolog')
    expect(stderr.handler?.value).toBe('Monolog\\Handler\\StreamHandler')
    expect(at(stderr.handler)).toBe('config/logging.php:100')
    expect(stderr.path?.value).toBe('php://stderr')
    expect(at(stderr.path)).toBe('config/logging.php:103')
    expect(project.logChannel('daily')?.[0].path?.value).toBe('storage/logs/laravel.log')
    expect(project.logChannel('missing')).toBeNull()
  })

  it('resolves the queue to sync', () => {
    const queue = project.defaultQueue()
    expect(queue.name.value).toBe('sync')
    expect(at(queue.name)).toBe('.env.example:21')
    expect(queue.name.exampleOnly).toBe(true)
    expect(queue.driver.value).toBe('sync')
    expect(at(queue.driver)).toBe('config/queue.php:34')
    expect(queue.connection).toBeNull()
    const database = project.queueConnection('database')
    expect(database?.driver.value).toBe('database')
    expect(database?.connection?.name.value).toBe('mysql')
  })

  it('resolves the database to mysql without printing DB_DATABASE', () => {
    const db = project.defaultDatabase()
    expect(db.name.value).toBe('mysql')
    expect(at(db.name)).toBe('.env.example:11')
    expect(db.driver.value).toBe('mysql')
    expect(at(db.driver)).toBe('config/database.php:47')
    expect(db.database?.value).toBe('laravel')
    expect(at(db.database)).toBe('.env.example:14')
    expect(db.database?.exampleOnly).toBe(true)
    expect(notes(db.database).at(-1)).toBe(
      'sets DB_DATABASE (from the example file; the real environment may differ)'
    )
    const sqlite = project.databaseConnection('sqlite')
    // The sqlite connection reads DB_DATABASE too, which the example file sets for mysql.
    expect(sqlite?.database?.value).toBe('laravel')
    expect(trail(sqlite?.database)).toEqual([
      'config/database.php:38',
      'config/database.php:41',
      '.env.example:14'
    ])
    expect(project.databaseConnection('oracle')).toBeNull()
  })

  it('uses the default store for the scheduler (10.x reads only SCHEDULE_CACHE_DRIVER)', () => {
    const store = project.scheduleCacheStore()
    expect(store.name.value).toBe('file')
    expect(at(store.name)).toBe('.env.production:7')
    expect(notes(store.name)[0]).toBe(
      "the scheduler uses the default cache store, as cache.schedule_store is not set and no env file sets SCHEDULE_CACHE_DRIVER; reads env('CACHE_DRIVER', 'file') for cache.default"
    )
    expect(store.driver.value).toBe('file')
    const useCache = project.scheduleCacheStore('redis')
    expect(useCache.name.value).toBe('redis')
    expect(at(useCache.name)).toBe('config/cache.php:77')
    expect(useCache.driver.value).toBe('redis')
  })

  it('reads the hard-coded maintenance driver from config/app.php', () => {
    const driver = project.maintenanceDriver()
    expect(driver.value).toBe('file')
    expect(driver.anchor).toMatchObject({ path: 'config/app.php', line: 143, column: 21 })
    expect(driver.envFile).toBeNull()
    expect(notes(driver)).toEqual(["sets app.maintenance.driver to 'file'"])
  })

  it('lists every env assignment of both files with spans', () => {
    const all = project.envAssignments()
    expect(all.filter((a) => a.file === '.env.production').map((a) => a.key)).toEqual([
      'APP_ENV',
      'APP_DEBUG',
      'APP_URL',
      'CACHE_DRIVER',
      'DB_HOST'
    ])
    expect(all.find((a) => a.file === '.env.example' && a.key === 'SESSION_DRIVER')).toEqual({
      key: 'SESSION_DRIVER',
      value: 'file',
      file: '.env.example',
      span: { line: 22, column: 1, endLine: 22, endColumn: 20 }
    })
    expect(all.find((a) => a.key === 'MAIL_FROM_NAME')?.value).toBe('Laravel')
  })

  it('knows which env keys the config reads', () => {
    expect(project.configReadsEnv('CACHE_DRIVER')).toBe(true)
    expect(project.configReadsEnv('CACHE_STORE')).toBe(false)
    expect(project.configReadsEnv('BROADCAST_DRIVER')).toBe(true)
    expect(project.configReadsEnv('BROADCAST_CONNECTION')).toBe(false)
    expect(project.configReadsEnv('FILESYSTEM_DISK')).toBe(true)
    expect(project.configReadsEnv('APP_NAME')).toBe(true)
    expect(project.configReadsEnv('PUSHER_HOST')).toBe(true)
    expect(project.configReadsEnv('session_driver')).toBe(false)
  })

  it('tells config files from other files', () => {
    expect(project.isConfigFile('config/app.php')).toBe(true)
    expect(project.isConfigFile('config/nested/x.php')).toBe(true)
    expect(project.isConfigFile('app/Http/Kernel.php')).toBe(false)
    expect(project.isConfigFile('configuration/app.php')).toBe(false)
    expect(project.isConfigFile('config')).toBe(false)
  })
})
