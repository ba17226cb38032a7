// Re-runs and pushes: one live comment per finding, whatever happens to the pull request.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { callBudget, callCounts, lineOf, prScenario, runWithinBudget, type PrScenario } from './helpers.js'

const FILLER = Array.from({ length: 10 }, (_, i) => `    // note ${i + 1}`).join('\n')

function keysClass(body: string): string {
  return `<?php

namespace App\\Support;

class Keys
{
    public static function api(): ?string
    {
${body}
    }
}
`
}

const ORIGINAL = keysClass("        return env('API_KEY');")
/** Ten lines inserted above the finding: GitHub moves the comment with its line. */
const SHIFTED = keysClass(`${FILLER}\n        return env('API_KEY');`)
/** The finding's line itself moved ten lines down (deleted and re-added): GitHub outdates the comment. */
const MOVED = keysClass(
  `${FILLER}\n        $fallback = null;\n${FILLER}\n        return env('API_KEY') ?? $fallback;`
)
/** Suppressed inline, on the line before: the finding's own line is unchanged, GitHub moves the comment. */
const SUPPRESSED = keysClass(
  `${FILLER}\n        $fallback = null;\n${FILLER}\n        // stateless-audit-ignore env-outside-config -- read before the config is cached\n        return env('API_KEY') ?? $fallback;`
)
const FIXED = keysClass("        return config('services.api.key');")

const live = (s: PrScenario) => s.emulator.state.reviewComments.filter((c) => c.inReplyToId === null)

describe('re-runs and pushes on one pull request', () => {
  let s: PrScenario

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Keys.php': ORIGINAL } })
  }, 60_000)
  afterAll(() => s.cleanup())

  test('the first run posts one comment', async () => {
    const run = await runWithinBudget(s, 1, 1)
    expect(run.exitCode).toBe(1)
    expect(live(s).map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(ORIGINAL, 'env(')}`
    ])
  }, 120_000)

  test('five more runs on the same head post nothing new and change nothing', async () => {
    const before = JSON.stringify(s.emulator.state.reviewComments)
    for (let i = 0; i < 5; i++) {
      const requestsBefore = s.emulator.state.requests.length
      const run = await s.run()
      expect(run.exitCode).toBe(1)
      expect(run.summary).toMatch(
        /Inline review comment from an earlier run, still in place \(also an annotation\) \| 1 \|/
      )
      // A re-run reads (files, comments, threads) and writes only the check run: no review, no comment update.
      const writes = s.emulator.state.requests
        .slice(requestsBefore)
        .filter((r) => r.method !== 'GET' && r.path !== '/graphql')
        .map((r) => `${r.method} ${r.path.replace(/\d+$/, 'N')}`)
      expect(writes).toEqual([
        'POST /repos/acme/photo-share/check-runs',
        'PATCH /repos/acme/photo-share/check-runs/N'
      ])
      const counts = callCounts(s.emulator, requestsBefore)
      expect(counts.total).toBeLessThanOrEqual(callBudget(counts, 1, 1))
    }
    expect(JSON.stringify(s.emulator.state.reviewComments)).toBe(before)
    expect(s.emulator.state.reviews).toHaveLength(1)
  }, 300_000)

  test('lines inserted above the finding: the comment follows its line, still one comment', async () => {
    await s.push({ 'app/Support/Keys.php': SHIFTED }, 'Insert ten lines above')
    const run = await runWithinBudget(s, 1, 1)
    expect(run.exitCode).toBe(1)
    expect(live(s).map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(SHIFTED, 'env(')}`
    ])
    expect(s.emulator.state.reviews).toHaveLength(1)
  }, 120_000)

  test('the finding moves ten lines down: its comment is re-anchored, not duplicated', async () => {
    const oldId = live(s)[0].id
    await s.push({ 'app/Support/Keys.php': MOVED }, 'Move the env() call')
    const run = await runWithinBudget(s, 1, 1)
    expect(run.exitCode).toBe(1)
    const comments = live(s)
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(MOVED, 'env(')}`
    ])
    expect(lineOf(MOVED, 'env(')).toBeGreaterThanOrEqual(lineOf(SHIFTED, 'env(') + 10)
    expect(comments[0].id).not.toBe(oldId)
    expect(s.emulator.state.deletedCommentIds).toContain(oldId)
    // The fingerprint does not depend on the line: the same marker moved.
    const marker = /stateless-audit:fp=([0-9a-f]+)/
    expect(marker.exec(comments[0].body)?.[1]).toHaveLength(32)
  }, 120_000)

  test('a push that suppresses it: a reply saying so, and the thread resolved', async () => {
    const sha = await s.push({ 'app/Support/Keys.php': SUPPRESSED }, 'Suppress with a reason')
    const run = await runWithinBudget(s, 1, 0)
    expect(run.exitCode).toBe(0)
    const [comment] = live(s)
    expect(comment.line).toBe(lineOf(SUPPRESSED, 'env('))
    const replies = s.emulator.state.replies.filter((r) => r.inReplyToId === comment.id)
    expect(replies.map((r) => r.body.split('\n')[0])).toEqual([
      `Suppressed with \`stateless-audit-ignore\` in ${sha}.`
    ])
    expect(s.emulator.state.threadOfComment(comment.id)?.isResolved).toBe(true)
  }, 120_000)

  test('the finding comes back: the resolved thread is reopened with a reply', async () => {
    const backSha = await s.push({ 'app/Support/Keys.php': MOVED }, 'Drop the suppression')
    const run = await runWithinBudget(s, 1, 1)
    expect(run.exitCode).toBe(1)
    const comments = live(s)
    expect(comments).toHaveLength(1)
    expect(s.emulator.state.threadOfComment(comments[0].id)?.isResolved).toBe(false)
    const replies = s.emulator.state.replies.filter((r) => r.inReplyToId === comments[0].id)
    expect(replies.map((r) => r.body.split('\n')[0])).toEqual([
      expect.stringMatching(/^Suppressed with /),
      `Reintroduced in ${backSha}.`
    ])
  }, 120_000)

  test('a push that fixes it: "Fixed in <sha>." and the thread resolved', async () => {
    const fixSha = await s.push({ 'app/Support/Keys.php': FIXED }, 'Read the key from config')
    const run = await runWithinBudget(s, 1, 0)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.conclusion).toBe('success')
    const [comment] = live(s)
    const replies = s.emulator.state.replies.filter((r) => r.inReplyToId === comment.id)
    expect(replies.map((r) => r.body.split('\n')[0]).at(-1)).toBe(`Fixed in ${fixSha}.`)
    expect(s.emulator.state.threadOfComment(comment.id)?.isResolved).toBe(true)
  }, 120_000)

  test('running again after the fix replies nothing more and stays within the call budget', async () => {
    const before = s.emulator.state.reviewComments.length
    const requestsBefore = s.emulator.state.requests.length
    await s.run()
    expect(s.emulator.state.reviewComments).toHaveLength(before)
    const writes = s.emulator.state.requests
      .slice(requestsBefore)
      .filter((r) => r.method !== 'GET' && r.path !== '/graphql')
    expect(writes).toHaveLength(2) // the check run, created and completed
    const counts = callCounts(s.emulator, requestsBefore)
    expect(counts.total).toBeLessThanOrEqual(callBudget(counts, 1, 0))
  }, 120_000)
})

