// POST /graphql, executed with graphql-js against GitHub's real public schema (@octokit/graphql-schema),
// so any query GitHub would reject for its shape is rejected here too, with GitHub's error wording.
// Resolvers exist for what a review bot needs: repository → pullRequest → reviewThreads → comments,
// node(id), viewer, and the mutations resolveReviewThread, unresolveReviewThread, minimizeComment,
// unminimizeComment. Any other field is reported as not implemented instead of returning made-up data.
import { schema as githubSchema } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  graphql,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type IntrospectionQuery
} from 'graphql'
import { ApiError, problemsParsingJson, type JsonObject, type JsonValue } from './errors.js'
import { userId } from './objects.js'
import type { Env, HandlerResult, RequestContext, Route } from './router.js'
import {
  parseNodeId,
  type PullRequestRecord,
  type RepoRecord,
  type ReviewCommentRecord,
  type ThreadRecord,
  type TokenRecord
} from './state.js'

let schemaCache: GraphQLSchema | undefined

function githubGraphqlSchema(): GraphQLSchema {
  if (!schemaCache) {
    const json = githubSchema.json as { data?: IntrospectionQuery } & IntrospectionQuery
    schemaCache = buildClientSchema(json.data ?? json)
  }
  return schemaCache
}

interface GqlContext {
  env: Env
  token: TokenRecord
}

/** A value handed to resolvers: a typename and the record behind it. */
type Source =
  | { __typename: 'Repository'; repo: RepoRecord }
  | { __typename: 'PullRequest'; repo: RepoRecord; pr: PullRequestRecord }
  | { __typename: 'PullRequestReviewThread'; repo: RepoRecord; thread: ThreadRecord }
  | { __typename: 'PullRequestReviewComment'; repo: RepoRecord; comment: ReviewCommentRecord }
  | { __typename: 'User' | 'Bot'; login: string }
  | { __typename: 'Connection'; nodes: Source[]; cursors: string[]; pageInfo: JsonObject; totalCount: number }
  | { __typename: 'Payload'; fields: Record<string, unknown> }

type Args = Record<string, unknown>
type Resolver = (source: Source, args: Args, ctx: GqlContext) => unknown

export const graphqlRoute: Route = {
  method: 'POST',
  template: '/graphql',
  scope: 'metadata',
  access: 'read',
  openapi: false,
  handler: async (ctx: RequestContext): Promise<HandlerResult> => {
    if (!ctx.token) {
      throw new ApiError(401, {
        message: 'This endpoint requires you to be authenticated.',
        documentation_url:
          'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
        status: '401'
      })
    }
    const body = ctx.body as JsonObject | undefined
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw problemsParsingJson()
    if (typeof body.query !== 'string') {
      return {
        status: 200,
        body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
      }
    }
    const result = await graphql({
      schema: githubGraphqlSchema(),
      source: body.query,
      variableValues: (body.variables as Record<string, unknown> | null | undefined) ?? undefined,
      operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
      contextValue: { env: ctx.env, token: ctx.token } satisfies GqlContext,
      fieldResolver,
      typeResolver
    })
    const out: JsonObject = {}
    if (result.errors && result.errors.length > 0) out.errors = result.errors.map(formatError)
    if (result.data !== undefined) out.data = result.data as JsonValue
    return { status: 200, body: out }
  }
}

/** graphql-js error texts reworded the way GitHub words them. */
function formatError(error: GraphQLError): JsonObject {
  const out: JsonObject = {}
  const locations = (error.locations ?? []).map((l) => ({ line: l.line, column: l.column }))
  let message = error.message
  let extensions: JsonObject | undefined = error.extensions as JsonObject | undefined
  const field = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message)
  const argument = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\./.exec(message)
  const required =
    /^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./.exec(message)
  if (field) {
    message = `Field '${field[1]}' doesn't exist on type '${field[2]}'`
    extensions = { code: 'undefinedField', typeName: field[2], fieldName: field[1] }
  } else if (argument) {
    message = `Field '${argument[3]}' doesn't accept argument '${argument[1]}'`
    extensions = {
      code: 'argumentNotAccepted',
      name: argument[3],
      typeName: 'Field',
      argumentName: argument[1]
    }
  } else if (required) {
    message = `Field '${required[1]}' is missing required arguments: ${required[2]}`
    extensions = {
      code: 'missingRequiredArguments',
      className: 'Field',
      name: required[1],
      arguments: required[2]
    }
  }
  if (error.path) out.path = error.path as JsonValue
  if (extensions && typeof extensions.type === 'string') {
    out.type = extensions.type
    extensions = undefined
  }
  if (extensions && Object.keys(extensions).length > 0) out.extensions = extensions
  out.locations = locations
  out.message = message
  return out
}

