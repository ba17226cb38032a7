// The Markdown summary shared by the check run (`output.summary`, at most 65,535 bytes of UTF-8:
// GitHub's description says characters, its validation counts bytes) and the job summary
// (`$GITHUB_STEP_SUMMARY`, at most 1 MiB per step). It accounts for every finding the
// audit produced: where each one was reported (inline comment, annotation, log annotation, only
// here), and how many were not introduced by this change or suppressed. When the text would not fit,
// the findings table is cut with a note saying how many rows are missing and where the full list is.
import type { Finding, Severity } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { compareBySeverity, joinPrefix, plural, truncateUtf8, utf8Length } from './result.js'

/** Where a finding the change introduced was reported. */
export type Delivery =
  /** A new inline review comment from this run (plus a check-run annotation). */
  | 'inline-new'
  /** The inline comment from an earlier run is still on the right line. */
  | 'inline-kept'
  /** A check-run annotation, no inline comment. */
  | 'annotation'
  /** A workflow-command annotation in the log (no check run could be written). */
  | 'log-annotation'
  /** Over a cap (GitHub's 10 log annotations per type): listed in the summary only. */
  | 'summary-only'

export interface AccountedFinding {
  finding: Finding
  delivery: Delivery
  /** Why it was not placed inline, or what happened to its comment. */
  note?: string
}

export type Conclusion = 'success' | 'failure' | 'neutral'

export interface SummaryLinks {
  /** Link to a line of a repository-relative path at the audited commit; null for no link. */
  file(repoPath: string, line: number): string | null
  /** Link to a rule's documentation page. */
  rule(ruleId: string): string
}

export interface SummaryInput {
  conclusion: Conclusion
  /** One sentence: what was audited (event, commit, scope). */
  scope: string
  /** The lowest severity that fails the run, or `never`. */
  failOn: Severity | 'never'
  findings: AccountedFinding[]
  outOfScope: Finding[]
  suppressed: Finding[]
  /** The scan root relative to the repository root ('' for the root). */
  pathPrefix: string
  links: SummaryLinks
  /** Extra facts: fallbacks taken, rejected comments, caps. Plain Markdown sentences. */
  notes: string[]
  /** Set when the run stopped before reporting: the error, shown prominently. */
  error?: string
  /** Set when nothing auditable changed: the reason. */
  nothingToAudit?: string
  /** Where the complete list can be found when this text is cut (e.g. "the job summary"). */
  fullListAt: string
  /** Every finding is also a check-run annotation (false when no check run could be written). */
  checkRunAnnotations?: boolean
}

export interface RenderOptions {
  /** Upper bound on `measure(text)`. */
  maxLength: number
  /** Size of a text as the target counts it; default UTF-8 bytes, as GitHub counts both summaries. */
  measure?: (text: string) => number
}

/** GitHub's limit on a check run's `output.summary` (65,535 UTF-8 bytes), with room to spare. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_000
/** GitHub's limit on a check run's `output.title`; bytes, to be safe whatever GitHub counts. */
export const CHECK_RUN_TITLE_LIMIT = 255
/** GitHub's job-summary limit is 1 MiB per step; stay below it. */
export const JOB_SUMMARY_LIMIT = 1_000_000

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '⛔ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice'
}

const DELIVERY_LABEL: Record<Delivery, string> = {
  'inline-new': 'inline comment (new)',
  'inline-kept': 'inline comment (earlier run)',
  annotation: 'annotation only',
  'log-annotation': 'log annotation only',
  'summary-only': 'this summary only'
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

/** `3 findings (2 errors, 1 warning)` / `no findings`. */
export function countPhrase(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings'
  const counts = severityCounts(findings)
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s))
  return `${plural(findings.length, 'finding')} (${parts.join(', ')})`
}

/** The check run's `output.title` (at most 255 bytes). */
export function summaryTitle(input: Pick<SummaryInput, 'findings' | 'error' | 'nothingToAudit'>): string {
  if (input.error !== undefined) return 'The audit could not finish'
  if (input.nothingToAudit !== undefined) return 'Nothing to audit'
  const phrase = countPhrase(input.findings.map((a) => a.finding))
  return truncateUtf8(phrase.charAt(0).toUpperCase() + phrase.slice(1), CHECK_RUN_TITLE_LIMIT)
}

/** A code span as CommonMark reads one: a backtick run up to the next run of the same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g

/**
 * Escapes text for one Markdown table cell. Rule messages quote commands in code spans, which stay
 * code spans (shown as written; only the table's `|` is escaped there). Everything else is plain
 * text, so source text quoted in a message cannot become a link, an image or HTML.
 */