describe('comments that are not the action’s own', () => {
  let s: PrScenario

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Keys.php': ORIGINAL } })
  }, 60_000)
  afterAll(() => s.cleanup())

  test('a person’s comment carrying the marker is never touched', async () => {
    await s.run()
    const ours = live(s)[0]
    // A reviewer quotes the bot's comment (marker included) on another line.
    const human = 'ghp_humanToken000000000000000000000000'
    s.emulator.addToken(human, { permissions: 'write', login: 'reviewer' })
    const response = await fetch(`${s.emulator.url}/repos/acme/photo-share/pulls/7/comments`, {
      method: 'POST',
      headers: { authorization: `token ${human}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        commit_id: s.headSha,
        path: 'app/Support/Keys.php',
        line: 1,
        side: 'RIGHT',
        body: `Quoting:\n${ours.body}`
      })
    })
    expect(response.status).toBe(201)
    await s.push({ 'app/Support/Keys.php': FIXED }, 'Fix')
    await s.run()
    const theirs = s.emulator.state.reviewComments.find((c) => c.user === 'reviewer')
    expect(theirs).toBeDefined()
    expect(s.emulator.state.replies.filter((r) => r.inReplyToId === theirs?.id)).toHaveLength(0)
    expect(s.emulator.state.threadOfComment(theirs?.id ?? 0)?.isResolved).toBe(false)
    expect(s.emulator.state.threadOfComment(ours.id)?.isResolved).toBe(true)
  }, 180_000)
})

describe('a GitHub App’s installation token', () => {
  // actions/create-github-app-token and the like: the token is `ghs_…` like GITHUB_TOKEN, but the
  // comments are written by the app's bot account, not github-actions[bot].
  const APP_TOKEN = 'ghs_appToken000000000000000000000000'
  let s: PrScenario

  beforeAll(async () => {
    s = await prScenario({ head: { 'app/Support/Keys.php': ORIGINAL } })
    s.emulator.addToken(APP_TOKEN, { permissions: 'write', login: 'acme-audit[bot]' })
  }, 60_000)
  afterAll(() => s.cleanup())

  test('re-runs recognise the app’s own comments (from its check run): no duplicate, then resolved when fixed', async () => {
    const first = await s.run({ token: APP_TOKEN })
    expect(first.exitCode).toBe(1)
    expect(live(s).map((c) => c.user)).toEqual(['acme-audit[bot]'])
    const second = await s.run({ token: APP_TOKEN })
    expect(live(s)).toHaveLength(1)
    expect(s.emulator.state.reviews).toHaveLength(1)
    expect(second.stdout).toContain(
      "Comments of acme-audit[bot] (the check run's app) with the stateless-audit marker are the action's own"
    )
    expect(second.stdout).toContain('1 comment(s) from earlier runs')
    await s.push({ 'app/Support/Keys.php': FIXED }, 'Fix')
    const fixed = await s.run({ token: APP_TOKEN })
    expect(fixed.exitCode).toBe(0)
    expect(s.emulator.state.threadOfComment(live(s)[0].id)?.isResolved).toBe(true)
  }, 180_000)

  test('without a check run the app cannot be told: comments are taken to be github-actions[bot]’s (README)', async () => {
    await s.push({ 'app/Support/Keys.php': ORIGINAL }, 'Break again')
    const run = await s.run({ token: APP_TOKEN, inputs: { 'check-run': 'false' } })
    expect(run.stdout).toContain(
      "Comments of github-actions[bot] (installation token) with the stateless-audit marker are the action's own"
    )
  }, 120_000)
})
