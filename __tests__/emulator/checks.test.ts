import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import {
  call,
  cleanup,
  client,
  OWNER,
  READ_TOKEN,
  REPO,
  rejection,
  startWithFixture,
  WRITE_TOKEN,
  type Fixture
} from './fixture.js'

let emulator: Emulator
let fixture: Fixture

beforeAll(async () => {
  ;({ emulator, fixture } = await startWithFixture())
})
afterAll(async () => {
  const errors = [...emulator.state.emulatorErrors]
  await cleanup(emulator, fixture)
  expect(errors).toEqual([])
})

const annotations = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({
    path: 'app/Http/Controllers/UploadController.php',
    start_line: from + i,
    end_line: from + i,
    annotation_level: 'warning' as const,
    message: `finding ${from + i}`
  }))

describe('create and update check runs', () => {
  it('creates a run on the head sha and appends annotations across PATCHes', async () => {
    const gh = client(emulator)
    const created = await gh.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'stateless-audit',
      head_sha: fixture.headSha,
      status: 'in_progress',
      output: { title: 'Auditing', summary: 'started', annotations: annotations(50) }
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: fixture.headSha })
    expect(created.data.app?.slug).toBe('github-actions')
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([1])

    const id = created.data.id
    await gh.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: id,
      output: { title: 'Auditing', summary: 'more', annotations: annotations(50, 51) }
    })
    const done = await gh.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: id,
      conclusion: 'failure',
      output: { title: '120 findings', summary: 'done', annotations: annotations(20, 101) }
    })
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(done.data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(done.data.output).toMatchObject({ title: '120 findings', summary: 'done', annotations_count: 120 })

    const run = emulator.state.checkRuns.find((r) => r.id === id)
    expect(run?.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    expect(run?.writes).toBe(3)

    const listed = await gh.paginate(gh.rest.checks.listAnnotations, {
      owner: OWNER,
      repo: REPO,
      check_run_id: id,
      per_page: 100
    })
    expect(listed).toHaveLength(120)
    expect(listed[0]).toMatchObject({ message: 'finding 1', annotation_level: 'warning', start_column: null })
  })

  it('lists runs for a ref, latest per name, filtered by check_name', async () => {
    const gh = client(emulator)
    await gh.rest.checks.create({ owner: OWNER, repo: REPO, name: 'other', head_sha: fixture.headSha })
    const second = await gh.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'stateless-audit',
      head_sha: fixture.headSha,
      conclusion: 'success',
      output: { title: 'ok', summary: 'nothing to audit' }
    })
    expect(second.data.status).toBe('completed')
    const byName = await gh.rest.checks.listForRef({
      owner: OWNER,
      repo: REPO,
      ref: 'feature',
      check_name: 'stateless-audit'
    })
    expect(byName.data.total_count).toBe(1)
    expect(byName.data.check_runs[0].id).toBe(second.data.id)
    const all = await gh.rest.checks.listForRef({
      owner: OWNER,
      repo: REPO,
      ref: fixture.headSha,
      filter: 'all'
    })
    expect(all.data.total_count).toBe(3)
    const got = await gh.rest.checks.get({ owner: OWNER, repo: REPO, check_run_id: second.data.id })
    expect(got.data.output.summary).toBe('nothing to audit')
  })
})

