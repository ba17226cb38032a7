// What a pull request changed, from `GET /pulls/{n}/files` (paginated, 100 per page), with local git
// filling the gaps GitHub leaves: a file without `patch` (binary, or a diff too large to show) and
// pull requests past the endpoint's 3000-file cap. The hunks GitHub itself shows are kept apart
// (`reviewable`): only their right-side lines can carry an inline review comment.
import { hasNeverScannedSegment } from '../engine/fs-workspace.js'
import type { FileDiff, FileStatus, Hunk } from '../diff/parse.js'
import { parsePatch } from '../diff/parse.js'
import { rangeDiff, short, type Log } from './git.js'
import type { ApiClient } from './octokit.js'
import type { Repository } from './context.js'

/** `GET /pulls/{n}/files` returns at most this many files. */
export const PULL_FILES_CAP = 3000

export interface PullFile {
  filename: string
  /** Blob sha of the file at the head commit. */
  sha?: string
  previousFilename?: string
  status: string
  changes: number
  patch?: string
}

export interface ChangeSet {
  /** One entry per changed file, repository-relative paths. */
  files: FileDiff[]
  /** Repository-relative path → the hunks GitHub shows for it: where inline comments may go. */
  reviewable: Map<string, Hunk[]>
  /** Files changed in a way no diff describes (git unavailable): every line counts as changed. */
  wholeFiles: string[]
  /** How the diff was obtained, for the summary. */
  notes: string[]
  /** Pages of `GET /pulls/{n}/files` read. */
  pages: number
  /** Repository-relative path → blob sha at the head commit (pull requests only): the API fallback for contents. */
  blobs: Map<string, string>
}

export async function listPullFiles(
  api: ApiClient,
  repository: Repository,
  pullNumber: number
): Promise<{ files: PullFile[]; pages: number }> {
  const files: PullFile[] = []
  let pages = 0
  const iterator = api.octokit.paginate.iterator(api.octokit.rest.pulls.listFiles, {
    owner: repository.owner,
    repo: repository.repo,
    pull_number: pullNumber,
    per_page: 100
  })
  for await (const page of iterator) {
    pages++
    for (const f of page.data) {
      const file: PullFile = { filename: f.filename, status: f.status, changes: f.changes }
      if (typeof f.sha === 'string' && f.sha !== '') file.sha = f.sha
      if (f.previous_filename !== undefined) file.previousFilename = f.previous_filename
      if (f.patch !== undefined) file.patch = f.patch
      files.push(file)
    }
  }
  return { files, pages }
}

/** PHP (Blade included) and env files: what the engine analyses. */
export function isAuditablePath(repoPath: string, prefix: string): boolean {
  if (prefix !== '' && !repoPath.startsWith(`${prefix}/`)) return false
  if (hasNeverScannedSegment(repoPath)) return false
  const name = repoPath.slice(repoPath.lastIndexOf('/') + 1)
  return /\.php$/i.test(name) || name === '.env' || name.startsWith('.env.')
}

/** True when the change adds or modifies at least one file the engine analyses. */
export function touchesAuditableFiles(files: readonly FileDiff[], prefix: string): boolean {
  return files.some((f) => f.newPath !== null && isAuditablePath(f.newPath, prefix))
}

function statusOf(status: string): FileStatus {
  switch (status) {
    case 'added':
    case 'copied':
      return 'added'
    case 'removed':
      return 'removed'
    case 'renamed':
      return 'renamed'
    default:
      return 'modified'
  }
}

function fromPullFile(file: PullFile, hunks: Hunk[], binary = false): FileDiff {
  const status = statusOf(file.status)
  return {
    oldPath: status === 'added' ? null : (file.previousFilename ?? file.filename),
    newPath: status === 'removed' ? null : file.filename,
    status,
    binary,
    hunks
  }
}

export interface PullChangeOptions {
  api: ApiClient
  repository: Repository
  pullNumber: number
  baseSha: string
  headSha: string
  /** The repository's work tree, for the local-git fallback; null when there is none. */
  repoDir: string | null
  /** The scan root relative to the repository root. */
  prefix: string
  log: Log
}

/** The pull request's changes: GitHub's list and patches, local git where they fall short. */
export async function pullRequestChanges(options: PullChangeOptions): Promise<ChangeSet> {
  const { files: listed, pages } = await listPullFiles(options.api, options.repository, options.pullNumber)
  options.log(
    `The pull request changes ${listed.length} file(s) (${pages} page(s) of GET /pulls/${options.pullNumber}/files)`
  )
  return changesFromList(listed, pages, options, {
    cap: PULL_FILES_CAP,
    capped: `GitHub lists at most ${PULL_FILES_CAP} files of a pull request`,
    gitUnavailable: options.repoDir === null ? 'there is no git checkout to compute the diff locally' : null
  })
}

/** The pull request's current head commit (`GET /pulls/{n}`). */
export async function pullRequestHead(
  api: ApiClient,
  repository: Repository,
  pullNumber: number
): Promise<string> {
  const { data } = await api.octokit.rest.pulls.get({ ...repository, pull_number: pullNumber })
  return data.head.sha
}

/** `GET /compare/{base}...{head}` lists at most this many files. */
export const COMPARE_FILES_CAP = 300

/**
 * The changes of a commit that is no longer the pull request's head (a re-run of an older run, or
 * a run a newer push overtook): `GET /pulls/{n}/files` describes the current head, not this commit.
 * Local git (`git diff base...head`) when the commits are there or can be fetched, else the compare
 * API (one request). Nothing is `reviewable`: such a run leaves the review comments alone.
 */
