// What the engine hands to every reporter: plain data, no GitHub types, no behaviour.

import { severityRank } from '../engine/types.js'
import type { Finding, RuleMeta } from '../engine/types.js'
import { TOOL_NAME } from '../version.js'

export { TOOL_NAME }

export interface AuditSummary {
  /** Files analysed (PHP, Blade, env) in this run. */
  files: number
  /** Counts over `AuditResult.findings` only (unsuppressed, in scope). */
  errors: number
  warnings: number
  notices: number
  /** Files that could not be parsed (each also appears as a `parse-error` finding). */
  parseErrors: number
  durationMs: number
  /** With a result cache (CLI --cache): the files whose outcome came from it. Absent without one. */
  cachedFiles?: number
}

export interface AuditResult {
  tool: { name: typeof TOOL_NAME; version: string }
  /** Absolute path of the scan root (the CLI's PATH, the action's working directory). */
  root: string
  /** Unsuppressed findings in scope: these decide the exit code. Paths relative to `root`, posix. */
  findings: Finding[]
  /** Findings silenced by an inline `stateless-audit-ignore` comment (`finding.suppressed` is set). */
  suppressed: Finding[]
  /** Pre-existing findings outside the changed lines: "not introduced by this change". */
  outOfScope: Finding[]
  /** Every rule, including the meta rules (parse-error, unused-suppression, suppression-without-reason). */
  rules: RuleMeta[]
  summary: AuditSummary
}

/** Counts findings per severity, in the shape of `AuditSummary`'s counters. */
export function countBySeverity(
  findings: readonly Finding[]
): Record<'errors' | 'warnings' | 'notices', number> {
  const counts = { errors: 0, warnings: 0, notices: 0 }
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++
    else if (finding.severity === 'warning') counts.warnings++
    else counts.notices++
  }
  return counts
}

/** Reading order: by path, then position, then rule id. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareStrings(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank(a.severity) - severityRank(b.severity) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.fingerprint, b.fingerprint)
  )
}

/** Priority order: most severe first, then reading order. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b)
}

/** Code-unit order, independent of the locale the process runs in. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Number + noun with a plain English plural: `1 error`, `2 errors`, `1 file`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * Normalises a path prefix (the scan root relative to the repository root, e.g. the action's
 * `working-directory`): posix separators, no leading `./`, no trailing `/`, `''` for the root itself.
 * Throws on an absolute prefix or one that leaves the repository.
 */
export function normalizePathPrefix(prefix: string | undefined): string {
  if (prefix === undefined) return ''
  const posix = prefix.replace(/\\/g, '/')
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) {
    throw new Error(`path prefix must be relative to the repository root, got "${prefix}"`)
  }
  const parts: string[] = []
  for (const part of posix.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') throw new Error(`path prefix must stay inside the repository, got "${prefix}"`)
    parts.push(part)
  }
  return parts.join('/')
}

/** `prefix/path`, or `path` when the prefix is empty. The prefix must be normalised. */
export function joinPrefix(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}/${path}`
}

/** Size of a text in UTF-8 bytes: how GitHub measures check-run and job-summary text. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The longest prefix of `text` of at most `maxBytes` UTF-8 bytes, never cutting a character in two. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text
  let bytes = 0
  let end = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    // A lone surrogate is encoded as U+FFFD, 3 bytes, like any other BMP code point above U+07FF.
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    if (bytes + size > maxBytes) break
    bytes += size
    end += ch.length
  }
  return text.slice(0, end)
}
