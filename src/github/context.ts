// Which commits a workflow run audits, read from the event the runner hands the action
// (GITHUB_EVENT_NAME + the JSON payload at GITHUB_EVENT_PATH). Everything anchors on the commit a
// reviewer sees: on pull requests that is `pull_request.head.sha`, never GITHUB_SHA (the test merge
// commit, which a check run cannot gate the pull request with).
import { readFileSync } from 'node:fs'

export const ZERO_SHA = /^0+$/

export interface Repository {
  owner: string
  repo: string
}

export interface PullRequestTarget {
  kind: 'pull_request'
  eventName: 'pull_request' | 'pull_request_target'
  number: number
  headSha: string
  baseSha: string
  /** Head and base live in different repositories. */
  isFork: boolean
  /**
   * The token cannot write: a `pull_request` run from a fork gets a read-only GITHUB_TOKEN whatever
   * `permissions:` says. `pull_request_target` runs get a writable one. Dependabot's runs are not
   * presumed read-only: their token is read-only only by default, `permissions:` can raise it, and
   * the first 403 tells.
   */
  readOnlyToken: boolean
}

/** A commit range without a pull request: a merge-queue entry or a push. */
export interface RangeTarget {
  kind: 'range'
  eventName: 'merge_group' | 'push'
  headSha: string
  baseSha: string
}

/** The whole app at one commit: scheduled and manual runs, and the first push of a branch. */
export interface FullTarget {
  kind: 'full'
  eventName: string
  headSha: string
  /** Why the whole app, for the log and the summary. */
  reason: string
}

export interface UnsupportedTarget {
  kind: 'unsupported'
  eventName: string
  /** GITHUB_SHA, when the runner set it (a neutral check run can go there). */
  sha: string | null
  reason: string
}

export type AuditTarget = PullRequestTarget | RangeTarget | FullTarget | UnsupportedTarget

export interface EventContext {
  repository: Repository
  target: AuditTarget
  /** https://github.com, or the GHES host: for links to files and rule docs. */
  serverUrl: string
}

export class ContextError extends Error {}

type Json = Record<string, unknown>

function obj(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function at(value: unknown, ...keys: string[]): unknown {
  let cur: unknown = value
  for (const key of keys) {
    const o = obj(cur)
    if (o === null) return undefined
    cur = o[key]
  }
  return cur
}

export function parseRepository(value: string | undefined): Repository {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '')
  if (match === null) throw new ContextError(`GITHUB_REPOSITORY must be "owner/name", got "${value ?? ''}".`)
  return { owner: match[1], repo: match[2] }
}

export function readEventPayload(eventPath: string | undefined): Json {
  if (eventPath === undefined || eventPath === '') return {}
  let text: string
  try {
    text = readFileSync(eventPath, 'utf8')
  } catch {
    throw new ContextError(`The event payload ${eventPath} (GITHUB_EVENT_PATH) cannot be read.`)
  }
  try {
    return obj(JSON.parse(text)) ?? {}
  } catch {
    throw new ContextError(`The event payload ${eventPath} (GITHUB_EVENT_PATH) is not JSON.`)
  }
}

/** The audit target of an event. Pure: the environment is passed in. */
export function targetOf(eventName: string, payload: Json, env: NodeJS.ProcessEnv): AuditTarget {
  const githubSha = str(env.GITHUB_SHA)
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = at(payload, 'pull_request')
      const number = at(pr, 'number')
      const headSha = str(at(pr, 'head', 'sha'))
      const baseSha = str(at(pr, 'base', 'sha'))
      if (typeof number !== 'number' || headSha === null || baseSha === null) {
        throw new ContextError(`The ${eventName} payload has no pull_request.number, head.sha and base.sha.`)
      }
      const headRepo = str(at(pr, 'head', 'repo', 'full_name'))
      const baseRepo = str(at(pr, 'base', 'repo', 'full_name'))
      // A head repository that was deleted (null) is a fork that no longer exists.
      const isFork =
        headRepo === null || (baseRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase())
      return {
        kind: 'pull_request',
        eventName,
        number,
        headSha,
        baseSha,
        isFork,
        readOnlyToken: eventName === 'pull_request' && isFork
      }
    }
    case 'merge_group': {
      const headSha = str(at(payload, 'merge_group', 'head_sha'))
      const baseSha = str(at(payload, 'merge_group', 'base_sha'))
      if (headSha === null || baseSha === null) {
        throw new ContextError('The merge_group payload has no merge_group.head_sha and base_sha.')
      }
      return { kind: 'range', eventName, headSha, baseSha }
    }
    case 'push': {
      const after = str(at(payload, 'after')) ?? githubSha
      const before = str(at(payload, 'before'))
      if (after === null || ZERO_SHA.test(after)) {
        return {
          kind: 'unsupported',
          eventName,
          sha: null,
          reason: 'This push deleted a branch: there is nothing to audit.'
        }
      }
      if (before === null || ZERO_SHA.test(before)) {
        return {
          kind: 'full',
          eventName,
          headSha: after,
          reason: 'The push created a new branch: the whole app is audited.'
        }
      }
      return { kind: 'range', eventName, headSha: after, baseSha: before }
    }
    case 'workflow_dispatch':
    case 'schedule': {
      if (githubSha === null) throw new ContextError(`GITHUB_SHA is not set for this ${eventName} run.`)
      return {
        kind: 'full',
        eventName,
        headSha: githubSha,
        reason: `A ${eventName} run audits the whole app.`
      }
    }
    default:
      return {
        kind: 'unsupported',
        eventName,
        sha: githubSha,
        reason:
          `stateless-audit does not run on "${eventName}" events. Use pull_request (or pull_request_target), ` +
          'merge_group, push, workflow_dispatch or schedule.'
      }
  }
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (eventName === '')
    throw new ContextError('GITHUB_EVENT_NAME is not set: this runs as a GitHub Action step.')
  return {
    repository: parseRepository(env.GITHUB_REPOSITORY),
    target: targetOf(eventName, readEventPayload(env.GITHUB_EVENT_PATH), env),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  }
}
