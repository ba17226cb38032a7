// Test data for the reporter tests: findings and an AuditResult the way the engine fills them.

import type { Finding, RuleMeta } from '../../src/engine/types.js'
import { countBySeverity } from '../../src/report/result.js'
import type { AuditResult } from '../../src/report/result.js'

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'session-driver-local',
    severity: 'error',
    path: 'config/session.php',
    line: 21,
    column: 5,
    endLine: 21,
    endColumn: 48,
    message: "Sessions are stored on this server's disk (driver 'file').",
    fingerprint: 'a1b2c3d4e5f60718',
    evidence: [{ path: '.env.example', line: 3, note: 'SESSION_DRIVER=file' }],
    ...overrides
  }
}

export const RULES: RuleMeta[] = [
  {
    id: 'session-driver-local',
    level: 'project',
    defaultSeverity: 'error',
    summary: 'Sessions kept on the local disk or in memory.',
    help: 'With several servers a user lands on a server that does not have their session. Use redis or database.'
  },
  {
    id: 'env-outside-config',
    level: 'code',
    defaultSeverity: 'warning',
    summary: 'env() called outside config/.',
    help: 'After config:cache, env() returns null outside config files. Read config() instead.'
  },
  {
    id: 'schedule-without-on-one-server',
    level: 'code',
    defaultSeverity: 'notice',
    summary: 'Scheduled task without onOneServer().',
    help: 'Every server runs the scheduler; the task runs once per server.'
  },
  {
    id: 'parse-error',
    level: 'meta',
    defaultSeverity: 'error',
    summary: 'A file could not be parsed.',
    help: 'The file was not analysed.'
  },
  {
    id: 'unused-suppression',
    level: 'meta',
    defaultSeverity: 'notice',
    summary: 'A suppression comment that suppresses nothing.',
    help: 'Remove it.'
  },
  {
    id: 'suppression-without-reason',
    level: 'meta',
    defaultSeverity: 'notice',
    summary: 'A suppression comment without a reason.',
    help: 'Add "-- reason".'
  }
]

export function result(overrides: Partial<AuditResult> = {}): AuditResult {
  const findings = overrides.findings ?? [
    finding(),
    finding({
      ruleId: 'env-outside-config',
      severity: 'warning',
      path: 'app/Http/Controllers/UploadController.php',
      line: 30,
      column: 9,
      endLine: 30,
      endColumn: 29,
      message: "env('APP_KEY') outside config/ returns null after config:cache.",
      fingerprint: 'ffee000011112222',
      evidence: []
    }),
    finding({
      ruleId: 'schedule-without-on-one-server',
      severity: 'notice',
      path: 'app/Console/Kernel.php',
      line: 12,
      column: 9,
      endLine: 14,
      endColumn: 30,
      message: "Scheduled command 'reports:send' runs on every server.",
      fingerprint: '9999888877776666',
      evidence: []
    })
  ]
  return {
    tool: { name: 'stateless-audit', version: '1.2.3' },
    root: '/work/app',
    findings,
    suppressed: [],
    outOfScope: [],
    rules: RULES,
    summary: { files: 14, ...countBySeverity(findings), parseErrors: 0, durationMs: 210 },
    ...overrides
  }
}
