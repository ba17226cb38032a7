// The default queue connection runs jobs on the dispatching server (sync, deferred, background),
// drops them (the null driver, also chosen by QUEUE_CONNECTION=null), or keeps them in a sqlite
// file. `failover` (12+) is not judged: the model does not expose the connections it falls back to.
import type { ProjectRule } from './types.js'
import { decide, exampleOnlyNote, fixSetting, localQueueVerdict, reportAt } from './local-drivers.js'

export const queueConnectionLocal: ProjectRule = {
  meta: {
    id: 'queue-connection-local',
    level: 'project',
    defaultSeverity: 'warning',
    summary:
      'The default queue connection runs jobs on the web server itself (sync, deferred, background), drops them (null), or keeps them in a sqlite file.',
    help:
      'The sync, deferred and background queue drivers run each job on the server that dispatched it, inside or ' +
      'right after the web request: no retries, no workers to spread the load, and the job is lost if that server ' +
      'dies. The null driver discards jobs. The database driver on a sqlite file keeps the queue on one server, so ' +
      'workers elsewhere never see it. Use QUEUE_CONNECTION=redis, sqs, or database on a shared server, and run ' +
      'queue workers.'
  },
  check(project) {
    const queue = project.defaultQueue()
    const verdict = localQueueVerdict(queue)
    if (verdict === null) return []
    const decision = decide(project, queue.name)
    const name = queue.name.value ?? '?'
    const dbFix =
      verdict.driver === 'database'
        ? ', or point the connection at a server database (MySQL, PostgreSQL)'
        : ''
    // QUEUE_CONNECTION=null names no connection: Laravel then uses the null driver.
    const selects =
      queue.name.value === null
        ? "sets no queue connection (null), so Laravel uses the 'null' driver, which"
        : `selects the queue connection '${name}', whose '${verdict.driver}' driver`
    const message =
      `${decision.where} ${selects} ` +
      `${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. ` +
      `Fix: ${fixSetting(decision, 'QUEUE_CONNECTION', 'redis')} (or sqs, or database on a shared server)${dbFix}, ` +
      `and run queue workers.`
    return [reportAt(decision, verdict.values, message, 'queue.default')]
  }
}
