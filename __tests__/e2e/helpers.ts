// Shared set-up of the end-to-end tests: an emulator, a fixture repository with the example Laravel
// app, a pull request on it, and a way to run the built action against that pull request.
import { expect } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import type { FixtureContent } from '../../test-support/github-emulator/git-fixture.js'
import {
  commitOnBranch,
  createLaravelRepo,
  mergeCheckout,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type LaravelRepo
} from '../../test-support/action-harness.js'

export const OWNER = 'acme'
export const NAME = 'photo-share'
export const REPOSITORY = `${OWNER}/${NAME}`
export const WRITE_TOKEN = 'ghs_writeToken0000000000000000000000'
export const READ_TOKEN = 'ghs_readToken00000000000000000000000'

/**
 * Whether the emulator checks its own responses against the OpenAPI description. Off while its check
 * rejects `conclusion: null` on an in-progress check run (OpenAPI `nullable` next to an `enum`);
 * request bodies (what the action sends) are validated either way.
 */
export const EMULATOR_VALIDATES_RESPONSES = true

/** A commit of the pull request as one run saw it: its head sha and the checkout made for it. */
export interface RunPoint {
  headSha: string
  checkout: string
  mergeSha: string
}

export interface PrScenario {
  emulator: Emulator
  fixture: LaravelRepo
  number: number
  baseSha: string
  headSha: string
  /** The checkout the action runs in. */
  checkout: string
  mergeSha: string
  run(options?: {
    inputs?: Record<string, string>
    token?: string
    fork?: boolean
    env?: Record<string, string>
    /** Run as the run of an earlier head did (its event payload and checkout): "Re-run jobs". */
    at?: RunPoint
  }): Promise<ActionRun>
  /** The current head and its checkout, to run at later with `run({ at })`. */
  point(): RunPoint
  /** Pushes a new commit on the pull request's branch, moves the PR to it, and re-creates the checkout. */
  push(files: Record<string, FixtureContent>, message?: string): Promise<string>
  cleanup(): Promise<void>
}

export interface PrScenarioOptions {
  head: Record<string, FixtureContent>
  base?: Record<string, FixtureContent>
  number?: number
  fork?: boolean
  /** Shallow checkout (actions/checkout's default fetch-depth 1). */
  depth?: number
  emulatorOptions?: Parameters<typeof startEmulator>[0]
  /** Put the example app in this subdirectory (a monorepo). */
  subdir?: string
}

export async function prScenario(options: PrScenarioOptions): Promise<PrScenario> {
  const emulator = await startEmulator({
    validateResponses: EMULATOR_VALIDATES_RESPONSES,
    ...options.emulatorOptions
  })
  const fixture = await createLaravelRepo(options.base ?? {}, options.subdir ?? '')
  const number = options.number ?? 7
  const baseSha = fixture.baseSha
  let headSha = await commitOnBranch(fixture.repo, 'feature', baseSha, options.head, 'Feature')
  emulator.addRepo({ owner: OWNER, name: NAME, gitDir: fixture.repo.dir })
  emulator.addPullRequest({
    owner: OWNER,
    repo: NAME,
    number,
    baseSha,
    headSha,
    baseRef: 'main',
    headRef: 'feature',
    fork: options.fork ?? false
  })
  emulator.addToken(WRITE_TOKEN, { permissions: 'write' })
  emulator.addToken(READ_TOKEN, { permissions: 'read' })
  let checkout = await mergeCheckout(fixture.repo, baseSha, headSha, options.depth)
  const checkouts = [checkout.dir]
  const scenario: PrScenario = {
    emulator,
    fixture,
    number,
    baseSha,
    get headSha() {
      return headSha
    },
    get checkout() {
      return checkout.dir
    },
    get mergeSha() {
      return checkout.mergeSha
    },
    point: () => ({ headSha, checkout: checkout.dir, mergeSha: checkout.mergeSha }),
    run: (runOptions = {}) => {
      const at = runOptions.at ?? scenario.point()
      return runAction({
        api: emulator,
        repository: REPOSITORY,
        eventName: 'pull_request',
        payload: pullRequestPayload({
          repository: REPOSITORY,
          number,
          headSha: at.headSha,
          baseSha,
          ...((runOptions.fork ?? options.fork) && { forkRepository: 'contributor/photo-share' })
        }),
        workspace: at.checkout,
        sha: at.mergeSha,
        inputs: { 'github-token': runOptions.token ?? WRITE_TOKEN, ...runOptions.inputs },
        env: runOptions.env
      })
    },
    async push(files, message = 'Push') {
      await fixture.repo.checkout('feature')
      headSha = await fixture.repo.commitFiles(files, message)
      await emulator.updatePullRequest(OWNER, NAME, number, { headSha })
      checkout = await mergeCheckout(fixture.repo, baseSha, headSha, options.depth)
      checkouts.push(checkout.dir)
      return headSha
    },
    async cleanup() {
      await emulator.close()
      await fixture.cleanup()
      for (const dir of checkouts) await rm(dir, { recursive: true, force: true })
    }
  }
  return scenario
}

