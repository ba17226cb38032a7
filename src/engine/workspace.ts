// File contents at the commit being audited. The CLI reads the working tree; the action may read
// git objects or API blobs instead. Paths are relative to the scan root, posix separators.

export interface Workspace {
  /** The file's text, or null when it does not exist, is not a regular file, or is a symlink. */
  read(path: string): string | null
  /** True when `path` is a regular file (never a symlink). */
  isFile(path: string): boolean
  /**
   * Every regular file under `dir` ('' = the scan root), recursively, never descending into
   * symlinks and skipping the directories that are never scanned (vendor/, node_modules/, .git/…).
   */
  list(dir: string): string[]
}
