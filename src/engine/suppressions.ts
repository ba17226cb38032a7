// Inline suppressions: `stateless-audit-ignore RULE[,RULE] -- reason` in a comment on the finding's
// line, or alone on the line before it. Reasonless and unused suppressions are reported, so that
// suppressions cannot rot silently.
import { parseEnv } from '../env/parse.js'
import type { SourceComment } from '../php/source.js'

export const SUPPRESSION_DIRECTIVE = 'stateless-audit-ignore'

export interface Suppression {
  path: string
  /** Where the comment is (for reporting it). */
  line: number
  column: number
  endColumn: number
  /** The lines whose findings it covers. */
  targetLine: number
  ruleIds: string[]
  reason: string | null
}

const DIRECTIVE = /stateless-audit-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?:--(.*))?$/s

/** Parses one comment's text (delimiters included) into rule ids and reason, or null. */
export function parseDirective(commentText: string): { ruleIds: string[]; reason: string | null } | null {
  const body = commentText
    .replace(/^\s*(\/\/|#|\/\*+|\{\{--)/, '')
    .replace(/(\*\/|--\}\})\s*$/, '')
    .replace(/^\s*\*\s?/gm, '')
    .trim()
  if (!body.includes(SUPPRESSION_DIRECTIVE)) return null
  const match = DIRECTIVE.exec(body)
  if (!match) return null
  const ruleIds = match[1].split(',').map((s) => s.trim())
  const reason = (match[2] ?? '').replace(/\s+/g, ' ').trim()
  return { ruleIds, reason: reason === '' ? null : reason }
}

/** Suppressions in a PHP or Blade file, from its comments. */
export function suppressionsInSource(path: string, text: string, comments: SourceComment[]): Suppression[] {
  const lines = text.split('\n')
  const out: Suppression[] = []
  for (const comment of comments) {
    const parsed = parseDirective(comment.text)
    if (!parsed) continue
    const before = (lines[comment.line - 1] ?? '').slice(0, Math.max(0, comment.column - 1))
    const alone = before.trim() === '' || /^\s*<\?php\s*$/.test(before)
    out.push({
      path,
      line: comment.line,
      column: comment.column,
      endColumn: comment.column + comment.text.split('\n')[0].length,
      targetLine: alone ? comment.endLine + 1 : comment.line,
      ...parsed
    })
  }
  return out
}

/**
 * Suppressions in an env file: a `#` comment line before the key, or a trailing ` # …` comment.
 * Comments come from the env parser, so a `#` inside a quoted value is not one, and lines are
 * counted as the parser counts them.
 */
export function suppressionsInEnv(path: string, text: string): Suppression[] {
  const out: Suppression[] = []
  if (!text.includes(SUPPRESSION_DIRECTIVE)) return out
  const lines = text.split(/\r\n|\n|\r/)
  for (const comment of parseEnv(text).comments) {
    const parsed = parseDirective(comment.text)
    if (!parsed) continue
    const alone = (lines[comment.line - 1] ?? '').slice(0, comment.column - 1).trim() === ''
    out.push({
      path,
      line: comment.line,
      column: comment.column,
      endColumn: comment.column + comment.text.length,
      targetLine: alone ? comment.line + 1 : comment.line,
      ...parsed
    })
  }
  return out
}

export interface Suppressible {
  ruleId: string
  path: string
  line: number
  endLine: number
}

/**
 * Matches findings to suppressions. Returns, for each finding, the suppression that covers it (or
 * null), and the set of (suppression, rule id) pairs that matched at least one finding.
 */
export function matchSuppressions<T extends Suppressible>(
  findings: T[],
  suppressions: Suppression[]
): { matches: (Suppression | null)[]; used: Set<string> } {
  const byPath = new Map<string, Suppression[]>()
  for (const s of suppressions) {
    const list = byPath.get(s.path) ?? []
    list.push(s)
    byPath.set(s.path, list)
  }
  const used = new Set<string>()
  const matches = findings.map((f) => {
    for (const s of byPath.get(f.path) ?? []) {
      if (s.targetLine >= f.line && s.targetLine <= f.endLine && s.ruleIds.includes(f.ruleId)) {
        used.add(usageKey(s, f.ruleId))
        return s
      }
    }
    return null
  })
  return { matches, used }
}

export function usageKey(s: Suppression, ruleId: string): string {
  return `${s.path}:${s.line}:${s.column}:${ruleId}`
}
