// Whose comments are the action's own. Installation tokens (`ghs_…`: the workflow's GITHUB_TOKEN, or
// a GitHub App's token) cannot call `GET /user`; the workflow token writes as `github-actions[bot]`,
// so that is the actor without spending a request. Any other token (a personal access token) is
// asked once with `GET /user`; if that fails too, `github-actions[bot]` is assumed.
import { errorMessage } from './octokit.js'
import type { ApiClient } from './octokit.js'

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]'

export interface Actor {
  login: string
  /** How it was found, for the log. */
  source: 'installation token' | 'GET /user' | 'fallback'
}

export async function tokenActor(
  api: ApiClient,
  token: string,
  log: (message: string) => void
): Promise<Actor> {
  if (token.startsWith('ghs_')) return { login: GITHUB_ACTIONS_BOT, source: 'installation token' }
  try {
    const { data } = await api.octokit.rest.users.getAuthenticated()
    if (typeof data.login === 'string' && data.login !== '') return { login: data.login, source: 'GET /user' }
  } catch (error) {
    log(
      `GET /user failed (${errorMessage(error).split('\n')[0]}): assuming comments are written as ${GITHUB_ACTIONS_BOT}`
    )
  }
  return { login: GITHUB_ACTIONS_BOT, source: 'fallback' }
}
