// The last resort for contents at the head commit: when the commit is neither checked out nor
// fetchable (no `origin`, no credentials), the files the pull request changed are read from the API
// (`GET /git/blobs/{sha}`, one request each) over the checkout, which still gives the config context.
import { MAX_FILE_BYTES } from '../engine/fs-workspace.js'
import type { Workspace } from '../engine/workspace.js'
import type { Repository } from './context.js'
import { cleanRelativePath } from './git-workspace.js'
import type { ApiClient } from './octokit.js'

/** More changed files than this are not fetched one by one. */
export const MAX_API_BLOBS = 300

/** `base` with some files replaced (a null value: the file does not exist at the audited commit). */
export class OverlayWorkspace implements Workspace {
  constructor(
    private readonly base: Workspace,
    private readonly files: ReadonlyMap<string, string | null>
  ) {}

  read(rel: string): string | null {
    const clean = cleanRelativePath(rel)
    if (clean === null) return null
    return this.files.has(clean) ? (this.files.get(clean) ?? null) : this.base.read(clean)
  }

  isFile(rel: string): boolean {
    const clean = cleanRelativePath(rel)
    if (clean === null) return false
    return this.files.has(clean) ? this.files.get(clean) !== null : this.base.isFile(clean)
  }

  list(dir: string): string[] {
    const clean = cleanRelativePath(dir)
    if (clean === null) return []
    const under = clean === '' ? '' : `${clean}/`
    const all = new Set(this.base.list(dir))
    for (const [path, text] of this.files) {
      if (!path.startsWith(under)) continue
      if (text === null) all.delete(path)
      else all.add(path)
    }
    return [...all].sort()
  }
}

/**
 * Fetches the given blobs (scan-root-relative path → blob sha). Returns null when there are too many
 * to fetch one by one.
 */
export async function fetchBlobs(
  api: ApiClient,
  repository: Repository,
  blobs: ReadonlyMap<string, string>
): Promise<Map<string, string | null> | null> {
  if (blobs.size > MAX_API_BLOBS) return null
  const files = new Map<string, string | null>()
  for (const [path, sha] of blobs) {
    const { data } = await api.octokit.rest.git.getBlob({
      owner: repository.owner,
      repo: repository.repo,
      file_sha: sha
    })
    if (data.size !== undefined && data.size !== null && data.size > MAX_FILE_BYTES) {
      files.set(path, null)
      continue
    }
    const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    files.set(path, bytes.toString('utf8'))
  }
  return files
}
