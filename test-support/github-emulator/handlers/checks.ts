// Check runs: create, update (annotations are appended), get, list for a ref, list annotations.
import {
  invalidRequest,
  notFound,
  unprocessableMessage,
  validationFailed,
  type JsonObject,
  type JsonValue
} from '../errors.js'
import { annotation, checkRun } from '../objects.js'
import type { HandlerResult, RequestContext, Route } from '../router.js'
import { nodeId, timestamp, type AnnotationRecord, type CheckRunRecord, type RepoRecord } from '../state.js'
import { intParam, paginate, requireRepo } from './common.js'

const suites = new WeakMap<RepoRecord, Map<string, number>>()

export const checkRoutes: Route[] = [
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/check-runs',
    scope: 'checks',
    access: 'write',
    openapi: true,
    handler: createCheckRun
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    scope: 'checks',
    access: 'write',
    openapi: true,
    handler: updateCheckRun
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    scope: 'checks',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, run } = requireRun(ctx)
      return { status: 200, body: runJson(ctx, repo, run) }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    scope: 'checks',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, run } = requireRun(ctx)
      const page = paginate(ctx, run.annotations)
      return {
        status: 200,
        headers: page.headers,
        body: page.items.map((a) => annotation(ctx.env.urls, repo, run, a))
      }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    scope: 'checks',
    access: 'read',
    openapi: true,
    handler: listForRef
  }
]

function docs(ctx: RequestContext): string {
  return ctx.env.openapi.documentationUrl(ctx.method, ctx.route.template)
}

function requireRun(ctx: RequestContext): { repo: RepoRecord; run: CheckRunRecord } {
  const repo = requireRepo(ctx)
  const run = ctx.env.state.checkRun(repo, intParam(ctx, 'check_run_id'))
  if (!run) throw notFound()
  return { repo, run }
}

function suiteId(ctx: RequestContext, repo: RepoRecord, headSha: string): number {
  let byHead = suites.get(repo)
  if (!byHead) suites.set(repo, (byHead = new Map()))
  let id = byHead.get(headSha)
  if (id === undefined) byHead.set(headSha, (id = ctx.env.state.nextId()))
  return id
}

function runJson(ctx: RequestContext, repo: RepoRecord, run: CheckRunRecord): JsonObject {
  const pulls = ctx.env.state.pullRequests.filter((p) => p.owner === repo.owner && p.repo === repo.name)
  return checkRun(ctx.env.urls, repo, run, suiteId(ctx, repo, run.headSha), pulls)
}

type Body = Record<string, JsonValue>

function annotationsOf(body: Body): AnnotationRecord[] {
  const output = body.output as Body | undefined
  const list = (output?.annotations ?? []) as Body[]
  return list.map((a) => ({
    path: a.path as string,
    start_line: a.start_line as number,
    end_line: a.end_line as number,
    start_column: (a.start_column as number | undefined) ?? null,
    end_column: (a.end_column as number | undefined) ?? null,
    annotation_level: a.annotation_level as AnnotationRecord['annotation_level'],
    message: a.message as string,
    title: (a.title as string | undefined) ?? null,
    raw_details: (a.raw_details as string | undefined) ?? null
  }))
}

/** The byte limit of `output.summary` and `output.text`: the description says 65535 characters, GitHub counts UTF-8 bytes. */
export const OUTPUT_MAX_BYTES = 65_535

/**
 * GitHub's model validation of the output, after the schema's (which counts characters):
 * `{"message":"Validation Failed","errors":[{"resource":"CheckRun","code":"custom","field":"summary",
 * "message":"summary exceeds a maximum bytesize of 65535"}]}` (github/docs#35252).
 */
function checkOutputBytes(ctx: RequestContext, body: Body): void {
  const output = body.output as Body | undefined
  for (const field of ['summary', 'text'] as const) {
    const value = output?.[field]
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > OUTPUT_MAX_BYTES) {
      throw validationFailed(
        [
          {
            resource: 'CheckRun',
            code: 'custom',
            field,
            message: `${field} exceeds a maximum bytesize of ${OUTPUT_MAX_BYTES}`
          }
        ],
        docs(ctx)
      )
    }
  }
}

