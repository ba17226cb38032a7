// File contents at one commit, read from git objects instead of the work tree. On `pull_request`
// actions/checkout checks out the test merge commit, whose lines differ from the head commit's the
// review comments must anchor on; the head commit's objects are in the clone (or fetched), so the
// engine reads exactly what the reviewer sees. Symlinks (mode 120000) and submodules are skipped:
// a link in a pull request could point anywhere on the runner.
import { execFileSync } from 'node:child_process'
import { MAX_FILE_BYTES, NEVER_SCANNED_APP_DIRS, NEVER_SCANNED_DIRS } from '../engine/fs-workspace.js'
import type { Workspace } from '../engine/workspace.js'
import { git } from './git.js'

interface Blob {
  sha: string
  size: number
}

const REGULAR_FILE_MODES = new Set(['100644', '100755'])

/** Normalises a workspace path; null for one that would leave the scan root. */
export function cleanRelativePath(rel: string): string | null {
  const posix = rel.replace(/\\/g, '/')
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) return null
  const parts: string[] = []
  for (const part of posix.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') return null
    parts.push(part)
  }
  return parts.join('/')
}

export class GitObjectsWorkspace implements Workspace {
  private readonly blobs = new Map<string, Blob>()
  private readonly cache = new Map<string, string | null>()

  /**
   * @param repoDir  a directory inside the git repository
   * @param commit   the commit to read
   * @param prefix   the scan root relative to the repository root ('' for the root)
   */
  constructor(
    readonly repoDir: string,
    readonly commit: string,
    readonly prefix: string
  ) {
    const args = ['ls-tree', '-r', '-z', '--long', '--full-tree', commit]
    if (prefix !== '') args.push('--', `${prefix}/`)
    for (const record of git(repoDir, args).split('\0')) {
      if (record === '') continue
      const tab = record.indexOf('\t')
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/)
      if (type !== 'blob' || !REGULAR_FILE_MODES.has(mode)) continue // symlinks, submodules
      const full = record.slice(tab + 1)
      const rel = prefix === '' ? full : full.slice(prefix.length + 1)
      this.blobs.set(rel, { sha, size: Number(size) })
    }
  }

  /** Number of regular files at the commit under the scan root. */
  get size(): number {
    return this.blobs.size
  }

  isFile(rel: string): boolean {
    const clean = cleanRelativePath(rel)
    return clean !== null && this.blobs.has(clean)
  }

  read(rel: string): string | null {
    const clean = cleanRelativePath(rel)
    if (clean === null) return null
    const cached = this.cache.get(clean)
    if (cached !== undefined) return cached
    const blob = this.blobs.get(clean)
    let text: string | null = null
    if (blob !== undefined && blob.size <= MAX_FILE_BYTES) {
      try {
        text = execFileSync('git', ['cat-file', 'blob', blob.sha], {
          cwd: this.repoDir,
          encoding: 'utf8',
          maxBuffer: MAX_FILE_BYTES + 1024,
          stdio: ['ignore', 'pipe', 'pipe']
        })
      } catch {
        text = null
      }
    }
    this.cache.set(clean, text)
    return text
  }

  list(dir: string): string[] {
    const clean = cleanRelativePath(dir)
    if (clean === null) return []
    const under = clean === '' ? '' : `${clean}/`
    // Directories holding an app (artisan or composer.json) have runtime dirs that are never scanned.
    const appDirs: string[] = []
    for (const path of this.blobs.keys()) {
      const slash = path.lastIndexOf('/')
      const name = path.slice(slash + 1)
      if (name === 'artisan' || name === 'composer.json') appDirs.push(slash < 0 ? '' : path.slice(0, slash))
    }
    const skipped = appDirs.flatMap((app) =>
      NEVER_SCANNED_APP_DIRS.map((d) => (app === '' ? `${d}/` : `${app}/${d}/`))
    )
    const out: string[] = []
    for (const path of this.blobs.keys()) {
      if (!path.startsWith(under)) continue
      if (
        path
          .split('/')
          .slice(0, -1)
          .some((part) => NEVER_SCANNED_DIRS.has(part))
      )
        continue
      if (skipped.some((s) => path.startsWith(s))) continue
      out.push(path)
    }
    return out.sort()
  }
}
