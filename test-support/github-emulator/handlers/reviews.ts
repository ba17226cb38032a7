// Pull request reviews and review comments. A review is all or nothing: one comment GitHub cannot
// place makes the whole request fail with 422 and nothing is stored.
import { ANCHOR_ERRORS, resolveAnchor, type Anchor, type CommentInput } from '../anchors.js'
import { notFound, unprocessable, type JsonValue } from '../errors.js'
import { ACTIONS_BOT, review, reviewComment } from '../objects.js'
import type { HandlerResult, RequestContext, Route } from '../router.js'
import {
  nodeId,
  timestamp,
  type PullRequestRecord,
  type RepoRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type ReviewState,
  type ThreadRecord
} from '../state.js'
import { intParam, paginate, requirePull, requireRepo } from './common.js'

type Body = Record<string, JsonValue>

export const reviewRoutes: Route[] = [
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    scope: 'pull-requests',
    access: 'write',
    openapi: true,
    handler: createReview
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    scope: 'pull-requests',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, pr } = requirePull(ctx)
      const reviews = ctx.env.state.reviews.filter((r) => sameRepo(r, repo) && r.pullNumber === pr.number)
      const visible = reviews.filter((r) => r.state !== 'PENDING' || r.user === ctx.token?.login)
      const page = paginate(ctx, visible)
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((r) => review(ctx.env.urls, repo, r))
      }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
    scope: 'pull-requests',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, pr } = requirePull(ctx)
      const pending = pendingReviewIds(ctx)
      let comments = ctx.env.state.reviewComments
        .filter((c) => sameRepo(c, repo) && c.pullNumber === pr.number && !pending.has(c.reviewId))
        .sort((a, b) => a.id - b.id)
      if (ctx.query.get('direction') === 'desc') comments = comments.reverse()
      const page = paginate(ctx, comments)
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((c) => reviewComment(ctx.env.urls, repo, c))
      }
    }
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
    scope: 'pull-requests',
    access: 'write',
    openapi: true,
    handler: createComment
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
    scope: 'pull-requests',
    access: 'write',
    openapi: true,
    handler: async (ctx) => {
      const { repo, pr } = requirePull(ctx)
      return reply(ctx, repo, pr, intParam(ctx, 'comment_id'), (ctx.body as Body).body as string)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/comments/{comment_id}',
    scope: 'pull-requests',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, comment } = requireComment(ctx)
      return { status: 200, body: reviewComment(ctx.env.urls, repo, comment) }
    }
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/pulls/comments/{comment_id}',
    scope: 'pull-requests',
    access: 'write',
    openapi: true,
    handler: async (ctx) => {
      const { repo, comment } = requireComment(ctx)
      comment.body = (ctx.body as Body).body as string
      comment.updatedAt = timestamp()
      return { status: 200, body: reviewComment(ctx.env.urls, repo, comment) }
    }
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/pulls/comments/{comment_id}',
    scope: 'pull-requests',
    access: 'write',
    openapi: true,
    handler: async (ctx) => {
      const { comment } = requireComment(ctx)
      const { state } = ctx.env
      state.reviewComments.splice(state.reviewComments.indexOf(comment), 1)
      state.deletedCommentIds.push(comment.id)
      const thread = state.threadOfComment(comment.id)
      if (thread) {
        thread.commentIds = thread.commentIds.filter((id) => id !== comment.id)
        if (thread.commentIds.length === 0) state.threads.splice(state.threads.indexOf(thread), 1)
      }
      return { status: 204 }
    }
  }
]

function sameRepo(record: { owner: string; repo: string }, repo: RepoRecord): boolean {
  return record.owner === repo.owner && record.repo === repo.name
}

function docs(ctx: RequestContext): string {
  return ctx.env.openapi.documentationUrl(ctx.method, ctx.route.template)
}

function pendingReviewIds(ctx: RequestContext): Set<number> {
  return new Set(ctx.env.state.reviews.filter((r) => r.state === 'PENDING').map((r) => r.id))
}

