// Everything the emulator knows, in plain records tests can inspect: repositories, pull requests,
// check runs with their accumulated annotations, reviews, review comments, threads, and a log of
// every request.
import type { JsonValue } from './errors.js'
import type { Side } from './diff.js'
import type { GitReader } from './git.js'

export type Permission = 'read' | 'write'
export type Scope = 'contents' | 'pull-requests' | 'checks' | 'metadata'
export type ScopePermissions = Partial<Record<Scope, Permission | 'none'>>

export interface TokenOptions {
  /** `write`/`read` for every scope, or per scope (missing scopes: `none`, except metadata: read). */
  permissions: Permission | ScopePermissions
  /** The login comments and reviews are posted as (default `github-actions[bot]`). */
  login?: string
}

export interface TokenRecord {
  token: string
  login: string
  userId: number
  type: 'Bot' | 'User'
  permissions: Required<ScopePermissions>
}

export interface RepoOptions {
  owner: string
  name: string
  /** A git work tree or git directory holding every commit the pull requests refer to. */
  gitDir: string
  defaultBranch?: string
  private?: boolean
  /** The repository setting "Allow GitHub Actions to create and approve pull requests" (default false). */
  allowActionsToApprove?: boolean
}

export interface RepoRecord {
  id: number
  nodeId: string
  owner: string
  name: string
  fullName: string
  defaultBranch: string
  private: boolean
  allowActionsToApprove: boolean
  git: GitReader
  createdAt: string
}

export interface PullRequestOptions {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  baseRef: string
  headRef: string
  /** Head branch lives in a fork (`<author>/<repo>`), as for pull requests from forks. */
  fork?: boolean
  /** Login of the pull request's author (default `octocat`). */
  author?: string
  title?: string
  body?: string
  draft?: boolean
}

export interface PullRequestRecord {
  id: number
  nodeId: string
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  baseRef: string
  headRef: string
  fork: boolean
  author: string
  title: string
  body: string
  draft: boolean
  createdAt: string
  updatedAt: string
}

export interface AnnotationRecord {
  path: string
  start_line: number
  end_line: number
  start_column: number | null
  end_column: number | null
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string | null
  raw_details: string | null
}

export interface CheckRunRecord {
  id: number
  nodeId: string
  owner: string
  repo: string
  headSha: string
  name: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  externalId: string | null
  detailsUrl: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation sent, in order, across the create and all updates (GitHub appends). */
  annotations: AnnotationRecord[]
  createdBy: string
  /** How many requests wrote this run (1 create + n updates). */
  writes: number
}

export type ReviewState = 'PENDING' | 'COMMENTED' | 'CHANGES_REQUESTED' | 'APPROVED'

export interface ReviewRecord {
  id: number
  nodeId: string
  owner: string
  repo: string
  pullNumber: number
  user: string
  body: string
  state: ReviewState
  commitId: string
  submittedAt: string | null
}

export interface ReviewCommentRecord {
  id: number
  nodeId: string
  owner: string
  repo: string
  pullNumber: number
  reviewId: number
  threadId: number
  inReplyToId: number | null
  user: string
  body: string
  path: string
  subjectType: 'line' | 'file'
  side: Side | null
  startSide: Side | null
  /** Where the comment sits on the pull request's current head (null once outdated). */
  line: number | null
  startLine: number | null
  position: number | null
  /** Where it was posted. */
  originalLine: number | null
  originalStartLine: number | null
  originalPosition: number | null
  /** The head the anchor was last mapped to, and the commit it was posted on. */
  commitId: string
  originalCommitId: string
  /** A later push changed the commented lines (GitHub then returns line/position null). */
  outdated: boolean
  diffHunk: string
  createdAt: string
  updatedAt: string
  minimizedReason: string | null
}

export interface ThreadRecord {
  id: number
  nodeId: string
  owner: string
  repo: string
  pullNumber: number
  path: string
  side: Side | null
  subjectType: 'line' | 'file'
  isResolved: boolean
  resolvedBy: string | null
  /** Comment ids in the order they were posted (the first is the thread's root comment). */
  commentIds: number[]
}

export interface RequestLogEntry {
  method: string
  /** Path without the query string, e.g. `/repos/o/r/pulls/1/files`. */
  path: string
  query: Record<string, string>
  status: number
  /** The parsed JSON request body (undefined when there was none). */
  body: JsonValue | undefined
  /** The JSON response body (undefined for empty or non-JSON responses). */
  response: JsonValue | undefined
  login: string | null
  /** Which fault produced the response, if one did. */
  fault?: string
}

export class EmulatorState {
  readonly repos: RepoRecord[] = []
  readonly pullRequests: PullRequestRecord[] = []
  readonly tokens = new Map<string, TokenRecord>()
  readonly checkRuns: CheckRunRecord[] = []
  readonly reviews: ReviewRecord[] = []
  /** Live review comments (deleted ones are removed and their ids kept in `deletedCommentIds`). */
  readonly reviewComments: ReviewCommentRecord[] = []
  readonly deletedCommentIds: number[] = []
  readonly threads: ThreadRecord[] = []
  readonly requests: RequestLogEntry[] = []
  /** Responses the emulator produced that do not match GitHub's OpenAPI response schema. */
  readonly emulatorErrors: string[] = []

  private nextIdValue = 1000

  nextId(): number {
    this.nextIdValue += 1
    return this.nextIdValue
  }

  /** Review comments posted as replies (with `in_reply_to`). */
  get replies(): ReviewCommentRecord[] {
    return this.reviewComments.filter((c) => c.inReplyToId !== null)
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    const key = `${owner}/${name}`.toLowerCase()
    return this.repos.find((r) => r.fullName.toLowerCase() === key)
  }

  pullRequest(repo: RepoRecord, number: number): PullRequestRecord | undefined {
    return this.pullRequests.find(
      (p) => p.owner === repo.owner && p.repo === repo.name && p.number === number
    )
  }

  checkRun(repo: RepoRecord, id: number): CheckRunRecord | undefined {
    return this.checkRuns.find((c) => c.id === id && c.owner === repo.owner && c.repo === repo.name)
  }

  comment(repo: RepoRecord, id: number): ReviewCommentRecord | undefined {
    return this.reviewComments.find((c) => c.id === id && c.owner === repo.owner && c.repo === repo.name)
  }

  thread(id: number): ThreadRecord | undefined {
    return this.threads.find((t) => t.id === id)
  }

  threadOfComment(commentId: number): ThreadRecord | undefined {
    return this.threads.find((t) => t.commentIds.includes(commentId))
  }
}

/** ISO 8601 without milliseconds, as GitHub formats timestamps. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A GitHub-style global node id (`PRRT_kwDO…`): a type prefix and an opaque base64url tail. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`emulator:${prefix}:${id}`).toString('base64url')}`
}

/** The numeric id behind a node id made by {@link nodeId}, when the prefix matches. */
export function parseNodeId(value: string, prefix: string): number | null {
  const head = `${prefix}_kwDO`
  if (!value.startsWith(head)) return null
  const decoded = Buffer.from(value.slice(head.length), 'base64url').toString('utf8')
  const match = /^emulator:([A-Za-z]+):(\d+)$/.exec(decoded)
  return match && match[1] === prefix ? Number(match[2]) : null
}
