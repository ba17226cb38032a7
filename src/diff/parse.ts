// Unified-diff parsing: `git diff` output (many files, extended headers) and GitHub's per-file
// `patch` field (hunks only). Only line numbers are kept: which right-side lines were added, which
// are context, i.e. where a finding is "introduced by this change" and where a review comment may go.

export type LineKind = 'add' | 'del' | 'context'

export interface HunkLine {
  kind: LineKind
  /** Line in the old file (deleted and context lines). */
  oldLine?: number
  /** Line in the new file (added and context lines). */
  newLine?: number
}

export interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  lines: HunkLine[]
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed'

export interface FileDiff {
  /** Path before the change, repository-relative with `/`; null for an added file. For a copy, its source. */
  oldPath: string | null
  /** Path after the change; null for a removed file. */
  newPath: string | null
  /** A copy (`git diff -C`) is reported as `added`. */
  status: FileStatus
  binary: boolean
  hunks: Hunk[]
}

/**
 * Arguments that make `git diff` output parseable whatever the user's git config says (colour,
 * external diff drivers, textconv, `diff.noprefix`, `diff.mnemonicPrefix`), with GitHub's 3 lines
 * of context so `diff-context` means the same locally as on a pull request.
 */
export const GIT_DIFF_ARGS: readonly string[] = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--find-renames',
  '--unified=3',
  // `diff.interHunkContext` would fuse nearby hunks, showing lines GitHub's diff does not.
  '--inter-hunk-context=0'
]

/** The environment for a `git diff` with GIT_DIFF_ARGS: GIT_DIFF_OPTS (`--unified=N`) overrides `--unified=3`. */
export function gitDiffEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.GIT_DIFF_OPTS
  return copy
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** Parses `git diff` output (also plain `diff -u` output) into one entry per file. */
export function parseUnifiedDiff(text: string): FileDiff[] {
  const lines = text.split('\n')
  const files: FileDiff[] = []
  let i = 0
  while (i < lines.length) {
    const line = stripCr(lines[i] ?? '')
    if (line.startsWith('diff --git ')) {
      i = parseGitFile(lines, i, files)
    } else if (line.startsWith('--- ') && stripCr(lines[i + 1] ?? '').startsWith('+++ ')) {
      i = parsePlainFile(lines, i, files)
    } else {
      // Commit headers (`git show`, `format-patch`), `diff --cc` sections of merges, anything else.
      i++
    }
  }
  return files
}

/** Parses GitHub's per-file `patch` field: hunks only, no file headers. */
export function parsePatch(patch: string): Hunk[] {
  const lines = patch.split('\n')
  const hunks: Hunk[] = []
  let i = 0
  while (i < lines.length) {
    if (HUNK_HEADER.test(lines[i] ?? '')) {
      const [hunk, next] = parseHunk(lines, i)
      hunks.push(hunk)
      i = next
    } else {
      i++
    }
  }
  return hunks
}

/** Right-side lines the change added: where a finding counts as introduced. */
export function changedLines(hunks: readonly Hunk[]): Set<number> {
  const set = new Set<number>()
  for (const hunk of hunks) {
    for (const line of hunk.lines)
      if (line.kind === 'add' && line.newLine !== undefined) set.add(line.newLine)
  }
  return set
}

/** Right-side lines shown in the diff (added + context): where a review comment may be placed. */
export function rightSideLines(hunks: readonly Hunk[]): Set<number> {
  const set = new Set<number>()
  for (const hunk of hunks) {
    for (const line of hunk.lines)
      if (line.kind !== 'del' && line.newLine !== undefined) set.add(line.newLine)
  }
  return set
}

/** Right-side context lines only (shown in the diff, not changed). */
export function contextLines(hunks: readonly Hunk[]): Set<number> {
  const set = new Set<number>()
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.kind === 'context' && line.newLine !== undefined) set.add(line.newLine)
    }
  }
  return set
}

