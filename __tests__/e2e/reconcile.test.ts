// Reconciling the action's review comments in the situations a simple re-run does not cover: a run of
// an older commit after a newer push, a push that leaves nothing to audit, renamed files, pushes that
// only change the evidence links, and a review GitHub refuses as a whole.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ActionRun } from '../../test-support/action-harness.js'
import { lineOf, prScenario, type PrScenario, type RunPoint } from './helpers.js'

function supportClass(name: string, body: string): string {
  return `<?php

namespace App\\Support;

class ${name}
{
    public static function value(): ?string
    {
${body}
    }
}
`
}

const KEYS_FIXED = supportClass('Keys', "        return config('services.api.key');")
const KEYS_ENV = supportClass('Keys', "        return env('API_KEY');")
const REGION_FIXED = supportClass('Region', "        return config('services.region');")
const REGION_ENV = supportClass('Region', "        return env('REGION');")

const live = (s: PrScenario) => s.emulator.state.reviewComments.filter((c) => c.inReplyToId === null)
const repliesTo = (s: PrScenario, id: number) =>
  s.emulator.state.replies.filter((r) => r.inReplyToId === id).map((r) => r.body.split('\n')[0])
const marker = (body: string) => /stateless-audit:fp=([0-9a-f]+)/.exec(body)?.[1]

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

async function humanReply(s: PrScenario, commentId: number, text: string): Promise<void> {
  const token = 'ghp_humanToken000000000000000000000000'
  s.emulator.addToken(token, { permissions: 'write', login: 'reviewer' })
  const response = await fetch(
    `${s.emulator.url}/repos/acme/photo-share/pulls/${s.number}/comments/${commentId}/replies`,
    {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: text })
    }
  )
  expect(response.status).toBe(201)
}

describe('a run of an older commit after a newer push ("Re-run jobs", no cancel-in-progress)', () => {
  let s: PrScenario
  let old: RunPoint
  let newSha: string
  let keysComment: number
  let regionComment: number

  beforeAll(async () => {
    s = await prScenario({
      base: { 'app/Support/Keys.php': KEYS_FIXED },
      head: { 'app/Support/Keys.php': KEYS_ENV }
    })
    expect((await s.run()).exitCode).toBe(1)
    old = s.point()
    keysComment = live(s)[0].id
    // The next push reverts Keys.php and adds the problem elsewhere.
    newSha = await s.push({ 'app/Support/Keys.php': KEYS_FIXED, 'app/Support/Region.php': REGION_ENV })
    expect((await s.run()).exitCode).toBe(1)
    regionComment = live(s).find((c) => c.path === 'app/Support/Region.php')?.id ?? 0
  }, 180_000)
  afterAll(() => s.cleanup())

  test('the newer head’s run resolved the fixed finding and commented the new one', () => {
    expect(repliesTo(s, keysComment)).toEqual([`Fixed in ${newSha}.`])
    expect(s.emulator.state.threadOfComment(keysComment)?.isResolved).toBe(true)
    expect(regionComment).toBeGreaterThan(0)
    expect(s.emulator.state.threadOfComment(regionComment)?.isResolved).toBe(false)
  })

  test('the old run audits its own commit’s diff and leaves every comment alone', async () => {
    const from = s.emulator.state.requests.length
    const run = await s.run({ at: old })
    // The audited commit's diff: Keys.php is changed there (the pull request's files no longer list it).
    expect(run.exitCode).toBe(1)
    expect(run.outputs.findings).toBe('1')
    expect(commentWrites(s, from)).toEqual([])
    expect(repliesTo(s, keysComment)).toEqual([`Fixed in ${newSha}.`])
    expect(s.emulator.state.threadOfComment(keysComment)?.isResolved).toBe(true)
    expect(repliesTo(s, regionComment)).toEqual([])
    expect(s.emulator.state.threadOfComment(regionComment)?.isResolved).toBe(false)
    // The check run of the audited commit is completed, with the finding of that commit.
    const check = s.emulator.state.checkRuns.filter((c) => c.headSha === old.headSha).at(-1)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check?.annotations.map((a) => a.path)).toEqual(['app/Support/Keys.php'])
    const says = `A newer commit ${newSha.slice(0, 7)} is the pull request's head; its run manages the review comments.`
    expect(run.summary).toContain(says)
    expect(check?.output.summary).toContain(says)
    expect(run.stdout).toContain(says)
    expect(run.summary).toContain(`no longer its head (\`${newSha.slice(0, 7)}\` is)`)
    expect(s.emulator.state.requests.slice(from).map((r) => `${r.method} ${r.path}`)).toContain(
      'GET /repos/acme/photo-share/pulls/7'
    )
  }, 120_000)

  test('without git objects, the audited commit’s diff comes from the compare API', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'no-git-'))
    try {
      await cp(old.checkout, dir, { recursive: true, filter: (src) => path.basename(src) !== '.git' })
      const from = s.emulator.state.requests.length
      const run = await s.run({ at: { ...old, checkout: dir } })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.findings).toBe('1')
      const paths = s.emulator.state.requests.slice(from).map((r) => `${r.method} ${r.path}`)
      expect(paths).toContain(`GET /repos/acme/photo-share/compare/${s.baseSha}...${old.headSha}`)
      expect(paths.some((p) => p.endsWith('/pulls/7/files'))).toBe(false)
      expect(commentWrites(s, from)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)

  test('the head’s own re-run still manages the comments', async () => {
    const from = s.emulator.state.requests.length
    const run = await s.run()
    expect(run.exitCode).toBe(1)
    expect(run.summary).not.toContain('A newer commit')
    expect(commentWrites(s, from)).toEqual([])
    expect(live(s)).toHaveLength(2)
  }, 120_000)
})

