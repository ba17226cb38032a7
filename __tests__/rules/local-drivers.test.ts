import { describe, expect, it } from '@jest/globals'
import {
  decide,
  fixSetting,
  isExampleEnvFile,
  isFileLogHandler,
  isInMemorySqlite,
  isInProcessQueueDriver,
  isLocalCacheDriver,
  isLocalDiskDriver,
  isLocalSessionDriver,
  isStreamPath,
  localCacheStoreVerdict,
  localQueueVerdict,
  localSessionVerdict,
  normaliseDriver,
  sqliteFileVerdict,
  IN_PROCESS_QUEUE_DRIVERS,
  LOCAL_CACHE_DRIVERS,
  LOCAL_SESSION_DRIVERS
} from '../../src/rules/local-drivers.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('driver predicates', () => {
  it('normalises case and blanks', () => {
    expect(normaliseDriver(' File ')).toBe('file')
    expect(normaliseDriver('')).toBeNull()
    expect(normaliseDriver(null)).toBeNull()
  })

  it('classifies drivers', () => {
    expect(['file', 'native', 'apc', 'array'].every(isLocalSessionDriver)).toBe(true)
    expect(['cookie', 'redis', 'database', 'memcached', 'dynamodb'].some(isLocalSessionDriver)).toBe(false)
    expect(['file', 'apc', 'array', 'octane', 'FILE'].every(isLocalCacheDriver)).toBe(true)
    expect(['redis', 'database', 'storage', 'null', 'failover'].some(isLocalCacheDriver)).toBe(false)
    expect(['sync', 'deferred', 'background', 'null'].every(isInProcessQueueDriver)).toBe(true)
    expect(['database', 'redis', 'sqs', 'failover'].some(isInProcessQueueDriver)).toBe(false)
    expect(isLocalDiskDriver('local')).toBe(true)
    expect(isLocalDiskDriver('s3')).toBe(false)
  })

  it('recognises file log handlers however they are written', () => {
    for (const h of [
      'StreamHandler::class',
      '\\Monolog\\Handler\\StreamHandler',
      "'Monolog\\Handler\\RotatingFileHandler'"
    ]) {
      expect(isFileLogHandler(h)).toBe(true)
    }
    for (const h of ['SyslogUdpHandler::class', 'NullHandler', 'MyStreamHandlerWrapper', null]) {
      expect(isFileLogHandler(h)).toBe(false)
    }
  })

  it('tells streams from files', () => {
    for (const p of ['php://stderr', 'php://stdout', "'php://stderr'", '/dev/stdout', '/proc/self/fd/2']) {
      expect(isStreamPath(p)).toBe(true)
    }
    for (const p of ['storage/logs/laravel.log', '/var/log/app.log', '/dev/null/x', 'stderr.log']) {
      expect(isStreamPath(p)).toBe(false)
    }
  })

  it('recognises in-memory sqlite only', () => {
    expect(isInMemorySqlite(':memory:')).toBe(true)
    expect(isInMemorySqlite('file:x?mode=memory')).toBe(true)
    expect(isInMemorySqlite('database/database.sqlite')).toBe(false)
    expect(isInMemorySqlite('memory.sqlite')).toBe(false)
  })

  it('tells example env files apart', () => {
    expect(isExampleEnvFile('.env.example')).toBe(true)
    expect(isExampleEnvFile('apps/shop/.env.production.example')).toBe(true)
    expect(isExampleEnvFile('.env')).toBe(false)
    expect(isExampleEnvFile('.env.production')).toBe(false)
    expect(isExampleEnvFile('docs/config.example')).toBe(false)
  })
})

