// Diff-scope filter, with reviewdog's modes:
//   added         the finding's lines intersect the lines the change added (default)
//   diff-context  ... intersect the lines shown in the diff (added + context)
//   file          the finding's file is part of the diff
//   all           everything
// A null scope (no diff: a full scan) puts every finding in scope.

import { changedLines, contextLines } from './parse.js'
import type { FileDiff, Hunk } from './parse.js'

export const FILTER_MODES = ['added', 'diff-context', 'file', 'all'] as const
export type FilterMode = (typeof FILTER_MODES)[number]

export function isFilterMode(value: string): value is FilterMode {
  return (FILTER_MODES as readonly string[]).includes(value)
}

/** Right-side line numbers of one file in the diff. */
export interface FileScope {
  /** Lines the change added. */
  added: ReadonlySet<number>
  /** Unchanged lines shown around them. */
  context: ReadonlySet<number>
}

/** Path (relative to the scan root, `/`) → its lines in the diff. Files absent from the map are not in the diff. */
export type DiffScope = ReadonlyMap<string, FileScope>

/** The part of a finding the filter looks at. */
export interface ScopedLocation {
  path: string
  line: number
  endLine: number
}

/**
 * `fileLevel`: the finding is about the file as a whole (it could not be parsed or read), not about
 * its lines: in scope in every mode whenever its file is. A syntax error the change made is often
 * reported on the next, unchanged line (a deleted `;`), or on no added line at all (a deleted `}`).
 */
export function inScope(
  finding: ScopedLocation,
  mode: FilterMode,
  scope: DiffScope | null,
  fileLevel = false
): boolean {
  if (scope === null || mode === 'all') return true
  const file = scope.get(finding.path)
  if (file === undefined) return false
  if (mode === 'file' || fileLevel) return true
  const from = finding.line
  const to = Math.max(finding.line, finding.endLine)
  if (intersects(file.added, from, to)) return true
  return mode === 'diff-context' && intersects(file.context, from, to)
}

/** Splits findings into those in scope and the rest ("not introduced by this change"), keeping order. */
export function partitionByScope<T extends ScopedLocation>(
  findings: readonly T[],
  mode: FilterMode,
  scope: DiffScope | null
): { inScope: T[]; outOfScope: T[] } {
  const result: { inScope: T[]; outOfScope: T[] } = { inScope: [], outOfScope: [] }
  for (const finding of findings)
    (inScope(finding, mode, scope) ? result.inScope : result.outOfScope).push(finding)
  return result
}

export function fileScope(hunks: readonly Hunk[]): FileScope {
  return { added: changedLines(hunks), context: contextLines(hunks) }
}

/**
 * The scope of a parsed `git diff`. Removed files have no lines to report on and are left out.
 * `pathPrefix` is the scan root relative to the repository root (diff paths are repository-relative,
 * findings are relative to the scan root): files outside it are left out, the rest keyed without it.
 */
export function diffScopeFromFiles(files: readonly FileDiff[], pathPrefix = ''): Map<string, FileScope> {
  const prefix = pathPrefix
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
  const scope = new Map<string, FileScope>()
  for (const file of files) {
    if (file.newPath === null) continue
    let path = file.newPath
    if (prefix !== '' && prefix !== '.') {
      if (!path.startsWith(`${prefix}/`)) continue
      path = path.slice(prefix.length + 1)
    }
    scope.set(path, fileScope(file.hunks))
  }
  return scope
}

function intersects(lines: ReadonlySet<number>, from: number, to: number): boolean {
  if (lines.size === 0) return false
  if (to - from + 1 <= lines.size) {
    for (let line = from; line <= to; line++) if (lines.has(line)) return true
    return false
  }
  for (const line of lines) if (line >= from && line <= to) return true
  return false
}