export async function commitChanges(options: PullChangeOptions): Promise<ChangeSet> {
  const { baseSha, headSha } = options
  let gitFailure = 'there is no git checkout to compute the diff locally'
  if (options.repoDir !== null) {
    try {
      const { files } = rangeDiff(options.repoDir, baseSha, headSha, options.log)
      options.log(`Commit ${short(headSha)} changes ${files.length} file(s) (local git, base...head)`)
      return { files, reviewable: new Map(), wholeFiles: [], notes: [], pages: 0, blobs: new Map() }
    } catch (error) {
      gitFailure = `local git could not compute the diff (${(error as Error).message})`
      options.log(`${gitFailure}: asking GitHub's compare API`)
    }
  }
  const { data } = await options.api.octokit.rest.repos.compareCommitsWithBasehead({
    ...options.repository,
    basehead: `${baseSha}...${headSha}`
  })
  const listed: PullFile[] = (data.files ?? []).map((f) => {
    const file: PullFile = { filename: f.filename, status: f.status, changes: f.changes }
    if (typeof f.sha === 'string' && f.sha !== '') file.sha = f.sha
    if (f.previous_filename !== undefined) file.previousFilename = f.previous_filename
    if (f.patch !== undefined) file.patch = f.patch
    return file
  })
  options.log(
    `Commit ${short(headSha)} changes ${listed.length} file(s) (GET /compare/${short(baseSha)}...${short(headSha)})`
  )
  const changes = changesFromList(listed, 0, options, {
    cap: COMPARE_FILES_CAP,
    capped: `GitHub's compare API lists at most ${COMPARE_FILES_CAP} files`,
    gitUnavailable: gitFailure
  })
  return { ...changes, reviewable: new Map() }
}

interface ListLimits {
  /** The most files the list can hold. */
  cap: number
  /** Says so, for the summary. */
  capped: string
  /** Why local git cannot fill the gaps, or null when it may be tried. */
  gitUnavailable: string | null
}

/** A ChangeSet from GitHub's list of changed files, with local git for what the list lacks. */
function changesFromList(
  listed: PullFile[],
  pages: number,
  options: PullChangeOptions,
  limits: ListLimits
): ChangeSet {
  const reviewable = new Map<string, Hunk[]>()
  const blobs = new Map<string, string>()
  for (const f of listed) {
    if (f.status === 'removed') continue
    if (f.patch !== undefined) reviewable.set(f.filename, parsePatch(f.patch))
    if (f.sha !== undefined) blobs.set(f.filename, f.sha)
  }
  const notes: string[] = []
  const wholeFiles: string[] = []

  const capped = listed.length >= limits.cap
  const needsGit = listed.filter(
    (f) =>
      f.patch === undefined &&
      f.status !== 'removed' &&
      // A pure rename changes no line; GitHub sends no patch for it.
      !(f.status === 'renamed' && f.changes === 0) &&
      isAuditablePath(f.filename, options.prefix)
  )

  let local: FileDiff[] | null = null
  if (capped || needsGit.length > 0) {
    const why = capped
      ? limits.capped
      : `GitHub sent no diff for ${needsGit.map((f) => `\`${f.filename}\``).join(', ')} (binary or too large)`
    if (options.repoDir === null || limits.gitUnavailable !== null) {
      notes.push(
        `${why}, and ${limits.gitUnavailable ?? 'there is no git checkout to compute the diff locally'}.`
      )
    } else {
      try {
        local = rangeDiff(options.repoDir, options.baseSha, options.headSha, options.log).files
        notes.push(`${why}: the changed lines were computed with local git (\`git diff base...head\`).`)
      } catch (error) {
        notes.push(`${why}, and local git could not compute the diff (${(error as Error).message}).`)
      }
    }
  }

  if (capped && local !== null) {
    // Local git knows every file; GitHub's list is only good for placing comments.
    return { files: local, reviewable, wholeFiles, notes, pages, blobs }
  }

  const localByPath = new Map(
    (local ?? []).filter((f) => f.newPath !== null).map((f) => [f.newPath as string, f])
  )
  const files: FileDiff[] = []
  for (const f of listed) {
    if (f.patch !== undefined) {
      files.push(fromPullFile(f, parsePatch(f.patch)))
    } else if (!needsGit.includes(f)) {
      files.push(fromPullFile(f, [], f.status !== 'renamed' && f.status !== 'removed'))
    } else {
      const fromGit = localByPath.get(f.filename)
      if (fromGit !== undefined) files.push(fromGit)
      else {
        files.push(fromPullFile(f, []))
        wholeFiles.push(f.filename)
      }
    }
  }
  if (capped) notes.push(`Files past the first ${limits.cap} could not be listed; only those were audited.`)
  if (wholeFiles.length > 0) {
    notes.push(
      `Every line of ${wholeFiles.map((p) => `\`${p}\``).join(', ')} counts as changed: no diff was available.`
    )
  }
  return { files, reviewable, wholeFiles, notes, pages, blobs }
}

/** A commit range without a pull request (merge queue, push): local git only. */
export function rangeChanges(repoDir: string, baseSha: string, headSha: string, log: Log): ChangeSet {
  const { files } = rangeDiff(repoDir, baseSha, headSha, log)
  return { files, reviewable: new Map(), wholeFiles: [], notes: [], pages: 0, blobs: new Map() }
}
