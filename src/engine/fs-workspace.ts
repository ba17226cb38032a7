// The working tree as a Workspace. Never follows a symlink: a link inside the tree could point
// anywhere on the machine (a CI runner's secrets, /etc), so links are neither read nor descended.
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Workspace } from './workspace.js'

/** Directories never scanned anywhere in the tree (RULES.md "Files that count"). */
export const NEVER_SCANNED_DIRS = new Set(['vendor', 'node_modules', '.git'])

/**
 * Directories never scanned when they sit at an app's root (next to `artisan` or `composer.json`):
 * runtime state and compiled caches, not source. A `storage/` folder elsewhere is ordinary code.
 */
export const NEVER_SCANNED_APP_DIRS = ['storage', 'bootstrap/cache']

/** Files larger than this are not read: no real PHP or env file is this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

export function hasNeverScannedSegment(relPath: string): boolean {
  return relPath.split('/').some((p) => NEVER_SCANNED_DIRS.has(p))
}

export class FsWorkspace implements Workspace {
  readonly root: string

  constructor(root: string) {
    this.root = path.resolve(root)
  }

  private resolve(rel: string): string | null {
    const abs = path.resolve(this.root, rel)
    if (abs !== this.root && !abs.startsWith(this.root + path.sep)) return null
    // Refuse a path that passes through a symlinked directory.
    let cur = this.root
    for (const part of path.relative(this.root, abs).split(path.sep).filter(Boolean)) {
      cur = path.join(cur, part)
      try {
        if (lstatSync(cur).isSymbolicLink()) return null
      } catch {
        return null
      }
    }
    return abs
  }

  isFile(rel: string): boolean {
    const abs = this.resolve(rel)
    if (!abs) return false
    try {
      return lstatSync(abs).isFile()
    } catch {
      return false
    }
  }

  read(rel: string): string | null {
    const abs = this.resolve(rel)
    if (!abs) return null
    try {
      const st = lstatSync(abs)
      if (!st.isFile() || st.size > MAX_FILE_BYTES) return null
      return readFileSync(abs, 'utf8')
    } catch {
      return null
    }
  }

  list(dir: string): string[] {
    const start = dir === '' ? this.root : this.resolve(dir)
    if (!start) return []
    const out: string[] = []
    const stack: string[] = [start]
    const skipDirs = new Set<string>()
    while (stack.length > 0) {
      const current = stack.pop() as string
      let entries
      try {
        entries = readdirSync(current, { withFileTypes: true })
      } catch {
        continue
      }
      if (entries.some((e) => e.isFile() && (e.name === 'artisan' || e.name === 'composer.json'))) {
        for (const skip of NEVER_SCANNED_APP_DIRS) skipDirs.add(path.join(current, skip))
      }
      for (const entry of entries) {
        const abs = path.join(current, entry.name)
        if (entry.isSymbolicLink()) continue
        if (entry.isDirectory()) {
          if (!NEVER_SCANNED_DIRS.has(entry.name) && !skipDirs.has(abs)) stack.push(abs)
        } else if (entry.isFile()) {
          out.push(path.relative(this.root, abs).split(path.sep).join('/'))
        }
      }
    }
    return out.sort()
  }
}
