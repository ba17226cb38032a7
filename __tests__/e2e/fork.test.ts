// Read-only tokens: a fork's pull_request run (known from the payload) and a token without write
// permissions (found out from the first 403). No crash, no further write, log annotations within
// GitHub's cap, the complete list in the job summary, and the exit code decides.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ActionRun } from '../../test-support/action-harness.js'
import { runGit } from '../../test-support/github-emulator/git-fixture.js'
import { prScenario, READ_TOKEN, type PrScenario } from './helpers.js'

const ENV_CALLS = 12
const CONTROLLER = `<?php

namespace App\\Http\\Controllers;

class SettingsController extends Controller
{
    public function show()
    {
        $reports = 'storage/app/reports';
        $exports = 'storage/app/exports';

        return [
${Array.from({ length: ENV_CALLS }, (_, i) => `            env('SETTING_${i + 1}'),`).join('\n')}
            $reports,
            $exports,
        ];
    }
}
`
const FILES = { 'app/Http/Controllers/SettingsController.php': CONTROLLER }

function expectReadOnlyFallback(run: ActionRun): void {
  expect(run.exitCode).toBe(1)
  expect(run.outputs).toMatchObject({
    findings: String(ENV_CALLS + 2),
    errors: String(ENV_CALLS),
    warnings: '2',
    conclusion: 'failure'
  })
  // GitHub shows 10 annotations per type per step: the action prints no more, most severe first.
  const errors = run.annotations.filter((a) => a.command === 'error' && a.properties.file !== undefined)
  const warnings = run.annotations.filter((a) => a.command === 'warning' && a.properties.file !== undefined)
  expect(errors).toHaveLength(10)
  expect(warnings).toHaveLength(2)
  expect(errors.map((a) => Number(a.properties.line))).toEqual(
    [...errors.map((a) => Number(a.properties.line))].sort((a, b) => a - b)
  )
  for (const a of [...errors, ...warnings]) {
    expect(a.properties.file).toBe('app/Http/Controllers/SettingsController.php')
  }
  // The job summary lists every finding, including the two over the cap, and says why.
  for (let i = 1; i <= ENV_CALLS; i++) expect(run.summary).toContain(`env('SETTING_${i}')`)
  expect(run.summary).toMatch(/Log annotation only \(no check run could be written\) \| 12 \|/)
  expect(run.summary).toMatch(
    /Listed in this summary only \(over GitHub's cap of 10 log annotations per type\) \| 2 \|/
  )
  expect(
    (run.summary.match(/this summary only — over GitHub's 10 log annotations per type/g) ?? []).length
  ).toBe(2)
}

describe('a pull request from a fork, with the read-only token GitHub gives it', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: FILES, fork: true })
    run = await s.run({ token: READ_TOKEN, fork: true })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('attempts no API write at all', () => {
    const writes = s.emulator.state.requests.filter((r) => r.method !== 'GET')
    expect(writes).toEqual([])
    expect(s.emulator.state.requests.length).toBeGreaterThan(0) // it did read the pull request's files
    expect(s.emulator.state.checkRuns).toHaveLength(0)
    expect(s.emulator.state.reviews).toHaveLength(0)
  })

  test('falls back to log annotations and the complete job summary, and fails by exit code', () => {
    expectReadOnlyFallback(run)
    expect(run.summary).toContain('fork')
  })
})

describe('a token without write permissions on a same-repository pull request', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: FILES })
    run = await s.run({ token: READ_TOKEN })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('stops writing after the first 403 "Resource not accessible by integration"', () => {
    const writes = s.emulator.state.requests.filter((r) => r.method !== 'GET')
    expect(writes.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/repos/acme/photo-share/check-runs', 403]
    ])
  })

  test('falls back the same way', () => {
    expectReadOnlyFallback(run)
    expect(run.summary).toContain('Resource not accessible by integration')
  })
})

describe('a token that may write checks but not pull requests', () => {
  let s: PrScenario
  let run: ActionRun
  const CHECKS_ONLY = 'ghs_checksOnly000000000000000000000000'

  beforeAll(async () => {
    s = await prScenario({ head: FILES })
    s.emulator.addToken(CHECKS_ONLY, {
      permissions: { checks: 'write', 'pull-requests': 'read', contents: 'read' }
    })
    run = await s.run({ token: CHECKS_ONLY })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('the refused review does not stop the check run from completing with every annotation', () => {
    const refused = s.emulator.state.requests.filter((r) => r.status === 403)
    expect(refused.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/repos/acme/photo-share/pulls/7/reviews']
    ])
    const [check] = s.emulator.state.checkRuns
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check.annotations).toHaveLength(ENV_CALLS + 2)
    expect(check.output.summary).toContain('inline comment(s) could not be posted')
    expect(run.exitCode).toBe(1)
    // Everything reached the check run: no log annotations needed.
    expect(run.annotations.filter((a) => a.properties.file !== undefined)).toHaveLength(0)
  })
})