function gqlError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } })
}

const typeResolver: GraphQLTypeResolver<unknown, GqlContext> = (value) => (value as Source).__typename

const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, ctx, info) => {
  const parent = info.parentType.name
  const resolver = resolvers[parent]?.[info.fieldName]
  if (resolver) return resolver(source as Source, args, ctx)
  if (source && typeof source === 'object') {
    const s = source as Source
    if (s.__typename === 'Payload' && info.fieldName in s.fields) return s.fields[info.fieldName]
    if (s.__typename === 'Connection') {
      if (info.fieldName === 'nodes') return s.nodes
      if (info.fieldName === 'totalCount') return s.totalCount
      if (info.fieldName === 'pageInfo') return s.pageInfo
      if (info.fieldName === 'edges')
        return s.nodes.map((node, i) => ({ __typename: 'Payload', fields: { node, cursor: s.cursors[i] } }))
    }
  }
  if (parent === 'PageInfo' && source && typeof source === 'object')
    return (source as Record<string, unknown>)[info.fieldName]
  throw gqlError('NOT_IMPLEMENTED', `The GitHub API emulator does not implement ${parent}.${info.fieldName}`)
}

// ---------------------------------------------------------------------------------------------
// Resolvers

const actor = (login: string | null): Source | null =>
  login === null ? null : { __typename: login.endsWith('[bot]') ? 'Bot' : 'User', login }

function canWrite(ctx: GqlContext): boolean {
  return ctx.token.permissions['pull-requests'] === 'write'
}

function threadComments(ctx: GqlContext, thread: ThreadRecord): ReviewCommentRecord[] {
  return thread.commentIds
    .map((id) => ctx.env.state.reviewComments.find((c) => c.id === id))
    .filter((c): c is ReviewCommentRecord => c !== undefined)
}

function rootOf(ctx: GqlContext, thread: ThreadRecord): ReviewCommentRecord | undefined {
  return threadComments(ctx, thread)[0]
}

function repoOf(ctx: GqlContext, record: { owner: string; repo: string }): RepoRecord {
  return ctx.env.state.repo(record.owner, record.repo) as RepoRecord
}

/** Relay connection with GitHub's rules: `first` or `last` required, at most 100. */
function connection(nodes: Source[], args: Args, name: string): Source {
  const first = args.first as number | null | undefined
  const last = args.last as number | null | undefined
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw gqlError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    )
  }
  for (const [arg, value] of [['first', first] as const, ['last', last] as const]) {
    if (typeof value === 'number' && value > 100) {
      throw gqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`
      )
    }
  }
  const cursors = nodes.map((_, i) => Buffer.from(`cursor:v2:${i}`).toString('base64'))
  const indexOf = (cursor: unknown): number | null => {
    if (typeof cursor !== 'string') return null
    const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
    if (!m) throw gqlError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`)
    return Number(m[1])
  }
  const after = indexOf(args.after)
  const before = indexOf(args.before)
  let start = after === null ? 0 : after + 1
  let end = before === null ? nodes.length : before
  if (typeof first === 'number') end = Math.min(end, start + first)
  if (typeof last === 'number') start = Math.max(start, end - last)
  return {
    __typename: 'Connection',
    nodes: nodes.slice(start, end),
    cursors: cursors.slice(start, end),
    totalCount: nodes.length,
    pageInfo: {
      hasNextPage: end < nodes.length,
      hasPreviousPage: start > 0,
      startCursor: end > start ? cursors[start] : null,
      endCursor: end > start ? cursors[end - 1] : null
    }
  }
}

