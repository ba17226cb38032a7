// Pull requests and their changed files (three-dot diff of the real commits).
import { diffEntry, pullRequest } from '../objects.js'
import type { HandlerResult, RequestContext, Route } from '../router.js'
import type { PullRequestRecord, RepoRecord } from '../state.js'
import { paginate, patchFor, requirePull } from './common.js'
import { patchLineCount } from '../diff.js'

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    scope: 'pull-requests',
    access: 'read',
    openapi: true,
    handler: async (ctx) => {
      const { repo, pr } = requirePull(ctx)
      return { status: 200, body: pullRequest(ctx.env.urls, repo, pr, await pullStats(repo, pr)) }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    scope: 'pull-requests',
    access: 'read',
    openapi: true,
    handler: listFiles
  }
]

export async function pullStats(
  repo: RepoRecord,
  pr: PullRequestRecord
): Promise<{ additions: number; deletions: number; changedFiles: number; commits: number }> {
  const files = await repo.git.prFiles(pr.baseSha, pr.headSha)
  const mergeBase = await repo.git.mergeBase(pr.baseSha, pr.headSha)
  const commits = Number((await repo.git.run(['rev-list', '--count', `${mergeBase}..${pr.headSha}`])).trim())
  return {
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
    commits
  }
}

/**
 * GET pulls/{n}/files: at most `maxPullFiles` (3000) entries in total, paginated 30/100; `patch`
 * omitted for binary and large files; past the page's line budget, counts 0 and no patch.
 */
async function listFiles(ctx: RequestContext): Promise<HandlerResult> {
  const { repo, pr } = requirePull(ctx)
  const { options, urls } = ctx.env
  const all = (await repo.git.prFiles(pr.baseSha, pr.headSha)).slice(0, options.maxPullFiles)
  const page = paginate(ctx, all)
  const mergeBase = await repo.git.mergeBase(pr.baseSha, pr.headSha)
  let linesOnPage = 0
  const body = page.items.map((file) => {
    const budget = options.patchLimits.pageLineBudget
    if (budget !== null && linesOnPage >= budget) {
      return diffEntry(urls, repo, { base: mergeBase, head: pr.headSha }, file, undefined, true)
    }
    const patch = patchFor(file, options.patchLimits)
    if (patch !== undefined) linesOnPage += patchLineCount(patch)
    return diffEntry(urls, repo, { base: mergeBase, head: pr.headSha }, file, patch)
  })
  return { status: 200, body, headers: page.headers }
}
