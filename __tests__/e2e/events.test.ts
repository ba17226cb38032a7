// Events other than pull_request: merge queue, pushes, scheduled/manual runs, unsupported events,
// and a monorepo app in a working directory.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import {
  commitOnBranch,
  createLaravelRepo,
  runAction,
  type ActionRun,
  type LaravelRepo
} from '../../test-support/action-harness.js'
import {
  EMULATOR_VALIDATES_RESPONSES,
  lineOf,
  NAME,
  OWNER,
  prScenario,
  REPOSITORY,
  WRITE_TOKEN,
  type PrScenario
} from './helpers.js'

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

describe('events without a pull request', () => {
  let emulator: Emulator
  let fixture: LaravelRepo
  let headSha: string

  beforeAll(async () => {
    emulator = await startEmulator({ validateResponses: EMULATOR_VALIDATES_RESPONSES })
    fixture = await createLaravelRepo()
    headSha = await commitOnBranch(fixture.repo, 'feature', fixture.baseSha, { 'app/Support/Keys.php': KEYS })
    emulator.addRepo({ owner: OWNER, name: NAME, gitDir: fixture.repo.dir })
    emulator.addToken(WRITE_TOKEN, { permissions: 'write' })
  }, 60_000)
  afterAll(async () => {
    await emulator.close()
    await fixture.cleanup()
  })

  const runEvent = (eventName: string, payload: Record<string, unknown>, sha = headSha): Promise<ActionRun> =>
    runAction({
      api: emulator,
      repository: REPOSITORY,
      eventName,
      payload,
      workspace: fixture.repo.dir,
      sha,
      inputs: { 'github-token': WRITE_TOKEN }
    })

  test('merge_group: base_sha...head_sha from local git, a check run with annotations, no review', async () => {
    const from = emulator.state.requests.length
    const run = await runEvent('merge_group', {
      merge_group: {
        head_sha: headSha,
        base_sha: fixture.baseSha,
        head_ref: 'gh-readonly-queue/main/pr-7',
        base_ref: 'main'
      }
    })
    expect(run.exitCode).toBe(1)
    const check = emulator.state.checkRuns.at(-1)
    expect(check).toMatchObject({ headSha, conclusion: 'failure' })
    expect(check?.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(KEYS, 'env(')}`
    ])
    const paths = emulator.state.requests.slice(from).map((r) => r.path)
    expect(paths.some((p) => p.includes('/pulls'))).toBe(false)
    expect(emulator.state.reviews).toHaveLength(0)
    // Only the change is in scope: the example app's own warnings are "not introduced".
    expect(run.outputs.findings).toBe('1')
  }, 120_000)

  test('push: the pushed range', async () => {
    const run = await runEvent('push', { before: fixture.baseSha, after: headSha, ref: 'refs/heads/feature' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ findings: '1', conclusion: 'failure' })
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ headSha, conclusion: 'failure' })
  }, 120_000)

  test('push of a new branch (before is all zeros): the whole app', async () => {
    const run = await runEvent('push', {
      before: '0'.repeat(40),
      after: headSha,
      ref: 'refs/heads/feature',
      created: true
    })
    // The example app's two pre-existing warnings count too now.
    expect(Number(run.outputs.findings)).toBeGreaterThan(1)
    expect(run.summary).toContain('whole app')
  }, 120_000)

  test('push whose "before" commit is gone (a force push): the whole app, with a warning', async () => {
    const run = await runEvent('push', { before: '1234567'.padEnd(40, 'a'), after: headSha, forced: true })
    expect(run.stdout).toContain('The pushed range could not be computed')
    expect(Number(run.outputs.findings)).toBeGreaterThan(1)
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ headSha, status: 'completed' })
  }, 120_000)

  test('workflow_dispatch on the base: the whole app, whose findings are warnings only, passes', async () => {
    await fixture.repo.checkout('main')
    const run = await runEvent('workflow_dispatch', { ref: 'refs/heads/main' }, fixture.baseSha)
    await fixture.repo.checkout('feature')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ errors: '0', conclusion: 'success' })
    expect(Number(run.outputs.warnings)).toBeGreaterThan(0)
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ headSha: fixture.baseSha, conclusion: 'success' })
  }, 120_000)

  test('an unsupported event: a clear message, a neutral conclusion, exit code 0', async () => {
    const run = await runEvent('issue_comment', { action: 'created' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.conclusion).toBe('neutral')
    expect(run.stdout).toContain('does not run on "issue_comment" events')
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ conclusion: 'neutral', status: 'completed' })
  }, 120_000)
})

describe('a monorepo app in a working directory', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({
      subdir: 'apps/web',
      head: { 'apps/web/app/Support/Keys.php': KEYS, 'docs/notes.md': 'notes\n' }
    })
    run = await s.run({ inputs: { 'working-directory': 'apps/web', 'sarif-file': 'out/results.sarif' } })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('comments and annotations use repository paths', () => {
    expect(run.exitCode).toBe(1)
    expect(s.emulator.state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual([
      `apps/web/app/Support/Keys.php:${lineOf(KEYS, 'env(')}`
    ])
    expect(s.emulator.state.checkRuns[0].annotations.map((a) => a.path)).toEqual([
      'apps/web/app/Support/Keys.php'
    ])
  })

  test('writes SARIF with repository-relative URIs and names it in the outputs', async () => {
    expect(run.outputs['sarif-file']).toMatch(/out\/results\.sarif$/)
    const { readFile } = await import('node:fs/promises')
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file'], 'utf8')) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>
      }>
    }
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)
    expect(uris).toContain('apps/web/app/Support/Keys.php')
    await rm(run.outputs['sarif-file'])
  })
})
