// Repository, contents, blobs, commits and compare endpoints, read from the real git repository.
import {
  ApiError,
  notAccessible,
  notFound,
  requiresAuthentication,
  unprocessableMessage,
  type JsonObject
} from '../errors.js'
import type { FileChange, TreeEntry } from '../git.js'
import { diffEntry, encodePath, repository, user, type Urls } from '../objects.js'
import type { HandlerResult, RequestContext, Route } from '../router.js'
import { nodeId, type RepoRecord } from '../state.js'
import { paginate, patchFor, requireRepo, wrappedBase64 } from './common.js'

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
/** The contents API sends `content: ""` and `encoding: "none"` for files of 1 MB or more. */
const CONTENTS_INLINE_LIMIT = 1024 * 1024

export const repoRoutes: Route[] = [
  {
    // An installation token (GITHUB_TOKEN, a GitHub App) cannot read /user: 403, as on GitHub.
    method: 'GET',
    template: '/user',
    scope: 'metadata',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      if (!ctx.token) throw requiresAuthentication()
      if (ctx.token.type === 'Bot') throw notAccessible(docs(ctx))
      return {
        status: 200,
        body: {
          ...user(ctx.env.urls, ctx.token.login),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z'
        }
      }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    scope: 'metadata',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const repo = requireRepo(ctx)
      const body = repository(ctx.env.urls, repo)
      body.permissions = {
        admin: false,
        maintain: false,
        push: ctx.token?.permissions.contents === 'write',
        triage: false,
        pull: true
      }
      return { status: 200, body }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/contents/{path}',
    scope: 'contents',
    access: 'read',
    openapi: true,
    handler: getContents
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    scope: 'contents',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const repo = requireRepo(ctx)
      const sha = ctx.params.file_sha.toLowerCase()
      if (!/^[0-9a-f]{40}$/.test(sha) || (await repo.git.objectType(sha)) !== 'blob') throw notFound()
      const data = await repo.git.readBlob(sha)
      if (wantsRaw(ctx)) return { status: 200, raw: { contentType: 'application/vnd.github.raw', data } }
      return {
        status: 200,
        body: {
          sha,
          node_id: nodeId('B', parseInt(sha.slice(0, 8), 16)),
          size: data.length,
          url: `${ctx.env.urls.api}/repos/${repo.fullName}/git/blobs/${sha}`,
          content: wrappedBase64(data),
          encoding: 'base64'
        }
      }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}',
    scope: 'contents',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const repo = requireRepo(ctx)
      const sha = await repo.git.resolveCommit(ctx.params.ref)
      if (!sha) throw unprocessableMessage(`No commit found for SHA: ${ctx.params.ref}`, docs(ctx))
      const body = await commitObject(ctx.env.urls, repo, sha)
      const info = await repo.git.commitInfo(sha)
      const files = await repo.git.diffFiles(info.parents[0] ?? EMPTY_TREE, sha)
      body.files = files.slice(0, 300).map((f) => fileEntry(ctx, repo, f, info.parents[0] ?? sha, sha))
      const additions = files.reduce((n, f) => n + f.additions, 0)
      const deletions = files.reduce((n, f) => n + f.deletions, 0)
      body.stats = { additions, deletions, total: additions + deletions }
      return { status: 200, body }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/compare/{basehead}',
    scope: 'contents',
    access: 'read',
    openapi: true,
    handler: compare
  }
]

function docs(ctx: RequestContext): string {
  return ctx.env.openapi.documentationUrl(ctx.method, ctx.route.template)
}

function wantsRaw(ctx: RequestContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''))
}

function fileEntry(
  ctx: RequestContext,
  repo: RepoRecord,
  f: FileChange,
  base: string,
  head: string
): JsonObject {
  return diffEntry(ctx.env.urls, repo, { base, head }, f, patchFor(f, ctx.env.options.patchLimits))
}

async function getContents(ctx: RequestContext): Promise<HandlerResult> {
  const repo = requireRepo(ctx)
  const ref = ctx.query.get('ref') ?? repo.defaultBranch
  const commit = await repo.git.resolveCommit(ref)
  if (!commit) {
    throw new ApiError(404, {
      message: `No commit found for the ref ${ref}`,
      documentation_url: docs(ctx),
      status: '404'
    })
  }
  const path = ctx.params.path.replace(/\/+$/, '')
  const entry = await repo.git.entryAt(commit, path)
  if (!entry) throw notFound()
  const urls = ctx.env.urls
  if (entry.type === 'tree') {
    const children = await repo.git.listDirectory(commit, path)
    return { status: 200, body: children.map((c) => contentItem(urls, repo, ref, c, null)) }
  }
  if (entry.type === 'commit') return { status: 200, body: contentItem(urls, repo, ref, entry, null) }
  const data = await repo.git.readBlob(entry.sha)
  if (wantsRaw(ctx) && entry.mode !== '120000') {
    return { status: 200, raw: { contentType: 'application/vnd.github.raw', data } }
  }
  return { status: 200, body: contentItem(urls, repo, ref, entry, data) }
}

