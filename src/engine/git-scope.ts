// Scope from local git: the files and lines changed between a base revision and the working tree.
import { execFileSync } from 'node:child_process'
import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GIT_DIFF_ARGS, gitDiffEnv, parseUnifiedDiff } from '../diff/parse.js'
import { fileScope, type DiffScope, type FileScope } from '../diff/filter.js'
import { UsageError } from './config-file.js'
import { hasNeverScannedSegment, MAX_FILE_BYTES } from './fs-workspace.js'

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gitDiffEnv(process.env)
  })
}

/** The first lines git wrote on standard error, as one sentence. */
function gitMessage(err: unknown): string {
  const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim()
  const text = stderr === '' ? (err as Error).message : stderr.split('\n').slice(0, 2).join('; ')
  return text.endsWith('.') ? text : `${text}.`
}

/**
 * Changed files and lines between the merge base of `base` and HEAD, and the working tree (staged,
 * unstaged and untracked files included), with paths relative to `dir`.
 */
export function gitScope(dir: string, base: string): DiffScope {
  let inWorkTree = false
  try {
    // Prints "false" and exits 0 inside .git or a bare repository.
    inWorkTree = git(dir, ['rev-parse', '--is-inside-work-tree']).trim() === 'true'
  } catch {
    // Not in a repository at all.
  }
  if (!inWorkTree) throw new UsageError(`--base needs a git work tree, and ${dir} is not inside one.`)
  let baseSha: string
  try {
    baseSha = git(dir, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).trim()
  } catch {
    throw new UsageError(
      `--base: "${base}" is not a commit in this repository (fetch it first, e.g. git fetch origin ${base}).`
    )
  }
  let from = ''
  try {
    from = git(dir, ['merge-base', baseSha, 'HEAD']).trim()
  } catch {
    // No common ancestor (or no HEAD yet).
  }
  if (from === '') {
    // In a shallow clone the ancestor may just be missing: the base's own tree would count every
    // change the base made since as one this branch made.
    if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      throw new UsageError(
        `--base: no merge base of "${base}" and HEAD in this shallow clone; fetch more history (git fetch --deepen=100, or git fetch --unshallow) and run again.`
      )
    }
    // Unrelated histories (or no HEAD yet): compare with the base itself.
    from = baseSha
  }
  // `dir` below the top of the work tree, raw (not quoted), with a trailing `/`.
  const prefix = git(dir, ['rev-parse', '--show-prefix']).replace(/\n$/, '')
  let diff: string
  try {
    // The whole repository, not `--relative`: a file moved into `dir` from elsewhere is then a
    // rename, as in the action's diff, not a new file whose every line counts as added.
    diff = git(dir, ['-c', 'diff.relative=false', 'diff', ...GIT_DIFF_ARGS, from])
  } catch (err) {
    // e.g. a changed file it may not read ("cannot hash"): git's own words name it.
    throw new UsageError(`--base: git diff failed: ${gitMessage(err)}`)
  }
  // Removed files left out; a binary file stays, with no lines: its file-level parse-error
  // ("binary") is in scope, as in the action.
  const scope = new Map<string, FileScope>()
  for (const file of parseUnifiedDiff(diff)) {
    if (file.newPath === null || !file.newPath.startsWith(prefix)) continue
    scope.set(file.newPath.slice(prefix.length), fileScope(file.hunks))
  }
  const untracked = git(dir, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean)
  for (const path of untracked) {
    // Never audited (vendor/, node_modules/…): no finding can be in it.
    if (hasNeverScannedSegment(path)) continue
    const lineCount = untrackedLines(join(dir, path))
    if (lineCount === null) continue
    // A new file: every line is added.
    const lines = new Set(Array.from({ length: lineCount }, (_, i) => i + 1))
    scope.set(path, { added: lines, context: new Set<number>() })
  }
  return scope
}

/**
 * The number of lines of an untracked file, counted in its bytes (no decoding, no split); null
 * for what the audit never reads (a symlink, a FIFO). A file over the audit's size limit is not
 * read at all: its only possible finding (parse-error, not read) is on line 1.
 */
function untrackedLines(abs: string): number | null {
  try {
    const stat = lstatSync(abs)
    if (!stat.isFile()) return null
    if (stat.size > MAX_FILE_BYTES) return 1
    const bytes = readFileSync(abs)
    let newlines = 0
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) newlines++
    return newlines + 1
  } catch {
    // Gone since git listed it, or unreadable: the audit reports what it cannot read.
    return 1
  }
}