function parseGitFile(lines: readonly string[], start: number, files: FileDiff[]): number {
  const [headerOld, headerNew] = parseGitHeaderPaths(stripCr(lines[start] ?? '').slice('diff --git '.length))
  const file: FileDiff = {
    oldPath: headerOld,
    newPath: headerNew,
    status: 'modified',
    binary: false,
    hunks: []
  }
  let added = false
  let removed = false
  let renamed = false
  let copied = false
  let i = start + 1

  // Extended header lines.
  for (; i < lines.length; i++) {
    const line = stripCr(lines[i] ?? '')
    if (line.startsWith('new file mode ')) added = true
    else if (line.startsWith('deleted file mode ')) removed = true
    else if (line.startsWith('rename from ')) {
      renamed = true
      file.oldPath = unquote(line.slice('rename from '.length))
    } else if (line.startsWith('rename to ')) {
      renamed = true
      file.newPath = unquote(line.slice('rename to '.length))
    } else if (line.startsWith('copy from ')) {
      copied = true
      file.oldPath = unquote(line.slice('copy from '.length))
    } else if (line.startsWith('copy to ')) {
      copied = true
      file.newPath = unquote(line.slice('copy to '.length))
    } else if (
      line.startsWith('old mode ') ||
      line.startsWith('new mode ') ||
      line.startsWith('similarity index ') ||
      line.startsWith('dissimilarity index ') ||
      line.startsWith('index ')
    ) {
      continue
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      file.binary = true
    } else {
      break
    }
  }

  if (file.binary) {
    // `GIT binary patch` data (literal/delta + base85 lines) runs to the next file.
    while (i < lines.length && !stripCr(lines[i] ?? '').startsWith('diff --git ')) i++
  } else {
    if (stripCr(lines[i] ?? '').startsWith('--- ') && stripCr(lines[i + 1] ?? '').startsWith('+++ ')) {
      const oldPath = parseFileLinePath(stripCr(lines[i] ?? '').slice(4), 'a/')
      const newPath = parseFileLinePath(stripCr(lines[i + 1] ?? '').slice(4), 'b/')
      if (oldPath === null) added = true
      else if (!renamed && !copied) file.oldPath = oldPath
      if (newPath === null) removed = true
      else if (!renamed && !copied) file.newPath = newPath
      i += 2
    }
    i = parseHunks(lines, i, file.hunks)
  }

  if (added) {
    file.status = 'added'
    file.oldPath = null
  } else if (removed) {
    file.status = 'removed'
    file.newPath = null
  } else if (copied) {
    file.status = 'added'
  } else if (renamed) {
    file.status = 'renamed'
  }
  files.push(file)
  return i
}

function parsePlainFile(lines: readonly string[], start: number, files: FileDiff[]): number {
  const oldPath = parseFileLinePath(stripCr(lines[start] ?? '').slice(4), null)
  const newPath = parseFileLinePath(stripCr(lines[start + 1] ?? '').slice(4), null)
  const file: FileDiff = {
    oldPath,
    newPath,
    status: oldPath === null ? 'added' : newPath === null ? 'removed' : 'modified',
    binary: false,
    hunks: []
  }
  if (oldPath !== null && newPath !== null && oldPath !== newPath) file.status = 'renamed'
  files.push(file)
  return parseHunks(lines, start + 2, file.hunks)
}

function parseHunks(lines: readonly string[], start: number, hunks: Hunk[]): number {
  let i = start
  while (i < lines.length && HUNK_HEADER.test(lines[i] ?? '')) {
    const [hunk, next] = parseHunk(lines, i)
    hunks.push(hunk)
    i = next
  }
  return i
}

/**
 * One hunk, read by its line counts (so a content line that looks like a header is still content).
 * A truncated hunk ends where the text does.
 */