// GitHub documents Dependabot's GITHUB_TOKEN as read-only by default, and `permissions:` can raise
// it: the action does not presume either way, it finds out from the first write.
describe('a Dependabot pull request', () => {
  let s: PrScenario
  const DEPENDABOT = { GITHUB_ACTOR: 'dependabot[bot]', GITHUB_TRIGGERING_ACTOR: 'dependabot[bot]' }

  beforeAll(async () => {
    s = await prScenario({ head: FILES })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('with a token that may write (permissions: raised), gets its check run and comments', async () => {
    const run = await s.run({ env: DEPENDABOT })
    expect(run.exitCode).toBe(1)
    const [check] = s.emulator.state.checkRuns
    expect(s.emulator.state.checkRuns).toHaveLength(1)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: s.headSha })
    expect(check.annotations).toHaveLength(ENV_CALLS + 2)
    expect(s.emulator.state.reviewComments.length).toBeGreaterThan(0)
    expect(run.stdout).not.toContain('Read-only mode')
  }, 120_000)

  test('with the default read-only token, falls back as for forks after the first 403', async () => {
    const from = s.emulator.state.requests.length
    const run = await s.run({ env: DEPENDABOT, token: READ_TOKEN })
    const writes = s.emulator.state.requests.slice(from).filter((r) => r.method !== 'GET')
    expect(writes.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/repos/acme/photo-share/check-runs', 403]
    ])
    expectReadOnlyFallback(run)
  }, 120_000)
})

// GitHub's cap of 10 log annotations per type counts the action's own warnings too: findings get
// only the slots left, and a warning the job summary repeats is a plain log line in this mode.
const WARNINGS = 12
const EXPORTS = `<?php

namespace App\\Http\\Controllers;

class ExportController extends Controller
{
    public function paths(): array
    {
        return [
${Array.from({ length: WARNINGS }, (_, i) => `            'storage/app/export-${i + 1}',`).join('\n')}
        ];
    }
}
`
const WARNING_FILES = { 'app/Http/Controllers/ExportController.php': EXPORTS }
const findingAnnotations = (run: ActionRun, command: string) =>
  run.annotations.filter((a) => a.command === command && a.properties.file !== undefined)
const ownAnnotations = (run: ActionRun, command: string) =>
  run.annotations.filter((a) => a.command === command && a.properties.file === undefined)

describe("log annotations share GitHub's cap with the action's own messages", () => {
  test('a rate-limit warning takes a warning slot: 9 findings are log annotations, 3 summary-only', async () => {
    const s = await prScenario({ head: WARNING_FILES, fork: true })
    try {
      s.emulator.faults.secondaryRateLimit({
        retryAfterSeconds: 1,
        times: 1,
        match: { method: 'GET', path: /\/pulls\/\d+\/files$/ }
      })
      const run = await s.run({ token: READ_TOKEN, fork: true })
      expect(run.outputs).toMatchObject({ warnings: String(WARNINGS), conclusion: 'success' })
      expect(ownAnnotations(run, 'warning').map((a) => a.message)).toEqual([
        expect.stringMatching(/secondary rate limit/)
      ])
      expect(findingAnnotations(run, 'warning')).toHaveLength(9)
      expect(run.summary).toMatch(/Log annotation only \(no check run could be written\) \| 9 \|/)
      expect(run.summary).toMatch(
        /Listed in this summary only \(over GitHub's cap of 10 log annotations per type\) \| 3 \|/
      )
      expect(
        (run.summary.match(/1 warning slot\(s\) taken by the action's own messages/g) ?? []).length
      ).toBe(3)
    } finally {
      await s.cleanup()
    }
  }, 120_000)

  test('a workspace warning the summary repeats is a plain log line, leaving the 10 slots to findings', async () => {
    const s = await prScenario({ head: WARNING_FILES, fork: true, depth: 1 })
    try {
      // The head commit is neither checked out nor fetchable: the changed files come from the API.
      await runGit(s.checkout, ['remote', 'remove', 'origin'])
      const run = await s.run({ token: READ_TOKEN, fork: true })
      expect(run.summary).toContain('read from the API')
      expect(ownAnnotations(run, 'warning')).toEqual([])
      expect(run.stdout).toMatch(/^Warning: Commit [0-9a-f]+ is not in the checkout/m)
      expect(findingAnnotations(run, 'warning')).toHaveLength(10)
      expect(run.summary).toMatch(/Log annotation only \(no check run could be written\) \| 10 \|/)
      expect(run.summary).toMatch(
        /Listed in this summary only \(over GitHub's cap of 10 log annotations per type\) \| 2 \|/
      )
    } finally {
      await s.cleanup()
    }
  }, 120_000)
})
