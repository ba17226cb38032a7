// The action's own review comments from earlier runs: `GET /pulls/{n}/comments` (paginated) for
// bodies, authors and current lines, GraphQL `reviewThreads` (paginated) for thread ids and whether
// each is resolved. A comment is the action's own only when its body carries the hidden marker AND
// its author is the token's actor; nobody else's comment is ever edited, resolved or deleted.
import type { Repository } from './context.js'
import type { ApiClient } from './octokit.js'

export const MARKER_PREFIX = '<!-- stateless-audit:fp='
const MARKER = /<!-- stateless-audit:fp=([0-9a-f]+) -->/
const CHECK_MARKER = /<!-- stateless-audit:check=(.+?) -->/
const REPLY_MARKER = /<!-- stateless-audit:reply=([a-z-]+) -->/

/** The hidden marker that identifies a finding's comment across runs (no line number in it). */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- stateless-audit:fp=${fingerprint} -->`
}

/** Tells apart the comments of several runs of the action on one pull request (monorepos). */
export function checkMarker(checkName: string): string {
  return `<!-- stateless-audit:check=${checkName.replace(/-->/g, '')} -->`
}

export function replyMarker(kind: string): string {
  return `<!-- stateless-audit:reply=${kind} -->`
}

export function markerOf(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null
}

export interface ReviewComment {
  id: number
  path: string
  /** The line on the latest head, or null when GitHub marks the comment outdated. */
  line: number | null
  startLine: number | null
  body: string
  author: string
  inReplyTo: number | null
}

export interface OwnComment extends ReviewComment {
  fingerprint: string
  threadId: string | null
  resolved: boolean
  /** Replies in the thread (anyone's). */
  replies: ReviewComment[]
  /** The kind of the action's last reply in the thread (`fixed`, `moved`, `reopened`…), if any. */
  lastOwnReply: string | null
}

export interface ReviewState {
  own: OwnComment[]
  /** Requests made: comment pages + thread pages. */
  pages: number
}

export async function listReviewComments(
  api: ApiClient,
  repository: Repository,
  pullNumber: number
): Promise<{ comments: ReviewComment[]; pages: number }> {
  const comments: ReviewComment[] = []
  let pages = 0
  const iterator = api.octokit.paginate.iterator(api.octokit.rest.pulls.listReviewComments, {
    owner: repository.owner,
    repo: repository.repo,
    pull_number: pullNumber,
    per_page: 100
  })
  for await (const page of iterator) {
    pages++
    for (const c of page.data) {
      comments.push({
        id: c.id,
        path: c.path,
        line: c.line ?? null,
        startLine: c.start_line ?? null,
        body: c.body,
        author: c.user?.login ?? '',
        inReplyTo: c.in_reply_to_id ?? null
      })
    }
  }
  return { comments, pages }
}

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: Array<{
          id: string
          isResolved: boolean
          comments: { nodes: Array<{ databaseId: number | null }> }
        }>
      }
    } | null
  } | null
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 100) { nodes { databaseId } } }
      }
    }
  }
}`

export interface ThreadInfo {
  id: string
  resolved: boolean
}

/** Comment database id → its thread. */
export async function listReviewThreads(
  api: ApiClient,
  repository: Repository,
  pullNumber: number
): Promise<{ threads: Map<number, ThreadInfo>; pages: number }> {
  const threads = new Map<number, ThreadInfo>()
  let cursor: string | null = null
  let pages = 0
  for (;;) {
    const data: ThreadsPage = await api.graphql<ThreadsPage>(THREADS_QUERY, {
      owner: repository.owner,
      repo: repository.repo,
      number: pullNumber,
      cursor
    })
    pages++
    const connection = data.repository?.pullRequest?.reviewThreads
    if (!connection) break
    for (const thread of connection.nodes) {
      for (const c of thread.comments.nodes) {
        if (c.databaseId !== null) threads.set(c.databaseId, { id: thread.id, resolved: thread.isResolved })
      }
    }
    if (!connection.pageInfo.hasNextPage || connection.pageInfo.endCursor === null) break
    cursor = connection.pageInfo.endCursor
  }
  return { threads, pages }
}

/** Picks the action's own root comments (marker + author + check name) and joins them with their threads. */
export function ownComments(
  comments: readonly ReviewComment[],
  threads: ReadonlyMap<number, ThreadInfo>,
  actor: string,
  checkName: string,
  isInScope: (path: string) => boolean
): OwnComment[] {
  const replies = new Map<number, ReviewComment[]>()
  for (const c of comments) {
    if (c.inReplyTo !== null) replies.set(c.inReplyTo, [...(replies.get(c.inReplyTo) ?? []), c])
  }
  const own: OwnComment[] = []
  for (const c of comments) {
    if (c.inReplyTo !== null || c.author !== actor) continue
    const fingerprint = markerOf(c.body)
    if (fingerprint === null || !isInScope(c.path)) continue
    const check = CHECK_MARKER.exec(c.body)?.[1] ?? 'stateless-audit'
    if (check !== checkName) continue
    const thread = threads.get(c.id) ?? null
    const threadReplies = replies.get(c.id) ?? []
    const lastOwn = [...threadReplies].reverse().find((r) => r.author === actor && REPLY_MARKER.test(r.body))
    own.push({
      ...c,
      fingerprint,
      threadId: thread?.id ?? null,
      resolved: thread?.resolved ?? false,
      replies: threadReplies,
      lastOwnReply: lastOwn === undefined ? null : (REPLY_MARKER.exec(lastOwn.body)?.[1] ?? null)
    })
  }
  return own
}

/** Reads the action's earlier comments; skips the GraphQL call when there are none. */
export async function readReviewState(
  api: ApiClient,
  repository: Repository,
  pullNumber: number,
  actor: string,
  checkName: string,
  isInScope: (path: string) => boolean
): Promise<ReviewState> {
  const { comments, pages } = await listReviewComments(api, repository, pullNumber)
  const candidates = ownComments(comments, new Map(), actor, checkName, isInScope)
  if (candidates.length === 0) return { own: [], pages }
  const { threads, pages: threadPages } = await listReviewThreads(api, repository, pullNumber)
  return { own: ownComments(comments, threads, actor, checkName, isInScope), pages: pages + threadPages }
}
