// A flaky, rate-limited GitHub, and a pull request with more findings than one request can carry.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ActionRun } from '../../test-support/action-harness.js'
import { callBudget, callCounts, prScenario, type PrScenario } from './helpers.js'

function envCalls(count: number): string {
  return `<?php

namespace App\\Support;

class Settings
{
    public static function all(): array
    {
        return [
${Array.from({ length: count }, (_, i) => `            env('SETTING_${i + 1}'),`).join('\n')}
        ];
    }
}
`
}

describe('500s on the first calls and a secondary rate limit mid-run', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Settings.php': envCalls(3) } })
    s.emulator.faults.failNext(2, 500)
    s.emulator.faults.failNext(1, 502, { method: 'GET', path: /\/pulls\/\d+\/files$/ })
    s.emulator.faults.secondaryRateLimit({
      retryAfterSeconds: 1,
      times: 2,
      match: { method: 'POST', path: /\/reviews$/ }
    })
    run = await s.run()
  }, 180_000)
  afterAll(() => s.cleanup())

  test('the faults really happened', () => {
    const faults = s.emulator.state.requests.filter((r) => r.fault !== undefined).map((r) => r.status)
    expect(faults.filter((status) => status >= 500).length).toBeGreaterThanOrEqual(3)
    expect(faults).toContain(403)
  })

  test('the run still completes and reports every finding', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ findings: '3', conclusion: 'failure' })
    const [check] = s.emulator.state.checkRuns
    expect(s.emulator.state.checkRuns).toHaveLength(1)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: s.headSha })
    expect(check.annotations).toHaveLength(3)
    expect(s.emulator.state.reviewComments).toHaveLength(3)
    expect(s.emulator.state.reviews).toHaveLength(1)
    expect(run.stdout).toMatch(/secondary rate limit/)
  })
})

describe('120 findings', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Settings.php': envCalls(120) } })
    run = await s.run()
  }, 180_000)
  afterAll(() => s.cleanup())

  test('all 120 reach the check run, in 3 annotation batches', () => {
    const [check] = s.emulator.state.checkRuns
    expect(check.annotations).toHaveLength(120)
    expect(new Set(check.annotations.map((a) => a.start_line)).size).toBe(120)
    const updates = s.emulator.state.requests.filter(
      (r) => r.method === 'PATCH' && /\/check-runs\/\d+$/.test(r.path)
    )
    expect(updates).toHaveLength(3)
    expect(
      updates.map(
        (r) => ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length
      )
    ).toEqual([50, 50, 20])
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })

  test('one review with 50 inline comments; the other 70 are annotations, and the summary says why', () => {
    expect(s.emulator.state.reviews).toHaveLength(1)
    expect(s.emulator.state.reviewComments).toHaveLength(50)
    const summary = s.emulator.state.checkRuns[0].output.summary ?? ''
    expect(summary).toMatch(/Inline review comment, new in this run \(also an annotation\) \| 50 \|/)
    expect(summary).toMatch(
      /Annotation only \(could not be placed inline, or inline comments are off\) \| 70 \|/
    )
    expect(summary).toContain('over the cap of 50 new inline comments per run')
    expect(run.outputs.findings).toBe('120')
  })

  test('stays within the API call budget', () => {
    const counts = callCounts(s.emulator)
    expect(counts.total).toBeLessThanOrEqual(callBudget(counts, 1, 120))
  })
})

