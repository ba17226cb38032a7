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
  /**
   * Optional: a cheap identity of the file's current content, which changes whenever the file is
   * written or replaced (its inode, size, modification and change times); null when the file is
   * not a regular file, or changed so recently that a write in the same clock tick might not show
   * (compare the contents then). The result cache uses it to skip reading unchanged files.
   */
  signature?(path: string): string | null
  /**
   * Optional: why `path` exists but could not be read or listed ("permission denied", "larger than
   * 16 MB", "not a regular file"), once read() returned null for it or list() met it as a directory
   * it could not open. Null when it does not exist, is a symlink (links are never followed), or
   * nothing failed. Lets the engine report an unreadable input instead of taking it for absent.
   */
  failure?(path: string): string | null
  /**
   * Optional: every directory list() met so far but could not open ('' for the scan root), with
   * why: the files in it are missing from the listings.
   */
  unlisted?(): ReadonlyMap<string, string>
}
