// A review GitHub rejects (a local diff that disagrees with GitHub's): the batch is bisected through
// the emulator's real 422s, the good comments are posted, the bad one becomes an annotation.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { parsePatch, type Hunk } from '../../src/diff/parse.js'
import type { Finding } from '../../src/engine/types.js'
import { WriteGate } from '../../src/github/gate.js'
import { createApiClient } from '../../src/github/octokit.js'
import { reconcileReview } from '../../src/report/review.js'
import { commitOnBranch, createLaravelRepo, type LaravelRepo } from '../../test-support/action-harness.js'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'

const TOKEN = 'ghs_bisectToken0000000000000000000000'
const FILE = Array.from({ length: 40 }, (_, i) => `<?php // line ${i + 1}`).join('\n') + '\n'

function finding(line: number): Finding {
  return {
    ruleId: 'env-outside-config',
    severity: 'error',
    path: 'app/Big.php',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    message: `Problem on ${line}`,
    fingerprint: String(line).padStart(32, '0'),
    evidence: []
  }
}

describe('a review GitHub rejects', () => {
  let emulator: Emulator
  let fixture: LaravelRepo
  let headSha: string

  beforeAll(async () => {
    emulator = await startEmulator()
    fixture = await createLaravelRepo({ 'app/Big.php': FILE })
    headSha = await commitOnBranch(fixture.repo, 'feature', fixture.baseSha, {
      'app/Big.php': FILE.replace('line 5\n', 'line 5 changed\n').replace('line 30\n', 'line 30 changed\n')
    })
    emulator.addRepo({ owner: 'acme', name: 'app', gitDir: fixture.repo.dir })
    emulator.addPullRequest({
      owner: 'acme',
      repo: 'app',
      number: 3,
      baseSha: fixture.baseSha,
      headSha,
      baseRef: 'main',
      headRef: 'feature'
    })
    emulator.addToken(TOKEN, { permissions: 'write' })
  }, 60_000)
  afterAll(async () => {
    await emulator.close()
    await fixture.cleanup()
    await rm(fixture.repo.dir, { recursive: true, force: true })
  })

  test('bisects, posts the comments GitHub accepts, and turns the refused one into an annotation', async () => {
    const api = createApiClient(TOKEN, {
      GITHUB_API_URL: emulator.url,
      GITHUB_GRAPHQL_URL: emulator.graphqlUrl
    })
    // Our idea of the diff wrongly claims line 18 is in it (GitHub's hunks are around 5 and 30).
    const wrong: Hunk[] = [
      ...parsePatch('@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+5\n 6\n 7\n 8'),
      ...parsePatch('@@ -18,1 +18,1 @@\n 18'),
      ...parsePatch('@@ -27,7 +27,7 @@\n 27\n 28\n 29\n-30\n+30\n 31\n 32\n 33')
    ]
    const logs: string[] = []
    const outcome = await reconcileReview({
      api,
      gate: new WriteGate(null),
      repository: { owner: 'acme', repo: 'app' },
      pullNumber: 3,
      headSha,
      prefix: '',
      findings: [finding(5), finding(18), finding(30)],
      outOfScope: new Set(),
      suppressed: new Set(),
      reviewable: new Map([['app/Big.php', wrong]]),
      own: [],
      links: { rule: (id) => `https://docs/${id}.md`, file: () => null },
      checkName: 'stateless-audit',
      log: (m) => logs.push(m)
    })
    expect(emulator.state.reviewComments.map((c) => c.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      5, 30
    ])
    const byLine = new Map(outcome.accounted.map((a) => [a.finding.line, a]))
    expect(byLine.get(5)?.delivery).toBe('inline-new')
    expect(byLine.get(30)?.delivery).toBe('inline-new')
    expect(byLine.get(18)).toMatchObject({ delivery: 'annotation' })
    expect(byLine.get(18)?.note).toMatch(/GitHub rejected the inline comment/)
    expect(outcome.notes.join('\n')).toContain('`app/Big.php:18`')
    // The whole review was refused once, then halves: the good ones went in their own reviews.
    const reviewPosts = emulator.state.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/reviews')
    )
    expect(reviewPosts[0].status).toBe(422)
    expect(reviewPosts.filter((r) => r.status === 200)).toHaveLength(2)
    expect(logs.some((m) => m.includes('splitting it'))).toBe(true)
  }, 60_000)
})
