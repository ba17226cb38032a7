// Renders what a reviewer sees on the pull request after the action ran, for a terminal: the check
// run (name, conclusion, summary), the review and its inline comments at file:line under the code
// they point at, the check run's annotations, and whether the sample's look-alike lines stayed quiet.
// Markdown is shown the way GitHub renders it, roughly: links as their text, hidden HTML comments
// dropped, tables aligned (or one record per row when too wide), suggestions as a - / + change.
import type { SampleLine } from './sample-pr.js'

export interface DemoComment {
  path: string
  line: number | null
  startLine: number | null
  user: string
  body: string
  /** The diff hunk GitHub shows above the comment (its last lines are the commented ones). */
  diffHunk: string
}

export interface DemoAnnotation {
  level: string
  path: string
  startLine: number
  endLine: number
  title: string | null
  message: string
}

export interface DemoView {
  repository: string
  pr: {
    number: number
    title: string
    headRef: string
    baseRef: string
    baseSha: string
    headSha: string
  }
  changedFiles: string[]
  baseDir: string
  headDir: string
  apiUrl: string
  exitCode: number
  actionSeconds: number
  totalSeconds: number
  checkRun: { name: string; status: string; conclusion: string | null; title: string | null; summary: string }
  reviews: Array<{ user: string; state: string; body: string }>
  comments: DemoComment[]
  annotations: DemoAnnotation[]
  /** The sample's changed lines that keep state on one server, at their head-side line. */
  stateful: Array<SampleLine & { line: number }>
  /** The sample's changed lines that only look like it. */
  lookAlikes: Array<SampleLine & { line: number }>
}

export interface RenderOptions {
  color: boolean
  /** Summary lines shown before "… n more lines"; 0 shows all. */
  summaryLines: number
  /** Wrap width (default 100). */
  width?: number
}

interface Style {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  cyan(text: string): string
}

function style(color: boolean): Style {
  const sgr =
    (open: number, close: number) =>
    (text: string): string =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  }
}

/** Where a comment or annotation sits: `path:line` or `path:start-end`. */
export function place(path: string, start: number | null, end: number | null): string {
  if (end === null) return `${path} (file)`
  return start === null || start === end ? `${path}:${end}` : `${path}:${start}-${end}`
}

/** Inline Markdown as GitHub shows it: link text without the URL, entities decoded, HTML comments gone. */
export function inlineText(markdown: string, s: Style = style(false)): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, (_m, text: string) => s.bold(text))
    .replace(/`([^`]+)`/g, (_m, text: string) => s.cyan(text))
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&')
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+m/g

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length
}

function cut(text: string, width: number): string {
  const chars = [...text.replace(ANSI, '')]
  return chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`
}

/** Word-wraps one line at `width` visible characters; continuation lines get `hang` extra spaces. */
export function wrap(line: string, width: number, indent = '', hang = 0): string[] {
  const words = line.split(' ')
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const prefix = lines.length === 0 ? indent : indent + ' '.repeat(hang)
    if (current !== '' && visibleLength(prefix + current + ' ' + word) > width) {
      lines.push(prefix + current)
      current = word
    } else {
      current = current === '' ? word : `${current} ${word}`
    }
  }
  lines.push((lines.length === 0 ? indent : indent + ' '.repeat(hang)) + current)
  return lines.map((l) => l.trimEnd())
}

function splitRow(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
  return cells.map((c) => c.trim().replace(/\\\|/g, '|'))
}

/** A Markdown table: aligned columns, or one record per row (long column on its own line) when too wide. */
function renderTable(rows: string[], width: number, indent: string, s: Style): string[] {
  const header = splitRow(rows[0]).map((c) => inlineText(c, s))
  const body = rows
    .slice(1)
    .filter((r) => !/^\|?\s*:?-{3,}/.test(r.trim()))
    .map((r) => splitRow(r).map((c) => inlineText(c, s)))
  const columns = header.length
  const widths = header.map((h, i) =>
    Math.max(visibleLength(h), ...body.map((r) => visibleLength(r[i] ?? '')))
  )
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (columns - 1) + indent.length
  const pad = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - visibleLength(text)))
  if (total <= width) {
    const line = (cells: string[]): string =>
      (indent + cells.map((c, i) => pad(c, i === columns - 1 ? 0 : widths[i])).join('  ')).trimEnd()
    return [s.bold(line(header)), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)]
  }
  // Too wide: the widest column goes on an indented line of its own, cut to the width.
  const long = widths.indexOf(Math.max(...widths))
  const out = [s.dim(`${indent}${header.filter((_h, i) => i !== long).join(' · ')} / ${header[long]}`)]
  for (const row of body) {
    out.push(indent + row.filter((_c, i) => i !== long).join(' · '))
    out.push(cut(`${indent}    ${row[long] ?? ''}`, width))
  }
  return out
}

