// End to end through the emulator: the built action on a pull request, as a runner runs it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { EXAMPLE_APP, type ActionRun } from '../../test-support/action-harness.js'
import { callBudget, callCounts, lineOf, prScenario, type PrScenario } from './helpers.js'

const AVATAR_CONTROLLER = `<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;

class AvatarController extends Controller
{
    public function update(Request $request)
    {
        $request->validate(['avatar' => ['required', 'image']]);

        $path = $request->file('avatar')->store('avatars');

        return response()->json(['path' => $path]);
    }
}
`

const envExample = readFileSync(path.join(EXAMPLE_APP, '.env.example'), 'utf8')
const consolePhp = readFileSync(path.join(EXAMPLE_APP, 'routes/console.php'), 'utf8')
const ENV_WITH_FILE_SESSIONS = envExample.replace('SESSION_DRIVER=redis', 'SESSION_DRIVER=file')
const CONSOLE_WITH_SCHEDULE = `${consolePhp}\nSchedule::command('reports:send')->hourly();\n`

describe('a pull request that introduces local state', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({
      head: {
        'app/Http/Controllers/AvatarController.php': AVATAR_CONTROLLER,
        '.env.example': ENV_WITH_FILE_SESSIONS,
        'routes/console.php': CONSOLE_WITH_SCHEDULE
      }
    })
    run = await s.run()
  }, 120_000)
  afterAll(() => s.cleanup())

  test('posts exactly three inline comments, on the lines that introduce the state, in one review', () => {
    const comments = s.emulator.state.reviewComments
    const places = comments.map((c) => `${c.path}:${c.startLine ?? c.line}`).sort()
    expect(places).toEqual(
      [
        `.env.example:${lineOf(ENV_WITH_FILE_SESSIONS, 'SESSION_DRIVER=file')}`,
        `app/Http/Controllers/AvatarController.php:${lineOf(AVATAR_CONTROLLER, "->store('avatars')")}`,
        `routes/console.php:${lineOf(CONSOLE_WITH_SCHEDULE, 'reports:send')}`
      ].sort()
    )
    const rule = (p: string): string | undefined => comments.find((c) => c.path === p)?.body
    expect(rule('.env.example')).toContain('`session-driver-local`')
    expect(rule('app/Http/Controllers/AvatarController.php')).toContain('`upload-to-local-disk`')
    expect(rule('routes/console.php')).toContain('`schedule-without-on-one-server`')
    expect(s.emulator.state.reviews).toHaveLength(1)
    expect(s.emulator.state.reviews[0]).toMatchObject({ state: 'COMMENTED', commitId: s.headSha })
    for (const c of comments) {
      expect(c.side).toBe('RIGHT')
      expect(c.body).toMatch(/<!-- stateless-audit:fp=[0-9a-f]{32} -->/)
      expect(c.body).toContain('/docs/rules/')
    }
  })

  test('offers the mechanical fix for the schedule as a suggestion', () => {
    const body = s.emulator.state.reviewComments.find((c) => c.path === 'routes/console.php')?.body ?? ''
    expect(body).toMatch(/```suggestion\n[^`]*onOneServer\(\)[^`]*\n```/)
  })

  test('never prints an .env value', () => {
    const everything = [
      run.stdout,
      run.stderr,
      run.summary,
      ...s.emulator.state.reviewComments.map((c) => c.body)
    ].join('\n')
    // The example's values that are not driver names must not leak.
    for (const value of ['photos.example.com', 'photo_share', '127.0.0.1:3306'])
      expect(everything).not.toContain(value)
  })

  test('completes a failing check run on the head sha whose summary lists the three findings', () => {
    const runs = s.emulator.state.checkRuns
    expect(runs).toHaveLength(1)
    const check = runs[0]
    expect(check).toMatchObject({
      name: 'stateless-audit',
      headSha: s.headSha,
      status: 'completed',
      conclusion: 'failure'
    })
    expect(check.headSha).not.toBe(s.mergeSha)
    const summary = check.output.summary ?? ''
    for (const id of ['session-driver-local', 'upload-to-local-disk', 'schedule-without-on-one-server']) {
      expect(summary).toContain(`\`${id}\``)
    }
    expect(summary).toMatch(/Inline review comment, new in this run \(also an annotation\) \| 3 \|/)
    // FILESYSTEM_DISK=local and LOG_STACK=single predate the pull request: counted, not commented.
    expect(summary).toMatch(
      /Not introduced by this change \(outside the changed lines\): not commented \| [1-9]\d* \|/
    )
    expect(check.annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(
      s.emulator.state.reviewComments.map((c) => `${c.path}:${c.startLine ?? c.line}`).sort()
    )
  })

  test('sets outputs and the exit code to match', () => {
    expect(run.outputs).toMatchObject({
      findings: '3',
      errors: '2',
      warnings: '1',
      notices: '0',
      conclusion: 'failure'
    })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('upload-to-local-disk')
  })

  test('stays within the API call budget', () => {
    const counts = callCounts(s.emulator)
    expect(counts.total).toBeLessThanOrEqual(callBudget(counts, 3, 3))
  })
})

