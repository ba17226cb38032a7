import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../test-support/github-emulator/index.js'
import { call, cleanup, client, OWNER, READ_TOKEN, REPO, startWithFixture, type Fixture } from './fixture.js'

const CONTROLLER = 'app/Http/Controllers/UploadController.php'

const THREADS = `
  query Threads($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $after) {
          nodes {
            id
            isResolved
            isOutdated
            path
            line
            comments(first: 100) { nodes { id databaseId body author { login } } }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }`

const RESOLVE = `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`
const UNRESOLVE = `mutation($id: ID!) { unresolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`

interface Thread {
  id: string
  isResolved: boolean
  isOutdated: boolean
  path: string
  line: number | null
  comments: { nodes: { id: string; databaseId: number; body: string; author: { login: string } }[] }
}
interface ThreadsResult {
  repository: {
    pullRequest: {
      reviewThreads: { nodes: Thread[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
    }
  }
}

let emulator: Emulator
let fixture: Fixture
let rootId: number
let replyId: number

beforeAll(async () => {
  ;({ emulator, fixture } = await startWithFixture())
  const gh = client(emulator)
  const review = await gh.rest.pulls.createReview({
    owner: OWNER,
    repo: REPO,
    pull_number: 1,
    event: 'COMMENT',
    body: 'audit',
    comments: [
      { path: CONTROLLER, line: 15, body: 'first finding' },
      { path: '.env.example', line: 2, body: 'second finding' }
    ]
  })
  const all = await gh.rest.pulls.listReviewComments({ owner: OWNER, repo: REPO, pull_number: 1 })
  rootId = all.data.filter((c) => c.pull_request_review_id === review.data.id)[0].id
  const reply = await gh.rest.pulls.createReplyForReviewComment({
    owner: OWNER,
    repo: REPO,
    pull_number: 1,
    comment_id: rootId,
    body: 'Fixed.'
  })
  replyId = reply.data.id
})
afterAll(async () => {
  const errors = [...emulator.state.emulatorErrors]
  await cleanup(emulator, fixture)
  expect(errors).toEqual([])
})

async function threads(token?: string): Promise<Thread[]> {
  const gh = client(emulator, token)
  const result = await gh.graphql<ThreadsResult>(THREADS, { owner: OWNER, name: REPO, number: 1 })
  return result.repository.pullRequest.reviewThreads.nodes
}

describe('review threads over GraphQL', () => {
  it('lists threads with their comments, mapping REST ids through databaseId', async () => {
    const list = await threads()
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({ isResolved: false, isOutdated: false, path: CONTROLLER, line: 15 })
    expect(list[0].id).toMatch(/^PRRT_/)
    expect(list[0].comments.nodes.map((c) => [c.databaseId, c.body, c.author.login])).toEqual([
      [rootId, 'first finding', 'github-actions[bot]'],
      [replyId, 'Fixed.', 'github-actions[bot]']
    ])
    expect(list[1].comments.nodes[0].body).toBe('second finding')
  })

  it('resolves and unresolves a thread, visible in state and in the next query', async () => {
    const gh = client(emulator)
    const [thread] = await threads()
    const resolved = await gh.graphql<{
      resolveReviewThread: { thread: { id: string; isResolved: boolean } }
    }>(RESOLVE, {
      id: thread.id
    })
    expect(resolved.resolveReviewThread.thread).toEqual({ id: thread.id, isResolved: true })
    expect(emulator.state.threadOfComment(rootId)).toMatchObject({
      isResolved: true,
      resolvedBy: 'github-actions[bot]'
    })
    expect((await threads())[0].isResolved).toBe(true)

    const reopened = await gh.graphql<{ unresolveReviewThread: { thread: { isResolved: boolean } } }>(
      UNRESOLVE,
      {
        id: thread.id
      }
    )
    expect(reopened.unresolveReviewThread.thread.isResolved).toBe(false)
    expect(emulator.state.threadOfComment(rootId)?.isResolved).toBe(false)
  })

  it('pages threads with first/after cursors', async () => {
    const query = `query($after: String) { repository(owner: "acme", name: "shop") { pullRequest(number: 1) {
      reviewThreads(first: 1, after: $after) { totalCount nodes { path } pageInfo { hasNextPage endCursor } } } } }`
    type Page = {
      repository: {
        pullRequest: {
          reviewThreads: {
            totalCount: number
            nodes: { path: string }[]
            pageInfo: { hasNextPage: boolean; endCursor: string }
          }
        }
      }
    }
    const gh = client(emulator)
    const first = (await gh.graphql<Page>(query)).repository.pullRequest.reviewThreads
    expect(first).toMatchObject({
      totalCount: 2,
      nodes: [{ path: CONTROLLER }],
      pageInfo: { hasNextPage: true }
    })
    const second = (await gh.graphql<Page>(query, { after: first.pageInfo.endCursor })).repository.pullRequest
      .reviewThreads
    expect(second).toMatchObject({ nodes: [{ path: '.env.example' }], pageInfo: { hasNextPage: false } })
  })

  it('marks a thread outdated after a push changes its line', async () => {
    await fixture.repo.checkout('feature')
    const env = 'APP_NAME=Shop\nSESSION_DRIVER=database\nCACHE_STORE=file\nQUEUE_CONNECTION=sync\n'
    const head = await fixture.repo.commitFiles({ '.env.example': env }, 'change the commented line')
    await emulator.updatePullRequest(OWNER, REPO, 1, { headSha: head })
    const list = await threads()
    expect(list.find((t) => t.path === '.env.example')).toMatchObject({ isOutdated: true, line: null })
    expect(list.find((t) => t.path === CONTROLLER)).toMatchObject({ isOutdated: false, line: 15 })
  })
})

describe('GraphQL strictness', () => {
  const post = (query: string, token?: string | null, variables?: Record<string, unknown>) =>
    call(emulator, 'POST', '/graphql', { token, body: { query, variables } })

  it('rejects unknown fields with GitHub wording, and accepts the same query without them', async () => {
    const bad = await post(
      '{ repository(owner: "acme", name: "shop") { pullRequest(number: 1) { reviewThreadz(first: 1) { totalCount } } } }'
    )
    expect(bad.status).toBe(200)
    expect(bad.json).toMatchObject({
      errors: [
        {
          message: "Field 'reviewThreadz' doesn't exist on type 'PullRequest'",
          extensions: { code: 'undefinedField', typeName: 'PullRequest', fieldName: 'reviewThreadz' }
        }
      ]
    })
    expect(bad.json).not.toHaveProperty('data')
    const good = await post(
      '{ repository(owner: "acme", name: "shop") { pullRequest(number: 1) { reviewThreads(first: 1) { totalCount } } } }'
    )
    expect(good.json).toEqual({ data: { repository: { pullRequest: { reviewThreads: { totalCount: 2 } } } } })
  })

  it('rejects unknown arguments and missing pagination bounds', async () => {
    const arg = await post(
      '{ repository(owner: "acme", name: "shop") { pullRequest(number: 1) { reviewThreads(frist: 1) { totalCount } } } }'
    )
    expect((arg.json as { errors: { message: string }[] }).errors[0].message).toBe(
      "Field 'reviewThreads' doesn't accept argument 'frist'"
    )
    const unbounded = await post(
      '{ repository(owner: "acme", name: "shop") { pullRequest(number: 1) { reviewThreads { totalCount } } } }'
    )
    expect(unbounded.json).toMatchObject({
      data: { repository: { pullRequest: null } },
      errors: [
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: ['repository', 'pullRequest', 'reviewThreads'],
          message:
            'You must provide a `first` or `last` value to properly paginate the `reviewThreads` connection.'
        }
      ]
    })
    const tooMany = await post(
      '{ repository(owner: "acme", name: "shop") { pullRequest(number: 1) { reviewThreads(first: 101) { totalCount } } } }'
    )
    expect((tooMany.json as { errors: { message: string }[] }).errors[0].message).toBe(
      'Requesting 101 records on the `reviewThreads` connection exceeds the `first` limit of 100 records.'
    )
  })

  it('reports unknown repositories, pull requests and thread ids as NOT_FOUND', async () => {
    const repo = await post('{ repository(owner: "acme", name: "nope") { id } }')
    expect(repo.json).toMatchObject({
      data: { repository: null },
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/nope'." }]
    })
    const thread = await post(RESOLVE, undefined, { id: 'PRRT_bogus' })
    expect(thread.json).toMatchObject({
      data: { resolveReviewThread: null },
      errors: [{ type: 'NOT_FOUND' }]
    })
  })

  it('forbids mutations with a read-only token but lets it query', async () => {
    const [thread] = await threads(READ_TOKEN)
    const denied = await post(RESOLVE, READ_TOKEN, { id: thread.id })
    expect(denied.json).toMatchObject({
      data: { resolveReviewThread: null },
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]
    })
    expect(emulator.state.thread(emulator.state.threads[0].id)?.isResolved).toBe(false)
  })

  it('minimizes a comment as OUTDATED', async () => {
    const [thread] = await threads()
    const commentId = thread.comments.nodes[0].id
    const res = await post(
      `mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized minimizedReason } } }`,
      undefined,
      { id: commentId }
    )
    expect(res.json).toEqual({
      data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: 'outdated' } } }
    })
  })

  it('says which fields it does not implement instead of inventing data', async () => {
    const res = await post('{ repository(owner: "acme", name: "shop") { stargazerCount } }')
    expect(res.json).toMatchObject({
      errors: [
        {
          type: 'NOT_IMPLEMENTED',
          message: 'The GitHub API emulator does not implement Repository.stargazerCount'
        }
      ]
    })
  })

  it('requires authentication and a query string', async () => {
    expect((await post('{ viewer { login } }', null)).status).toBe(401)
    const viewer = await post('{ viewer { login } }')
    expect(viewer.json).toEqual({ data: { viewer: { login: 'github-actions[bot]' } } })
    const noQuery = await call(emulator, 'POST', '/graphql', { body: { variables: {} } })
    expect(noQuery.json).toEqual({
      errors: [{ message: 'A query attribute must be specified and must be a string.' }]
    })
  })
})
