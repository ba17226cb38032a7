// Reconciling the action's review comments in the situations a simple re-run does not cover: a run of
// an older commit after a newer push, a push that leaves nothing to audit, renamed files, pushes that
// only change the evidence links, and a review GitHub refuses as a whole.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ActionRun } from '../../test-support/action-harness.js'
import { prScenario, type PrScenario } from './helpers.js'

const live = (s: PrScenario) => s.emulator.state.reviewComments.filter((c) => c.inReplyToId === null)

/** Requests since `from` that create, change or resolve review comments. */
function commentWrites(s: PrScenario, from: number): string[] {
  return s.emulator.state.requests
    .slice(from)
    .filter(
      (r) =>
        (r.method === 'POST' && /\/pulls\/\d+\/(reviews|comments)$/.test(r.path)) ||
        (r.method === 'POST' && /\/replies$/.test(r.path)) ||
        ((r.method === 'PATCH' || r.method === 'DELETE') && /\/pulls\/comments\/\d+$/.test(r.path)) ||
        (r.path === '/graphql' && /^\s*mutation\b/.test(String((r.body as { query?: unknown }).query)))
    )
    .map((r) => `${r.method} ${r.path}`)
}

const AVATAR_CONTROLLER = `<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;

class AvatarController extends Controller
{
    public function update(Request $request)
    {
        $path = $request->file('avatar')->store('avatars');

        return response()->json(['path' => $path]);
    }
}
`

describe('a push that changes nothing about the finding (evidence links embed the commit)', () => {
  let s: PrScenario
  let first: string

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Http/Controllers/AvatarController.php': AVATAR_CONTROLLER } })
    expect((await s.run()).exitCode).toBe(1)
    first = s.headSha
  }, 120_000)
  afterAll(() => s.cleanup())

  test('the comment links its evidence at the audited commit', () => {
    const [comment] = live(s)
    expect(comment.body).toContain('Why:')
    expect(comment.body).toContain(`/blob/${first}/config/filesystems.php#L`)
  })

  test('a README-only push edits no comment', async () => {
    await s.push({ 'README.md': '# Photo Share\n\nA README-only change.\n' })
    const before = live(s)[0].body
    const from = s.emulator.state.requests.length
    expect((await s.run()).exitCode).toBe(1)
    expect(
      s.emulator.state.requests
        .slice(from)
        .filter((r) => r.method === 'PATCH' && /\/pulls\/comments\//.test(r.path))
    ).toHaveLength(0)
    expect(commentWrites(s, from)).toEqual([])
    expect(live(s)[0].body).toBe(before)
  }, 120_000)
})

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

const REVIEWS = { method: 'POST', path: /\/pulls\/\d+\/reviews$/ }
const reviewPosts = (s: PrScenario) =>
  s.emulator.state.requests.filter((r) => r.method === 'POST' && REVIEWS.path.test(r.path))

describe.each([
  {
    what: 'a 422 that names no entry',
    errors: ['User can only have one pending review per pull request'],
    posts: 1
  },
  {
    what: 'a 422 that blames an entry, for every part of the review',
    errors: ['Pull request review thread line must be part of the diff'],
    posts: 3
  }
])('GitHub refuses the whole review: $what', ({ errors, posts }) => {
  let s: PrScenario
  let run: ActionRun

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Settings.php': envCalls(12) } })
    s.emulator.faults.failNext(100, 422, REVIEWS, {
      message: 'Unprocessable Entity',
      errors,
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422'
    })
    run = await s.run()
    s.emulator.faults.clear()
  }, 180_000)
  afterAll(() => s.cleanup())

  test(`stops after ${posts} createReview request(s), not a bisection of every entry`, () => {
    expect(reviewPosts(s)).toHaveLength(posts)
    expect(reviewPosts(s).every((r) => r.status === 422)).toBe(true)
  })

  test('every finding is still an annotation on the completed check run, and the summary says why', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs.findings).toBe('12')
    const [check] = s.emulator.state.checkRuns
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check.annotations).toHaveLength(12)
    expect(s.emulator.state.reviewComments).toHaveLength(0)
    expect(run.summary).toMatch(/GitHub rejected a review of \d+ inline comment\(s\)/)
    expect(run.summary).toContain(errors[0])
  })
})