describe('a push after which nothing is left to audit', () => {
  let s: PrScenario
  let run: ActionRun
  let pushed: string

  beforeAll(async () => {
    s = await prScenario({
      base: { 'app/Support/Keys.php': KEYS_FIXED },
      head: { 'app/Support/Keys.php': KEYS_ENV, 'app/Support/Region.php': REGION_ENV }
    })
    expect((await s.run()).exitCode).toBe(1)
    expect(live(s)).toHaveLength(2)
    // Keys.php reverted to the base, Region.php (new in the pull request) dropped: only the README changes.
    pushed = await s.push({
      'app/Support/Keys.php': KEYS_FIXED,
      'app/Support/Region.php': null,
      'README.md': '# Photo Share\n\nNow with notes.\n'
    })
    run = await s.run()
  }, 180_000)
  afterAll(() => s.cleanup())

  test('the check passes with nothing to audit', () => {
    expect(run.exitCode).toBe(0)
    expect(run.outputs.conclusion).toBe('success')
    expect(run.summary).toContain('nothing to audit')
  })

  test('the earlier comments are answered and resolved, without an audit', () => {
    const byPath = new Map(live(s).map((c) => [c.path, c.id]))
    const keys = byPath.get('app/Support/Keys.php') ?? 0
    const region = byPath.get('app/Support/Region.php') ?? 0
    // Keys.php is still there: its finding is no longer part of the change. Region.php is gone.
    expect(repliesTo(s, keys)).toEqual([
      `No longer part of the lines this pull request changes (as of ${pushed}).`
    ])
    expect(repliesTo(s, region)).toEqual([`Fixed in ${pushed}.`])
    expect(s.emulator.state.threadOfComment(keys)?.isResolved).toBe(true)
    expect(s.emulator.state.threadOfComment(region)?.isResolved).toBe(true)
    expect(run.summary).toContain('2 inline comment(s) from earlier runs were answered and resolved')
    expect(run.stdout).not.toMatch(/file\(s\) audited/)
  })

  test('running again answers nothing more', async () => {
    const from = s.emulator.state.requests.length
    expect((await s.run()).exitCode).toBe(0)
    expect(commentWrites(s, from)).toEqual([])
  }, 120_000)
})

