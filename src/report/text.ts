// `--format text`: what a person reads in a terminal. Grouped by file, one finding per line in the
// `path:line:column` form editors and terminals turn into links, the evidence chain under it.

import type { Finding, Severity } from '../engine/types.js'
import { compareByLocation, compareBySeverity, plural } from './result.js'
import type { AuditResult } from './result.js'

export interface TextOptions {
  /** ANSI colours. The CLI passes `process.stdout.isTTY && !process.env.NO_COLOR`. */
  color: boolean
}

export type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'bold' | 'dim'

const ANSI: Record<Style, [open: string, close: string]> = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m']
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }
const SEVERITY_WIDTH = 'warning'.length
const EVIDENCE_INDENT = '    '

export function toText(result: AuditResult, options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text

  const out: string[] = []
  for (const group of groupByPath([...result.findings].sort(compareByLocation))) {
    const locations = group.map((f) => printable(`${f.path}:${f.line}:${f.column}`, false))
    const locationWidth = Math.max(...locations.map((l) => l.length))
    const ruleWidth = Math.max(...group.map((f) => f.ruleId.length))
    group.forEach((finding, index) => {
      const [first = '', ...rest] = printable(finding.message).split('\n')
      out.push(
        [
          locations[index].padEnd(locationWidth),
          paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(SEVERITY_WIDTH)),
          paint('dim', printable(finding.ruleId).padEnd(ruleWidth)),
          first
        ].join('  ')
      )
      for (const line of rest) out.push(`${EVIDENCE_INDENT}${line}`)
      for (const step of finding.evidence) {
        const where = printable(`${step.path}:${step.line}`, false)
        out.push(paint('dim', `${EVIDENCE_INDENT}↳ ${where}  ${printable(step.note).replace(/\n/g, ' ')}`))
      }
    })
    out.push('')
  }
  out.push(summaryLine(result, paint))
  return `${out.join('\n')}\n`
}

/** "3 errors, 2 warnings, 1 notice in 14 files (0.21 s); 2 suppressed; 5 not introduced by this change" */
export function summaryLine(
  result: AuditResult,
  paint: (style: Style, text: string) => string = (_style, text) => text
): string {
  const { errors, warnings, notices, files, parseErrors, durationMs } = result.summary
  const counts = [
    errors > 0 ? paint('red', plural(errors, 'error')) : plural(errors, 'error'),
    warnings > 0 ? paint('yellow', plural(warnings, 'warning')) : plural(warnings, 'warning'),
    notices > 0 ? paint('cyan', plural(notices, 'notice')) : plural(notices, 'notice')
  ].join(', ')
  const parts = [`${counts} in ${plural(files, 'file')} (${(durationMs / 1000).toFixed(2)} s)`]
  if (parseErrors > 0) parts.push(`${plural(parseErrors, 'file')} could not be parsed`)
  const cached = result.summary.cachedFiles
  if (cached !== undefined && cached > 0) parts.push(`${cached} unchanged since the cached run`)
  if (result.suppressed.length > 0) parts.push(`${result.suppressed.length} suppressed`)
  if (result.outOfScope.length > 0) parts.push(`${result.outOfScope.length} not introduced by this change`)
  const line = parts.join('; ')
  return errors + warnings + notices === 0 ? paint('green', line) : line
}

function groupByPath(findings: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = []
  for (const finding of findings) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last[0].path === finding.path) last.push(finding)
    else groups.push([finding])
  }
  return groups
}

/**
 * Control characters from scanned files (a string literal with an escape sequence, a path with a
 * newline) must not drive the terminal: shown as `\x1B`-style escapes. Newlines and tabs stay unless
 * `keepLineBreaks` is false: a file name must stay on its line, or it could forge a finding (or,
 * in CI, a `::command::` line the runner obeys).
 */
export function printable(text: string, keepLineBreaks = true): string {
  const controls = keepLineBreaks
    ? // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
    : // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f\u007f-\u009f]/g
  return text.replace(controls, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  })
}

/**
 * The action's log listing of a result: a count, then one line per finding, most severe first.
 * Paths and messages are printable() without line breaks: a file name holding a line break and
 * `::error …::` would otherwise start a line the runner obeys as a workflow command.
 */
export function logLines(result: AuditResult, prefix: string): string[] {
  const findings = [...result.findings].sort(compareBySeverity)
  const lines = [
    `${result.summary.files} file(s) audited: ${findings.length} finding(s) introduced by this change, ` +
      `${result.outOfScope.length} not introduced by it, ${result.suppressed.length} suppressed`
  ]
  for (const f of findings) {
    const p = prefix === '' ? f.path : `${prefix}/${f.path}`
    lines.push(
      `  ${f.severity.padEnd(7)} ${printable(p, false)}:${f.line}  ${f.ruleId}  ${printable(f.message.split('\n')[0], false)}`
    )
  }
  return lines
}
