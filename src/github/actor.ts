// Whose comments are the action's own. An installation token (`ghs_…`: the workflow's GITHUB_TOKEN,
// or a GitHub App's token) cannot call `GET /user`, and its comments are written by the app's bot
// account, `<app slug>[bot]`: the check run the action created says which app that is
// (`github-actions` for the workflow token). Without a check run, `github-actions[bot]` is assumed.
// Any other token (a personal access token) is asked once with `GET /user`; if that fails too,
// `github-actions[bot]` is assumed.
import { errorMessage } from './octokit.js'
import type { ApiClient } from './octokit.js'

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]'

export interface Actor {
  login: string
  /** How it was found, for the log. */
  source: 'installation token' | "the check run's app" | 'GET /user' | 'fallback'
}

/** `checkRunApp`: the slug of the app that owns the check run this run created, if it created one. */
export async function tokenActor(
  api: ApiClient,
  token: string,
  log: (message: string) => void,
  checkRunApp: string | null = null
): Promise<Actor> {
  if (token.startsWith('ghs_')) {
    if (checkRunApp !== null) return { login: `${checkRunApp}[bot]`, source: "the check run's app" }
    return { login: GITHUB_ACTIONS_BOT, source: 'installation token' }
  }
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
