import { describe, expect, it } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { loadProject } from '../../src/laravel/project.js'
import type { ResolvedValue } from '../../src/laravel/types.js'
import { at, notes, trail } from './helpers.js'

describe('upgraded-cache-driver fixture: an 11 app whose env file kept the 10.x keys', () => {
  const project = loadProject(new FsWorkspace('__tests__/fixtures/apps/upgraded-cache-driver'), '')

  it('ignores CACHE_DRIVER: the store is the config default, database', () => {
    expect(project.frameworkMajor).toBe(11)
    const store = project.defaultCacheStore()
    expect(store.name.value).toBe('database')
    expect(store.name.anchor).toMatchObject({ path: 'config/cache.php', line: 18, column: 37 })
    expect(store.name.envFile).toBeNull()
    expect(notes(store.name)).toEqual([
      "reads env('CACHE_STORE', 'database') for cache.default; no env file sets CACHE_STORE (checked .env.example), so the default 'database' applies"
    ])
    expect(store.driver.value).toBe('database')
    expect(at(store.driver)).toBe('config/cache.php:42')
    // The app's stores.database.connection reads DB_CACHE_CONNECTION (unset): the default connection.
    expect(store.connection?.name.value).toBe('mysql')
    expect(at(store.connection?.name)).toBe('.env.example:10')
    expect(trail(store.connection?.name)).toEqual([
      'config/cache.php:18',
      'config/cache.php:43',
      'composer.lock:11',
      '.env.example:10'
    ])
  })

  it('reports which of the renamed keys the config reads', () => {
    expect(project.configReadsEnv('CACHE_DRIVER')).toBe(false)
    expect(project.configReadsEnv('CACHE_STORE')).toBe(true)
    expect(project.configReadsEnv('FILESYSTEM_DRIVER')).toBe(false)
    expect(project.configReadsEnv('FILESYSTEM_DISK')).toBe(true)
    // config/broadcasting.php is absent: the framework's reads BROADCAST_CONNECTION.
    expect(project.configReadsEnv('BROADCAST_DRIVER')).toBe(false)
    expect(project.configReadsEnv('BROADCAST_CONNECTION')).toBe(true)
    const stale = project.envAssignments().filter((a) => /_DRIVER$/.test(a.key) && a.key !== 'SESSION_DRIVER')
    expect(stale.map((a) => [a.key, a.span.line])).toEqual([
      ['BROADCAST_DRIVER', 18],
      ['CACHE_DRIVER', 19],
      ['FILESYSTEM_DRIVER', 20]
    ])
  })

  it('ignores FILESYSTEM_DRIVER: the disk is local', () => {
    const disk = project.defaultDisk()
    expect(disk.name.value).toBe('local')
    expect(at(disk.name)).toBe('config/filesystems.php:16')
    expect(disk.driver.value).toBe('local')
    expect(disk.root?.value).toBe('storage/app/private')
  })

  it('takes the rest from the env file and the 11.x framework defaults', () => {
    expect(project.session().driver.value).toBe('redis')
    expect(project.session().connection).toBeNull()
    const [stderr] = project.defaultLogTargets()
    expect(stderr.via).toEqual(['stderr'])
    expect(stderr.driver.value).toBe('monolog')
    // 11.x still wrote the stream under `with`.
    expect(stderr.path?.value).toBe('php://stderr')
    expect(notes(stderr.path).at(-1)).toContain("logging.channels.stderr.with.stream = 'php://stderr'")
    expect(project.defaultQueue().driver.value).toBe('redis')
    expect(project.defaultDatabase().driver.value).toBe('mysql')
    // Failover and the in-process queues arrived with 12.
    expect(project.cacheStore('failover')).toBeNull()
    expect(project.queueConnection('deferred')).toBeNull()
    const maintenance = project.maintenanceDriver()
    expect(maintenance.value).toBe('file')
    expect(at(maintenance)).toBe('composer.lock:11')
    expect(notes(maintenance)).toEqual([
      "Laravel 11 framework default (config/app.php is absent): app.maintenance.driver = env('APP_MAINTENANCE_DRIVER', 'file'); no env file sets APP_MAINTENANCE_DRIVER (checked .env.example), so the default 'file' applies"
    ])
  })

  it('merges the framework stores under the app cache.php (one level deeper)', () => {
    // The app's cache.php has no apc store; dynamodb is its own, array too.
    expect(project.cacheStore('apc')).toBeNull()
    expect(at(project.cacheStore('array')?.name)).toBe('config/cache.php:36')
    expect(project.cacheStore('octane')?.driver.value).toBe('octane')
  })
})

describe('stateless fixture: a 12.x app configured for many servers', () => {
  const project = loadProject(new FsWorkspace('__tests__/fixtures/apps/stateless'), '')

  it('resolves every setting to a shared backend', () => {
    expect(project.frameworkMajor).toBe(12)
    expect(project.session().driver.value).toBe('redis')
    expect(at(project.session().driver)).toBe('.env.example:29')
    expect(project.session().connection).toBeNull()

    const store = project.defaultCacheStore()
    expect([store.name.value, store.driver.value]).toEqual(['redis', 'redis'])
    expect(at(store.driver)).toBe('config/cache.php:76')

    const disk = project.defaultDisk()
    expect([disk.name.value, disk.driver.value]).toEqual(['s3', 's3'])
    expect(disk.root).toBeNull()

    const logs = project.defaultLogTargets()
    expect(logs.map((t) => [t.via, t.driver.value, t.path?.value, t.handler?.value])).toEqual([
      [['stack', 'stderr'], 'monolog', 'php://stderr', 'Monolog\\Handler\\StreamHandler']
    ])
    expect(trail(logs[0].path)).toEqual([
      'config/logging.php:21',
      '.env.example:17',
      'config/logging.php:56',
      'config/logging.php:57',
      '.env.example:18',
      'config/logging.php:102'
    ])

    const queue = project.defaultQueue()
    expect([queue.name.value, queue.driver.value]).toEqual(['redis', 'redis'])
    expect(queue.connection).toBeNull()

    const db = project.defaultDatabase()
    expect([db.name.value, db.driver.value, db.database?.value]).toEqual(['mysql', 'mysql', 'storefront'])

    expect(project.scheduleCacheStore().driver.value).toBe('redis')
    expect(project.maintenanceDriver().value).toBe('cache')
    expect(at(project.maintenanceDriver())).toBe('.env.example:12')
    expect(project.configValue('app.maintenance.store')?.value).toBe('redis')
  })

  it('never prints values of keys that do not select a driver', () => {
    const values: ResolvedValue[] = []
    const push = (...v: (ResolvedValue | null | undefined)[]): void => {
      for (const x of v) if (x) values.push(x)
    }
    const db = project.defaultDatabase()
    push(db.name, db.driver, db.database, project.maintenanceDriver())
    for (const t of project.defaultLogTargets()) push(t.driver, t.path, t.handler)
    const disk = project.defaultDisk()
    push(disk.name, disk.driver, disk.root)
    const text = values.flatMap((v) => v.evidence.map((e) => e.note)).join('\n')
    expect(text).toContain('sets DB_DATABASE')
    expect(text).not.toContain('storefront')
    expect(text).toContain('sets FILESYSTEM_DISK=s3')
  })

  it('lists no stale env key', () => {
    for (const key of ['CACHE_DRIVER', 'FILESYSTEM_DRIVER', 'BROADCAST_DRIVER'])
      expect(project.envAssignments().some((a) => a.key === key)).toBe(false)
  })
})
