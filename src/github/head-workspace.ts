// Which files the engine reads: the checkout itself when it shows the audited commit (HEAD is the
// head sha and nothing is modified), else the head commit's git objects (fetched when the clone is
// shallow). On `pull_request`, actions/checkout checks out the test merge commit by default, whose
// line numbers can differ from the head commit's, and every comment must anchor on the head's lines.
import { FsWorkspace } from '../engine/fs-workspace.js'
import type { Workspace } from '../engine/workspace.js'
import { GitObjectsWorkspace } from './git-workspace.js'
import { ensureCommits, headCommit, isCleanWorkTree, short, type Log } from './git.js'

export interface HeadWorkspace {
  workspace: Workspace
  /** One sentence for the log and the summary. */
  description: string
  /** Set when the files read may not be the audited commit's. */
  warning?: string
  /** The audited commit could not be read locally (the caller may fetch files from the API). */
  headUnavailable?: boolean
}

export function headWorkspace(
  repoDir: string | null,
  root: string,
  prefix: string,
  headSha: string,
  log: Log
): HeadWorkspace {
  if (repoDir === null) {
    return {
      workspace: new FsWorkspace(root),
      description: 'the files on disk (no git checkout)',
      headUnavailable: true,
      warning: `There is no git checkout, so the files on disk were audited as they are; they may not be commit ${short(headSha)}.`
    }
  }
  if (headCommit(repoDir) === headSha && isCleanWorkTree(repoDir)) {
    return { workspace: new FsWorkspace(root), description: `the checkout (HEAD is ${short(headSha)})` }
  }
  const missing = ensureCommits(repoDir, [headSha], log)
  if (missing.length === 0) {
    return {
      workspace: new GitObjectsWorkspace(repoDir, headSha, prefix),
      description: `commit ${short(headSha)} read from git objects (the checkout shows ${short(headCommit(repoDir) ?? 'nothing')})`
    }
  }
  return {
    workspace: new FsWorkspace(root),
    description: 'the checked-out files',
    headUnavailable: true,
    warning:
      `Commit ${short(headSha)} is not in the checkout and could not be fetched, so the checked-out files were audited; ` +
      'line numbers may differ from the pull request. Use actions/checkout with `ref: ${{ github.event.pull_request.head.sha }}` or `fetch-depth: 0`.'
  }
}