/** Requests the action sent (everything the emulator logged), optionally only writes. */
export function requests(
  emulator: Emulator,
  writesOnly = false
): Array<{ method: string; path: string; status: number }> {
  return emulator.state.requests
    .filter((r) => !writesOnly || r.method !== 'GET')
    .map((r) => ({ method: r.method, path: r.path, status: r.status }))
}

/** Lines of a file's text where `needle` occurs (1-based). */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let seen = 0
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && ++seen === occurrence) return i + 1
  }
  throw new Error(`"${needle}" not found`)
}

function isGraphqlMutation(body: unknown): boolean {
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined
  return typeof query === 'string' && /^\s*mutation\b/.test(query)
}

export interface CallCounts {
  total: number
  /** Requests that change something (POST/PATCH/PUT/DELETE, GraphQL mutations). */
  writes: number
  filePages: number
  commentPages: number
  threadPages: number
  /** Comments edited, replied to, resolved/unresolved or deleted. */
  commentUpdates: number
}

/** Counts the requests logged since index `from` (one run's, when `from` is the length before it). */
export function callCounts(emulator: Emulator, from = 0): CallCounts {
  const log = emulator.state.requests.slice(from)
  const graphqlQuery = (r: (typeof log)[number]): boolean =>
    r.path === '/graphql' && !isGraphqlMutation(r.body)
  return {
    total: log.length,
    writes: log.filter((r) => r.method !== 'GET' && !graphqlQuery(r)).length,
    filePages: log.filter((r) => r.method === 'GET' && /\/pulls\/\d+\/files$/.test(r.path)).length,
    commentPages: log.filter((r) => r.method === 'GET' && /\/pulls\/\d+\/comments$/.test(r.path)).length,
    threadPages: log.filter(graphqlQuery).length,
    commentUpdates: log.filter(
      (r) =>
        (r.method === 'PATCH' && /\/pulls\/comments\/\d+$/.test(r.path)) ||
        (r.method === 'DELETE' && /\/pulls\/comments\/\d+$/.test(r.path)) ||
        (r.method === 'POST' && /\/comments\/\d+\/replies$/.test(r.path)) ||
        (r.path === '/graphql' && isGraphqlMutation(r.body))
    ).length
  }
}

/** The budget of issue 5: 3 + ⌈F/100⌉ + ⌈A/50⌉ + pages of comments and threads + one per comment update. */
export function callBudget(counts: CallCounts, changedFiles: number, annotations: number): number {
  return (
    3 +
    Math.ceil(changedFiles / 100) +
    Math.ceil(annotations / 50) +
    counts.commentPages +
    counts.threadPages +
    counts.commentUpdates
  )
}

/** Runs the action once and asserts that run stayed within {@link callBudget}. */
export async function runWithinBudget(
  s: PrScenario,
  changedFiles: number,
  annotations: number,
  options?: Parameters<PrScenario['run']>[0]
): Promise<ActionRun> {
  const from = s.emulator.state.requests.length
  const run = await s.run(options)
  const counts = callCounts(s.emulator, from)
  expect(counts.total).toBeLessThanOrEqual(callBudget(counts, changedFiles, annotations))
  return run
}