export function cell(text: string): string {
  let out = ''
  let last = 0
  for (const span of text.matchAll(CODE_SPAN)) {
    out += plainText(text.slice(last, span.index))
    out += span[0].replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|')
    last = span.index + span[0].length
  }
  return out + plainText(text.slice(last))
}

/** Plain text in a table cell (link text too): no table break, HTML, link, image or code span. */
function plainText(text: string): string {
  return text
    .replace(/[\\|[\]`]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>')
}

/**
 * A code span in a table cell. Nothing inside a code span is unescaped but the table's `\|`, so
 * `<` and `\` stay as they are; the fence is longer than any run of backticks in the text.
 */
function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|')
  const fence = '`'.repeat(longestBacktickRun(flat) + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
}

function location(finding: Finding, input: SummaryInput): string {
  const repoPath = joinPrefix(input.pathPrefix, finding.path)
  const text = `${repoPath}:${finding.line}`
  const url = input.links.file(repoPath, finding.line)
  if (url === null) return codeSpan(text)
  // An unbalanced `)` (encodeURIComponent keeps parentheses) would end the link destination early.
  return `[${plainText(text)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`
}

function ruleLink(ruleId: string, input: SummaryInput): string {
  return `[\`${ruleId}\`](${input.links.rule(ruleId)})`
}

function findingRow(a: AccountedFinding, input: SummaryInput): string {
  const { finding } = a
  const reported = DELIVERY_LABEL[a.delivery] + (a.note !== undefined ? ` — ${a.note}` : '')
  return `| ${SEVERITY_LABEL[finding.severity]} | ${ruleLink(finding.ruleId, input)} | ${location(finding, input)} | ${cell(finding.message)} | ${cell(reported)} |`
}

function plainRow(finding: Finding, input: SummaryInput, extra: string): string {
  return `| ${SEVERITY_LABEL[finding.severity]} | ${ruleLink(finding.ruleId, input)} | ${location(finding, input)} | ${cell(finding.message)} | ${cell(extra)} |`
}

function headline(input: SummaryInput): string {
  const found = input.findings.map((a) => a.finding)
  if (input.error !== undefined) return '### ❌ stateless-audit could not finish'
  if (input.nothingToAudit !== undefined) return '### ✅ stateless-audit: nothing to audit'
  const icon = input.conclusion === 'failure' ? '❌' : input.conclusion === 'neutral' ? '⚪' : '✅'
  return `### ${icon} stateless-audit: ${countPhrase(found)}`
}

function verdict(input: SummaryInput): string {
  const found = input.findings.map((a) => a.finding)
  if (input.failOn === 'never') return 'The check never fails (`fail-on: never`).'
  const failing = found.filter(
    (f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(input.failOn as Severity)
  )
  return failing.length > 0
    ? `**Failing:** ${plural(failing.length, 'finding')} at or above \`${input.failOn}\` (the \`fail-on\` input).`
    : `Passing: no finding at or above \`${input.failOn}\` (the \`fail-on\` input).`
}

function accountingTable(input: SummaryInput): string[] {
  const count = (d: Delivery): number => input.findings.filter((a) => a.delivery === d).length
  const total = input.findings.length + input.outOfScope.length + input.suppressed.length
  const also = input.checkRunAnnotations === false ? '' : ' (also an annotation)'
  return [
    '| Reported as | Findings |',
    '| --- | ---: |',
    `| Inline review comment, new in this run${also} | ${count('inline-new')} |`,
    `| Inline review comment from an earlier run, still in place${also} | ${count('inline-kept')} |`,
    `| Annotation only (could not be placed inline, or inline comments are off) | ${count('annotation')} |`,
    `| Log annotation only (no check run could be written) | ${count('log-annotation')} |`,
    `| Listed in this summary only (over GitHub's cap of 10 log annotations per type) | ${count('summary-only')} |`,
    `| Not introduced by this change (outside the changed lines): not commented | ${input.outOfScope.length} |`,
    `| Suppressed with \`stateless-audit-ignore\` | ${input.suppressed.length} |`,
    `| **Total found** | **${total}** |`
  ]
}

function byRuleTable(input: SummaryInput): string[] {
  const rows = new Map<string, Record<Severity, number>>()
  for (const { finding } of input.findings) {
    const counts = rows.get(finding.ruleId) ?? { error: 0, warning: 0, notice: 0 }
    counts[finding.severity]++
    rows.set(finding.ruleId, counts)
  }
  if (rows.size === 0) return []
  const lines = ['| Rule | Errors | Warnings | Notices |', '| --- | ---: | ---: | ---: |']
  for (const [ruleId, counts] of [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`| ${ruleLink(ruleId, input)} | ${counts.error} | ${counts.warning} | ${counts.notice} |`)
  }
  return lines
}

/** Renders the summary within `maxLength`, cutting the longest lists first. */
export function renderSummary(input: SummaryInput, options: RenderOptions): string {
  const measure = options.measure ?? utf8Length
  const head: string[] = [headline(input), '', input.scope, '']
  if (input.error !== undefined) {
    // Cut at 4,000 code units, never between the halves of a surrogate pair (not valid UTF-8).
    const error = input.error.slice(0, /[\uD800-\uDBFF]/.test(input.error.charAt(3999)) ? 3999 : 4000)
    const errorFence = '`'.repeat(Math.max(3, longestBacktickRun(error) + 1))
    head.push(
      'The audit stopped with this error, so the check fails:',
      '',
      // A fence longer than any backtick run in the error, so the error cannot close it.
      `${errorFence}text`,
      error,
      errorFence,
      ''
    )
  } else if (input.nothingToAudit !== undefined) {
    head.push(input.nothingToAudit, '')
  } else {
    head.push(verdict(input), '', ...accountingTable(input), '')
    const byRule = byRuleTable(input)
    if (byRule.length > 0) head.push('#### By rule', '', ...byRule, '')
  }
  if (input.notes.length > 0) head.push('#### Notes', '', ...input.notes.map((n) => `- ${n}`), '')

  const tableHeader = [
    '| Severity | Rule | Location | Message | Reported as |',
    '| --- | --- | --- | --- | --- |'
  ]
  const sections: Array<{ title: string[]; rows: string[]; closing: string[]; what: string }> = []
  if (input.findings.length > 0) {
    sections.push({
      title: ['#### Findings introduced by this change', '', ...tableHeader],
      rows: [...input.findings]
        .sort((a, b) => compareBySeverity(a.finding, b.finding))
        .map((a) => findingRow(a, input)),
      closing: [''],
      what: 'findings introduced by this change'
    })
  }
  if (input.outOfScope.length > 0) {
    sections.push({
      title: [
        `<details><summary>${plural(input.outOfScope.length, 'finding')} not introduced by this change</summary>`,
        '',
        ...tableHeader
      ],
      rows: [...input.outOfScope]
        .sort(compareBySeverity)
        .map((f) => plainRow(f, input, 'outside the changed lines')),
      closing: ['', '</details>', ''],
      what: 'findings not introduced by this change'
    })
  }
  if (input.suppressed.length > 0) {
    sections.push({
      title: [
        `<details><summary>${plural(input.suppressed.length, 'suppressed finding')}</summary>`,
        '',
        ...tableHeader
      ],
      rows: [...input.suppressed]
        .sort(compareBySeverity)
        .map((f) => plainRow(f, input, `suppressed: ${f.suppressed?.reason || 'no reason given'}`)),
      closing: ['', '</details>', ''],
      what: 'suppressed findings'
    })
  }

  // Reserve room for the cut notes, then fill sections in priority order.
  const cutNote = (n: number, what: string): string =>
    `> ${plural(n, 'more row')} of ${what} did not fit here: the complete list is in ${input.fullListAt}.`
  const reserve =
    sections.length * (cutNote(999_999, 'findings not introduced by this change').length + 2) + 64
  let text = head.join('\n')
  let used = measure(text)
  if (used + reserve > options.maxLength) {
    // Even the fixed part is too long (a huge error or note list): cut it hard.
    return truncateTo(text, options.maxLength - 64, measure) + `\n\n> Cut to fit: see ${input.fullListAt}.\n`
  }
  for (const section of sections) {
    const title = '\n' + section.title.join('\n')
    if (used + measure(title) + reserve > options.maxLength) {
      text += `\n${cutNote(section.rows.length, section.what)}\n`
      used = measure(text)
      continue
    }
    text += title
    used += measure(title)
    let shown = 0
    for (const row of section.rows) {
      const line = '\n' + row
      const size = measure(line)
      if (used + size + reserve > options.maxLength) break
      text += line
      used += size
      shown++
    }
    const closing = '\n' + section.closing.join('\n')
    text += closing
    used += measure(closing)
    if (shown < section.rows.length) {
      const note = `\n${cutNote(section.rows.length - shown, section.what)}\n`
      text += note
      used += measure(note)
    }
  }
  return text.endsWith('\n') ? text : text + '\n'
}

function truncateTo(text: string, max: number, measure: (text: string) => number): string {
  if (measure(text) <= max) return text
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(text.slice(0, mid)) <= max) lo = mid
    else hi = mid - 1
  }
  // Never end on the first half of a surrogate pair (GitHub would get a broken character).
  const last = text.charCodeAt(lo - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? lo - 1 : lo)
}