function requireComment(ctx: RequestContext): { repo: RepoRecord; comment: ReviewCommentRecord } {
  const repo = requireRepo(ctx)
  const comment = ctx.env.state.comment(repo, intParam(ctx, 'comment_id'))
  if (!comment) throw notFound()
  return { repo, comment }
}

async function commitOf(ctx: RequestContext, repo: RepoRecord, pr: PullRequestRecord, given: JsonValue) {
  if (typeof given !== 'string') return pr.headSha
  const sha = /^[0-9a-f]{40}$/i.test(given) ? await repo.git.resolveCommit(given) : null
  if (!sha) throw unprocessable(['Commit could not be resolved'], docs(ctx))
  return sha
}

async function createReview(ctx: RequestContext): Promise<HandlerResult> {
  const { repo, pr } = requirePull(ctx)
  const body = (ctx.body ?? {}) as Body
  const login = ctx.token?.login ?? 'anonymous'
  const event = body.event as string | undefined
  const text = (body.body as string | undefined) ?? ''
  const errors: string[] = []

  if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text.trim() === '') {
    errors.push(`Body is required when using ${event}`)
  }
  if (event === 'APPROVE' && login === ACTIONS_BOT.login && !repo.allowActionsToApprove) {
    errors.push('GitHub Actions is not permitted to approve pull requests.')
  }
  if (event === 'APPROVE' && login === pr.author) errors.push('Can not approve your own pull request')
  if (event === 'REQUEST_CHANGES' && login === pr.author) {
    errors.push('Can not request changes on your own pull request')
  }
  const state = ctx.env.state
  if (
    event === undefined &&
    state.reviews.some(
      (r) => sameRepo(r, repo) && r.pullNumber === pr.number && r.user === login && r.state === 'PENDING'
    )
  ) {
    errors.push('User can only have one pending review per pull request')
  }
  const commitId = await commitOf(ctx, repo, pr, body.commit_id)

  const anchors: { input: CommentInput & { body: string }; anchor: Anchor }[] = []
  for (const input of (body.comments ?? []) as unknown as (CommentInput & { body: string })[]) {
    const result = await resolveAnchor(ctx.env, repo, pr, commitId, { ...input, subject_type: 'line' })
    if (result.error !== undefined) errors.push(result.error)
    else anchors.push({ input, anchor: result.anchor })
  }
  if (errors.length > 0) throw unprocessable([...new Set(errors)], docs(ctx))

  const reviewState: ReviewState =
    event === 'APPROVE'
      ? 'APPROVED'
      : event === 'REQUEST_CHANGES'
        ? 'CHANGES_REQUESTED'
        : event === 'COMMENT'
          ? 'COMMENTED'
          : 'PENDING'
  const record = addReview(ctx, repo, pr, login, text, reviewState, commitId)
  for (const { input, anchor } of anchors) addComment(ctx, repo, pr, record, anchor, input.body, null)
  return { status: 200, body: review(ctx.env.urls, repo, record) }
}

async function createComment(ctx: RequestContext): Promise<HandlerResult> {
  const { repo, pr } = requirePull(ctx)
  const body = ctx.body as Body
  if (typeof body.in_reply_to === 'number') {
    return reply(ctx, repo, pr, body.in_reply_to, body.body as string)
  }
  const commitId = await commitOf(ctx, repo, pr, body.commit_id)
  const input = body as unknown as CommentInput
  if (input.subject_type !== 'file' && input.line === undefined && input.position === undefined) {
    throw unprocessable([ANCHOR_ERRORS.line], docs(ctx))
  }
  const result = await resolveAnchor(ctx.env, repo, pr, commitId, input)
  if (result.error !== undefined) throw unprocessable([result.error], docs(ctx))
  const login = ctx.token?.login ?? 'anonymous'
  const record = addReview(ctx, repo, pr, login, '', 'COMMENTED', commitId)
  const comment = addComment(ctx, repo, pr, record, result.anchor, body.body as string, null)
  return created(ctx, repo, comment)
}