describe('a pull request that renames a file with a finding', () => {
  let s: PrScenario
  let run: ActionRun
  let pushed: string
  let keysComment: { id: number; body: string }
  let regionComment: { id: number; body: string }

  beforeAll(async () => {
    s = await prScenario({
      base: { 'app/Support/Keys.php': KEYS_FIXED, 'app/Support/Region.php': REGION_FIXED },
      head: { 'app/Support/Keys.php': KEYS_ENV, 'app/Support/Region.php': REGION_ENV }
    })
    expect((await s.run()).exitCode).toBe(1)
    const byPath = new Map(live(s).map((c) => [c.path, c]))
    keysComment = byPath.get('app/Support/Keys.php') as { id: number; body: string }
    regionComment = byPath.get('app/Support/Region.php') as { id: number; body: string }
    await humanReply(s, regionComment.id, 'Will move this class first.')
    // `git mv` of both files: GitHub lists them as renamed, with `previous_filename`.
    pushed = await s.push({
      'app/Support/Keys.php': null,
      'app/Support/ApiKeys.php': KEYS_ENV,
      'app/Support/Region.php': null,
      'app/Domain/Region.php': REGION_ENV
    })
    run = await s.run({ inputs: { 'sarif-file': 'out/audit.sarif' } })
  }, 180_000)
  afterAll(() => s.cleanup())

  test('GitHub lists the files as renamed', async () => {
    const files = s.emulator.state.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/files'))
    const last = files.at(-1)?.response as Array<{
      filename: string
      status: string
      previous_filename?: string
    }>
    expect(last.filter((f) => f.status === 'renamed').map((f) => [f.previous_filename, f.filename])).toEqual(
      expect.arrayContaining([
        ['app/Support/Keys.php', 'app/Support/ApiKeys.php'],
        ['app/Support/Region.php', 'app/Domain/Region.php']
      ])
    )
  })

  test('no "Fixed": the findings moved, so each gets a comment at its new path', () => {
    expect(run.exitCode).toBe(1)
    // GitHub outdates a comment whose file was renamed (`line: null`): it cannot follow it there.
    expect(
      live(s)
        .map((c) => `${c.path}:${c.line}`)
        .sort()
    ).toEqual([
      `app/Domain/Region.php:${lineOf(REGION_ENV, 'env(')}`,
      `app/Support/ApiKeys.php:${lineOf(KEYS_ENV, 'env(')}`,
      'app/Support/Region.php:null'
    ])
    for (const r of s.emulator.state.replies) expect(r.body).not.toMatch(/^Fixed in/)
    // No one replied to the comment on Keys.php: it is deleted, as for a finding moved to another line.
    expect(s.emulator.state.deletedCommentIds).toContain(keysComment.id)
    // The one with a reply stays, answered "Moved to …" and resolved.
    expect(repliesTo(s, regionComment.id)).toEqual([
      'Will move this class first.',
      `Moved to \`app/Domain/Region.php:${lineOf(REGION_ENV, 'env(')}\` in ${pushed}.`
    ])
    expect(s.emulator.state.threadOfComment(regionComment.id)?.isResolved).toBe(true)
  })

  test('fingerprints in SARIF and in the new markers stay those of the new paths', async () => {
    const sarif = JSON.parse(await readFile(path.join(s.checkout, 'out/audit.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>
          partialFingerprints: Record<string, string>
        }>
      }>
    }
    const prints = new Map(
      sarif.runs[0].results.map((r) => [
        r.locations[0].physicalLocation.artifactLocation.uri,
        Object.values(r.partialFingerprints)[0]
      ])
    )
    const newComment = live(s).find((c) => c.path === 'app/Support/ApiKeys.php')
    expect(prints.get('app/Support/ApiKeys.php')).toBe(marker(newComment?.body ?? ''))
    expect(prints.get('app/Support/ApiKeys.php')).not.toBe(marker(keysComment.body))
  })

  test('the next run keeps the new comments as they are', async () => {
    const from = s.emulator.state.requests.length
    expect((await s.run()).exitCode).toBe(1)
    expect(commentWrites(s, from)).toEqual([])
  }, 120_000)
})

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
