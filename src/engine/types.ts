// Plain data passed between the pipeline stages. No GitHub and no PHP types here.

export type Severity = 'error' | 'warning' | 'notice'

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** A 1-based source position. */
export interface Position {
  line: number
  column: number
}

/** A 1-based, end-inclusive-line / end-exclusive-column range in one file. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** One step of an explanation: which file and line made a value what it is. */
export interface Evidence {
  path: string
  line: number
  note: string
}

/** What a rule reports. The engine turns it into a Finding (severity, fingerprint, path normalisation). */
export interface RuleReport {
  /** Path relative to the scan root, posix separators. */
  path: string
  span: Span
  message: string
  evidence: Evidence[]
  /** Overrides the rule's default severity for this report (e.g. `array` sessions are a warning). */
  severity?: Severity
  /**
   * A line-independent identity for this report within (rule, path): an env key, a call's source
   * text, a config key. Defaults to the trimmed source text of the anchor line.
   */
  fingerprintKey?: string
  /** A mechanical fix: replace lines [span.line, span.endLine] of `path` with `replacement`. */
  suggestion?: string
}

export interface Finding {
  ruleId: string
  severity: Severity
  path: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  fingerprint: string
  /**
   * Only when the caller named renamed files (the action, from the pull request's renames): the
   * fingerprint under the file's old path, which comments from before the rename carry. Not in any
   * report format.
   */
  previousFingerprint?: string
  evidence: Evidence[]
  suggestion?: string
  /** Set by the filter stage when a suppression comment matched. */
  suppressed?: { reason: string; path: string; line: number }
}

export type RuleLevel = 'project' | 'code' | 'meta'

export interface RuleMeta {
  id: string
  level: RuleLevel
  defaultSeverity: Severity
  /** One line: what the rule catches. */
  summary: string
  /** A paragraph: why it matters on many servers, and how to fix it (plain text, used in SARIF help). */
  help: string
}
