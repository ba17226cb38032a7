// The default database connection is a sqlite file: the data lives on one server.
import type { ProjectRule } from './types.js'
import { decide, exampleOnlyNote, fixSetting, reportAt, sqliteFileVerdict } from './local-drivers.js'

export const databaseSqliteFile: ProjectRule = {
  meta: {
    id: 'database-sqlite-file',
    level: 'project',
    defaultSeverity: 'error',
    summary: 'The default database connection is a sqlite file on one server.',
    help:
      'A sqlite database is a file on the server that writes it: every server behind a load balancer has its own ' +
      "copy, and the 'database' session, cache and queue drivers (the Laravel 11+ defaults) become local with it. " +
      'Use DB_CONNECTION=mysql or pgsql (a server both app servers reach). An in-memory sqlite (:memory:) for ' +
      'tests is not reported.'
  },
  check(project) {
    const connection = project.defaultDatabase()
    const verdict = sqliteFileVerdict(connection)
    if (verdict === null) return []
    const decision = decide(project, connection.name)
    const name = connection.name.value ?? '?'
    const message =
      `${decision.where} selects the database connection '${name}', a sqlite file${exampleOnlyNote(project, decision, verdict.values)}. ` +
      `Each server writes its own copy of the data, and the 'database' session, cache and queue drivers stay on ` +
      `one server with it. Fix: ${fixSetting(decision, 'DB_CONNECTION', 'mysql')} (or pgsql) on a database server ` +
      `every app server reaches.`
    return [reportAt(decision, verdict.values, message, 'database.default')]
  }
}
