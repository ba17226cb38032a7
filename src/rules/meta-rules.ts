// Findings the engine itself reports: about the audit's input, not about the app's state.
import type { RuleMeta } from '../engine/types.js'

export const parseErrorRule: RuleMeta = {
  id: 'parse-error',
  level: 'meta',
  defaultSeverity: 'notice',
  summary: 'A file could not be fully parsed; the readable parts were still audited.',
  help:
    'The PHP or Blade file has a syntax error, is binary, or is too large to audit. The parser recovers where it can ' +
    'and audits what it could read, but a rule cannot see code it could not parse. Fix the syntax error (php -l shows it).'
}

export const unusedSuppressionRule: RuleMeta = {
  id: 'unused-suppression',
  level: 'meta',
  defaultSeverity: 'notice',
  summary: 'A stateless-audit-ignore comment suppresses nothing.',
  help:
    'The suppression names a rule that reports nothing on the covered line (the code was fixed or moved, or the rule id ' +
    'is misspelled). Remove it, so that suppressions cannot rot and hide a future finding.'
}

export const suppressionWithoutReasonRule: RuleMeta = {
  id: 'suppression-without-reason',
  level: 'meta',
  defaultSeverity: 'notice',
  summary: 'A stateless-audit-ignore comment gives no reason.',
  help:
    'Write why the state is safe here after " -- ", e.g. "// stateless-audit-ignore storage-local-write -- storage/ is ' +
    'an EFS mount shared by every server". The next reader needs to know the suppression is still true.'
}

export const internalErrorRule: RuleMeta = {
  id: 'internal-error',
  level: 'meta',
  defaultSeverity: 'notice',
  summary: 'A rule failed on a file; the other rules and files were still audited.',
  help:
    'A bug in stateless-audit stopped one rule on one file. The finding names the rule and the error. Other rules ' +
    'and files are unaffected. Please report it with the file (or a reduced copy of it).'
}

export const metaRules: RuleMeta[] = [
  parseErrorRule,
  unusedSuppressionRule,
  suppressionWithoutReasonRule,
  internalErrorRule
]