/** status/conclusion/completed_at rules the description states in prose. */
function applyStatus(ctx: RequestContext, run: CheckRunRecord, body: Body): void {
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion
    run.status = 'completed'
  } else if (typeof body.status === 'string') {
    run.status = body.status
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw invalidRequest([`"conclusion" wasn't supplied.`], docs(ctx))
  }
  if (typeof body.started_at === 'string') run.startedAt = body.started_at
  if (typeof body.completed_at === 'string') run.completedAt = body.completed_at
  if (run.status === 'completed' && run.completedAt === null) run.completedAt = timestamp()
}

async function createCheckRun(ctx: RequestContext): Promise<HandlerResult> {
  const repo = requireRepo(ctx)
  const body = ctx.body as Body
  checkOutputBytes(ctx, body)
  const headSha = body.head_sha as string
  const resolved = /^[0-9a-f]{40}$/i.test(headSha) ? await repo.git.resolveCommit(headSha) : null
  if (!resolved || resolved.toLowerCase() !== headSha.toLowerCase()) {
    throw unprocessableMessage(`No commit found for SHA: ${headSha}`, docs(ctx))
  }
  const output = body.output as Body | undefined
  const id = ctx.env.state.nextId()
  const run: CheckRunRecord = {
    id,
    nodeId: nodeId('CR', id),
    owner: repo.owner,
    repo: repo.name,
    headSha: resolved,
    name: body.name as string,
    status: 'queued',
    conclusion: null,
    startedAt: timestamp(),
    completedAt: null,
    externalId: (body.external_id as string | undefined) ?? null,
    detailsUrl: (body.details_url as string | undefined) ?? null,
    output: {
      title: (output?.title as string | undefined) ?? null,
      summary: (output?.summary as string | undefined) ?? null,
      text: (output?.text as string | undefined) ?? null
    },
    annotations: annotationsOf(body),
    createdBy: ctx.token?.login ?? 'anonymous',
    writes: 1
  }
  applyStatus(ctx, run, body)
  ctx.env.state.checkRuns.push(run)
  return { status: 201, body: runJson(ctx, repo, run) }
}

async function updateCheckRun(ctx: RequestContext): Promise<HandlerResult> {
  const { repo, run } = requireRun(ctx)
  const body = ctx.body as Body
  checkOutputBytes(ctx, body)
  const next: CheckRunRecord = { ...run, output: { ...run.output }, annotations: [...run.annotations] }
  if (typeof body.name === 'string') next.name = body.name
  if (typeof body.details_url === 'string') next.detailsUrl = body.details_url
  if (typeof body.external_id === 'string') next.externalId = body.external_id
  const output = body.output as Body | undefined
  if (output) {
    if (typeof output.title === 'string') next.output.title = output.title
    if (typeof output.summary === 'string') next.output.summary = output.summary
    if (typeof output.text === 'string') next.output.text = output.text
    next.annotations.push(...annotationsOf(body))
  }
  applyStatus(ctx, next, body)
  next.writes += 1
  Object.assign(run, next)
  return { status: 200, body: runJson(ctx, repo, run) }
}

async function listForRef(ctx: RequestContext): Promise<HandlerResult> {
  const repo = requireRepo(ctx)
  const sha = await repo.git.resolveCommit(ctx.params.ref)
  if (!sha) throw unprocessableMessage(`No commit found for SHA: ${ctx.params.ref}`, docs(ctx))
  let runs = ctx.env.state.checkRuns.filter(
    (r) => r.owner === repo.owner && r.repo === repo.name && r.headSha === sha
  )
  const name = ctx.query.get('check_name')
  if (name !== null) runs = runs.filter((r) => r.name === name)
  const status = ctx.query.get('status')
  if (status !== null) runs = runs.filter((r) => r.status === status)
  if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
    // The most recent run of each name.
    runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id))
  }
  runs = [...runs].sort((a, b) => b.id - a.id)
  const page = paginate(ctx, runs)
  return {
    status: 200,
    headers: page.headers,
    body: { total_count: runs.length, check_runs: page.items.map((r) => runJson(ctx, repo, r)) }
  }
}
