// Bad inputs fail the step with a clear message, never a stack trace, and still leave outputs
// (conclusion failure, zero counts) and, where one request can do it safely, a failing check run.
// A `working-directory` that names no directory is one of them, unless there is no checkout at all
// (a pull_request step may run without one): then the head commit is asked.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pullRequestPayload, runAction, type ActionRun } from '../../test-support/action-harness.js'
import { prScenario, READ_TOKEN, REPOSITORY, WRITE_TOKEN, type PrScenario } from './helpers.js'

const KEYS = `<?php

namespace App\\Support;

class Keys
{
    public static function api(): ?string
    {
        return env('API_KEY');
    }
}
`

const FAILED_OUTPUTS = {
  findings: '0',
  errors: '0',
  warnings: '0',
  notices: '0',
  conclusion: 'failure',
  'sarif-file': ''
}

function expectInputError(run: ActionRun, message: string): void {
  expect(run.exitCode).toBe(1)
  expect(run.outputs).toEqual(FAILED_OUTPUTS)
  const errors = run.annotations.filter((a) => a.command === 'error').map((a) => a.message)
  expect(errors).toEqual([expect.stringContaining(message)])
  expect(run.summary).toContain('could not start')
  expect(run.summary).toContain(message)
  // A message, never a stack trace.
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

describe('bad inputs on a pull request', () => {
  let s: PrScenario

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Keys.php': KEYS, 'docs/notes.md': 'notes\n' } })
  }, 120_000)
  afterAll(() => s.cleanup())

  /** Runs once and returns the run and the check runs it created. */
  async function runWith(inputs: Record<string, string>, options: { token?: string; fork?: boolean } = {}) {
    const runs = s.emulator.state.checkRuns.length
    const requests = s.emulator.state.requests.length
    const run = await s.run({ inputs, ...options })
    return {
      run,
      checks: s.emulator.state.checkRuns.slice(runs),
      writes: s.emulator.state.requests.slice(requests).filter((r) => r.method !== 'GET')
    }
  }

  test.each([
    [
      { 'fail-on': 'sometimes' },
      'Input "fail-on" must be one of error, warning, notice, never; got "sometimes".'
    ],
    [{ 'working-directory': '../x' }, 'Input "working-directory" must be inside the repository'],
    [{ 'review-comments': 'maybe' }, 'Input "review-comments" must be true or false, got "maybe".']
  ])(
    '%j: outputs and one failing check run that says why',
    async (inputs, message) => {
      const { run, checks, writes } = await runWith(inputs)
      expectInputError(run, message)
      expect(writes).toHaveLength(1)
      expect(checks).toHaveLength(1)
      expect(checks[0]).toMatchObject({
        name: 'stateless-audit',
        headSha: s.headSha,
        status: 'completed',
        conclusion: 'failure'
      })
      expect(checks[0].output.title).toBe('stateless-audit could not start')
      expect(checks[0].output.summary).toContain(message)
    },
    120_000
  )

  test('a bad check-run input: outputs, but no check run (the input that would allow one is the bad one)', async () => {
    const { run, writes } = await runWith({ 'check-run': 'maybe' })
    expectInputError(run, 'Input "check-run" must be true or false')
    expect(writes).toEqual([])
  }, 120_000)

  test('check-run: false with a bad input: no check run', async () => {
    const { run, writes } = await runWith({ 'check-run': 'false', 'fail-on': 'x' })
    expectInputError(run, 'Input "fail-on"')
    expect(writes).toEqual([])
  }, 120_000)

  test("a fork's pull_request run: outputs, and no write attempted with its read-only token", async () => {
    const { run, writes } = await runWith({ 'fail-on': 'x' }, { token: READ_TOKEN, fork: true })
    expectInputError(run, 'Input "fail-on"')
    expect(writes).toEqual([])
  }, 120_000)

  test('a working-directory missing from the checkout is an input error, not "nothing to audit"', async () => {
    const { run, checks } = await runWith({ 'working-directory': 'apps/missing' })
    expectInputError(
      run,
      `Input "working-directory" is "apps/missing", but apps/missing does not exist in the checkout`
    )
    expect(checks.map((c) => c.conclusion)).toEqual(['failure'])
    expect(run.summary).not.toContain('nothing to audit')
  }, 120_000)

  test('a working-directory that is a file is an input error', async () => {
    const { run } = await runWith({ 'working-directory': 'README.md' })
    expectInputError(run, 'but README.md is not a directory in the checkout')
  }, 120_000)

  test('push: a missing working-directory is named, not mistaken for a missing checkout', async () => {
    const runs = s.emulator.state.checkRuns.length
    const run = await runAction({
      api: s.emulator,
      repository: REPOSITORY,
      eventName: 'push',
      payload: { before: s.baseSha, after: s.headSha, ref: 'refs/heads/feature' },
      workspace: s.checkout,
      sha: s.headSha,
      inputs: { 'github-token': WRITE_TOKEN, 'working-directory': 'apps/missing' }
    })
    expectInputError(run, 'apps/missing does not exist in the checkout')
    expect(run.stdout).not.toContain('actions/checkout')
    expect(s.emulator.state.checkRuns.slice(runs).map((c) => [c.headSha, c.conclusion])).toEqual([
      [s.headSha, 'failure']
    ])
  }, 120_000)
})

describe('a pull_request step without a checkout', () => {
  let s: PrScenario
  let empty: string

  beforeAll(async () => {
    s = await prScenario({ subdir: 'apps/web', head: { 'docs/notes.md': 'notes\n' } })
    empty = await mkdtemp(path.join(tmpdir(), 'no-checkout-'))
  }, 120_000)
  afterAll(async () => {
    await s.cleanup()
    await rm(empty, { recursive: true, force: true })
  })

  const runIn = (workingDirectory: string): Promise<ActionRun> =>
    runAction({
      api: s.emulator,
      repository: REPOSITORY,
      eventName: 'pull_request',
      payload: pullRequestPayload({
        repository: REPOSITORY,
        number: s.number,
        headSha: s.headSha,
        baseSha: s.baseSha
      }),
      workspace: empty,
      sha: s.mergeSha,
      inputs: { 'github-token': WRITE_TOKEN, 'working-directory': workingDirectory }
    })

  test('an app directory the head commit has: still "nothing to audit" when no PHP changed', async () => {
    const run = await runIn('apps/web')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ findings: '0', conclusion: 'success' })
    expect(run.summary).toContain('nothing to audit')
  }, 120_000)

  test('one the head commit does not have: an input error naming it', async () => {
    const run = await runIn('apps/wbe')
    expectInputError(
      run,
      `Input "working-directory" is "apps/wbe", but apps/wbe does not exist at the head commit`
    )
    const lookups = s.emulator.state.requests.filter((r) =>
      decodeURIComponent(r.path).endsWith('/contents/apps/wbe')
    )
    expect(lookups.map((r) => r.status)).toEqual([404])
  }, 120_000)
})
