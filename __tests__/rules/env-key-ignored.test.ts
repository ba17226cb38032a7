import { describe, expect, it } from '@jest/globals'
import { envKeyIgnored } from '../../src/rules/env-key-ignored.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('env-key-ignored', () => {
  it('has the catalogue id and default severity', () => {
    expect(envKeyIgnored.meta).toMatchObject({
      id: 'env-key-ignored',
      level: 'project',
      defaultSeverity: 'warning'
    })
  })

  it('fires for CACHE_DRIVER when the config reads only CACHE_STORE, naming the store in effect', () => {
    const b = fakeProject({ frameworkMajor: 11 })
    b.env('.env', 'APP_NAME', 'News')
    b.env('.env', 'CACHE_DRIVER', 'redis-secret-value')
    const name = b.config('config/cache.php', 'database', { line: 18, envKey: 'CACHE_STORE' })
    b.withDefaultCacheStore(b.cacheStore(name, 'database')).readingEnv('CACHE_STORE')
    const [r, ...rest] = envKeyIgnored.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env')
    expect(r.span).toEqual({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 'CACHE_DRIVER=redis-secret-value'.length + 1
    })
    expect(r.fingerprintKey).toBe('env:CACHE_DRIVER')
    expect(r.evidence).toEqual([
      { path: 'config/cache.php', line: 18, note: "default of env('CACHE_STORE')" }
    ])
    expect(r.message).toContain(
      "config/cache.php reads CACHE_STORE, so CACHE_DRIVER in .env line 2 is ignored and the cache store 'database' is used (the default in config/cache.php line 18)"
    )
    expect(r.message).toContain('rename the key to CACHE_STORE')
    expect(r.message).not.toContain('redis-secret-value')
    expect(r.message).not.toContain('set only in')
  })

  it('fires for FILESYSTEM_DRIVER and BROADCAST_DRIVER, once per env file that sets them', () => {
    const b = fakeProject({ frameworkMajor: 11 })
    b.env('.env.production', 'FILESYSTEM_DRIVER', 's3')
    b.env('.env.example', 'FILESYSTEM_DRIVER', 's3')
    b.env('.env.example', 'BROADCAST_DRIVER', 'pusher')
    b.withDefaultDisk(
      b.disk(b.config('config/filesystems.php', 'local', { line: 16, envKey: 'FILESYSTEM_DISK' }), 'local')
    )
    b.readingEnv('FILESYSTEM_DISK', 'BROADCAST_CONNECTION')
    const reports = envKeyIgnored.check(b.build())
    expect(reports.map((r) => [r.path, r.span.line, r.fingerprintKey])).toEqual([
      ['.env.production', 1, 'env:FILESYSTEM_DRIVER'],
      ['.env.example', 1, 'env:FILESYSTEM_DRIVER'],
      ['.env.example', 2, 'env:BROADCAST_DRIVER']
    ])
    expect(reports[0].message).toContain("the disk 'local' is used")
    expect(reports[0].message).not.toContain('set only in')
    expect(reports[1].message).toContain('(set only in .env.example; the real environment may differ)')
    expect(reports[2].message).toContain(
      "the framework's default config/broadcasting.php reads BROADCAST_CONNECTION, so BROADCAST_DRIVER"
    )
    expect(reports[2].message).toContain(
      'the broadcast connection comes from BROADCAST_CONNECTION or its config default'
    )
    expect(reports[2].evidence).toEqual([])
  })

  it("names the app's own config file when it has one, under the app root", () => {
    const b = fakeProject({ root: 'apps/shop', frameworkMajor: 11 })
    b.file(
      'apps/shop/config/broadcasting.php',
      "<?php return ['default' => env('BROADCAST_CONNECTION', 'null')];"
    )
    b.env('apps/shop/.env', 'BROADCAST_DRIVER', 'pusher')
    b.readingEnv('BROADCAST_CONNECTION')
    const [r] = envKeyIgnored.check(b.build())
    expect(r.path).toBe('apps/shop/.env')
    expect(r.message).toMatch(
      /^apps\/shop\/config\/broadcasting\.php reads BROADCAST_CONNECTION, so BROADCAST_DRIVER in apps\/shop\/\.env line 1 is ignored/
    )
  })

  it('says the framework default is in effect when the app has no config file for it', () => {
    const b = fakeProject({ frameworkMajor: 12 })
    b.env('.env', 'CACHE_DRIVER', 'redis')
    const name = b.config('composer.lock', 'database', {
      line: 20,
      text: '            "version": "v12.3.0",',
      note: "Laravel 12 framework default (config/cache.php is absent): cache.default = env('CACHE_STORE', 'database')"
    })
    // The store's driver is a framework default too: the app has no config/cache.php at all.
    const driver = b.config('composer.lock', 'database', { line: 21 })
    b.withDefaultCacheStore(b.cacheStore(name, driver)).readingEnv('CACHE_STORE')
    const [r] = envKeyIgnored.check(b.build())
    expect(r.message).toBe(
      "the framework's default config/cache.php reads CACHE_STORE, so CACHE_DRIVER in .env line 1 is ignored and the cache store 'database' is used (the Laravel 12 default). Fix: rename the key to CACHE_STORE here and in the servers' environment."
    )
  })

  it('says which env line decides when the new key is set too', () => {
    const b = fakeProject({ frameworkMajor: 12 })
    b.env('.env', 'CACHE_DRIVER', 'file')
    const name = b.env('.env', 'CACHE_STORE', 'redis', { config: { path: 'config/cache.php', line: 18 } })
    b.withDefaultCacheStore(b.cacheStore(name, 'redis')).readingEnv('CACHE_STORE')
    const [r] = envKeyIgnored.check(b.build())
    expect(r.message).toContain("the cache store 'redis' is used (set by CACHE_STORE in .env line 2)")
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['config/cache.php:18', '.env:2'])
  })

  it('does not fire when the config still reads the old key (10.x, or an upgraded config)', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.env('.env', 'CACHE_DRIVER', 'redis')
    b.env('.env', 'BROADCAST_DRIVER', 'log')
    b.readingEnv('CACHE_DRIVER', 'BROADCAST_DRIVER', 'FILESYSTEM_DISK')
    expect(envKeyIgnored.check(b.build())).toEqual([])

    // A config that reads both keys (env('CACHE_STORE', env('CACHE_DRIVER', 'file'))) honours the old one.
    const both = fakeProject({ frameworkMajor: 11 })
    both.env('.env', 'CACHE_DRIVER', 'redis')
    both.readingEnv('CACHE_DRIVER', 'CACHE_STORE')
    expect(envKeyIgnored.check(both.build())).toEqual([])
  })

  it('does not fire when no config reads the new key either (no rename in play)', () => {
    const b = fakeProject({ frameworkMajor: 11 })
    b.env('.env', 'BROADCAST_DRIVER', 'pusher')
    expect(envKeyIgnored.check(b.build())).toEqual([])
  })

  it('does not fire for keys set only in a non-production-like env file (.env.testing)', () => {
    const b = fakeProject({ frameworkMajor: 11 })
    b.env('.env.testing', 'CACHE_DRIVER', 'array', { notProductionLike: true })
    b.withDefaultCacheStore(b.cacheStore('database', 'database')).readingEnv('CACHE_STORE')
    expect(envKeyIgnored.check(b.build())).toEqual([])
  })

  it('does not fire for the new keys themselves', () => {
    const b = fakeProject().stateless()
    expect(envKeyIgnored.check(b.build())).toEqual([])
  })
})

