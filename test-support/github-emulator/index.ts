// A local GitHub API emulator for end-to-end tests and the demo: real HTTP on 127.0.0.1, real git
// repositories behind the pull requests, GitHub's published OpenAPI description enforced on every
// request body, GitHub's documented limits and error texts, and faults tests can switch on.
//
//   const emulator = await startEmulator()
//   emulator.addRepo({ owner: 'acme', name: 'app', gitDir: repo.dir })
//   emulator.addPullRequest({ owner: 'acme', repo: 'app', number: 7, baseSha, headSha, baseRef: 'main', headRef: 'feature' })
//   emulator.addToken('ghs_test', { permissions: 'write' })
//   // GITHUB_API_URL=emulator.url, then inspect emulator.state.checkRuns, .reviewComments, .threads, .requests
//   await emulator.close()
import { followComment } from './anchors.js'
import { Faults } from './faults.js'
import { GitReader } from './git.js'
import { graphqlRoute } from './graphql.js'
import { checkRoutes } from './handlers/checks.js'
import { pullRoutes } from './handlers/pulls.js'
import { repoRoutes } from './handlers/repos.js'
import { reviewRoutes } from './handlers/reviews.js'
import { ACTIONS_BOT, userId } from './objects.js'
import { OpenApi, type UnknownKeys } from './openapi.js'
import { Router, type Env, type PatchLimits } from './router.js'
import { EmulatorServer } from './server.js'
import {
  EmulatorState,
  nodeId,
  timestamp,
  type PullRequestOptions,
  type PullRequestRecord,
  type RepoOptions,
  type RepoRecord,
  type Scope,
  type TokenOptions,
  type TokenRecord
} from './state.js'

export type * from './state.js'
export type { FaultMatch, PrimaryRateLimitOptions, SecondaryRateLimitOptions } from './faults.js'
export type { PatchLimits } from './router.js'
export { Faults } from './faults.js'
export { EmulatorState } from './state.js'
export { ANCHOR_ERRORS } from './anchors.js'

export interface EmulatorOptions {
  /** Check every 2xx JSON response against GitHub's OpenAPI response schema (default true). */
  validateResponses?: boolean
  /** `reject` (default): request-body keys the description does not list get 422; `ignore`: as published. */
  unknownKeys?: UnknownKeys
  patchLimits?: Partial<PatchLimits>
  /** Files pulls/{n}/files returns at most, over all pages (default 3000, as GitHub). */
  maxPullFiles?: number
  /** Requests per token and hour before the primary rate limit (default 1000, GITHUB_TOKEN's). */
  rateLimit?: number
  /** Root of html_url/blob_url links (default https://github.com). */
  webUrl?: string
}

export interface Emulator {
  /** REST base URL (what https://api.github.com is on GitHub); use as GITHUB_API_URL / baseUrl. */
  readonly url: string
  /** GraphQL endpoint (`${url}/graphql`). */
  readonly graphqlUrl: string
  readonly state: EmulatorState
  readonly faults: Faults
  addRepo(options: RepoOptions): RepoRecord
  addPullRequest(options: PullRequestOptions): PullRequestRecord
  /**
   * Move a pull request to new commits (a push): review comments follow their lines or become
   * outdated, as on GitHub.
   */
  updatePullRequest(
    owner: string,
    repo: string,
    number: number,
    change: { headSha?: string; baseSha?: string }
  ): Promise<PullRequestRecord>
  addToken(token: string, options: TokenOptions): TokenRecord
  close(): Promise<void>
}

