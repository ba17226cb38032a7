// The result cache on disk (CLI --cache, --cache-file): one JSON file, replaced atomically, so that
// two runs at once cannot leave half a file. A cache that cannot be read is treated as empty; one
// that cannot be written costs a warning, never the findings. The temp directory is shared by the
// machine's users: the default cache is in a directory of the user's own, readable by them only,
// and a cache file another user owns is never read (it could hide findings), nor written through a
// symlink (the directory could be another user's, made before ours).
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TOOL_VERSION } from '../version.js'
import { UsageError } from './config-file.js'
import { digestOf, type CacheOptions, type CacheStore } from './result-cache.js'

/** The user's id where the platform has one (not on Windows). */
function userId(): number | null {
  return typeof process.getuid === 'function' ? process.getuid() : null
}

/** The default cache of an app: in the system's temp directory, one file per user and scanned directory. */
export function defaultCacheFile(root: string, temp: string = tmpdir()): string {
  const id = digestOf(path.resolve(root))
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 20)
  const user = userId()
  return path.join(temp, user === null ? 'stateless-audit' : `stateless-audit-${user}`, `${id}.json`)
}

/**
 * The running build of the tool: its version and a hash of the file that holds this code (the
 * bundle, dist/cli.js), so that outcomes stored by another build are never reused.
 */
export function buildIdentity(): string {
  let code = ''
  try {
    code = readFileSync(fileURLToPath(import.meta.url), 'utf8')
  } catch {
    // Not a file (a bundle loaded from memory): the version alone.
  }
  return `${TOOL_VERSION}+${digestOf(code)}`
}

/** Fails before the audit when --cache-file names a directory, or a file in a directory that does not exist. */
export function checkCacheFile(file: string, shown: string): void {
  let stat
  try {
    stat = statSync(file, { throwIfNoEntry: false })
  } catch {
    stat = undefined
  }
  if (stat?.isDirectory()) throw new UsageError(`--cache-file ${shown} is a directory; give a file name.`)
  if (stat !== undefined) return
  const parent = path.dirname(file)
  let parentStat
  try {
    parentStat = statSync(parent, { throwIfNoEntry: false })
  } catch {
    parentStat = undefined
  }
  if (!parentStat?.isDirectory())
    throw new UsageError(`--cache-file ${shown}: the directory ${parent} does not exist.`)
}

export function fileCacheStore(file: string, warn: (message: string) => void): CacheStore {
  return {
    read: () => {
      let fd: number | null = null
      try {
        // O_NONBLOCK: a FIFO in the cache's place (the directory may be shared) must not make the
        // open wait for a writer; it is then refused as not a regular file.
        fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
        const stat = fstatSync(fd)
        const user = userId()
        if (!stat.isFile() || (user !== null && stat.uid !== user)) return null
        return readFileSync(fd, 'utf8')
      } catch {
        return null
      } finally {
        if (fd !== null) closeSync(fd)
      }
    },
    write: (text) => {
      const temporary = `${file}.${process.pid}.tmp`
      try {
        mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
        // Created anew ('wx' fails on any existing entry): a symlink another user left at this name
        // in a shared directory is removed, never followed to overwrite the file it points to.
        rmSync(temporary, { force: true })
        writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' })
        renameSync(temporary, file)
      } catch (err) {
        try {
          rmSync(temporary, { force: true })
        } catch {
          // Left behind; the warning below is what matters.
        }
        const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
        warn(
          `the result cache ${file} could not be written (${reason}); the next run analyses every file again.`
        )
      }
    }
  }
}

/** The cache options for a run that keeps its cache in `file`. */
export function fileCache(file: string, warn: (message: string) => void): CacheOptions {
  return { store: fileCacheStore(file, warn), identity: buildIdentity() }
}
