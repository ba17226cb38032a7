// Workflow-command annotations (`::error file=…,line=…::message`): the channel that needs no token,
// used for fork pull requests and read-only tokens, and by `--format github`.
//
// GitHub shows at most 10 annotations of each type (error, warning, notice) per step, so the action
// caps each type at the slots its own messages left of those 10, most severe and earliest first,
// and accounts for the rest in the job summary. `--format github` passes `maxPerSeverity: Infinity`.

import type { Finding, Severity } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { compareBySeverity, joinPrefix, normalizePathPrefix } from './result.js'

/** Annotations GitHub displays per type per step. */
export const GITHUB_ANNOTATIONS_PER_TYPE = 10

export interface WorkflowCommandOptions {
  /**
   * At most this many annotations per severity (or per severity as given); default 10. `Infinity`
   * for no cap.
   */
  maxPerSeverity?: number | Record<Severity, number>
  /** The scan root relative to the repository root, so `file=` is repository-relative. */
  pathPrefix?: string
  /** When set, each message ends with a link to the rule page `docsBaseUrl + id + '.md'`. */
  docsBaseUrl?: string
}

export interface WorkflowCommands {
  /** One workflow command per line, without line terminators. */
  lines: string[]
  /** The findings the lines are for, in the same order. */
  shownFindings: Finding[]
  shown: number
  omitted: number
  omittedBySeverity: Record<Severity, number>
}

export function toWorkflowCommands(
  findings: readonly Finding[],
  options: WorkflowCommandOptions = {}
): WorkflowCommands {
  const cap = options.maxPerSeverity ?? GITHUB_ANNOTATIONS_PER_TYPE
  const maxPerSeverity: Record<Severity, number> =
    typeof cap === 'number' ? { error: cap, warning: cap, notice: cap } : cap
  const prefix = normalizePathPrefix(options.pathPrefix)
  const docsBaseUrl =
    options.docsBaseUrl === undefined || options.docsBaseUrl.endsWith('/')
      ? options.docsBaseUrl
      : `${options.docsBaseUrl}/`

  const shownBySeverity: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const omittedBySeverity: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const lines: string[] = []
  const shownFindings: Finding[] = []
  for (const finding of [...findings].sort(compareBySeverity)) {
    if (shownBySeverity[finding.severity] >= maxPerSeverity[finding.severity]) {
      omittedBySeverity[finding.severity]++
      continue
    }
    shownBySeverity[finding.severity]++
    lines.push(annotation(finding, prefix, docsBaseUrl))
    shownFindings.push(finding)
  }
  const sum = (counts: Record<Severity, number>): number => SEVERITIES.reduce((n, s) => n + counts[s], 0)
  return {
    lines,
    shownFindings,
    shown: sum(shownBySeverity),
    omitted: sum(omittedBySeverity),
    omittedBySeverity
  }
}

/** One `::error|warning|notice …::…` line for a finding. */
export function annotation(finding: Finding, prefix = '', docsBaseUrl?: string): string {
  const properties: Array<[string, string | number]> = [
    ['file', joinPrefix(prefix, finding.path)],
    ['line', finding.line],
    ['endLine', Math.max(finding.line, finding.endLine)]
  ]
  // GitHub ignores columns on multi-line annotations; the toolkit sends them only for one line.
  if (finding.endLine <= finding.line) {
    properties.push(['col', finding.column], ['endColumn', Math.max(finding.column, finding.endColumn)])
  }
  properties.push(['title', finding.ruleId])

  const message = [finding.message]
  // Evidence paths repository-relative too, as in check-run annotations.
  for (const step of finding.evidence)
    message.push(`↳ ${joinPrefix(prefix, step.path)}:${step.line}  ${step.note}`)
  if (docsBaseUrl !== undefined) message.push(`${docsBaseUrl}${encodeURIComponent(finding.ruleId)}.md`)

  return workflowCommand(finding.severity, properties, message.join('\n'))
}

/** `::command key=value,…::data` with the toolkit's escaping. */
export function workflowCommand(
  command: string,
  properties: ReadonlyArray<readonly [string, string | number]>,
  data: string
): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeData(data)}`
}

/** The toolkit's `escapeData`: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** The toolkit's `escapeProperty`: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
