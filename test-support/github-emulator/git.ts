// Read-only access to a real git repository: commits, trees, blobs and the pull-request diff,
// computed the way GitHub does (three-dot: merge base of base and head, with rename detection).
import { execFile } from 'node:child_process'
import { gitEnv } from './git-fixture.js'

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed'

export interface FileChange {
  filename: string
  previousFilename?: string
  status: FileStatus
  /** Blob sha in the merge base (null for added files). */
  oldBlob: string | null
  /** Blob sha in the head commit (null for removed files). */
  newBlob: string | null
  additions: number
  deletions: number
  binary: boolean
  /** The hunks (from the first `@@`), without a trailing newline; undefined when git shows none. */
  hunks?: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size: number | null
  path: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  authorName: string
  authorEmail: string
  authorDate: string
  committerName: string
  committerEmail: string
  committerDate: string
  message: string
}

export class GitReader {
  private readonly diffCache = new Map<string, Promise<FileChange[]>>()

  constructor(readonly dir: string) {}

  run(args: readonly string[]): Promise<string> {
    return this.runRaw(args).then((b) => b.toString('utf8'))
  }

  runRaw(args: readonly string[]): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-c', 'core.quotepath=false', ...args],
        { cwd: this.dir, env: gitEnv(), maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' },
        (error, stdout, stderr) => {
          if (error) reject(new GitError(args, stderr.toString('utf8') || error.message))
          else resolve(stdout)
        }
      )
    })
  }

  /** Full sha of a commit named by sha, branch or tag; null when there is no such commit. */
  async resolveCommit(ref: string): Promise<string | null> {
    if (ref.startsWith('-')) return null
    try {
      return (await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || null
    } catch {
      return null
    }
  }

  async objectType(sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,64}$/i.test(sha)) return null
    try {
      return (await this.run(['cat-file', '-t', sha])).trim()
    } catch {
      return null
    }
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.runRaw(['cat-file', 'blob', sha])
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return (await this.run(['merge-base', a, b])).trim()
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')
    const out = await this.run(['show', '-s', `--format=${format}`, sha])
    const [full, tree, parents, an, ae, ad, cn, ce, cd, ...rest] = out.split('\0')
    return {
      sha: full,
      tree,
      parents: parents.trim() === '' ? [] : parents.trim().split(' '),
      authorName: an,
      authorEmail: ae,
      authorDate: ad,
      committerName: cn,
      committerEmail: ce,
      committerDate: cd,
      message: rest.join('\0').replace(/\n+$/, '')
    }
  }

  /** The entry at `path` in `commit` (a file, directory, symlink or submodule), or null. */
  async entryAt(commit: string, path: string): Promise<TreeEntry | null> {
    if (path === '') {
      const tree = (await this.run(['rev-parse', `${commit}^{tree}`])).trim()
      return { mode: '040000', type: 'tree', sha: tree, size: null, path: '' }
    }
    const entries = await this.lsTree(commit, path, false)
    return entries.find((e) => e.path === path) ?? null
  }

  /** Entries of the directory `path` (empty string for the root) in `commit`. */
  listDirectory(commit: string, path: string): Promise<TreeEntry[]> {
    return this.lsTree(commit, path === '' ? '' : `${path}/`, true)
  }

  private async lsTree(commit: string, path: string, children: boolean): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z', '--long', commit]
    if (path !== '') args.push('--', path)
    const out = await this.run(args)
    const entries: TreeEntry[] = []
    for (const record of out.split('\0')) {
      if (record === '') continue
      const tab = record.indexOf('\t')
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
      entries.push({
        mode,
        type: type as TreeEntry['type'],
        sha,
        size: size === '-' ? null : Number(size),
        path: record.slice(tab + 1)
      })
    }
    return children ? entries : entries.filter((e) => e.path === path)
  }

  /** The files changed by a pull request: `git diff base...head` (merge base to head). */
  prFiles(baseSha: string, headSha: string): Promise<FileChange[]> {
    const key = `${baseSha}...${headSha}`
    let cached = this.diffCache.get(key)
    if (!cached) {
      cached = this.mergeBase(baseSha, headSha).then((mb) => this.diffFiles(mb, headSha))
      this.diffCache.set(key, cached)
      cached.catch(() => this.diffCache.delete(key))
    }
    return cached
  }

  /** The two-dot diff between two commits, file by file. */
  async diffFiles(from: string, to: string): Promise<FileChange[]> {
    const common = ['-M', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none']
    const [raw, numstat, patch] = await Promise.all([
      this.run(['diff', ...common, '--raw', '-z', '--no-abbrev', from, to]),
      this.run(['diff', ...common, '--numstat', '-z', from, to]),
      this.run(['diff', ...common, '--src-prefix=a/', '--dst-prefix=b/', '-U3', from, to])
    ])
    const entries = parseRaw(raw)
    const stats = parseNumstat(numstat)
    const patches = splitPatches(patch)
    if (stats.length !== entries.length || patches.length !== entries.length) {
      throw new Error(
        `git diff outputs disagree: ${entries.length} raw, ${stats.length} numstat, ${patches.length} patches`
      )
    }
    return entries.map((entry, i) => {
      const stat = stats[i]
      const hunksStart = patches[i].search(/^@@ /m)
      const hunks = hunksStart < 0 ? undefined : patches[i].slice(hunksStart).replace(/\n$/, '')
      return { ...entry, additions: stat.additions, deletions: stat.deletions, binary: stat.binary, hunks }
    })
  }
}

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string
  ) {
    super(`git ${args.join(' ')}: ${stderr.trim()}`)
  }
}

