// Unified-diff hunks as GitHub uses them for review comments: which lines of each side a comment
// may anchor on, the legacy `position`, and the `diff_hunk` GitHub returns with each comment.

export type Side = 'LEFT' | 'RIGHT'

export interface PatchLine {
  kind: 'hunk' | 'context' | 'add' | 'del' | 'meta'
  /** The line as it appears in the patch, including its prefix character. */
  text: string
  /** Line number in the old file (context and deleted lines). */
  oldLine?: number
  /** Line number in the new file (context and added lines). */
  newLine?: number
  /** GitHub's `position`: 0 for the first hunk header, then one per following patch line. */
  position: number
  hunk: number
}

export interface ParsedPatch {
  lines: PatchLine[]
  hunkCount: number
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** Parse the hunks of one file's patch (the `patch` field of a diff entry). */
export function parsePatch(patch: string): ParsedPatch {
  const lines: PatchLine[] = []
  let hunk = -1
  let oldLine = 0
  let newLine = 0
  const raw = patch.split('\n')
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop()
  raw.forEach((text, index) => {
    const header = HUNK_HEADER.exec(text)
    if (header) {
      hunk += 1
      oldLine = Number(header[1])
      newLine = Number(header[3])
      lines.push({ kind: 'hunk', text, position: index, hunk })
      return
    }
    if (hunk < 0) throw new Error(`Patch does not start with a hunk header: ${JSON.stringify(text)}`)
    const prefix = text[0]
    if (prefix === '+') {
      lines.push({ kind: 'add', text, newLine: newLine++, position: index, hunk })
    } else if (prefix === '-') {
      lines.push({ kind: 'del', text, oldLine: oldLine++, position: index, hunk })
    } else if (prefix === '\\') {
      lines.push({ kind: 'meta', text, position: index, hunk })
    } else {
      // ' ' (or an empty line in a patch whose trailing spaces were stripped) is context.
      lines.push({ kind: 'context', text, oldLine: oldLine++, newLine: newLine++, position: index, hunk })
    }
  })
  return { lines, hunkCount: hunk + 1 }
}

/** The patch line a comment on `line` of `side` anchors to, or undefined when it is not in any hunk. */
export function findLine(parsed: ParsedPatch, side: Side, line: number): PatchLine | undefined {
  return parsed.lines.find((l) =>
    side === 'RIGHT'
      ? (l.kind === 'add' || l.kind === 'context') && l.newLine === line
      : (l.kind === 'del' || l.kind === 'context') && l.oldLine === line
  )
}

/** The patch line at a legacy `position` (1-based from the first hunk header). */
export function lineAtPosition(parsed: ParsedPatch, position: number): PatchLine | undefined {
  const found = parsed.lines.find((l) => l.position === position)
  return found && found.kind !== 'hunk' && found.kind !== 'meta' ? found : undefined
}

/** GitHub's `diff_hunk` for a comment: the hunk header through the commented line. */
export function diffHunk(parsed: ParsedPatch, anchor: PatchLine): string {
  const header = parsed.lines.find((l) => l.kind === 'hunk' && l.hunk === anchor.hunk)
  if (!header) throw new Error('anchor line has no hunk header')
  return parsed.lines
    .filter((l) => l.position >= header.position && l.position <= anchor.position)
    .map((l) => l.text)
    .join('\n')
}

/** Lines of the new file a comment may use with side RIGHT (added and context lines). */
export function rightSideLines(parsed: ParsedPatch): number[] {
  return parsed.lines.filter((l) => l.kind === 'add' || l.kind === 'context').map((l) => l.newLine as number)
}

/** Number of patch lines (everything after the first hunk header), used for size limits. */
export function patchLineCount(patch: string): number {
  return patch === '' ? 0 : patch.split('\n').length
}
