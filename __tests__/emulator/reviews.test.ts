import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../test-support/github-emulator/index.js'
import {
  call,
  cleanup,
  client,
  CONTROLLER_HEAD,
  OWNER,
  READ_TOKEN,
  REPO,
  rejection,
  startWithFixture,
  USER_TOKEN,
  type Fixture
} from './fixture.js'

const CONTROLLER = 'app/Http/Controllers/UploadController.php'

let emulator: Emulator
let fixture: Fixture

beforeAll(async () => {
  ;({ emulator, fixture } = await startWithFixture())
  emulator.addToken('ghp_author', { permissions: 'write', login: 'contributor' })
})
afterAll(async () => {
  const errors = [...emulator.state.emulatorErrors]
  await cleanup(emulator, fixture)
  expect(errors).toEqual([])
})

function snapshot() {
  const { reviews, reviewComments, threads } = emulator.state
  return { reviews: reviews.length, comments: reviewComments.length, threads: threads.length }
}

const review = (body: Record<string, unknown>, token?: string) =>
  call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/reviews`, { body, token })

describe('POST pulls/{n}/reviews', () => {
  it('stores a COMMENT review whose comments sit on right-side hunk lines, single and multi-line', async () => {
    const before = snapshot()
    const gh = client(emulator)
    const { data } = await gh.rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      event: 'COMMENT',
      body: 'stateless-audit found 4 problems',
      comments: [
        { path: CONTROLLER, line: 15, side: 'RIGHT', body: 'upload on local disk' },
        { path: CONTROLLER, line: 19, body: 'context line' },
        { path: CONTROLLER, start_line: 15, start_side: 'RIGHT', line: 16, side: 'RIGHT', body: 'range' },
        { path: CONTROLLER, line: 37, body: 'second hunk' },
        { path: CONTROLLER, line: 35, side: 'LEFT', body: 'on the deleted line' },
        { path: '.env.example', line: 2, body: 'SESSION_DRIVER' }
      ]
    })
    expect(data).toMatchObject({
      state: 'COMMENTED',
      commit_id: fixture.headSha,
      body: 'stateless-audit found 4 problems'
    })
    expect(data.user?.login).toBe('github-actions[bot]')
    expect(snapshot()).toEqual({
      reviews: before.reviews + 1,
      comments: before.comments + 6,
      threads: before.threads + 6
    })

    const listed = await gh.paginate(gh.rest.pulls.listReviewComments, {
      owner: OWNER,
      repo: REPO,
      pull_number: 1
    })
    const ours = listed.filter((c) => c.pull_request_review_id === data.id)
    expect(ours.map((c) => [c.path, c.line, c.side, c.start_line ?? null])).toEqual([
      [CONTROLLER, 15, 'RIGHT', null],
      [CONTROLLER, 19, 'RIGHT', null],
      [CONTROLLER, 16, 'RIGHT', 15],
      [CONTROLLER, 37, 'RIGHT', null],
      [CONTROLLER, 35, 'LEFT', null],
      ['.env.example', 2, 'RIGHT', null]
    ])
    const first = ours[0]
    expect(first).toMatchObject({
      user: { login: 'github-actions[bot]' },
      commit_id: fixture.headSha,
      original_commit_id: fixture.headSha,
      original_line: 15,
      body: 'upload on local disk',
      subject_type: 'line'
    })
    expect(first.node_id).toMatch(/^PRRC_/)
    expect(first.created_at).toMatch(/Z$/)
    expect(first.diff_hunk.startsWith('@@ -12,6 +12,8 @@')).toBe(true)
    expect(first.diff_hunk.split('\n').pop()).toBe(`+${CONTROLLER_HEAD[14]}`)
    expect(first.position).toBe(4)
  })

  it('accepts the legacy position (lines below the first hunk header) and reports the line', async () => {
    const res = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, position: 4, body: 'by position' }]
    })
    expect(res.status).toBe(200)
    const stored = emulator.state.reviewComments.find((c) => c.body === 'by position')
    expect(stored).toMatchObject({ line: 15, side: 'RIGHT', position: 4 })
    const bad = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, position: 99, body: 'x' }]
    })
    expect((bad.json as { errors: string[] }).errors).toEqual([
      'Pull request review thread position is invalid'
    ])
  })

  it('rejects the whole review when one comment is outside the diff, storing nothing', async () => {
    const before = snapshot()
    const res = await review({
      event: 'COMMENT',
      body: 'two comments, one bad',
      comments: [
        { path: CONTROLLER, line: 15, body: 'fine' },
        { path: CONTROLLER, line: 25, body: 'head line 25 is between the hunks' }
      ]
    })
    expect(res.status).toBe(422)
    expect(res.json).toMatchObject({
      message: 'Unprocessable Entity',
      errors: ['Pull request review thread line must be part of the diff'],
      status: '422'
    })
    expect(snapshot()).toEqual(before)
    const good = await review({
      event: 'COMMENT',
      body: 'only the good one',
      comments: [{ path: CONTROLLER, line: 15, body: 'fine' }]
    })
    expect(good.status).toBe(200)
  })

  it('rejects a multi-line range spanning two hunks, and a LEFT line outside the hunks', async () => {
    const before = snapshot()
    const spanning = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, start_line: 15, line: 37, body: 'too wide' }]
    })
    expect(spanning.status).toBe(422)
    expect((spanning.json as { errors: string[] }).errors).toEqual([
      'Pull request review thread start line must be part of the same hunk as the line'
    ])
    const left = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, line: 20, side: 'LEFT', body: 'x' }]
    })
    expect(left.status).toBe(422)
    expect(snapshot()).toEqual(before)
  })

  it('rejects comments on files without a patch (binary, huge) and on files outside the pull request', async () => {
    const before = snapshot()
    for (const [path, error] of [
      ['public/logo.png', "Pull request review thread diff hunk can't be blank"],
      ['database/seeders/huge.php', "Pull request review thread diff hunk can't be blank"],
      ['README.md', 'Path could not be resolved'],
      ['config/session.php', 'Path could not be resolved']
    ]) {
      const res = await review({ event: 'COMMENT', body: 'x', comments: [{ path, line: 1, body: 'x' }] })
      expect(res.status).toBe(422)
      expect((res.json as { errors: string[] }).errors).toEqual([error])
    }
    expect(snapshot()).toEqual(before)
  })

  it('does not let GitHub Actions approve, but lets a maintainer approve', async () => {
    const bot = await review({ event: 'APPROVE' })
    expect(bot.status).toBe(422)
    expect(bot.json).toMatchObject({
      message: 'Unprocessable Entity',
      errors: ['GitHub Actions is not permitted to approve pull requests.']
    })
    const maintainer = await client(emulator, USER_TOKEN).rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      event: 'APPROVE'
    })
    expect(maintainer.data.state).toBe('APPROVED')
    const own = await review({ event: 'APPROVE' }, 'ghp_author')
    expect((own.json as { errors: string[] }).errors).toEqual(['Can not approve your own pull request'])
  })

  it('requires a body for COMMENT and REQUEST_CHANGES', async () => {
    for (const event of ['COMMENT', 'REQUEST_CHANGES']) {
      const res = await review({ event, comments: [{ path: CONTROLLER, line: 15, body: 'x' }] })
      expect(res.status).toBe(422)
      expect((res.json as { errors: string[] }).errors).toEqual([`Body is required when using ${event}`])
    }
    const ok = await review(
      { event: 'REQUEST_CHANGES', body: 'please keep uploads off local disk' },
      USER_TOKEN
    )
    expect(ok.status).toBe(200)
    expect((ok.json as { state: string }).state).toBe('CHANGES_REQUESTED')
  })

  it('validates the review body against the OpenAPI description (e.g. a misspelled comment key)', async () => {
    const res = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, lines: 15, body: 'x' }]
    })
    expect(res.status).toBe(422)
    expect((res.json as { message: string }).message).toBe(
      'Invalid request.\n\n"lines" is not a permitted key.'
    )
    // subject_type exists only on single comments, not on a review's comments.
    const subject = await review({
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: CONTROLLER, line: 15, subject_type: 'line', body: 'x' }]
    })
    expect((subject.json as { message: string }).message).toBe(
      'Invalid request.\n\n"subject_type" is not a permitted key.'
    )
    const event = await review({ event: 'comment', body: 'x' })
    expect((event.json as { message: string }).message).toBe(
      'Invalid request.\n\ncomment is not a member of ["APPROVE", "REQUEST_CHANGES", "COMMENT"].'
    )
  })

  it('lists reviews in order', async () => {
    const gh = client(emulator)
    const reviews = await gh.paginate(gh.rest.pulls.listReviews, { owner: OWNER, repo: REPO, pull_number: 1 })
    expect(reviews.length).toBeGreaterThanOrEqual(3)
    const ids = reviews.map((r) => r.id)
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)
  })
})

describe('single review comments, replies, edits, deletions', () => {
  let commentId: number

  beforeEach(async () => {
    const { data } = await client(emulator).rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      commit_id: fixture.headSha,
      path: CONTROLLER,
      line: 16,
      side: 'RIGHT',
      body: '<!-- stateless-audit:fp1 --> session on local disk'
    })
    commentId = data.id
  })

  it('creates one comment in its own review and thread, with a Location header', async () => {
    const res = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { commit_id: fixture.headSha, path: '.env.example', line: 4, body: 'QUEUE_CONNECTION=sync' }
    })
    expect(res.status).toBe(201)
    const body = res.json as { id: number; url: string; pull_request_review_id: number; line: number }
    expect(res.headers.get('location')).toBe(body.url)
    expect(body.line).toBe(4)
    expect(emulator.state.reviews.find((r) => r.id === body.pull_request_review_id)?.state).toBe('COMMENTED')
    expect(emulator.state.threadOfComment(body.id)?.commentIds).toEqual([body.id])
  })

  it('rejects a single comment outside the diff, or without line', async () => {
    const before = snapshot()
    const outside = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { commit_id: fixture.headSha, path: CONTROLLER, line: 30, body: 'x' }
    })
    expect(outside.status).toBe(422)
    expect((outside.json as { errors: string[] }).errors).toEqual([
      'Pull request review thread line must be part of the diff'
    ])
    const noLine = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { commit_id: fixture.headSha, path: CONTROLLER, body: 'x' }
    })
    expect(noLine.status).toBe(422)
    expect(snapshot()).toEqual(before)
  })

  it('accepts a file-level comment (subject_type: file), even on a binary file', async () => {
    const res = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { commit_id: fixture.headSha, path: 'public/logo.png', subject_type: 'file', body: 'binary' }
    })
    expect(res.status).toBe(201)
    expect(res.json).toMatchObject({ subject_type: 'file', path: 'public/logo.png' })
    expect(res.json).not.toHaveProperty('line')
  })

  it('replies with in_reply_to (body only) into the same thread; a string id is rejected', async () => {
    const gh = client(emulator)
    const replyRes = await gh.rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      in_reply_to: commentId,
      body: 'Fixed in the latest push.'
    } as unknown as Parameters<typeof gh.rest.pulls.createReviewComment>[0])
    expect(replyRes.data).toMatchObject({ in_reply_to_id: commentId, path: CONTROLLER, line: 16 })
    const viaReplies = await gh.rest.pulls.createReplyForReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      comment_id: commentId,
      body: 'second reply'
    })
    expect(viaReplies.data.in_reply_to_id).toBe(commentId)
    expect(emulator.state.threadOfComment(commentId)?.commentIds).toEqual([
      commentId,
      replyRes.data.id,
      viaReplies.data.id
    ])
    expect(emulator.state.replies.map((r) => r.id)).toEqual(
      expect.arrayContaining([replyRes.data.id, viaReplies.data.id])
    )

    const stringId = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { in_reply_to: String(commentId), body: 'x' }
    })
    expect(stringId.status).toBe(422)
    expect((stringId.json as { message: string }).message).toContain(
      `For 'properties/in_reply_to', "${commentId}" is not an integer.`
    )
    const missing = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { in_reply_to: 1, body: 'x' }
    })
    expect(missing.status).toBe(404)
  })

  it('edits a body with PATCH and deletes with DELETE', async () => {
    const gh = client(emulator)
    const edited = await gh.rest.pulls.updateReviewComment({
      owner: OWNER,
      repo: REPO,
      comment_id: commentId,
      body: '<!-- stateless-audit:fp1 --> updated text'
    })
    expect(edited.data.body).toBe('<!-- stateless-audit:fp1 --> updated text')
    expect(edited.data.line).toBe(16)
    const bad = await call(emulator, 'PATCH', `/repos/${OWNER}/${REPO}/pulls/comments/${commentId}`, {
      body: { line: 17, body: 'x' }
    })
    expect(bad.status).toBe(422)
    expect((bad.json as { message: string }).message).toBe(
      'Invalid request.\n\n"line" is not a permitted key.'
    )

    const deleted = await gh.rest.pulls.deleteReviewComment({
      owner: OWNER,
      repo: REPO,
      comment_id: commentId
    })
    expect(deleted.status).toBe(204)
    expect(emulator.state.comment(emulator.state.repos[0], commentId)).toBeUndefined()
    expect(emulator.state.deletedCommentIds).toContain(commentId)
    expect(emulator.state.threadOfComment(commentId)).toBeUndefined()
    expect((await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/pulls/comments/${commentId}`)).status).toBe(
      404
    )
  })

  it('refuses writes with a read-only token but lets it list', async () => {
    const denied = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/reviews`, {
      token: READ_TOKEN,
      body: { event: 'COMMENT', body: 'x' }
    })
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({ message: 'Resource not accessible by integration' })
    const edit = await rejection(
      client(emulator, READ_TOKEN).rest.pulls.updateReviewComment({
        owner: OWNER,
        repo: REPO,
        comment_id: commentId,
        body: 'x'
      })
    )
    expect(edit.status).toBe(403)
    const list = await client(emulator, READ_TOKEN).rest.pulls.listReviewComments({
      owner: OWNER,
      repo: REPO,
      pull_number: 1
    })
    expect(list.status).toBe(200)
  })

  it('pages review comments ascending by id, 30 by default', async () => {
    const all = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/pulls/1/comments?per_page=100`)
    const total = (all.json as unknown[]).length
    expect(total).toBeGreaterThan(10)
    const ids = (all.json as { id: number }[]).map((c) => c.id)
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)
    const small = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/pulls/1/comments?per_page=5`)
    expect(small.json).toHaveLength(5)
    expect(small.headers.get('link')).toContain(`page=${Math.ceil(total / 5)}>; rel="last"`)
  })
})

describe('a push to the pull request', () => {
  it('moves comments with their lines and outdates comments on changed lines', async () => {
    const gh = client(emulator)
    const { data: moved } = await gh.rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      commit_id: fixture.headSha,
      path: CONTROLLER,
      line: 15,
      body: 'will move'
    })
    const { data: changed } = await gh.rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      commit_id: fixture.headSha,
      path: CONTROLLER,
      line: 37,
      body: 'line will change'
    })
    await fixture.repo.checkout('feature')
    const lines = [...CONTROLLER_HEAD]
    lines.splice(1, 0, '// header 1', '// header 2')
    lines[36 + 2] = "        Storage::disk('s3')->delete(session('avatar'));"
    const newHead = await fixture.repo.commitFiles({ [CONTROLLER]: lines.join('\n') }, 'push')
    await emulator.updatePullRequest(OWNER, REPO, 1, { headSha: newHead })

    const after = await gh.rest.pulls.getReviewComment({ owner: OWNER, repo: REPO, comment_id: moved.id })
    expect(after.data).toMatchObject({
      line: 17,
      original_line: 15,
      commit_id: newHead,
      original_commit_id: fixture.headSha
    })
    const outdated = await gh.rest.pulls.getReviewComment({
      owner: OWNER,
      repo: REPO,
      comment_id: changed.id
    })
    expect(outdated.data).toMatchObject({
      line: null,
      position: null,
      original_line: 37,
      commit_id: fixture.headSha
    })

    // New comments anchor on the new head; the old line 15 is now context-free header space.
    const onNew = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/comments`, {
      body: { commit_id: newHead, path: CONTROLLER, line: 39, body: 're-anchored' }
    })
    expect(onNew.status).toBe(201)
  })
})
