import { describe, expect, it } from '@jest/globals'
import { databaseSqliteFile } from '../../src/rules/database-sqlite-file.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('database-sqlite-file', () => {
  it('has the catalogue id and default severity', () => {
    expect(databaseSqliteFile.meta).toMatchObject({
      id: 'database-sqlite-file',
      level: 'project',
      defaultSeverity: 'error'
    })
  })

  it('fires for a sqlite default connection on a file, anchored on DB_CONNECTION', () => {
    const b = fakeProject()
    const name = b.env('.env.example', 'DB_CONNECTION', 'sqlite', {
      config: { path: 'config/database.php', line: 19 }
    })
    const driver = b.config('config/database.php', 'sqlite', {
      line: 35,
      note: 'database.connections.sqlite.driver'
    })
    const file = b.config('config/database.php', 'database/database.sqlite', {
      line: 37,
      envKey: 'DB_DATABASE'
    })
    b.withDefaultDatabase(b.connection(name, driver, file))
    const [r, ...rest] = databaseSqliteFile.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env.example')
    expect(r.span.line).toBe(1)
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/database.php:19',
      'config/database.php:35',
      'config/database.php:37'
    ])
    expect(r.fingerprintKey).toBe('database.default')
    expect(r.message).toContain(
      "DB_CONNECTION in .env.example line 1 selects the database connection 'sqlite', a sqlite file"
    )
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
    expect(r.message).toContain('set DB_CONNECTION=mysql')
  })

  it('fires when the sqlite path cannot be resolved (it is still a file), and never prints an env path', () => {
    const unknown = fakeProject()
    unknown.withDefaultDatabase(
      unknown.connection(unknown.env('.env', 'DB_CONNECTION', 'sqlite'), 'sqlite', null)
    )
    expect(databaseSqliteFile.check(unknown.build())).toHaveLength(1)

    const secret = fakeProject()
    const db = secret.env('.env', 'DB_DATABASE', '/data/hidden-name.sqlite')
    secret.withDefaultDatabase(secret.connection(secret.env('.env', 'DB_CONNECTION', 'sqlite'), 'sqlite', db))
    const [r] = databaseSqliteFile.check(secret.build())
    expect(r.message).not.toContain('hidden-name')
  })

  it('fires for a connection with another name whose driver is sqlite', () => {
    const b = fakeProject()
    b.withDefaultDatabase(
      b.connection(b.env('.env', 'DB_CONNECTION', 'local_db'), 'sqlite', 'storage/app.db')
    )
    const [r] = databaseSqliteFile.check(b.build())
    expect(r.message).toContain("the database connection 'local_db', a sqlite file")
  })

  it.each([':memory:', 'file::memory:?mode=memory&cache=shared', 'file:db?cache=shared&mode=memory'])(
    'does not fire for in-memory sqlite %s',
    (database) => {
      const b = fakeProject()
      b.withDefaultDatabase(b.connection(b.env('.env', 'DB_CONNECTION', 'sqlite'), 'sqlite', database))
      expect(databaseSqliteFile.check(b.build())).toEqual([])
    }
  )

  it.each(['mysql', 'mariadb', 'pgsql', 'sqlsrv'])('does not fire for %s', (driver) => {
    const b = fakeProject()
    b.withDefaultDatabase(b.connection(b.env('.env', 'DB_CONNECTION', driver), driver, 'app'))
    expect(databaseSqliteFile.check(b.build())).toEqual([])
  })

  it('does not fire for a connection named sqlite with the mysql driver, or an unknown driver', () => {
    const named = fakeProject()
    named.withDefaultDatabase(named.connection(named.env('.env', 'DB_CONNECTION', 'sqlite'), 'mysql', 'app'))
    expect(databaseSqliteFile.check(named.build())).toEqual([])

    const unknown = fakeProject()
    unknown.withDefaultDatabase(unknown.connection('main', null, 'x'))
    expect(databaseSqliteFile.check(unknown.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(databaseSqliteFile.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('database-sqlite-file on the fixture apps', () => {
  it('laravel12-defaults: DB_CONNECTION=sqlite with the framework default database file', () => {
    const [r, ...rest] = databaseSqliteFile.check(fixtureProject('laravel12-defaults'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:23')
    expect(r.evidence.length).toBeGreaterThan(0)
    expect(r.message).toContain(
      "DB_CONNECTION in .env.example line 23 selects the database connection 'sqlite'"
    )
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it('laravel10, upgraded-cache-driver and stateless (mysql): nothing', () => {
    expect(databaseSqliteFile.check(fixtureProject('laravel10'))).toEqual([])
    expect(databaseSqliteFile.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
    expect(databaseSqliteFile.check(fixtureProject('stateless'))).toEqual([])
  })
})