const SCOPES: Scope[] = ['contents', 'pull-requests', 'checks', 'metadata']

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState()
  const faults = new Faults()
  const router = new Router()
  for (const route of [...repoRoutes, ...pullRoutes, ...checkRoutes, ...reviewRoutes, graphqlRoute]) {
    router.add(route)
  }
  const env: Env = {
    state,
    urls: { api: '', web: (options.webUrl ?? 'https://github.com').replace(/\/+$/, '') },
    openapi: new OpenApi(options.unknownKeys ?? 'reject'),
    options: {
      validateResponses: options.validateResponses ?? true,
      patchLimits: {
        maxChangedLines: options.patchLimits?.maxChangedLines ?? 3000,
        maxPatchBytes: options.patchLimits?.maxPatchBytes ?? 500 * 1024,
        pageLineBudget:
          options.patchLimits?.pageLineBudget === undefined ? 20000 : options.patchLimits.pageLineBudget
      },
      maxPullFiles: options.maxPullFiles ?? 3000,
      rateLimit: options.rateLimit ?? 1000
    }
  }
  const server = new EmulatorServer(env, router, faults)
  const port = await server.listen()
  const url = `http://127.0.0.1:${port}`
  env.urls.api = url

  const findRepo = (owner: string, name: string): RepoRecord => {
    const repo = state.repo(owner, name)
    if (!repo) throw new Error(`Unknown repository ${owner}/${name}: call addRepo first`)
    return repo
  }

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    state,
    faults,
    addRepo(repoOptions) {
      if (state.repo(repoOptions.owner, repoOptions.name)) {
        throw new Error(`Repository ${repoOptions.owner}/${repoOptions.name} already exists`)
      }
      const id = state.nextId()
      const record: RepoRecord = {
        id,
        nodeId: nodeId('R', id),
        owner: repoOptions.owner,
        name: repoOptions.name,
        fullName: `${repoOptions.owner}/${repoOptions.name}`,
        defaultBranch: repoOptions.defaultBranch ?? 'main',
        private: repoOptions.private ?? false,
        allowActionsToApprove: repoOptions.allowActionsToApprove ?? false,
        git: new GitReader(repoOptions.gitDir),
        createdAt: timestamp()
      }
      state.repos.push(record)
      return record
    },
    addPullRequest(pr) {
      const repo = findRepo(pr.owner, pr.repo)
      if (state.pullRequest(repo, pr.number)) throw new Error(`Pull request #${pr.number} already exists`)
      const id = state.nextId()
      const now = timestamp()
      const record: PullRequestRecord = {
        id,
        nodeId: nodeId('PR', id),
        owner: repo.owner,
        repo: repo.name,
        number: pr.number,
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        baseRef: pr.baseRef,
        headRef: pr.headRef,
        fork: pr.fork ?? false,
        author: pr.author ?? 'octocat',
        title: pr.title ?? `Pull request #${pr.number}`,
        body: pr.body ?? '',
        draft: pr.draft ?? false,
        createdAt: now,
        updatedAt: now
      }
      state.pullRequests.push(record)
      return record
    },
    async updatePullRequest(owner, name, number, change) {
      const repo = findRepo(owner, name)
      const pr = state.pullRequest(repo, number)
      if (!pr) throw new Error(`Unknown pull request ${owner}/${name}#${number}`)
      if (change.headSha) pr.headSha = change.headSha
      if (change.baseSha) pr.baseSha = change.baseSha
      pr.updatedAt = timestamp()
      for (const comment of state.reviewComments.filter(
        (c) => c.owner === repo.owner && c.repo === repo.name && c.pullNumber === number
      )) {
        await followComment(env, repo, pr, comment)
      }
      return pr
    },
    addToken(token, tokenOptions) {
      const login = tokenOptions.login ?? ACTIONS_BOT.login
      const given = tokenOptions.permissions
      const permissions = Object.fromEntries(
        SCOPES.map((scope) => [
          scope,
          typeof given === 'string' ? given : (given[scope] ?? (scope === 'metadata' ? 'read' : 'none'))
        ])
      ) as TokenRecord['permissions']
      const record: TokenRecord = {
        token,
        login,
        userId: userId(login),
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
        permissions
      }
      state.tokens.set(token, record)
      return record
    },
    close: () => server.close()
  }
}