async function reply(
  ctx: RequestContext,
  repo: RepoRecord,
  pr: PullRequestRecord,
  inReplyTo: number,
  text: string
): Promise<HandlerResult> {
  const target = ctx.env.state.comment(repo, inReplyTo)
  if (!target || target.pullNumber !== pr.number) throw notFound()
  const thread = ctx.env.state.threadOfComment(target.id) as ThreadRecord
  const root = ctx.env.state.comment(repo, thread.commentIds[0]) ?? target
  const login = ctx.token?.login ?? 'anonymous'
  const record = addReview(ctx, repo, pr, login, '', 'COMMENTED', root.commitId)
  const anchor: Anchor = {
    path: root.path,
    subjectType: root.subjectType,
    line: root.originalLine,
    side: root.side,
    startLine: root.originalStartLine,
    startSide: root.startSide,
    position: root.originalPosition,
    diffHunk: root.diffHunk
  }
  const comment = addComment(ctx, repo, pr, record, anchor, text, root)
  return created(ctx, repo, comment)
}

function created(ctx: RequestContext, repo: RepoRecord, comment: ReviewCommentRecord): HandlerResult {
  const body = reviewComment(ctx.env.urls, repo, comment)
  return { status: 201, body, headers: { location: body.url as string } }
}

function addReview(
  ctx: RequestContext,
  repo: RepoRecord,
  pr: PullRequestRecord,
  login: string,
  body: string,
  state: ReviewState,
  commitId: string
): ReviewRecord {
  const id = ctx.env.state.nextId()
  const record: ReviewRecord = {
    id,
    nodeId: nodeId('PRR', id),
    owner: repo.owner,
    repo: repo.name,
    pullNumber: pr.number,
    user: login,
    body,
    state,
    commitId,
    submittedAt: state === 'PENDING' ? null : timestamp()
  }
  ctx.env.state.reviews.push(record)
  return record
}

function addComment(
  ctx: RequestContext,
  repo: RepoRecord,
  pr: PullRequestRecord,
  reviewRecord: ReviewRecord,
  anchor: Anchor,
  body: string,
  root: ReviewCommentRecord | null
): ReviewCommentRecord {
  const { state } = ctx.env
  const id = state.nextId()
  const now = timestamp()
  let thread = root ? state.threadOfComment(root.id) : undefined
  if (!thread) {
    const threadId = state.nextId()
    thread = {
      id: threadId,
      nodeId: nodeId('PRRT', threadId),
      owner: repo.owner,
      repo: repo.name,
      pullNumber: pr.number,
      path: anchor.path,
      side: anchor.side,
      subjectType: anchor.subjectType,
      isResolved: false,
      resolvedBy: null,
      commentIds: []
    }
    state.threads.push(thread)
  }
  const comment: ReviewCommentRecord = {
    id,
    nodeId: nodeId('PRRC', id),
    owner: repo.owner,
    repo: repo.name,
    pullNumber: pr.number,
    reviewId: reviewRecord.id,
    threadId: thread.id,
    inReplyToId: root ? root.id : null,
    user: reviewRecord.user,
    body,
    path: anchor.path,
    subjectType: anchor.subjectType,
    side: anchor.side,
    startSide: anchor.startSide,
    line: root ? root.line : anchor.line,
    startLine: root ? root.startLine : anchor.startLine,
    position: root ? root.position : anchor.position,
    originalLine: anchor.line,
    originalStartLine: anchor.startLine,
    originalPosition: anchor.position,
    commitId: root ? root.commitId : reviewRecord.commitId,
    originalCommitId: reviewRecord.commitId,
    outdated: root ? root.outdated : false,
    diffHunk: anchor.diffHunk,
    createdAt: now,
    updatedAt: now,
    minimizedReason: null
  }
  state.reviewComments.push(comment)
  thread.commentIds.push(comment.id)
  return comment
}