// GitHub limits a check run's summary to 65535 UTF-8 bytes, not characters: a summary cut to fit in
// characters is rejected (422 "summary exceeds a maximum bytesize of 65535") when its paths and
// messages are not ASCII.
describe('many findings in a file with a non-ASCII name', () => {
  let s: PrScenario
  let run: ActionRun
  const FILE = 'app/Support/設定/パラメーター.php'
  const COUNT = 250
  const key = (i: number): string => `設定値_${'データベース接続'.repeat(4)}_${i + 1}`
  const SOURCE = `<?php

namespace App\\Support;

class Parameters
{
    public static function all(): array
    {
        return [
${Array.from({ length: COUNT }, (_, i) => `            env('${key(i)}'),`).join('\n')}
        ];
    }
}
`

  beforeAll(async () => {
    s = await prScenario({ head: { [FILE]: SOURCE } })
    run = await s.run()
  }, 180_000)
  afterAll(() => s.cleanup())

  test('the check run completes with its summary cut to 65535 bytes and every annotation', () => {
    expect(s.emulator.state.requests.filter((r) => r.status === 422)).toEqual([])
    const [check] = s.emulator.state.checkRuns
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check.annotations).toHaveLength(COUNT)
    expect(check.annotations[0].path).toBe(FILE)
    const summary = check.output.summary ?? ''
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(65_535)
    // Cut, not dropped: the rows that did not fit are counted and the full list is elsewhere.
    expect(summary).toMatch(/more rows? of findings introduced by this change did not fit here/)
    expect(summary).toContain(`${FILE}:`)
    expect(run.outputs).toMatchObject({ findings: String(COUNT), conclusion: 'failure' })
    for (let i = 0; i < COUNT; i++) expect(run.summary).toContain(key(i))
  })
})

// DESIGN: "Always finish with a conclusion … a required check that never reports blocks merges
// forever." When the update that carries the report fails, a second, minimal one completes the run.
describe('the update that completes the check run fails', () => {
  const CHECK_PATCH = { method: 'PATCH', path: /\/check-runs\/\d+$/ }
  let s: PrScenario

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Settings.php': envCalls(3) } })
  }, 120_000)
  afterAll(() => s.cleanup())

  const patches = (from: number) =>
    s.emulator.state.requests
      .slice(from)
      .filter((r) => r.method === 'PATCH' && CHECK_PATCH.path.test(r.path))
      .map((r) => ({
        status: r.status,
        body: r.body as { status?: string; output?: { annotations?: unknown[] } }
      }))

  test('with 502s after the retries: completed with its conclusion and a pointer to the job summary', async () => {
    const from = s.emulator.state.requests.length
    const runsBefore = s.emulator.state.checkRuns.length
    s.emulator.faults.failNext(4, 502, CHECK_PATCH) // the request and its 3 retries
    const run = await s.run()
    const check = s.emulator.state.checkRuns[runsBefore]
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: s.headSha })
    expect(check.output.summary).toContain('The full report could not be attached to this check run')
    expect(check.output.summary).toContain('job summary')
    expect(check.output.title).toMatch(/^3 findings .*: the report is in the job summary$/)
    const sent = patches(from)
    expect(sent.map((p) => p.status)).toEqual([502, 502, 502, 502, 200])
    expect(sent[4].body.status).toBe('completed')
    expect(sent[4].body.output?.annotations).toBeUndefined()
    // The findings are inline comments; the job summary says the check run has no report.
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ findings: '3', conclusion: 'failure' })
    expect(s.emulator.state.reviewComments).toHaveLength(3)
    expect(run.summary).toContain('The check run could not take the full report')
    expect(run.summary).toMatch(/Inline review comment, new in this run \| 3 \|/)
  }, 120_000)

  test('when the minimal update fails too (422): an error annotation says the check stays in progress', async () => {
    const runsBefore = s.emulator.state.checkRuns.length
    s.emulator.faults.failNext(2, 422, CHECK_PATCH)
    const run = await s.run()
    expect(s.emulator.state.checkRuns[runsBefore]).toMatchObject({ status: 'in_progress' })
    const errors = run.annotations.filter((a) => a.command === 'error' && a.properties.file === undefined)
    expect(errors.map((a) => a.message).join('\n')).toContain('could not be completed and stays in progress')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    expect(run.summary).toContain('it stays in progress')
  }, 120_000)
})