function findThread(ctx: GqlContext, id: unknown): ThreadRecord {
  const numeric = typeof id === 'string' ? parseNodeId(id, 'PRRT') : null
  const thread = numeric === null ? undefined : ctx.env.state.thread(numeric)
  if (!thread) {
    throw gqlError(
      'NOT_FOUND',
      `Could not resolve to PullRequestReviewThread node with the global id of '${String(id)}'`
    )
  }
  return thread
}

function findComment(ctx: GqlContext, id: unknown): ReviewCommentRecord {
  const numeric = typeof id === 'string' ? parseNodeId(id, 'PRRC') : null
  const comment = ctx.env.state.reviewComments.find((c) => c.id === numeric)
  if (!comment)
    throw gqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`)
  return comment
}

function requireWrite(ctx: GqlContext): void {
  if (!canWrite(ctx)) throw gqlError('FORBIDDEN', 'Resource not accessible by integration')
}

function setResolved(ctx: GqlContext, args: Args, resolved: boolean): Source {
  requireWrite(ctx)
  const input = args.input as { threadId: string; clientMutationId?: string }
  const thread = findThread(ctx, input.threadId)
  thread.isResolved = resolved
  thread.resolvedBy = resolved ? ctx.token.login : null
  return {
    __typename: 'Payload',
    fields: {
      clientMutationId: input.clientMutationId ?? null,
      thread: { __typename: 'PullRequestReviewThread', repo: repoOf(ctx, thread), thread }
    }
  }
}

function setMinimized(ctx: GqlContext, args: Args, reason: string | null): Source {
  requireWrite(ctx)
  const input = args.input as { subjectId: string; classifier?: string; clientMutationId?: string }
  const comment = findComment(ctx, input.subjectId)
  comment.minimizedReason = reason === null ? null : (input.classifier ?? reason)
  const field = reason === null ? 'unminimizedComment' : 'minimizedComment'
  return {
    __typename: 'Payload',
    fields: {
      clientMutationId: input.clientMutationId ?? null,
      [field]: { __typename: 'PullRequestReviewComment', repo: repoOf(ctx, comment), comment }
    }
  }
}

const actorFields: Record<string, Resolver> = {
  login: (s) => (s as { login: string }).login,
  id: (s) => `${s.__typename === 'Bot' ? 'BOT' : 'U'}_kgDO${userId((s as { login: string }).login)}`,
  databaseId: (s) => userId((s as { login: string }).login),
  url: (s, _a, ctx) => `${ctx.env.urls.web}/${(s as { login: string }).login}`,
  avatarUrl: (s) => `https://avatars.githubusercontent.com/u/${userId((s as { login: string }).login)}?v=4`
}

