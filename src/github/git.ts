// Local git in the runner's checkout: make sure the commits a run needs are there (a shallow
// `actions/checkout` has only the merge commit), and diff two commits the way GitHub does
// (three dots: from their merge base), as the fallback when the API cannot give the diff.
import { execFileSync } from 'node:child_process'
import { GIT_DIFF_ARGS, gitDiffEnv, parseUnifiedDiff, type FileDiff } from '../diff/parse.js'

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`)
  }
}

export type Log = (message: string) => void

/** Runs git in `dir` with config that could change its output (pager, colour, quoting) neutralised. */
export function git(dir: string, args: readonly string[], input?: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=false', '-c', 'color.ui=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...gitDiffEnv(process.env), GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' }
    })
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr
    throw new GitCommandError(args, stderr === undefined ? String(error) : stderr.toString())
  }
}

function tryGit(dir: string, args: readonly string[]): string | null {
  try {
    return git(dir, args)
  } catch {
    return null
  }
}

/** The top of the work tree containing `dir`, or null when `dir` is not in a git work tree. */
export function gitTopLevel(dir: string): string | null {
  return tryGit(dir, ['rev-parse', '--show-toplevel'])?.trim() || null
}

export function headCommit(dir: string): string | null {
  return tryGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])?.trim() || null
}

export function hasCommit(dir: string, sha: string): boolean {
  return tryGit(dir, ['cat-file', '-e', `${sha}^{commit}`]) !== null
}

/** Which of `paths` (repository-relative) exist in commit `sha`; null when git cannot tell. */
export function pathsInCommit(dir: string, sha: string, paths: readonly string[]): Set<string> | null {
  if (paths.length === 0) return new Set()
  const out = tryGit(dir, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', sha, '--', ...paths])
  return out === null ? null : new Set(out.split('\0').filter((p) => p !== ''))
}

export function isShallow(dir: string): boolean {
  return tryGit(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true'
}

/** True when the work tree has no changes to tracked files (so it shows the HEAD commit as is). */
export function isCleanWorkTree(dir: string): boolean {
  const status = tryGit(dir, ['status', '--porcelain', '--untracked-files=no'])
  return status !== null && status.trim() === ''
}

function hasRemote(dir: string, remote: string): boolean {
  return (tryGit(dir, ['remote']) ?? '').split('\n').includes(remote)
}

/**
 * Makes sure every sha is present, fetching the missing ones from `origin` (GitHub serves any
 * reachable sha). In a shallow clone the fetch stays shallow. Returns the shas still missing.
 */
export function ensureCommits(dir: string, shas: readonly string[], log: Log): string[] {
  const missing = [...new Set(shas)].filter((sha) => !hasCommit(dir, sha))
  if (missing.length === 0) return []
  if (!hasRemote(dir, 'origin')) {
    log(
      `Commits ${missing.map(short).join(', ')} are not in the checkout and there is no "origin" remote to fetch them from.`
    )
    return missing
  }
  const depth = isShallow(dir) ? ['--depth=1'] : []
  log(`Fetching ${missing.map(short).join(', ')} from origin${depth.length > 0 ? ' (shallow)' : ''}`)
  try {
    git(dir, ['fetch', '--no-tags', '--no-recurse-submodules', ...depth, 'origin', ...missing])
  } catch (error) {
    log(`git fetch failed: ${(error as Error).message}`)
  }
  return missing.filter((sha) => !hasCommit(dir, sha))
}

/**
 * The merge base of `base` and `head`, deepening a shallow clone until one is found (then the
 * whole history as a last resort). Null when the histories are unrelated.
 */
export function mergeBase(dir: string, base: string, head: string, log: Log): string | null {
  const find = (): string | null => tryGit(dir, ['merge-base', base, head])?.trim() || null
  let found = find()
  if (found !== null || !isShallow(dir) || !hasRemote(dir, 'origin')) return found
  for (const deepen of [50, 500]) {
    log(`No merge base of ${short(base)} and ${short(head)} in the shallow checkout: deepening by ${deepen}`)
    if (
      tryGit(dir, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        `--deepen=${deepen}`,
        'origin',
        base,
        head
      ]) === null
    )
      break
    found = find()
    if (found !== null) return found
  }
  log('Fetching the whole history to find the merge base')
  tryGit(dir, ['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', 'origin'])
  return find()
}

export interface RangeDiff {
  files: FileDiff[]
  /** The commit the diff starts from: the merge base, or `base` itself for unrelated histories. */
  from: string
}

/** `git diff base...head`: the files and hunks `head` changed since it left `base`. Paths repository-relative. */
export function rangeDiff(dir: string, base: string, head: string, log: Log): RangeDiff {
  const missing = ensureCommits(dir, [base, head], log)
  if (missing.length > 0) {
    throw new GitCommandError(
      ['diff', `${base}...${head}`],
      `commit(s) ${missing.join(', ')} not available locally`
    )
  }
  const from = mergeBase(dir, base, head, log) ?? base
  const text = git(dir, ['diff', ...GIT_DIFF_ARGS, from, head])
  return { files: parseUnifiedDiff(text), from }
}

export function short(sha: string): string {
  return sha.slice(0, 7)
}