/** One item of the contents API: a file with content, or a directory listing entry. */
function contentItem(
  urls: Urls,
  repo: RepoRecord,
  ref: string,
  e: TreeEntry,
  data: Buffer | null
): JsonObject {
  const name = e.path.split('/').pop() as string
  const self = `${urls.api}/repos/${repo.fullName}/contents/${encodePath(e.path)}?ref=${encodeURIComponent(ref)}`
  const kind =
    e.mode === '120000' ? 'symlink' : e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file'
  const html =
    kind === 'submodule'
      ? null
      : `${urls.web}/${repo.fullName}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(e.path)}`
  const git =
    kind === 'submodule'
      ? null
      : `${urls.api}/repos/${repo.fullName}/git/${kind === 'dir' ? 'trees' : 'blobs'}/${e.sha}`
  const download =
    kind === 'file' || kind === 'symlink'
      ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encodePath(e.path)}`
      : null
  const item: JsonObject = {
    type: kind,
    size: e.size ?? 0,
    name,
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: download,
    _links: { self, git, html }
  }
  if (data && kind === 'file') {
    const inline = data.length < CONTENTS_INLINE_LIMIT
    item.content = inline ? wrappedBase64(data) : ''
    item.encoding = inline ? 'base64' : 'none'
  }
  if (data && kind === 'symlink') item.target = data.toString('utf8')
  return item
}

async function commitObject(urls: Urls, repo: RepoRecord, sha: string): Promise<JsonObject> {
  const info = await repo.git.commitInfo(sha)
  const api = `${urls.api}/repos/${repo.fullName}`
  return {
    sha,
    node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
    url: `${api}/commits/${sha}`,
    html_url: `${urls.web}/${repo.fullName}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: { name: info.authorName, email: info.authorEmail, date: toUtc(info.authorDate) },
      committer: { name: info.committerName, email: info.committerEmail, date: toUtc(info.committerDate) },
      message: info.message,
      comment_count: 0,
      tree: { sha: info.tree, url: `${api}/git/trees/${info.tree}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    },
    author: user(urls, 'octocat'),
    committer: user(urls, 'web-flow'),
    parents: info.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${urls.web}/${repo.fullName}/commit/${p}`
    }))
  }
}

function toUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** GET /compare/{base}...{head}: commits (at most 250) and files (at most 300), like GitHub. */
async function compare(ctx: RequestContext): Promise<HandlerResult> {
  const repo = requireRepo(ctx)
  const match = /^(.+?)(\.\.\.?)(.+)$/.exec(ctx.params.basehead)
  if (!match) throw notFound()
  const [base, head] = await Promise.all([repo.git.resolveCommit(match[1]), repo.git.resolveCommit(match[3])])
  if (!base || !head) throw notFound()
  const mergeBase = await repo.git.mergeBase(base, head)
  const revs = async (range: string): Promise<string[]> =>
    (await repo.git.run(['rev-list', '--reverse', range])).split('\n').filter((s) => s !== '')
  const [ahead, behind] = await Promise.all([revs(`${mergeBase}..${head}`), revs(`${mergeBase}..${base}`)])
  const files = await repo.git.diffFiles(mergeBase, head)
  const urls = ctx.env.urls
  const api = `${urls.api}/repos/${repo.fullName}`
  const html = `${urls.web}/${repo.fullName}/compare/${ctx.params.basehead}`
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const paged = paginate(ctx, ahead, 250)
  return {
    status: 200,
    headers: paged.headers,
    body: {
      url: `${api}/compare/${ctx.params.basehead}`,
      html_url: html,
      permalink_url: `${urls.web}/${repo.fullName}/compare/${base}...${head}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: await commitObject(urls, repo, base),
      merge_base_commit: await commitObject(urls, repo, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: await Promise.all(paged.items.map((sha) => commitObject(urls, repo, sha))),
      files: files.slice(0, 300).map((f) => fileEntry(ctx, repo, f, mergeBase, head))
    }
  }
}