const resolvers: Record<string, Record<string, Resolver>> = {
  Query: {
    repository: (_s, args, ctx) => {
      const repo = ctx.env.state.repo(String(args.owner), String(args.name))
      if (!repo)
        throw gqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`
        )
      return { __typename: 'Repository', repo }
    },
    viewer: (_s, _a, ctx) => actor(ctx.token.login),
    node: (_s, args, ctx) => {
      const id = String(args.id)
      const thread = parseNodeId(id, 'PRRT')
      if (thread !== null) {
        const t = ctx.env.state.thread(thread)
        return t ? { __typename: 'PullRequestReviewThread', repo: repoOf(ctx, t), thread: t } : null
      }
      const comment = parseNodeId(id, 'PRRC')
      const c = ctx.env.state.reviewComments.find((x) => x.id === comment)
      if (c) return { __typename: 'PullRequestReviewComment', repo: repoOf(ctx, c), comment: c }
      const pr = ctx.env.state.pullRequests.find((p) => p.nodeId === id)
      if (pr) return { __typename: 'PullRequest', repo: repoOf(ctx, pr), pr }
      throw gqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
    }
  },
  Mutation: {
    resolveReviewThread: (_s, args, ctx) => setResolved(ctx, args, true),
    unresolveReviewThread: (_s, args, ctx) => setResolved(ctx, args, false),
    minimizeComment: (_s, args, ctx) => setMinimized(ctx, args, 'OUTDATED'),
    unminimizeComment: (_s, args, ctx) => setMinimized(ctx, args, null)
  },
  Repository: {
    id: (s) => (s as { repo: RepoRecord }).repo.nodeId,
    databaseId: (s) => (s as { repo: RepoRecord }).repo.id,
    name: (s) => (s as { repo: RepoRecord }).repo.name,
    nameWithOwner: (s) => (s as { repo: RepoRecord }).repo.fullName,
    owner: (s) => actor((s as { repo: RepoRecord }).repo.owner),
    url: (s, _a, ctx) => `${ctx.env.urls.web}/${(s as { repo: RepoRecord }).repo.fullName}`,
    pullRequest: (s, args, ctx) => {
      const { repo } = s as { repo: RepoRecord }
      const pr = ctx.env.state.pullRequest(repo, Number(args.number))
      if (!pr)
        throw gqlError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${String(args.number)}.`
        )
      return { __typename: 'PullRequest', repo, pr }
    }
  },
  PullRequest: {
    id: (s) => (s as { pr: PullRequestRecord }).pr.nodeId,
    databaseId: (s) => (s as { pr: PullRequestRecord }).pr.id,
    number: (s) => (s as { pr: PullRequestRecord }).pr.number,
    title: (s) => (s as { pr: PullRequestRecord }).pr.title,
    body: (s) => (s as { pr: PullRequestRecord }).pr.body,
    state: () => 'OPEN',
    isDraft: (s) => (s as { pr: PullRequestRecord }).pr.draft,
    headRefOid: (s) => (s as { pr: PullRequestRecord }).pr.headSha,
    baseRefOid: (s) => (s as { pr: PullRequestRecord }).pr.baseSha,
    headRefName: (s) => (s as { pr: PullRequestRecord }).pr.headRef,
    baseRefName: (s) => (s as { pr: PullRequestRecord }).pr.baseRef,
    author: (s) => actor((s as { pr: PullRequestRecord }).pr.author),
    url: (s, _a, ctx) => {
      const { repo, pr } = s as { repo: RepoRecord; pr: PullRequestRecord }
      return `${ctx.env.urls.web}/${repo.fullName}/pull/${pr.number}`
    },
    repository: (s) => ({ __typename: 'Repository', repo: (s as { repo: RepoRecord }).repo }),
    reviewThreads: (s, args, ctx) => {
      const { repo, pr } = s as { repo: RepoRecord; pr: PullRequestRecord }
      const pending = new Set(ctx.env.state.reviews.filter((r) => r.state === 'PENDING').map((r) => r.id))
      const threads = ctx.env.state.threads
        .filter((t) => t.owner === repo.owner && t.repo === repo.name && t.pullNumber === pr.number)
        .filter((t) => {
          const root = rootOf(ctx, t)
          return root !== undefined && !pending.has(root.reviewId)
        })
        .sort((a, b) => a.id - b.id)
        .map((thread): Source => ({ __typename: 'PullRequestReviewThread', repo, thread }))
      return connection(threads, args, 'reviewThreads')
    }
  },
  PullRequestReviewThread: {
    id: (s) => (s as { thread: ThreadRecord }).thread.nodeId,
    isResolved: (s) => (s as { thread: ThreadRecord }).thread.isResolved,
    isCollapsed: (s) => (s as { thread: ThreadRecord }).thread.isResolved,
    isOutdated: (s, _a, ctx) => rootOf(ctx, (s as { thread: ThreadRecord }).thread)?.outdated ?? false,
    path: (s) => (s as { thread: ThreadRecord }).thread.path,
    line: (s, _a, ctx) => rootOf(ctx, (s as { thread: ThreadRecord }).thread)?.line ?? null,
    originalLine: (s, _a, ctx) => rootOf(ctx, (s as { thread: ThreadRecord }).thread)?.originalLine ?? null,
    startLine: (s, _a, ctx) => rootOf(ctx, (s as { thread: ThreadRecord }).thread)?.startLine ?? null,
    originalStartLine: (s, _a, ctx) =>
      rootOf(ctx, (s as { thread: ThreadRecord }).thread)?.originalStartLine ?? null,
    diffSide: (s) => (s as { thread: ThreadRecord }).thread.side ?? 'RIGHT',
    startDiffSide: (s, _a, ctx) => {
      const root = rootOf(ctx, (s as { thread: ThreadRecord }).thread)
      return root && root.startLine !== null ? root.startSide : null
    },
    subjectType: (s) => ((s as { thread: ThreadRecord }).thread.subjectType === 'file' ? 'FILE' : 'LINE'),
    resolvedBy: (s) => actor((s as { thread: ThreadRecord }).thread.resolvedBy),
    viewerCanResolve: (s, _a, ctx) => canWrite(ctx) && !(s as { thread: ThreadRecord }).thread.isResolved,
    viewerCanUnresolve: (s, _a, ctx) => canWrite(ctx) && (s as { thread: ThreadRecord }).thread.isResolved,
    viewerCanReply: (_s, _a, ctx) => canWrite(ctx),
    repository: (s) => ({ __typename: 'Repository', repo: (s as { repo: RepoRecord }).repo }),
    pullRequest: (s, _a, ctx) => {
      const { repo, thread } = s as { repo: RepoRecord; thread: ThreadRecord }
      return { __typename: 'PullRequest', repo, pr: ctx.env.state.pullRequest(repo, thread.pullNumber) }
    },
    comments: (s, args, ctx) => {
      const { repo, thread } = s as { repo: RepoRecord; thread: ThreadRecord }
      const nodes = threadComments(ctx, thread).map((comment): Source => ({
        __typename: 'PullRequestReviewComment',
        repo,
        comment
      }))
      return connection(nodes, args, 'comments')
    }
  },
  PullRequestReviewComment: {
    id: (s) => (s as { comment: ReviewCommentRecord }).comment.nodeId,
    databaseId: (s) => (s as { comment: ReviewCommentRecord }).comment.id,
    fullDatabaseId: (s) => String((s as { comment: ReviewCommentRecord }).comment.id),
    body: (s) => (s as { comment: ReviewCommentRecord }).comment.body,
    bodyText: (s) => (s as { comment: ReviewCommentRecord }).comment.body,
    path: (s) => (s as { comment: ReviewCommentRecord }).comment.path,
    line: (s) => (s as { comment: ReviewCommentRecord }).comment.line,
    originalLine: (s) => (s as { comment: ReviewCommentRecord }).comment.originalLine,
    startLine: (s) => (s as { comment: ReviewCommentRecord }).comment.startLine,
    originalStartLine: (s) => (s as { comment: ReviewCommentRecord }).comment.originalStartLine,
    diffHunk: (s) => (s as { comment: ReviewCommentRecord }).comment.diffHunk,
    outdated: (s) => (s as { comment: ReviewCommentRecord }).comment.outdated,
    createdAt: (s) => (s as { comment: ReviewCommentRecord }).comment.createdAt,
    updatedAt: (s) => (s as { comment: ReviewCommentRecord }).comment.updatedAt,
    isMinimized: (s) => (s as { comment: ReviewCommentRecord }).comment.minimizedReason !== null,
    minimizedReason: (s) =>
      (s as { comment: ReviewCommentRecord }).comment.minimizedReason?.toLowerCase() ?? null,
    author: (s) => actor((s as { comment: ReviewCommentRecord }).comment.user),
    viewerDidAuthor: (s, _a, ctx) => (s as { comment: ReviewCommentRecord }).comment.user === ctx.token.login,
    viewerCanUpdate: (_s, _a, ctx) => canWrite(ctx),
    viewerCanDelete: (_s, _a, ctx) => canWrite(ctx),
    viewerCanMinimize: (_s, _a, ctx) => canWrite(ctx),
    state: () => 'SUBMITTED',
    url: (s, _a, ctx) => {
      const { repo, comment } = s as { repo: RepoRecord; comment: ReviewCommentRecord }
      return `${ctx.env.urls.web}/${repo.fullName}/pull/${comment.pullNumber}#discussion_r${comment.id}`
    },
    replyTo: (s, _a, ctx) => {
      const { repo, comment } = s as { repo: RepoRecord; comment: ReviewCommentRecord }
      const target = ctx.env.state.reviewComments.find((c) => c.id === comment.inReplyToId)
      return target ? { __typename: 'PullRequestReviewComment', repo, comment: target } : null
    },
    pullRequest: (s, _a, ctx) => {
      const { repo, comment } = s as { repo: RepoRecord; comment: ReviewCommentRecord }
      return { __typename: 'PullRequest', repo, pr: ctx.env.state.pullRequest(repo, comment.pullNumber) }
    }
  },
  User: actorFields,
  Bot: actorFields
}