describe('verdicts agree with the exported driver lists', () => {
  it('session', () => {
    const b = fakeProject()
    for (const d of LOCAL_SESSION_DRIVERS) {
      expect(
        localSessionVerdict({ driver: b.config('config/session.php', d), connection: null })
      ).toMatchObject({ driver: d, kind: 'local' })
    }
    expect(
      localSessionVerdict({ driver: b.config('config/session.php', 'array'), connection: null })?.kind
    ).toBe('ephemeral')
  })

  it('cache', () => {
    const b = fakeProject()
    for (const d of LOCAL_CACHE_DRIVERS) expect(localCacheStoreVerdict(b.cacheStore('s', d))?.driver).toBe(d)
    expect(localCacheStoreVerdict(b.cacheStore('s', 'array'))?.kind).toBe('ephemeral')
    // storage without a known disk: the model cannot tell, so no verdict.
    expect(localCacheStoreVerdict(b.cacheStore('s', 'storage'))).toBeNull()
  })

  it('queue', () => {
    const b = fakeProject()
    for (const d of IN_PROCESS_QUEUE_DRIVERS)
      expect(localQueueVerdict(b.queueConnection('q', d))?.driver).toBe(d)
    expect(localQueueVerdict(b.queueConnection('q', 'null'))?.kind).toBe('ephemeral')
  })

  it('sqlite connections', () => {
    const b = fakeProject()
    expect(sqliteFileVerdict(b.connection('sqlite', 'sqlite', 'db.sqlite'))?.values).toHaveLength(3)
    expect(sqliteFileVerdict(b.connection('sqlite', 'sqlite', null))).not.toBeNull()
    expect(sqliteFileVerdict(b.connection('sqlite', 'sqlite', ':memory:'))).toBeNull()
    expect(sqliteFileVerdict(b.connection('sqlite', 'sqlite'))).toBeNull()
    expect(sqliteFileVerdict(b.connection('mysql', 'mysql', 'db.sqlite'))).toBeNull()
    expect(sqliteFileVerdict(null)).toBeNull()
  })
})

describe('decide', () => {
  it('names the env key of an env anchor', () => {
    const b = fakeProject()
    const v = b.env('.env', 'SESSION_DRIVER', 'file')
    const d = decide(b.build(), v)
    expect(d).toMatchObject({
      envFile: '.env',
      envKey: 'SESSION_DRIVER',
      where: 'SESSION_DRIVER in .env line 1'
    })
    expect(fixSetting(d, 'X', 'redis')).toBe('set SESSION_DRIVER=redis')
  })

  it('follows the evidence to the last env step when the value is a config literal', () => {
    const b = fakeProject()
    const channel = b.env('.env', 'LOG_CHANNEL', 'stack')
    const stack = b.env('.env', 'LOG_STACK', 'daily', { via: [channel] })
    const driver = b.config('config/logging.php', 'daily', { line: 69, via: [stack] })
    const d = decide(b.build(), driver)
    expect(d.anchor).toEqual({
      path: '.env',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 'LOG_STACK=daily'.length + 1
    })
    expect(d.envKey).toBe('LOG_STACK')
  })

  it('describes framework defaults and hard-coded config lines', () => {
    const b = fakeProject({ frameworkMajor: 12 })
    b.file(
      'vendor/laravel/framework/config/session.php',
      "<?php\nreturn [\n    'driver' => env('SESSION_DRIVER', 'database'),\n];"
    )
    const framework = {
      value: 'database',
      anchor: {
        path: 'vendor/laravel/framework/config/session.php',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 10
      },
      evidence: [],
      envFile: null,
      exampleOnly: false
    }
    const d = decide(b.build(), framework)
    expect(d.where).toBe(
      'the Laravel 12 default (vendor/laravel/framework/config/session.php line 3; no env file sets SESSION_DRIVER)'
    )
    expect(fixSetting(d, 'SESSION_DRIVER', 'redis')).toBe('set SESSION_DRIVER=redis')

    const hard = b.config('config/app.php', 'file', { line: 9, text: "'driver' => 'file'," })
    const h = decide(b.build(), hard)
    expect(h).toMatchObject({ envFile: null, envKey: null, where: 'config/app.php line 9' })
    expect(fixSetting(h, 'APP_MAINTENANCE_DRIVER', 'cache')).toBe(
      "change config/app.php line 9 to 'cache' (or read it from env('APP_MAINTENANCE_DRIVER'))"
    )
  })
})