type RawEntry = Omit<FileChange, 'additions' | 'deletions' | 'binary' | 'hunks'>

function parseRaw(out: string): RawEntry[] {
  const tokens = out.split('\0')
  const entries: RawEntry[] = []
  const zero = /^0+$/
  for (let i = 0; i < tokens.length; i++) {
    const meta = tokens[i]
    if (!meta.startsWith(':')) continue
    const [, , oldSha, newSha, statusField] = meta.slice(1).split(' ')
    const letter = statusField[0]
    const oldBlob = zero.test(oldSha) ? null : oldSha
    const newBlob = zero.test(newSha) ? null : newSha
    if (letter === 'R' || letter === 'C') {
      const previous = tokens[++i]
      const filename = tokens[++i]
      entries.push({
        filename,
        previousFilename: previous,
        status: letter === 'R' ? 'renamed' : 'copied',
        oldBlob,
        newBlob
      })
    } else {
      const filename = tokens[++i]
      const status: FileStatus =
        letter === 'A' ? 'added' : letter === 'D' ? 'removed' : letter === 'M' ? 'modified' : 'changed'
      entries.push({ filename, status, oldBlob, newBlob })
    }
  }
  return entries
}

function parseNumstat(out: string): { additions: number; deletions: number; binary: boolean }[] {
  const tokens = out.split('\0')
  const stats: { additions: number; deletions: number; binary: boolean }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const record = tokens[i]
    if (record === '') continue
    const [added, deleted, path] = record.split('\t')
    if (path === '') i += 2 // a rename or copy: the two paths follow as separate tokens
    const binary = added === '-' && deleted === '-'
    stats.push({
      additions: binary ? 0 : Number(added),
      deletions: binary ? 0 : Number(deleted),
      binary
    })
  }
  return stats
}

/** Split `git diff` output into one chunk per file (content lines are prefixed, so this is safe). */
function splitPatches(out: string): string[] {
  if (out === '') return []
  const starts: number[] = []
  const re = /^diff --git /gm
  for (let m = re.exec(out); m; m = re.exec(out)) starts.push(m.index)
  return starts.map((start, i) => out.slice(start, starts[i + 1] ?? out.length))
}
