// session.driver keeps sessions on one server: file/native/apc, database on a sqlite file, or
// array (nothing persists at all, so a warning: it is broken everywhere, not just on many servers).
import type { ProjectRule } from './types.js'
import { decide, exampleOnlyNote, fixSetting, localSessionVerdict, reportAt } from './local-drivers.js'

export const sessionDriverLocal: ProjectRule = {
  meta: {
    id: 'session-driver-local',
    level: 'project',
    defaultSeverity: 'error',
    summary:
      'The session driver keeps sessions on one server (file, native, apc, array, or database on a sqlite file).',
    help:
      'With the file, native or apc session driver (or the database driver on a sqlite file) a session exists only ' +
      'on the server that created it. Behind a load balancer the next request may reach another server, where the ' +
      'user is logged out and forms fail with 419 (CSRF token mismatch). The array driver keeps nothing at all. ' +
      'Use SESSION_DRIVER=redis, memcached, dynamodb or cookie, or database on a shared database server.'
  },
  check(project) {
    const session = project.session()
    const verdict = localSessionVerdict(session)
    if (verdict === null) return []
    const decision = decide(project, session.driver)
    const note = exampleOnlyNote(project, decision, verdict.values)
    const fix = `Fix: ${fixSetting(decision, 'SESSION_DRIVER', 'redis')} (or database on a shared server)`
    if (verdict.kind === 'ephemeral') {
      const message =
        `${decision.where} selects the '${verdict.driver}' session driver, which ${verdict.reason}${note}. ` +
        `It is meant for tests. ${fix}.`
      return [reportAt(decision, verdict.values, message, 'session.driver', 'warning')]
    }
    const dbFix =
      verdict.driver === 'database'
        ? ', or point the connection at a server database (MySQL, PostgreSQL)'
        : ''
    const message =
      `Sessions stay on one server: ${decision.where} selects the '${verdict.driver}' session driver, which ` +
      `${verdict.reason}${note}. Behind a load balancer users are logged out or get 419 errors when another ` +
      `server answers. ${fix}${dbFix}.`
    return [reportAt(decision, verdict.values, message, 'session.driver')]
  }
}
