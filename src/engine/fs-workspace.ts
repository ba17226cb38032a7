// The working tree as a Workspace. Never follows a symlink: a link inside the tree could point
// anywhere on the machine (a CI runner's secrets, /etc), so links are neither read nor descended.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs'
import path from 'node:path'
import type { Workspace } from './workspace.js'

/**
 * Directories never scanned anywhere in the tree (RULES.md "Files that count"), and PhpStorm's
 * `.phpstorm.meta.php` (a file, or a directory of them): IDE metadata that never runs, though it
 * spells `\env()` and `Env::get()`.
 */
export const NEVER_SCANNED_DIRS = new Set(['vendor', 'node_modules', '.git', '.phpstorm.meta.php'])

/**
 * Directories never scanned when they sit at an app's root (next to `artisan` or `composer.json`):
 * runtime state and compiled caches, not source. A `storage/` folder elsewhere is ordinary code.
 */
export const NEVER_SCANNED_APP_DIRS = ['storage', 'bootstrap/cache']

/** Files larger than this are not read: no real PHP or env file is this big. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024
const MAX_FILE_BYTES_BIG = BigInt(MAX_FILE_BYTES)

/** A file changed this recently has no signature (timestamps as coarse as 2 s, FAT's, and clock skew). */
const RACY_MS = 3000