describe('a pull request that touches only README.md', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: { 'README.md': '# Photo Share\n\nNow with a README.\n' } })
    run = await s.run()
  }, 120_000)
  afterAll(() => s.cleanup())

  test('completes one successful check run, "nothing to audit", and posts no review', () => {
    expect(s.emulator.state.checkRuns).toHaveLength(1)
    expect(s.emulator.state.checkRuns[0]).toMatchObject({
      headSha: s.headSha,
      status: 'completed',
      conclusion: 'success',
      output: expect.objectContaining({ title: 'Nothing to audit' })
    })
    expect(s.emulator.state.reviews).toHaveLength(0)
    expect(s.emulator.state.reviewComments).toHaveLength(0)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ findings: '0', conclusion: 'success' })
    expect(run.summary).toContain('nothing to audit')
  })

  test('needs five API calls: the check, the head, the files, earlier comments, the completed check', () => {
    // The head tells whether the audited commit is still the pull request's; the comments list finds
    // comments of earlier runs to resolve (none here, so no GraphQL and no write).
    expect(
      s.emulator.state.requests.map((r) => `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/N')}`)
    ).toEqual([
      'POST /repos/acme/photo-share/check-runs',
      'GET /repos/acme/photo-share/pulls/N',
      'GET /repos/acme/photo-share/pulls/N/files',
      'GET /repos/acme/photo-share/pulls/N/comments',
      'PATCH /repos/acme/photo-share/check-runs/N'
    ])
  })
})

describe('an audit that cannot run', () => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: { 'lib/Helper.php': "<?php\n\nreturn env('X');\n" } })
    // lib/ is not a Laravel app: the engine refuses it.
    run = await s.run({ inputs: { 'working-directory': 'lib' } })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('still completes its check run, as a failure with the error in the summary', () => {
    expect(s.emulator.state.checkRuns).toHaveLength(1)
    const [check] = s.emulator.state.checkRuns
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: s.headSha })
    expect(check.output.title).toBe('The audit could not finish')
    expect(check.output.summary).toContain('is not a Laravel app')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    expect(run.summary).toContain('is not a Laravel app')
  })
})

describe('check-run: false', () => {
  let s: PrScenario
  let run: ActionRun
  const CODE = `<?php

namespace App\\Support;

class Keys
{
    public static function api(): ?string
    {
        return env('API_KEY');
    }
}
`

  beforeAll(async () => {
    // The finding in .env.example sits on a line GitHub does not show: it cannot be commented inline.
    s = await prScenario({
      head: {
        'app/Support/Keys.php': CODE,
        '.env.example': ENV_WITH_FILE_SESSIONS.replace('APP_DEBUG=false', 'APP_DEBUG=true')
      }
    })
    run = await s.run({ inputs: { 'check-run': 'false', 'filter-mode': 'file' } })
  }, 120_000)
  afterAll(() => s.cleanup())

  test('writes no check run; inline comments where possible, log annotations for the rest', () => {
    expect(s.emulator.state.checkRuns).toHaveLength(0)
    expect(s.emulator.state.reviewComments.map((c) => c.path)).toContain('app/Support/Keys.php')
    const inline = new Set(s.emulator.state.reviewComments.map((c) => `${c.path}:${c.line}`))
    const logged = run.annotations.filter((a) => a.properties.file !== undefined)
    expect(logged.length).toBeGreaterThan(0)
    for (const a of logged) expect(inline.has(`${a.properties.file}:${a.properties.line}`)).toBe(false)
    expect(run.summary).toMatch(/\| Inline review comment, new in this run \| \d+ \|/)
    expect(run.summary).not.toContain('also an annotation')
    expect(run.exitCode).toBe(1)
  })
})
