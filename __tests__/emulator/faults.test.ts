import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import {
  call,
  cleanup,
  client,
  OWNER,
  REPO,
  startWithFixture,
  USER_TOKEN,
  WRITE_TOKEN,
  type Fixture
} from './fixture.js'

let emulator: Emulator
let fixture: Fixture

beforeAll(async () => {
  ;({ emulator, fixture } = await startWithFixture())
})
afterAll(async () => {
  emulator.faults.clear()
  const errors = [...emulator.state.emulatorErrors]
  await cleanup(emulator, fixture)
  expect(errors).toEqual([])
})

const repoPath = `/repos/${OWNER}/${REPO}`

/** The action's client: Octokit with the retry and throttling plugins, waits shortened 50-fold. */
function pluginClient(events: string[]) {
  const options = {
    baseUrl: emulator.url,
    retry: { retryAfterBaseValue: 20 },
    throttle: {
      retryAfterBaseValue: 20,
      onRateLimit: (after: number) => {
        events.push(`primary:${after}`)
        return true
      },
      onSecondaryRateLimit: (after: number) => {
        events.push(`secondary:${after}`)
        return true
      }
    }
  }
  return getOctokit(WRITE_TOKEN, options as Parameters<typeof getOctokit>[1], retry, throttling)
}

describe('rate-limit headers', () => {
  it('sends x-ratelimit-* on every response and counts requests per token', async () => {
    const first = await call(emulator, 'GET', repoPath)
    const second = await call(emulator, 'GET', repoPath)
    for (const res of [first, second]) {
      expect(res.headers.get('x-ratelimit-limit')).toBe('1000')
      expect(res.headers.get('x-ratelimit-resource')).toBe('core')
      const reset = Number(res.headers.get('x-ratelimit-reset'))
      expect(reset).toBeGreaterThan(Date.now() / 1000)
      expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600)
    }
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(
      Number(first.headers.get('x-ratelimit-remaining')) - 1
    )
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(
      Number(first.headers.get('x-ratelimit-used')) + 1
    )
    const notFound = await call(emulator, 'GET', '/nope')
    expect(notFound.headers.get('x-ratelimit-limit')).toBe('1000')
    const graphql = await call(emulator, 'POST', '/graphql', { body: { query: '{ viewer { login } }' } })
    expect(graphql.headers.get('x-ratelimit-resource')).toBe('graphql')
  })

  it('answers 403 with remaining 0 once a token used up its hourly limit', async () => {
    const small = await startEmulator({ rateLimit: 3 })
    try {
      small.addRepo({ owner: OWNER, name: REPO, gitDir: fixture.repo.dir })
      small.addToken(WRITE_TOKEN, { permissions: 'write' })
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await call(small, 'GET', repoPath)).status)
      expect(statuses).toEqual([200, 200, 200, 403])
      const over = await call(small, 'GET', repoPath)
      expect(over.headers.get('x-ratelimit-remaining')).toBe('0')
      expect((over.json as { message: string }).message).toMatch(/^API rate limit exceeded/)
    } finally {
      await small.close()
    }
  })
})

