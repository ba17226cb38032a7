// One Octokit for the whole run: GHES-safe base URLs, the throttling plugin (GitHub's own queues:
// writes serialised at least 1 s apart, rate limits honoured) and the retry plugin (5xx retried with
// backoff). Every request is counted, so the log can say how many calls a run made.
import { diagnostics } from './diagnostics.js'
import { getOctokit } from '@actions/github'
import type { OctokitOptions } from '@octokit/core/types'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

/** How often a rate-limited request is retried before the run gives up on it. */
export const RATE_LIMIT_RETRIES = 3

export interface ApiClient {
  octokit: Octokit
  /** URL of the GraphQL endpoint (GITHUB_GRAPHQL_URL; on GHES it is not `${api}/graphql`). */
  graphqlUrl: string
  /** Requests sent so far, retries included. */
  requests(): number
  /** A GraphQL request to `graphqlUrl` (through the same throttling and retries). */
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>
}

export function createApiClient(token: string, env: NodeJS.ProcessEnv = process.env): ApiClient {
  const baseUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const graphqlUrl = env.GITHUB_GRAPHQL_URL ?? `${baseUrl}/graphql`
  const throttle: ThrottlingOptions = {
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      diagnostics.warning(
        `GitHub API rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s ` +
          `(attempt ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`
      )
      return retryCount < RATE_LIMIT_RETRIES
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      diagnostics.warning(
        `GitHub API secondary rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s ` +
          `(attempt ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`
      )
      return retryCount < RATE_LIMIT_RETRIES
    }
  }
  // `throttle` augments @octokit/core's options type, `getOctokit` takes @octokit/core/types' one.
  const options: OctokitOptions & { throttle: ThrottlingOptions } = {
    baseUrl,
    throttle,
    retry: { retries: 3 }
  }
  const octokit = getOctokit(token, options, throttling, retry)
  let count = 0
  octokit.hook.before('request', () => {
    count++
  })
  return {
    octokit,
    graphqlUrl,
    requests: () => count,
    // `url` is not a variable name @octokit/graphql accepts next to a query string: pass the query in the options.
    graphql: <T>(query: string, variables: Record<string, unknown>) =>
      octokit.graphql<T>({ query, url: graphqlUrl, ...variables })
  }
}

/** The HTTP status of an Octokit error, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status
    return typeof status === 'number' ? status : null
  }
  return null
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** GitHub's answer to a write with a token that may not write (fork PRs, missing `permissions:`). */
export function isNotAccessible(error: unknown): boolean {
  return (
    httpStatus(error) === 403 &&
    /Resource not accessible by (integration|personal access token)/i.test(errorMessage(error))
  )
}
