import { describe, expect, it } from '@jest/globals'
import { cacheStoreLocal } from '../../src/rules/cache-store-local.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

const CACHE = { path: 'config/cache.php', line: 18 }

describe('cache-store-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(cacheStoreLocal.meta).toMatchObject({
      id: 'cache-store-local',
      level: 'project',
      defaultSeverity: 'warning'
    })
  })

  it.each(['file', 'apc', 'array', 'octane'])('fires for a default store with the %s driver', (driver) => {
    const b = fakeProject()
    const name = b.env('.env', 'CACHE_STORE', 'main', { config: CACHE })
    const drv = b.config('config/cache.php', driver, { line: 50, note: 'cache.stores.main.driver' })
    b.withDefaultCacheStore(b.cacheStore(name, drv))
    const reports = cacheStoreLocal.check(b.build())
    expect(reports).toHaveLength(1)
    const [r] = reports
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env')
    expect(r.span.line).toBe(1)
    expect(r.evidence).toEqual([
      { path: 'config/cache.php', line: 18, note: "reads env('CACHE_STORE')" },
      { path: 'config/cache.php', line: 50, note: 'cache.stores.main.driver' }
    ])
    expect(r.fingerprintKey).toBe('cache.default')
    expect(r.message).toContain(
      `CACHE_STORE in .env line 1 selects the cache store 'main', whose '${driver}' driver`
    )
    expect(r.message).toContain('set CACHE_STORE=redis')
  })

  it('names CACHE_DRIVER for a 10.x app whose config reads it', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.env('.env.production', 'APP_ENV', 'production')
    const name = b.env('.env.production', 'CACHE_DRIVER', 'file', { config: CACHE })
    b.withDefaultCacheStore(b.cacheStore(name, 'file'))
    const [r] = cacheStoreLocal.check(b.build())
    expect(r.path).toBe('.env.production')
    expect(r.span.line).toBe(2)
    expect(r.message).toContain('CACHE_DRIVER in .env.production line 2')
    expect(r.message).toContain('set CACHE_DRIVER=redis')
    expect(r.message).not.toContain('set only in')
  })

  it('falls back to the version-specific key when the config default is hard-coded', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.withDefaultCacheStore(b.cacheStore(b.config('config/cache.php', 'file', { line: 18 }), 'file'))
    const [r] = cacheStoreLocal.check(b.build())
    expect(r.path).toBe('config/cache.php')
    expect(r.span.line).toBe(18)
    expect(r.message).toContain(
      "change config/cache.php line 18 to 'redis' (or read it from env('CACHE_DRIVER'))"
    )
  })

  it('fires for a database store on a sqlite file, with example-only wording', () => {
    const b = fakeProject()
    const name = b.env('.env.example', 'CACHE_STORE', 'database', { config: CACHE })
    const conn = b.connection(
      b.env('.env.example', 'DB_CONNECTION', 'sqlite'),
      'sqlite',
      'database/database.sqlite'
    )
    b.withDefaultCacheStore(b.cacheStore(name, 'database', { connection: conn }))
    const [r] = cacheStoreLocal.check(b.build())
    expect(r.path).toBe('.env.example')
    expect(r.span.line).toBe(1)
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('.env.example:2')
    expect(r.message).toContain("connection 'sqlite', a sqlite file")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it('fires for a storage store on a local disk (13+) and not on an s3 disk', () => {
    const local = fakeProject({ frameworkMajor: 13 })
    local.withDefaultCacheStore(
      local.cacheStore(local.env('.env', 'CACHE_STORE', 'storage'), 'storage', {
        disk: local.disk('local', 'local')
      })
    )
    const [r] = cacheStoreLocal.check(local.build())
    expect(r.message).toContain("the disk 'local', a local directory on each server")

    const s3 = fakeProject({ frameworkMajor: 13 })
    s3.withDefaultCacheStore(
      s3.cacheStore(s3.env('.env', 'CACHE_STORE', 'storage'), 'storage', { disk: s3.disk('s3', 's3') })
    )
    expect(cacheStoreLocal.check(s3.build())).toEqual([])
  })

  it.each(['redis', 'memcached', 'dynamodb', 'null', 'failover', 'session'])(
    'does not fire for the %s driver',
    (driver) => {
      const b = fakeProject()
      b.withDefaultCacheStore(b.cacheStore(b.env('.env', 'CACHE_STORE', 'main'), driver))
      expect(cacheStoreLocal.check(b.build())).toEqual([])
    }
  )

  it('does not fire for a store merely named file whose driver is redis', () => {
    const b = fakeProject()
    b.withDefaultCacheStore(b.cacheStore(b.env('.env', 'CACHE_STORE', 'file'), 'redis'))
    expect(cacheStoreLocal.check(b.build())).toEqual([])
  })

  it('does not fire for database on mysql or in-memory sqlite, nor for an unknown driver', () => {
    const mysql = fakeProject()
    mysql.withDefaultCacheStore(
      mysql.cacheStore('database', 'database', { connection: mysql.connection('mysql', 'mysql', 'shop') })
    )
    expect(cacheStoreLocal.check(mysql.build())).toEqual([])

    const memory = fakeProject()
    memory.withDefaultCacheStore(
      memory.cacheStore('database', 'database', {
        connection: memory.connection('sqlite', 'sqlite', ':memory:')
      })
    )
    expect(cacheStoreLocal.check(memory.build())).toEqual([])

    const unknown = fakeProject()
    unknown.withDefaultCacheStore(unknown.cacheStore('main', null))
    expect(cacheStoreLocal.check(unknown.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(cacheStoreLocal.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('cache-store-local on the fixture apps', () => {
  it('laravel10: the file store, decided by CACHE_DRIVER in .env.production (not example-only)', () => {
    const [r, ...rest] = cacheStoreLocal.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.production:7')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/cache.php:18',
      'config/cache.php:53'
    ])
    expect(r.message).toContain("CACHE_DRIVER in .env.production line 7 selects the cache store 'file'")
    expect(r.message).toContain('set CACHE_DRIVER=redis')
    expect(r.message).not.toContain('set only in')
  })

  it('laravel12-defaults: the database store on the sqlite default connection', () => {
    const [r] = cacheStoreLocal.check(fixtureProject('laravel12-defaults'))
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:40')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('.env.example:23')
    expect(r.message).toContain("the database connection 'sqlite', a sqlite file")
    expect(r.message).toContain('set CACHE_STORE=redis')
  })

  it('monorepo admin: CACHE_DRIVER=array in .env.production', () => {
    const [r] = cacheStoreLocal.check(fixtureProject('monorepo', 'apps/admin'))
    expect(`${r.path}:${r.span.line}`).toBe('apps/admin/.env.production:4')
    expect(r.message).toContain("whose 'array' driver")
  })

  it('upgraded-cache-driver (database on mysql, CACHE_DRIVER ignored) and stateless (redis): nothing', () => {
    expect(cacheStoreLocal.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
    expect(cacheStoreLocal.check(fixtureProject('stateless'))).toEqual([])
  })
})