/** A Markdown block (summary, comment body) as terminal lines. */
export function renderMarkdown(markdown: string, width: number, indent: string, s: Style): string[] {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trimStart().startsWith('|')) {
      const table: string[] = []
      while (i < lines.length && lines[i].trimStart().startsWith('|')) table.push(lines[i++])
      i--
      out.push(...renderTable(table, width, indent, s))
      continue
    }
    const details = /^<details><summary>(.*)<\/summary>$/.exec(line.trim())
    if (details !== null) {
      out.push(`${indent}▸ ${inlineText(details[1], s)}`)
      continue
    }
    if (line.trim() === '</details>') continue
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    if (heading !== null) {
      out.push(indent + s.bold(inlineText(heading[1], s)))
      continue
    }
    const text = inlineText(line, s)
    const hang = /^\s*([-*]|↳) /.test(text) ? 2 : 0
    out.push(...(text.trim() === '' ? [''] : wrap(text, width, indent, hang)))
  }
  // Collapse runs of blank lines and trim the ends.
  const collapsed = out.filter((l, i) => l.trim() !== '' || (i > 0 && out[i - 1].trim() !== ''))
  while (collapsed.length > 0 && collapsed[collapsed.length - 1].trim() === '') collapsed.pop()
  while (collapsed.length > 0 && collapsed[0].trim() === '') collapsed.shift()
  return collapsed
}

/** The commented lines as GitHub shows them above a comment: the end of its diff hunk. */
function hunkLines(comment: DemoComment): string[] {
  if (comment.line === null) return []
  const count = comment.startLine === null ? 1 : comment.line - comment.startLine + 1
  const lines = comment.diffHunk.split('\n').filter((l) => l !== '' && !l.startsWith('\\'))
  return lines.slice(-count)
}

/** A comment body; a ```suggestion block becomes the change GitHub offers to commit. */
function renderCommentBody(comment: DemoComment, width: number, indent: string, s: Style): string[] {
  const fence = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(comment.body)
  if (fence === null) return renderMarkdown(comment.body, width, indent, s)
  const before = comment.body.slice(0, fence.index)
  const after = comment.body.slice(fence.index + fence[0].length)
  const original = hunkLines(comment).map((l) => l.slice(1))
  return [
    ...renderMarkdown(before, width, indent, s),
    '',
    `${indent}${s.bold('Suggested change')} (GitHub offers to commit it):`,
    ...original.map((l) => `${indent}  ${s.red(`- ${l}`)}`),
    ...fence[2].split('\n').map((l) => `${indent}  ${s.green(`+ ${l}`)}`),
    ...renderMarkdown(after, width, indent, s)
  ].filter((l, i, all) => !(l === '' && i === all.length - 1))
}

function section(title: string, width: number, s: Style): string[] {
  const rule = '━'.repeat(Math.max(3, width - visibleLength(title) - 4))
  return ['', s.bold(`━━ ${title} ${rule}`)]
}

function levelLabel(level: string, s: Style): string {
  const text = level.padEnd(7)
  return level === 'failure' ? s.red(text) : level === 'warning' ? s.yellow(text) : s.cyan(text)
}

function covers(start: number | null, end: number | null, line: number): boolean {
  return end !== null && (start ?? end) <= line && line <= end
}

/** Whether anything the reviewer sees points at `line` of `path`. */
export function flaggedAt(view: DemoView, path: string, line: number): string[] {
  return [
    ...view.comments.filter((c) => c.path === path && covers(c.startLine, c.line, line)).map(() => 'comment'),
    ...view.annotations
      .filter((a) => a.path === path && covers(a.startLine, a.endLine, line))
      .map(() => 'annotation')
  ]
}

function byPlace<T extends { path: string; line: number }>(lines: T[]): T[] {
  return [...lines].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)
}

