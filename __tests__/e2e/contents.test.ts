// Contents at the head commit, not at the merge commit actions/checkout checks out: when the base
// branch moved on and changed the same file, the merge commit's lines differ from the head's, and
// comments must land on the head's lines. From git objects normally; from the API when the head
// commit cannot be fetched.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import { runGit } from '../../test-support/github-emulator/git-fixture.js'
import {
  commitOnBranch,
  createLaravelRepo,
  mergeCheckout,
  pullRequestPayload,
  runAction,
  type LaravelRepo
} from '../../test-support/action-harness.js'
import { EMULATOR_VALIDATES_RESPONSES, lineOf, NAME, OWNER, REPOSITORY, WRITE_TOKEN } from './helpers.js'

const BASE_FILE = `<?php

namespace App\\Support;

class Keys
{
    public static function name(): string
    {
        return 'keys';
    }
}
`
/** The pull request adds an env() call at the end of the class. */
const HEAD_FILE = BASE_FILE.replace(
  "        return 'keys';\n    }\n",
  "        return 'keys';\n    }\n\n    public static function api(): ?string\n    {\n        return env('API_KEY');\n    }\n"
)
/** Meanwhile main adds five lines at the top of the same file. */
const MAIN_FILE = BASE_FILE.replace('<?php\n', '<?php\n\n// one\n// two\n// three\n// four\n')

describe('the base branch moved on and changed the same file', () => {
  let emulator: Emulator
  let fixture: LaravelRepo
  let headSha: string
  let mainSha: string
  const checkouts: string[] = []

  beforeAll(async () => {
    emulator = await startEmulator({ validateResponses: EMULATOR_VALIDATES_RESPONSES })
    fixture = await createLaravelRepo({ 'app/Support/Keys.php': BASE_FILE })
    headSha = await commitOnBranch(fixture.repo, 'feature', fixture.baseSha, {
      'app/Support/Keys.php': HEAD_FILE
    })
    await fixture.repo.checkout('main')
    mainSha = await fixture.repo.commitFiles({ 'app/Support/Keys.php': MAIN_FILE }, 'Main moves on')
    await fixture.repo.checkout('feature')
    emulator.addRepo({ owner: OWNER, name: NAME, gitDir: fixture.repo.dir })
    emulator.addToken(WRITE_TOKEN, { permissions: 'write' })
  }, 60_000)
  afterAll(async () => {
    await emulator.close()
    await fixture.cleanup()
    for (const dir of checkouts) await rm(dir, { recursive: true, force: true })
  })

  async function runOn(number: number, prepare?: (dir: string) => Promise<void>) {
    emulator.addPullRequest({
      owner: OWNER,
      repo: NAME,
      number,
      baseSha: mainSha,
      headSha,
      baseRef: 'main',
      headRef: 'feature'
    })
    const checkout = await mergeCheckout(fixture.repo, mainSha, headSha, 1)
    checkouts.push(checkout.dir)
    if (prepare) await prepare(checkout.dir)
    const run = await runAction({
      api: emulator,
      repository: REPOSITORY,
      eventName: 'pull_request',
      payload: pullRequestPayload({ repository: REPOSITORY, number, headSha, baseSha: mainSha }),
      workspace: checkout.dir,
      sha: checkout.mergeSha,
      inputs: { 'github-token': WRITE_TOKEN }
    })
    const merged = await readFile(path.join(checkout.dir, 'app/Support/Keys.php'), 'utf8')
    return { run, merged, comments: emulator.state.reviewComments.filter((c) => c.pullNumber === number) }
  }

  test('from git objects (the head commit fetched into the shallow checkout)', async () => {
    const { run, comments, merged } = await runOn(21)
    // The checkout (the merge commit) has the call five lines further down than the head commit.
    expect(lineOf(merged, 'env(')).toBe(lineOf(HEAD_FILE, 'env(') + 5)
    expect(run.exitCode).toBe(1)
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(HEAD_FILE, 'env(')}`
    ])
    expect(run.stdout).toContain('read from git objects')
  }, 120_000)

  test('from the API when the head commit cannot be fetched', async () => {
    const { run, comments } = await runOn(22, (dir) =>
      runGit(dir, ['remote', 'remove', 'origin']).then(() => undefined)
    )
    expect(run.exitCode).toBe(1)
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual([
      `app/Support/Keys.php:${lineOf(HEAD_FILE, 'env(')}`
    ])
    expect(run.summary).toContain('read from the API')
    const blobReads = emulator.state.requests.filter((r) => r.path.includes('/git/blobs/'))
    expect(blobReads).toHaveLength(1)
  }, 120_000)
})