describe('strictness of the Checks API', () => {
  const create = (body: Record<string, unknown>, token = WRITE_TOKEN) =>
    call(emulator, 'POST', `/repos/${OWNER}/${REPO}/check-runs`, { token, body })

  it('rejects 51 annotations in one request with GitHub message and stores nothing; 50 pass', async () => {
    const before = emulator.state.checkRuns.length
    const bad = await create({
      name: 'cap',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', annotations: annotations(51) }
    })
    expect(bad.status).toBe(422)
    expect((bad.json as { message: string }).message).toBe(
      'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.'
    )
    expect(emulator.state.checkRuns).toHaveLength(before)
    const good = await create({
      name: 'cap',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', annotations: annotations(50) }
    })
    expect(good.status).toBe(201)
  })

  it('applies the 50 cap to PATCH too, leaving the run unchanged', async () => {
    const gh = client(emulator)
    const run = await gh.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'patch-cap',
      head_sha: fixture.headSha
    })
    const bad = await rejection(
      gh.rest.checks.update({
        owner: OWNER,
        repo: REPO,
        check_run_id: run.data.id,
        output: { summary: 's', annotations: annotations(60) }
      })
    )
    expect(bad.status).toBe(422)
    expect(bad.data.message).toContain('No more than 50 items are allowed; 60 were supplied.')
    expect(emulator.state.checkRuns.find((r) => r.id === run.data.id)?.annotations).toHaveLength(0)
  })

  it('rejects output.summary and output.text over 65535 characters; 65535 pass', async () => {
    const over = await create({
      name: 'long',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 'x'.repeat(65536) }
    })
    expect(over.status).toBe(422)
    expect((over.json as { message: string }).message).toBe(
      'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.'
    )
    const text = await create({
      name: 'long',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', text: 'x'.repeat(65536) }
    })
    expect(text.status).toBe(422)
    const ok = await create({
      name: 'long',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 'x'.repeat(65535), text: 'x'.repeat(65535) }
    })
    expect(ok.status).toBe(201)
  })

  it('counts output.summary and output.text in UTF-8 bytes, as GitHub does (65535 characters of € do not pass)', async () => {
    // 21845 × "€" (3 bytes) = 65535 bytes: accepted; one more is over, though far below 65535 characters.
    const ok = await create({
      name: 'bytes',
      head_sha: fixture.headSha,
      output: { title: 't', summary: '€'.repeat(21845), text: '€'.repeat(21845) }
    })
    expect(ok.status).toBe(201)
    for (const field of ['summary', 'text'] as const) {
      const over = await create({
        name: 'bytes',
        head_sha: fixture.headSha,
        output: { title: 't', summary: 's', [field]: '€'.repeat(21846) }
      })
      expect(over.status).toBe(422)
      expect(over.json).toMatchObject({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'CheckRun',
            code: 'custom',
            field,
            message: `${field} exceeds a maximum bytesize of 65535`
          }
        ]
      })
    }
    const run = await create({
      name: 'bytes',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's' }
    })
    const id = (run.json as { id: number }).id
    const before = emulator.state.checkRuns.find((r) => r.id === id)?.output.summary
    const patched = await call(emulator, 'PATCH', `/repos/${OWNER}/${REPO}/check-runs/${id}`, {
      token: WRITE_TOKEN,
      body: { output: { title: 't', summary: 'ü'.repeat(40_000) } }
    })
    expect(patched.status).toBe(422)
    expect(emulator.state.checkRuns.find((r) => r.id === id)?.output.summary).toBe(before)
  })

  it('rejects a misspelled key (`anotations`) the way GitHub rejects keys its schema does not permit', async () => {
    const bad = await create({
      name: 'typo',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', anotations: annotations(1) }
    })
    expect(bad.status).toBe(422)
    expect(bad.json).toMatchObject({
      message: 'Invalid request.\n\n"anotations" is not a permitted key.',
      documentation_url: 'https://docs.github.com/rest/reference/checks#create-a-check-run',
      status: '422'
    })
    const topLevel = await create({ name: 'typo', head_sha: fixture.headSha, conclsion: 'success' })
    expect((topLevel.json as { message: string }).message).toContain('"conclsion" is not a permitted key.')
    const good = await create({
      name: 'typo',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', annotations: annotations(1) }
    })
    expect(good.status).toBe(201)
  })

  it('accepts unknown keys when configured to validate the description as published', async () => {
    const lenient = await startEmulator({ unknownKeys: 'ignore' })
    try {
      lenient.addRepo({ owner: OWNER, name: REPO, gitDir: fixture.repo.dir })
      lenient.addToken(WRITE_TOKEN, { permissions: 'write' })
      const res = await call(lenient, 'POST', `/repos/${OWNER}/${REPO}/check-runs`, {
        body: {
          name: 'typo',
          head_sha: fixture.headSha,
          output: { title: 't', summary: 's', anotations: [] }
        }
      })
      expect(res.status).toBe(201)
      expect(lenient.state.checkRuns[0].annotations).toEqual([])
    } finally {
      await lenient.close()
    }
  })

  it('reports missing required fields, wrong types and enum values with json_schema wording', async () => {
    const missing = await create({ name: 'x' })
    expect((missing.json as { message: string }).message).toBe(
      'Invalid request.\n\n"head_sha" wasn\'t supplied.'
    )
    const type = await create({ name: 'x', head_sha: 42 })
    expect((type.json as { message: string }).message).toBe(
      "Invalid request.\n\nFor 'properties/head_sha', 42 is not a string."
    )
    const level = await create({
      name: 'x',
      head_sha: fixture.headSha,
      output: { title: 't', summary: 's', annotations: [{ ...annotations(1)[0], annotation_level: 'error' }] }
    })
    expect((level.json as { message: string }).message).toBe(
      'Invalid request.\n\nerror is not a member of ["notice", "warning", "failure"].'
    )
    const noBody = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/check-runs`, {})
    expect((noBody.json as { message: string }).message).toBe(
      "Invalid request.\n\nFor 'links/0/schema', nil is not an object."
    )
    const badJson = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/check-runs`, {
      rawBody: '{"name":'
    })
    expect(badJson.status).toBe(400)
    expect(badJson.json).toMatchObject({ message: 'Problems parsing JSON' })
  })

  it('requires a conclusion once a run is completed', async () => {
    const bad = await create({ name: 'c', head_sha: fixture.headSha, status: 'completed' })
    expect(bad.status).toBe(422)
    expect((bad.json as { message: string }).message).toContain(`"conclusion" wasn't supplied.`)
    const gh = client(emulator)
    const run = await gh.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'c',
      head_sha: fixture.headSha
    })
    const patch = await call(emulator, 'PATCH', `/repos/${OWNER}/${REPO}/check-runs/${run.data.id}`, {
      body: { status: 'completed' }
    })
    expect(patch.status).toBe(422)
    const ok = await call(emulator, 'PATCH', `/repos/${OWNER}/${REPO}/check-runs/${run.data.id}`, {
      body: { status: 'completed', conclusion: 'neutral' }
    })
    expect(ok.status).toBe(200)
  })

  it('rejects a head_sha that is not a commit of the repository', async () => {
    const unknown = 'f'.repeat(40)
    const bad = await create({ name: 'sha', head_sha: unknown })
    expect(bad.status).toBe(422)
    expect((bad.json as { message: string }).message).toBe(`No commit found for SHA: ${unknown}`)
    const branchName = await create({ name: 'sha', head_sha: 'feature' })
    expect(branchName.status).toBe(422)
    expect((await create({ name: 'sha', head_sha: fixture.baseSha })).status).toBe(201)
  })

  it('refuses writes with a read-only token (fork pull requests) but lets it read', async () => {
    const denied = await create({ name: 'fork', head_sha: fixture.headSha }, READ_TOKEN)
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({ message: 'Resource not accessible by integration' })
    const gh = client(emulator, READ_TOKEN)
    const runs = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: fixture.headSha })
    expect(runs.status).toBe(200)
    const patch = await call(
      emulator,
      'PATCH',
      `/repos/${OWNER}/${REPO}/check-runs/${runs.data.check_runs[0].id}`,
      {
        token: READ_TOKEN,
        body: { conclusion: 'success' }
      }
    )
    expect(patch.status).toBe(403)
  })

  it('honours per-scope permissions', async () => {
    emulator.addToken('ghs_checks_only', { permissions: { checks: 'write', 'pull-requests': 'read' } })
    expect((await create({ name: 'scoped', head_sha: fixture.headSha }, 'ghs_checks_only')).status).toBe(201)
    const review = await call(emulator, 'POST', `/repos/${OWNER}/${REPO}/pulls/1/reviews`, {
      token: 'ghs_checks_only',
      body: { event: 'COMMENT', body: 'x' }
    })
    expect(review.status).toBe(403)
    const contents = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/README.md`, {
      token: 'ghs_checks_only'
    })
    expect(contents.status).toBe(403)
  })

  it('answers 404 for an unknown check run', async () => {
    expect((await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/check-runs/1`)).status).toBe(404)
  })
})
