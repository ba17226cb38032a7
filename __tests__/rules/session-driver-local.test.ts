import { describe, expect, it } from '@jest/globals'
import { sessionDriverLocal } from '../../src/rules/session-driver-local.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

const SESSION = { path: 'config/session.php', line: 21 }

describe('session-driver-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(sessionDriverLocal.meta).toMatchObject({
      id: 'session-driver-local',
      level: 'project',
      defaultSeverity: 'error'
    })
  })

  it.each(['file', 'native', 'apc', 'File'])(
    'fires as an error for SESSION_DRIVER=%s, anchored on the env line',
    (driver) => {
      const b = fakeProject()
      b.env('.env', 'APP_NAME', 'Shop')
      b.withSession(b.env('.env', 'SESSION_DRIVER', driver, { config: SESSION }))
      const reports = sessionDriverLocal.check(b.build())
      expect(reports).toHaveLength(1)
      const [r] = reports
      expect(r.severity).toBeUndefined()
      expect(r.path).toBe('.env')
      expect(r.span).toEqual({
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: `SESSION_DRIVER=${driver}`.length + 1
      })
      expect(r.evidence).toEqual([
        { path: 'config/session.php', line: 21, note: "reads env('SESSION_DRIVER')" }
      ])
      expect(r.fingerprintKey).toBe('session.driver')
      expect(r.message).toContain('SESSION_DRIVER in .env line 2')
      expect(r.message).toContain(`'${driver.toLowerCase()}' session driver`)
      expect(r.message).toContain('set SESSION_DRIVER=redis (or database on a shared server)')
      expect(r.message).not.toContain('set only in')
    }
  )

  it('fires as a warning for array (nothing persists)', () => {
    const b = fakeProject()
    b.withSession(b.env('.env.production', 'SESSION_DRIVER', 'array'))
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.severity).toBe('warning')
    expect(r.path).toBe('.env.production')
    expect(r.message).toContain('nothing persists')
  })

  it('fires for database on a sqlite file, with the connection in the evidence', () => {
    const b = fakeProject()
    const driver = b.env('.env.example', 'SESSION_DRIVER', 'database', { config: SESSION })
    const name = b.env('.env.example', 'DB_CONNECTION', 'sqlite', {
      config: { path: 'config/database.php', line: 19 }
    })
    const file = b.config('config/database.php', 'database/database.sqlite', {
      line: 37,
      envKey: 'DB_DATABASE'
    })
    b.withSession(driver, b.connection(name, b.config('config/database.php', 'sqlite', { line: 35 }), file))
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env.example')
    expect(r.span.line).toBe(1)
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/session.php:21',
      'config/database.php:19',
      '.env.example:2',
      'config/database.php:35',
      'config/database.php:37'
    ])
    expect(r.message).toContain("connection 'sqlite', a sqlite file")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
    expect(r.message).toContain('point the connection at a server database')
  })

  it('says example-only when only the sqlite connection comes from .env.example', () => {
    const b = fakeProject()
    const name = b.env('.env.example', 'DB_CONNECTION', 'sqlite')
    b.withSession(
      b.env('.env', 'SESSION_DRIVER', 'database'),
      b.connection(name, 'sqlite', 'database.sqlite')
    )
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.path).toBe('.env')
    expect(r.message).toContain(
      '(DB_CONNECTION is set only in .env.example; the real environment may differ)'
    )
  })

  it('never echoes the sqlite path when an env file sets it', () => {
    const b = fakeProject()
    const db = b.env('.env', 'DB_DATABASE', '/srv/secret-name/app.sqlite')
    b.withSession(b.env('.env', 'SESSION_DRIVER', 'database'), b.connection('sqlite', 'sqlite', db))
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.message).not.toContain('secret-name')
  })

  it('anchors on the config default when no env file sets the key (10.x skeleton)', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.withSession(b.config('config/session.php', 'file', { line: 21, envKey: 'SESSION_DRIVER' }))
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.path).toBe('config/session.php')
    expect(r.span.line).toBe(21)
    expect(r.evidence).toEqual([])
    expect(r.message).toContain(
      "config/session.php line 21 (the env('SESSION_DRIVER') default, as no env file sets SESSION_DRIVER)"
    )
    expect(r.message).toContain('set SESSION_DRIVER=redis')
  })

  it('tells to edit the config line when it hard-codes the driver', () => {
    const b = fakeProject()
    b.withSession(b.config('config/session.php', 'file', { line: 21, text: "    'driver' => 'file'," }))
    const [r] = sessionDriverLocal.check(b.build())
    expect(r.message).toContain("change config/session.php line 21 to 'redis'")
  })

  it.each(['cookie', 'redis', 'memcached', 'dynamodb'])('does not fire for %s', (driver) => {
    const b = fakeProject()
    b.withSession(b.env('.env', 'SESSION_DRIVER', driver))
    expect(sessionDriverLocal.check(b.build())).toEqual([])
  })

  it('does not fire for database on a server database, on in-memory sqlite, or on an unknown connection', () => {
    const mysql = fakeProject()
    mysql.withSession(
      mysql.env('.env', 'SESSION_DRIVER', 'database'),
      mysql.connection('mysql', 'mysql', 'shop')
    )
    expect(sessionDriverLocal.check(mysql.build())).toEqual([])

    const memory = fakeProject()
    memory.withSession(
      memory.env('.env', 'SESSION_DRIVER', 'database'),
      memory.connection('sqlite', 'sqlite', ':memory:')
    )
    expect(sessionDriverLocal.check(memory.build())).toEqual([])

    const unknown = fakeProject()
    unknown.withSession(unknown.env('.env', 'SESSION_DRIVER', 'database'), null)
    expect(sessionDriverLocal.check(unknown.build())).toEqual([])

    const noDatabaseOption = fakeProject()
    noDatabaseOption.withSession(
      noDatabaseOption.env('.env', 'SESSION_DRIVER', 'database'),
      noDatabaseOption.connection('sqlite', 'sqlite')
    )
    expect(sessionDriverLocal.check(noDatabaseOption.build())).toEqual([])
  })

  it('stays silent when the driver cannot be resolved', () => {
    const b = fakeProject()
    b.withSession(b.config('config/session.php', null, { line: 21 }))
    expect(sessionDriverLocal.check(b.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(sessionDriverLocal.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('session-driver-local on the fixture apps', () => {
  it('laravel10: file sessions from .env.example', () => {
    const [r, ...rest] = sessionDriverLocal.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:22')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['config/session.php:21'])
    expect(r.message).toContain("SESSION_DRIVER in .env.example line 22 selects the 'file' session driver")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it('laravel12-defaults: database sessions on the sqlite default connection', () => {
    const [r, ...rest] = sessionDriverLocal.check(fixtureProject('laravel12-defaults'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:30')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('.env.example:23')
    expect(r.message).toContain("the database connection 'sqlite', a sqlite file")
  })

  it('monorepo: the shop app is reported on its own env file, the admin app not', () => {
    const [r] = sessionDriverLocal.check(fixtureProject('monorepo', 'apps/shop'))
    expect(`${r.path}:${r.span.line}`).toBe('apps/shop/.env.example:5')
    expect(r.evidence.map((e) => e.path)).toEqual(['apps/shop/config/session.php'])
    expect(sessionDriverLocal.check(fixtureProject('monorepo', 'apps/admin'))).toEqual([])
  })

  it('upgraded-cache-driver (redis) and stateless (redis): nothing', () => {
    expect(sessionDriverLocal.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
    expect(sessionDriverLocal.check(fixtureProject('stateless'))).toEqual([])
  })
})
