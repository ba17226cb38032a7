// Where GitHub's pull-request files API falls short: the 3000-file cap, and files it sends without a
// `patch`. The action computes the diff with local git (fetching into a shallow checkout as needed).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { FixtureContent } from '../../test-support/github-emulator/git-fixture.js'
import type { ActionRun } from '../../test-support/action-harness.js'
import { lineOf, prScenario, runWithinBudget, type PrScenario } from './helpers.js'

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

describe('a pull request with more than 3000 files', () => {
  let s: PrScenario
  let run: ActionRun
  const FILLER = 3005

  beforeAll(async () => {
    const head: Record<string, FixtureContent> = {}
    // Sorted before app/: GitHub's list of 3000 stops before it reaches the PHP file.
    for (let i = 0; i < FILLER; i++)
      head[`.generated/file-${String(i).padStart(4, '0')}.txt`] = `generated ${i}\n`
    head['app/Support/Keys.php'] = KEYS
    s = await prScenario({ head })
    run = await runWithinBudget(s, FILLER + 1, 1)
  }, 300_000)
  afterAll(() => s.cleanup())

  test('GitHub really listed only 3000 files', () => {
    const pages = s.emulator.state.requests.filter((r) => /\/pulls\/\d+\/files$/.test(r.path))
    const listed = pages.reduce((n, r) => n + (Array.isArray(r.response) ? r.response.length : 0), 0)
    expect(listed).toBe(3000)
    expect(pages).toHaveLength(30)
  })

  test('the PHP file past the cap is still audited, via local git', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1', conclusion: 'failure' })
    const [check] = s.emulator.state.checkRuns
    expect(check.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(KEYS, 'env(')}`
    ])
    expect(check.output.summary).toContain('GitHub lists at most 3000 files of a pull request')
    expect(check.output.summary).toContain('local git')
    // GitHub shows no diff for it, so no inline comment: an annotation, and the summary says why.
    expect(s.emulator.state.reviewComments).toHaveLength(0)
    expect(check.output.summary).toContain('GitHub shows no diff for this file')
  })
})

describe('a file whose patch GitHub leaves out, in a shallow checkout', () => {
  let s: PrScenario
  let run: ActionRun
  const LINES = 3200
  const BIG = `<?php

namespace App\\Support;

class Big
{
    public static function values(): array
    {
        return [
${Array.from({ length: LINES }, (_, i) => (i === LINES - 5 ? "            env('HIDDEN_KEY')," : `            ${i},`)).join('\n')}
        ];
    }
}
`

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Big.php': BIG, 'app/Support/Keys.php': KEYS }, depth: 1 })
    run = await runWithinBudget(s, 2, 2)
  }, 180_000)
  afterAll(() => s.cleanup())

  test('GitHub really sent no patch for the big file', () => {
    const files = s.emulator.state.requests.find((r) => /\/pulls\/\d+\/files$/.test(r.path))
      ?.response as Array<{
      filename: string
      patch?: string
    }>
    expect(files.find((f) => f.filename === 'app/Support/Big.php')?.patch).toBeUndefined()
    expect(files.find((f) => f.filename === 'app/Support/Keys.php')?.patch).toBeDefined()
  })

  test('both files are audited on the right lines; the small one gets its inline comment', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs.findings).toBe('2')
    const [check] = s.emulator.state.checkRuns
    expect(check.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(
      [
        `app/Support/Big.php:${lineOf(BIG, 'HIDDEN_KEY')}`,
        `app/Support/Keys.php:${lineOf(KEYS, 'env(')}`
      ].sort()
    )
    expect(s.emulator.state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(KEYS, 'env(')}`
    ])
    expect(check.output.summary).toContain('GitHub sent no diff for `app/Support/Big.php`')
    expect(run.stdout).toMatch(/Fetching [0-9a-f]{7}/)
  })
})