describe('fault injection', () => {
  it('failNext fails the next matching requests, then recovers', async () => {
    emulator.faults.failNext(2, 502, { path: `${repoPath}/pulls/1` })
    expect((await call(emulator, 'GET', repoPath)).status).toBe(200) // does not match
    expect((await call(emulator, 'GET', `${repoPath}/pulls/1`)).status).toBe(502)
    expect((await call(emulator, 'GET', `${repoPath}/pulls/1`)).status).toBe(502)
    expect((await call(emulator, 'GET', `${repoPath}/pulls/1`)).status).toBe(200)
    expect(emulator.state.requests.filter((r) => r.fault === 'error')).toHaveLength(2)
  })

  it('lets the retry plugin recover from 500s', async () => {
    const before = emulator.state.requests.length
    emulator.faults.failNext(2, 500)
    const { data } = await pluginClient([]).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })
    expect(data.number).toBe(1)
    expect(emulator.state.requests.slice(before).map((r) => r.status)).toEqual([500, 500, 200])
  })

  it('secondaryRateLimit answers 403 with retry-after and GitHub message', async () => {
    emulator.faults.secondaryRateLimit({ afterCalls: 1, retryAfterSeconds: 30, times: 1 })
    expect((await call(emulator, 'GET', repoPath)).status).toBe(200)
    const limited = await call(emulator, 'GET', repoPath)
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('30')
    expect((limited.json as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/)
    expect((await call(emulator, 'GET', repoPath)).status).toBe(200)
  })

  it('lifts the secondary limit when retry-after has passed', async () => {
    emulator.faults.secondaryRateLimit({ retryAfterSeconds: 1 })
    expect((await call(emulator, 'GET', repoPath)).status).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await call(emulator, 'GET', repoPath)).status).toBe(200)
  })

  it('lets the throttling plugin wait out a secondary limit on a write', async () => {
    const events: string[] = []
    emulator.faults.secondaryRateLimit({ retryAfterSeconds: 2, times: 2, match: { method: 'POST' } })
    const { data } = await pluginClient(events).rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'throttled',
      head_sha: fixture.headSha
    })
    expect(data.name).toBe('throttled')
    // retry-after counts down from when the limit started; how much is left on the second hit
    // depends on how fast the first retry came back.
    expect(events).toHaveLength(2)
    expect(events[0]).toBe('secondary:2')
    expect(events[1]).toMatch(/^secondary:[12]$/)
  })

  it('primaryRateLimit answers 429 with x-ratelimit-remaining 0 and a reset time', async () => {
    emulator.faults.primaryRateLimit({ status: 429, resetInSeconds: 30, times: 1 })
    const limited = await call(emulator, 'GET', repoPath)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(limited.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 28)
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 31)
    expect((await call(emulator, 'GET', repoPath)).status).toBe(200)
  })

  it('lets the throttling plugin see a primary limit (403) and retry after the reset', async () => {
    const events: string[] = []
    emulator.faults.primaryRateLimit({ resetInSeconds: 1, times: 1 })
    const { data } = await pluginClient(events).rest.repos.get({ owner: OWNER, repo: REPO })
    expect(data.full_name).toBe('acme/shop')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatch(/^primary:[1-3]$/)
  })

  it('slow delays responses until switched off', async () => {
    emulator.faults.slow(300)
    let start = Date.now()
    await call(emulator, 'GET', repoPath)
    expect(Date.now() - start).toBeGreaterThanOrEqual(290)
    emulator.faults.slow(0)
    start = Date.now()
    await call(emulator, 'GET', repoPath)
    expect(Date.now() - start).toBeLessThan(250)
  })
})

describe('authentication and routing', () => {
  it('answers 401 Bad credentials for an unknown token, with either scheme', async () => {
    const bad = await call(emulator, 'GET', repoPath, { token: 'ghs_unknown' })
    expect(bad.status).toBe(401)
    expect(bad.json).toMatchObject({ message: 'Bad credentials' })
    const res = await fetch(`${emulator.url}${repoPath}`, {
      headers: { authorization: `token ${WRITE_TOKEN}` }
    })
    expect(res.status).toBe(200)
  })

  it('answers GET /user for a user token and 403 for an installation token, as GitHub does', async () => {
    const bot = await call(emulator, 'GET', '/user')
    expect(bot.status).toBe(403)
    expect(bot.json).toMatchObject({ message: 'Resource not accessible by integration' })
    const { data } = await client(emulator, USER_TOKEN).rest.users.getAuthenticated()
    expect(data).toMatchObject({ login: 'maintainer', type: 'User' })
    expect((await call(emulator, 'GET', '/user', { token: null })).status).toBe(401)
  })

  it('allows anonymous reads of a public repository but not writes', async () => {
    expect((await call(emulator, 'GET', repoPath, { token: null })).status).toBe(200)
    const write = await call(emulator, 'POST', `${repoPath}/check-runs`, {
      token: null,
      body: { name: 'x', head_sha: fixture.headSha }
    })
    expect(write.status).toBe(401)
    expect(write.json).toMatchObject({ message: 'Requires authentication' })
  })

  it('hides a private repository from anonymous requests', async () => {
    emulator.addRepo({ owner: OWNER, name: 'secret', gitDir: fixture.repo.dir, private: true })
    expect((await call(emulator, 'GET', `/repos/${OWNER}/secret`, { token: null })).status).toBe(404)
    expect((await call(emulator, 'GET', `/repos/${OWNER}/secret`)).status).toBe(200)
  })

  it('answers 404 for unknown routes and methods', async () => {
    const issues = await call(emulator, 'GET', `${repoPath}/issues/1`)
    expect(issues.status).toBe(404)
    expect(issues.json).toMatchObject({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest'
    })
    expect((await call(emulator, 'PUT', `${repoPath}/check-runs`, { body: {} })).status).toBe(404)
  })

  it('logs every request with method, path, query, status, body and login', async () => {
    await client(emulator).rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'logged',
      head_sha: fixture.headSha
    })
    const entry = emulator.state.requests.at(-1)
    expect(entry).toMatchObject({
      method: 'POST',
      path: `${repoPath}/check-runs`,
      status: 201,
      body: { name: 'logged', head_sha: fixture.headSha },
      login: 'github-actions[bot]'
    })
    await call(emulator, 'GET', `${repoPath}/pulls/1/files?per_page=2&page=3`)
    expect(emulator.state.requests.at(-1)).toMatchObject({ query: { per_page: '2', page: '3' }, status: 200 })
  })
})