/** A relative path that path.resolve() would change: absolute, `.`/`..` segments, empty segments, backslashes. */
const NOT_PLAIN = /^\/|(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|\\/

/** A path segment that is one of NEVER_SCANNED_DIRS (their only special character is `.`). */
const NEVER_SCANNED_SEGMENT = new RegExp(
  `(?:^|/)(?:${[...NEVER_SCANNED_DIRS].map((d) => d.replaceAll('.', '\\.')).join('|')})(?:/|$)`
)

export function hasNeverScannedSegment(relPath: string): boolean {
  return NEVER_SCANNED_SEGMENT.test(relPath)
}

/**
 * True when `relPath` lies in one of NEVER_SCANNED_APP_DIRS of a directory holding `artisan` or
 * `composer.json`: a folder list() never enters. A diff scope names its files without a listing,
 * so it must ask.
 */
export function inNeverScannedAppDir(ws: Workspace, relPath: string): boolean {
  const parts = relPath.split('/')
  for (let i = 0; i < parts.length - 1; i++) {
    const rest = parts.slice(i).join('/')
    if (!NEVER_SCANNED_APP_DIRS.some((d) => rest.startsWith(`${d}/`))) continue
    const dir = parts.slice(0, i).join('/')
    const at = (name: string): string => (dir === '' ? name : `${dir}/${name}`)
    if (ws.isFile(at('artisan')) || ws.isFile(at('composer.json'))) return true
  }
  return false
}

/** Errors that mean "not there" (or a symlinked leaf, refused by O_NOFOLLOW): not a failure to report. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ELOOP'])

/** Why a file system call failed, in words; null when the path is merely absent. */
function failureReason(err: unknown): string | null {
  const code = (err as NodeJS.ErrnoException).code
  if (code !== undefined && ABSENT.has(code)) return null
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'not a regular file'
  if (code === 'EIO') return 'an input/output error'
  return code ?? (err as Error).message
}

const TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`
const NOT_REGULAR = 'not a regular file'

export class FsWorkspace implements Workspace {
  readonly root: string
  /** The root and a separator: what every path inside it starts with. */
  private readonly rootPrefix: string
  private readonly racyMs: number

  /** `racyMs`: how recently changed a file has no signature (tests shorten it). */
  constructor(root: string, options: { racyMs?: number } = {}) {
    this.root = path.resolve(root)
    this.rootPrefix = this.root + path.sep
    this.racyMs = options.racyMs ?? RACY_MS
  }

  /** Directories already seen to be real directories, not symlinks: each is checked once. */
  private readonly realDirs = new Set<string>()

  /** Reused for every read: one allocation instead of one per file. */
  private buffer = Buffer.allocUnsafe(64 * 1024)

  /** Paths that exist but could not be read or listed, with why (failure()). */
  private readonly failures = new Map<string, string>()
  /** Directories list() could not open, with why (unlisted()). */
  private readonly unlistedDirs = new Map<string, string>()

  failure(rel: string): string | null {
    return this.failures.get(rel) ?? null
  }

  unlisted(): ReadonlyMap<string, string> {
    return this.unlistedDirs
  }

  /** Records why `rel` could not be read; null when the error means it is absent. */
  private failed(rel: string, reason: string | null): null {
    if (reason !== null) this.failures.set(rel, reason)
    return null
  }

  /**
   * `rel` as an absolute path inside the root, or null; `leafChecked`: the caller lstats the leaf
   * itself. A directory on the way that cannot be looked into is recorded as `rel`'s failure.
   */
  private resolve(rel: string, leafChecked = false): string | null {
    // The paths list() returns are plain: joining is what path.resolve would do, at a fraction of the cost.
    const abs =
      path.sep === '/' && rel !== '' && !NOT_PLAIN.test(rel)
        ? `${this.root}/${rel}`
        : path.resolve(this.root, rel)
    if (abs !== this.root && !abs.startsWith(this.rootPrefix)) return null
    // A directory is only recorded once every directory above it was checked (or listed).
    if (leafChecked && this.realDirs.has(path.dirname(abs))) return abs
    // Refuse a path that passes through a symlinked directory.
    const parts = path.relative(this.root, abs).split(path.sep).filter(Boolean)
    let cur = this.root
    for (let i = 0; i < parts.length; i++) {
      cur = path.join(cur, parts[i])
      const leaf = i === parts.length - 1
      if (leaf && leafChecked) break
      if (!leaf && this.realDirs.has(cur)) continue
      try {
        const stat = lstatSync(cur)
        if (stat.isSymbolicLink()) return null
        if (!leaf && stat.isDirectory()) this.realDirs.add(cur)
      } catch (err) {
        return this.failed(rel, failureReason(err))
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
    const abs = this.resolve(rel, true)
    if (!abs) return null
    let fd: number | null = null
    try {
      // O_NOFOLLOW refuses a symlinked leaf in the same call that opens the file: no separate lstat.
      // O_NONBLOCK: opening a FIFO must not wait for a writer.
      fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
      let buffer = this.buffer
      let length = readSync(fd, buffer, 0, buffer.length, null)
      // A read that neither came back empty nor filled the buffer read a whole small file: no
      // fstat needed. Otherwise ask what it is: an empty file, or a FIFO or /dev/null (refused);
      // a big file, or a device that never ends (refused).
      if (length === 0 || length === buffer.length) {
        const st = fstatSync(fd)
        if (!st.isFile()) return this.failed(rel, NOT_REGULAR)
        if (st.size > MAX_FILE_BYTES) return this.failed(rel, TOO_LARGE)
        if (length === buffer.length) {
          // One byte more than the size: a short read is the end, a full one means the file grew.
          buffer = Buffer.allocUnsafe(Math.max(st.size + 1, buffer.length * 2))
          this.buffer.copy(buffer, 0, 0, length)
          for (;;) {
            const n = readSync(fd, buffer, length, buffer.length - length, null)
            length += n
            if (n === 0 || length < buffer.length) break
            if (buffer.length > MAX_FILE_BYTES) return this.failed(rel, TOO_LARGE)
            const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1))
            buffer.copy(bigger, 0, 0, length)
            buffer = bigger
          }
        }
      }
      this.failures.delete(rel)
      return buffer.toString('utf8', 0, length)
    } catch (err) {
      // A FIFO opened without blocking reads EAGAIN: not a regular file either.
      const code = (err as NodeJS.ErrnoException).code
      return this.failed(rel, code === 'EAGAIN' ? NOT_REGULAR : failureReason(err))
    } finally {
      if (fd !== null) closeSync(fd)
    }
  }

  signature(rel: string): string | null {
    const abs = this.resolve(rel, true)
    if (!abs) return null
    let stat
    try {
      // BigInt stats: times to the nanosecond, and faster here than rounding doubles to strings.
      stat = lstatSync(abs, { bigint: true })
    } catch {
      return null
    }
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES_BIG) return null
    // As git's index does for "racily clean" files: a file changed in the last seconds could be
    // written again within the same timestamp; its signature would not tell, so it has none.
    if (Math.max(Number(stat.mtimeMs), Number(stat.ctimeMs)) > Date.now() - this.racyMs) return null
    // Base 36, the change time as its distance from the modification time (mostly 0): a shorter
    // cache to read and write.
    return `${stat.ino.toString(36)}:${stat.size.toString(36)}:${stat.mtimeNs.toString(36)}:${(stat.ctimeNs - stat.mtimeNs).toString(36)}`
  }

  list(dir: string): string[] {
    const start = dir === '' ? this.root : this.resolve(dir)
    if (!start) return []
    const out: string[] = []
    // Each directory with its path relative to the root ('' for the root, else ending in '/').
    const first = path.relative(this.root, start).split(path.sep).join('/')
    const stack: Array<[string, string]> = [[start, first === '' ? '' : `${first}/`]]
    const skipDirs = new Set<string>()
    while (stack.length > 0) {
      const [current, rel] = stack.pop() as [string, string]
      let entries
      try {
        entries = readdirSync(current, { withFileTypes: true })
      } catch (err) {
        // Its files are missing from the listing: recorded, so the engine can say so.
        const reason = failureReason(err)
        if (reason !== null) {
          const relDir = rel.replace(/\/$/, '')
          this.unlistedDirs.set(relDir, reason)
          this.failures.set(relDir, reason)
        }
        continue
      }
      if (entries.some((e) => e.isFile() && (e.name === 'artisan' || e.name === 'composer.json'))) {
        for (const skip of NEVER_SCANNED_APP_DIRS) skipDirs.add(path.join(current, skip))
      }
      for (const entry of entries) {
        if (entry.isSymbolicLink()) continue
        if (entry.isDirectory()) {
          const abs = path.join(current, entry.name)
          if (!NEVER_SCANNED_DIRS.has(entry.name) && !skipDirs.has(abs)) {
            this.realDirs.add(abs)
            stack.push([abs, `${rel}${entry.name}/`])
          }
        } else if (entry.isFile()) {
          out.push(rel + entry.name)
        }
      }
    }
    return out.sort()
  }
}
