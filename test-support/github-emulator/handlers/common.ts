// Helpers shared by the REST handlers: pagination with Link headers, lookups that 404 like GitHub,
// integer path parameters, and the patch a file shows in pulls/{n}/files.
import { notFound } from '../errors.js'
import type { FileChange } from '../git.js'
import type { PatchLimits, RequestContext } from '../router.js'
import type { PullRequestRecord, RepoRecord } from '../state.js'

export interface Page<T> {
  items: T[]
  headers: Record<string, string>
}

/** GitHub's page/per_page pagination: default 30, at most 100, Link with next/last/first/prev. */
export function paginate<T>(ctx: RequestContext, all: T[], defaultPerPage = 30): Page<T> {
  const perPage = clampInt(ctx.query.get('per_page'), defaultPerPage, 1, 100)
  const page = clampInt(ctx.query.get('page'), 1, 1, Number.MAX_SAFE_INTEGER)
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage)
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.query)
    q.set('per_page', String(perPage))
    q.set('page', String(p))
    return `<${ctx.env.urls.api}${ctx.path}?${q.toString()}>`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`${link(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) rels.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`)
  if (page > 1) rels.push(`${link(1)}; rel="first"`)
  return { items, headers: rels.length > 0 ? { link: rels.join(', ') } : {} }
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback
  return Math.min(max, Math.max(min, Number(raw)))
}

export function intParam(ctx: RequestContext, name: string): number {
  const raw = ctx.params[name]
  if (!/^\d+$/.test(raw)) throw notFound()
  return Number(raw)
}

export function requireRepo(ctx: RequestContext): RepoRecord {
  if (!ctx.repo) throw notFound()
  return ctx.repo
}

export function requirePull(ctx: RequestContext): { repo: RepoRecord; pr: PullRequestRecord } {
  const repo = requireRepo(ctx)
  const pr = ctx.env.state.pullRequest(repo, intParam(ctx, 'pull_number'))
  if (!pr) throw notFound()
  return { repo, pr }
}

/** The patch GitHub shows for a file, or undefined when it omits it (binary, too large, no hunks). */
export function patchFor(file: FileChange, limits: PatchLimits): string | undefined {
  if (file.binary || file.hunks === undefined) return undefined
  if (file.additions + file.deletions > limits.maxChangedLines) return undefined
  if (Buffer.byteLength(file.hunks, 'utf8') > limits.maxPatchBytes) return undefined
  return file.hunks
}

/** Base64 wrapped at 60 characters per line, with a trailing newline, as the contents and blobs APIs send it. */
export function wrappedBase64(data: Buffer): string {
  const b64 = data.toString('base64')
  if (b64 === '') return ''
  return (b64.match(/.{1,60}/g) as string[]).join('\n') + '\n'
}