export function renderReviewerView(view: DemoView, options: RenderOptions): string {
  const s = style(options.color)
  const width = options.width ?? 100
  const out: string[] = []
  const short = (sha: string): string => sha.slice(0, 7)

  out.push(
    s.bold('stateless-audit demo') +
      ': the real action bundle on a sample pull request, against a local GitHub API emulator',
    '',
    `${s.bold(`Pull request #${view.pr.number}`)} in ${view.repository}: ${view.pr.title}`,
    `  ${view.pr.headRef} → ${view.pr.baseRef} · head ${short(view.pr.headSha)} · base ${short(view.pr.baseSha)}`,
    `  base: ${view.baseDir} · head: the base with ${view.headDir} laid over it`,
    ...wrap(`${view.changedFiles.length} changed files: ${view.changedFiles.join(', ')}`, width, '  ', 2),
    `Ran node dist/index.js (event pull_request) against ${view.apiUrl}: ` +
      `${view.actionSeconds.toFixed(1)} s, exit code ${view.exitCode}`
  )

  const check = view.checkRun
  const conclusion = check.conclusion ?? '(none)'
  const paint = conclusion === 'success' ? s.green : conclusion === 'failure' ? s.red : s.yellow
  out.push(
    ...section('Check run', width, s),
    `${s.bold(check.name)} · ${check.status} · conclusion: ${paint(s.bold(conclusion))}`,
    `Title: ${check.title ?? ''}`,
    'Summary:'
  )
  const summary = renderMarkdown(check.summary, width, '  ', s)
  const shown = options.summaryLines > 0 ? summary.slice(0, options.summaryLines) : summary
  out.push(...shown)
  if (shown.length < summary.length) {
    out.push(s.dim(`  … ${summary.length - shown.length} more lines`))
  }

  out.push(...section(`Review${view.reviews.length === 1 ? '' : 's'} (${view.reviews.length})`, width, s))
  if (view.reviews.length === 0) out.push('(no review)')
  for (const review of view.reviews) {
    out.push(
      `${s.bold(review.user)} reviewed: ${review.state}`,
      ...renderMarkdown(review.body, width, '  ', s)
    )
  }

  out.push(...section(`Inline review comments (${view.comments.length})`, width, s))
  if (view.comments.length === 0) out.push('(none)')
  view.comments.forEach((comment, index) => {
    if (index > 0) out.push('')
    out.push(`${s.bold(place(comment.path, comment.startLine, comment.line))}  ${s.dim(comment.user)}`)
    for (const line of hunkLines(comment)) out.push(s.dim(`  │ ${cut(line, width - 4)}`))
    out.push(...renderCommentBody(comment, width, '  ', s))
  })

  out.push(...section(`Check run annotations (${view.annotations.length})`, width, s))
  if (view.annotations.length === 0) out.push('(none)')
  for (const a of view.annotations) {
    const [message, ...evidence] = a.message.split('\n')
    out.push(`${levelLabel(a.level, s)} ${s.bold(place(a.path, a.startLine, a.endLine))}  ${a.title ?? ''}`)
    out.push(...wrap(message, width, '        '))
    if (evidence.length > 0) {
      out.push(s.dim(`        (+ ${evidence.length} evidence line${evidence.length === 1 ? '' : 's'})`))
    }
  }

  out.push(...section('The sample pull request, line by line', width, s))
  const row = (mark: string, line: SampleLine & { line: number }): string[] => [
    `${mark} ${s.bold(place(line.path, null, line.line))}`,
    ...wrap(`${line.needle}  ${s.dim(`(${line.why})`)}`, width, ' '.repeat(13), 2)
  ]
  out.push('Lines that keep state on one server:')
  let caught = 0
  for (const line of byPlace(view.stateful)) {
    const hits = flaggedAt(view, line.path, line.line)
    if (hits.includes('comment')) caught++
    out.push(...row(hits.includes('comment') ? s.red('  commented ') : s.yellow('  MISSED    '), line))
  }
  out.push('Look-alikes that keep no local state:')
  let quiet = 0
  for (const line of byPlace(view.lookAlikes)) {
    const hits = flaggedAt(view, line.path, line.line)
    if (hits.length === 0) quiet++
    out.push(...row(hits.length === 0 ? s.green('  quiet     ') : s.red('  FLAGGED   '), line))
  }
  out.push(
    '',
    s.bold(
      `${caught} of ${view.stateful.length} stateful lines got an inline comment; ` +
        `${view.lookAlikes.length - quiet} of ${view.lookAlikes.length} look-alikes got anything. ` +
        `Conclusion: ${conclusion}.`
    ),
    s.dim(
      `Demo finished in ${view.totalSeconds.toFixed(1)} s; emulator stopped, temporary repositories removed.`
    ),
    ''
  )
  return out.join('\n')
}
