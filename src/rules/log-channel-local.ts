// Each leaf of the default log channel (through stacks) that writes a log file: single, daily,
// monthly, or a monolog StreamHandler/RotatingFileHandler on a file path. php://stderr is fine.
import type { RuleReport } from '../engine/types.js'
import type { ProjectRule } from './types.js'
import {
  decide,
  exampleOnlyNote,
  firstEnvKey,
  localLogTargetVerdict,
  reportAt,
  settableByEnv
} from './local-drivers.js'

export const logChannelLocal: ProjectRule = {
  meta: {
    id: 'log-channel-local',
    level: 'project',
    defaultSeverity: 'warning',
    summary:
      'The default log channel writes log files on each server (single, daily, monthly, or a file stream handler).',
    help:
      'The single, daily and monthly channels (and monolog StreamHandler/RotatingFileHandler on a file path) write ' +
      'storage/logs on the server that handled the request: logs are split across servers and gone when a server ' +
      'is replaced. Log to php://stderr (LOG_CHANNEL=stderr, or LOG_STACK=stderr in Laravel 11+) and let the ' +
      'platform collect it, or send logs to a central service; if an agent ships the files, suppress this finding.'
  },
  check(project) {
    const reports: RuleReport[] = []
    for (const target of project.defaultLogTargets()) {
      const verdict = localLogTargetVerdict(target)
      if (verdict === null) continue
      // The env line that routed the default channel here (LOG_STACK / LOG_CHANNEL) decides; else config.
      const decision = decide(project, target.driver)
      const leaf = target.via[target.via.length - 1] ?? '?'
      const route =
        target.via.length > 1 ? `through ${target.via.map((c) => `'${c}'`).join(' → ')}` : `to '${leaf}'`
      const how =
        verdict.driver === 'monolog'
          ? `the monolog ${target.handler?.value ?? 'stream handler'}`
          : `the '${verdict.driver}' driver`
      // Only name a path that comes from config: values from env files are never echoed.
      const path = target.path && target.path.envFile === null ? ` (${target.path.value})` : ''
      // Routing to the stderr channel is the usual fix, unless that channel is the one writing a file:
      // by the env key that picks the route (LOG_STACK, LOG_CHANNEL), else in the config that hard-codes it.
      const routeKey = decision.envKey ?? firstEnvKey(target.driver.evidence.map((e) => e.note))
      const fix =
        leaf === 'stderr' && target.path
          ? `make the 'stderr' channel write to php://stderr (${target.path.anchor.path} line ${target.path.anchor.line})`
          : routeKey !== null || settableByEnv(decision)
            ? `set ${routeKey ?? 'LOG_CHANNEL'}=stderr and let the platform collect stderr (or use a central log service)`
            : `change ${decision.anchor.path} line ${decision.anchor.line} so that the default channel logs to php://stderr (the 'stderr' channel) and let the platform collect stderr (or use a central log service)`
      const message =
        `${decision.where} sends the default log channel ${route}, where ${how}${path} ${verdict.reason}` +
        `${exampleOnlyNote(project, decision, verdict.values)}. Fix: ${fix}; if an agent ships these files, ` +
        `suppress this finding.`
      reports.push(reportAt(decision, verdict.values, message, `logging.default:${target.via.join('.')}`))
    }
    return reports
  }
}