function parseHunk(lines: readonly string[], start: number): [Hunk, number] {
  const match = HUNK_HEADER.exec(lines[start] ?? '')
  if (match === null) throw new Error(`not a hunk header: ${lines[start]}`)
  const hunk: Hunk = {
    oldStart: Number(match[1]),
    oldLines: match[2] === undefined ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newLines: match[4] === undefined ? 1 : Number(match[4]),
    lines: []
  }
  let oldLine = hunk.oldStart
  let newLine = hunk.newStart
  let oldLeft = hunk.oldLines
  let newLeft = hunk.newLines
  let i = start + 1
  for (; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
    const line = lines[i] ?? ''
    const marker = line.charAt(0)
    if (marker === '+' && newLeft > 0) {
      hunk.lines.push({ kind: 'add', newLine: newLine++ })
      newLeft--
    } else if (marker === '-' && oldLeft > 0) {
      hunk.lines.push({ kind: 'del', oldLine: oldLine++ })
      oldLeft--
    } else if ((marker === ' ' || line === '' || line === '\r') && oldLeft > 0 && newLeft > 0) {
      // An empty line is a context line whose leading space was stripped (by an editor or a mailer).
      hunk.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++ })
      oldLeft--
      newLeft--
    } else if (marker === '\\') {
      // "\ No newline at end of file": about the line before, not a line of either file.
    } else {
      break
    }
  }
  while (i < lines.length && (lines[i] ?? '').startsWith('\\')) i++
  return [hunk, i]
}

/**
 * The two paths of `diff --git a/X b/Y`. Git quotes a path (C style) only when it has special
 * characters; a space alone is not quoted, so `a/my file b/my file` is split where both halves
 * name the same file (the only case where git omits rename headers).
 */
function parseGitHeaderPaths(rest: string): [string | null, string | null] {
  let oldRaw: string
  let newRaw: string
  if (rest.startsWith('"')) {
    const [first, end] = readQuoted(rest, 0)
    oldRaw = first
    const tail = rest.slice(end + 2)
    newRaw = tail.startsWith('"') ? readQuoted(tail, 0)[0] : tail
  } else if (rest.endsWith('"')) {
    const match = /^(.*) ("(?:[^"\\]|\\.)*")$/.exec(rest)
    oldRaw = match?.[1] ?? rest
    newRaw = match === null ? rest : unquote(match[2] ?? '')
  } else {
    const half = (rest.length - 1) / 2
    const left = rest.slice(0, half)
    const right = rest.slice(half + 1)
    if (Number.isInteger(half) && rest.charAt(half) === ' ' && left.slice(2) === right.slice(2)) {
      oldRaw = left
      newRaw = right
    } else {
      const split = rest.indexOf(' b/')
      oldRaw = split < 0 ? rest : rest.slice(0, split)
      newRaw = split < 0 ? rest : rest.slice(split + 1)
    }
  }
  return [stripPrefix(oldRaw, 'a/'), stripPrefix(newRaw, 'b/')]
}

/** The path of a `--- ` / `+++ ` line: null for /dev/null; a trailing tab (and timestamp) dropped. */
function parseFileLinePath(raw: string, prefix: string | null): string | null {
  let path: string
  if (raw.startsWith('"')) path = readQuoted(raw, 0)[0]
  else {
    const tab = raw.indexOf('\t')
    path = tab < 0 ? raw : raw.slice(0, tab)
  }
  if (path === '/dev/null') return null
  return prefix === null ? path : stripPrefix(path, prefix)
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/** A path as git prints it in headers: C-quoted when it starts with `"`, else verbatim. */
function unquote(text: string): string {
  return text.startsWith('"') ? readQuoted(text, 0)[0] : text
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/**
 * Reads a C-quoted string (git's quote_c_style) starting at `start` (the opening quote). Octal
 * escapes are bytes of UTF-8. Returns the value and the index of the closing quote.
 */
function readQuoted(text: string, start: number): [string, number] {
  const bytes: number[] = []
  let i = start + 1
  while (i < text.length) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0)
    if (char === '"') break
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      i += char.length
      continue
    }
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4))
    const next = text.charAt(i + 1)
    if (octal !== null) {
      bytes.push(parseInt(octal[0], 8))
      i += 4
    } else {
      const escaped = C_ESCAPES[next]
      bytes.push(...(escaped === undefined ? Buffer.from(next, 'utf8') : [escaped]))
      i += 2
    }
  }
  return [Buffer.from(bytes).toString('utf8'), i]
}