describe('env-key-ignored on the fixture apps', () => {
  it('upgraded-cache-driver: CACHE_DRIVER, FILESYSTEM_DRIVER and BROADCAST_DRIVER are all ignored', () => {
    const reports = envKeyIgnored.check(fixtureProject('upgraded-cache-driver'))
    expect(reports.map((r) => [r.fingerprintKey, `${r.path}:${r.span.line}`, r.severity])).toEqual([
      ['env:CACHE_DRIVER', '.env.example:19', undefined],
      ['env:FILESYSTEM_DRIVER', '.env.example:20', undefined],
      ['env:BROADCAST_DRIVER', '.env.example:18', undefined]
    ])
    const [cache, disk, broadcast] = reports
    expect(cache.message).toContain(
      "config/cache.php reads CACHE_STORE, so CACHE_DRIVER in .env.example line 19 is ignored (set only in .env.example; the real environment may differ) and the cache store 'database' is used (the default in config/cache.php line 18)"
    )
    expect(cache.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['config/cache.php:18'])
    expect(disk.message).toContain("the disk 'local' is used (the default in config/filesystems.php line 16)")
    expect(broadcast.message).toContain(
      "the framework's default config/broadcasting.php reads BROADCAST_CONNECTION, so BROADCAST_DRIVER"
    )
    // The ignored values (redis, s3, pusher) are never echoed.
    for (const r of reports) expect(r.message).not.toMatch(/redis'|s3|pusher/)
  })

  it('does not fire for an old key whose value a later ${KEY} in the same file takes', () => {
    // phpdotenv resolves ${CACHE_DRIVER}: the key is used, and renaming it would break CACHE_STORE.
    const { project, cleanup } = fixtureCopy('upgraded-cache-driver', {
      '.env': 'CACHE_DRIVER=file\nCACHE_DRIVER=redis\nCACHE_STORE="${CACHE_DRIVER}"\nFILESYSTEM_DRIVER=s3\n'
    })
    try {
      const reports = envKeyIgnored.check(project).filter((r) => r.path === '.env')
      // Line 1 is overwritten by line 2 before anything reads it: still ignored.
      expect(reports.map((r) => [r.fingerprintKey, r.span.line])).toEqual([
        ['env:CACHE_DRIVER', 1],
        ['env:FILESYSTEM_DRIVER', 4]
      ])
    } finally {
      cleanup()
    }
  })

  it('laravel10 (config reads the old keys), laravel12-defaults and stateless (new keys): nothing', () => {
    expect(envKeyIgnored.check(fixtureProject('laravel10'))).toEqual([])
    expect(envKeyIgnored.check(fixtureProject('laravel12-defaults'))).toEqual([])
    expect(envKeyIgnored.check(fixtureProject('stateless'))).toEqual([])
  })
})
