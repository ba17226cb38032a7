import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRepo } from '../../test-support/github-emulator/git-fixture.js'
import { startEmulator, type Emulator } from '../../test-support/github-emulator/index.js'
import {
  call,
  cleanup,
  client,
  CONTROLLER_BASE,
  CONTROLLER_HEAD,
  HUGE_LINES,
  OWNER,
  REPO,
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

describe('GET /repos/{o}/{r} and pulls/{n}', () => {
  it('returns the repository with its default branch', async () => {
    const { data } = await client(emulator).rest.repos.get({ owner: OWNER, repo: REPO })
    expect(data).toMatchObject({ full_name: 'acme/shop', default_branch: 'main', private: false })
  })

  it('returns the pull request with head/base shas and totals computed from git', async () => {
    const { data } = await client(emulator).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })
    expect(data.head).toMatchObject({ sha: fixture.headSha, ref: 'feature', label: 'acme:feature' })
    expect(data.base).toMatchObject({ sha: fixture.baseSha, ref: 'main' })
    expect(data.head.repo?.full_name).toBe('acme/shop')
    expect(data.changed_files).toBe(7)
    expect(data.additions).toBe(3 + 2 + 1 + 7 + HUGE_LINES)
    expect(data.commits).toBe(1)
    expect(data.user?.login).toBe('contributor')
  })

  it('puts the head of a fork pull request in the fork', async () => {
    emulator.addPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 2,
      baseSha: fixture.baseSha,
      headSha: fixture.headSha,
      baseRef: 'main',
      headRef: 'patch-1',
      fork: true,
      author: 'outsider'
    })
    const { data } = await client(emulator).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 2 })
    expect(data.head.repo?.full_name).toBe('outsider/shop')
    expect(data.head.repo?.fork).toBe(true)
    expect(data.head.label).toBe('outsider:patch-1')
    expect(data.base.repo.full_name).toBe('acme/shop')
  })

  it('answers 404 for an unknown pull request or repository', async () => {
    expect((await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/pulls/99`)).status).toBe(404)
    const missing = await call(emulator, 'GET', `/repos/${OWNER}/nope`)
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ message: 'Not Found' })
  })
})

describe('GET pulls/{n}/files', () => {
  it('lists every change of the three-dot diff with GitHub statuses', async () => {
    const files = await client(emulator).paginate(client(emulator).rest.pulls.listFiles, {
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      per_page: 100
    })
    const byName = Object.fromEntries(files.map((f) => [f.filename, f]))
    expect(Object.keys(byName).sort()).toEqual([
      '.env.example',
      'app/Http/Controllers/UploadController.php',
      'app/Legacy/Helpers.php',
      'app/Obsolete.php',
      'app/Services/AvatarCache.php',
      'database/seeders/huge.php',
      'public/logo.png'
    ])
    // main's commit after the branch point (README.md) is not part of the pull request.
    expect(byName['README.md']).toBeUndefined()
    expect(byName['app/Legacy/Helpers.php']).toMatchObject({
      status: 'renamed',
      previous_filename: 'app/Support/Legacy.php',
      additions: 1,
      deletions: 1
    })
    expect(byName['app/Obsolete.php']).toMatchObject({ status: 'removed', additions: 0, deletions: 3 })
    expect(byName['app/Services/AvatarCache.php']).toMatchObject({
      status: 'added',
      additions: 7,
      changes: 7
    })
    expect(byName['.env.example'].patch).toBe(
      '@@ -1,3 +1,4 @@\n APP_NAME=Shop\n-SESSION_DRIVER=file\n+SESSION_DRIVER=redis\n CACHE_STORE=file\n+QUEUE_CONNECTION=sync'
    )
    const controller = byName['app/Http/Controllers/UploadController.php']
    expect(controller).toMatchObject({ status: 'modified', additions: 3, deletions: 1, changes: 4 })
    expect(controller.blob_url).toBe(
      `https://github.com/acme/shop/blob/${fixture.headSha}/app/Http/Controllers/UploadController.php`
    )
    expect(controller.contents_url).toBe(
      `${emulator.url}/repos/acme/shop/contents/app/Http/Controllers/UploadController.php?ref=${fixture.headSha}`
    )
  })

  it('computes each patch with git from the merge base, exactly as `git diff base...head` shows it', async () => {
    const gitDiff = await fixture.repo.git([
      'diff',
      `${fixture.baseSha}...${fixture.headSha}`,
      '--',
      'app/Http/Controllers/UploadController.php'
    ])
    const expected = gitDiff.slice(gitDiff.indexOf('@@')).replace(/\n$/, '')
    const { data } = await client(emulator).rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 1 })
    const controller = data.find((f) => f.filename === 'app/Http/Controllers/UploadController.php')
    expect(controller?.patch).toBe(expected)
    expect(controller?.patch?.match(/^@@/gm)).toHaveLength(2)
  })

  it('omits patch for the binary file and for the huge diff, but still counts the huge one', async () => {
    const { data } = await client(emulator).rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 1 })
    const binary = data.find((f) => f.filename === 'public/logo.png')
    const huge = data.find((f) => f.filename === 'database/seeders/huge.php')
    expect(binary).toMatchObject({ status: 'modified', additions: 0, deletions: 0 })
    expect(binary).not.toHaveProperty('patch')
    expect(huge).toMatchObject({ status: 'added', additions: HUGE_LINES, changes: HUGE_LINES })
    expect(huge).not.toHaveProperty('patch')
    expect(data.find((f) => f.filename === 'app/Services/AvatarCache.php')).toHaveProperty('patch')
  })

  it('takes the patch size limit from the options', async () => {
    const relaxed = await startEmulator({ patchLimits: { maxChangedLines: 10_000 } })
    try {
      relaxed.addRepo({ owner: OWNER, name: REPO, gitDir: fixture.repo.dir })
      relaxed.addPullRequest({
        owner: OWNER,
        repo: REPO,
        number: 1,
        baseSha: fixture.baseSha,
        headSha: fixture.headSha,
        baseRef: 'main',
        headRef: 'feature'
      })
      relaxed.addToken(WRITE_TOKEN, { permissions: 'read' })
      const { data } = await client(relaxed).rest.pulls.listFiles({
        owner: OWNER,
        repo: REPO,
        pull_number: 1
      })
      const huge = data.find((f) => f.filename === 'database/seeders/huge.php')
      expect(huge?.patch?.split('\n')).toHaveLength(HUGE_LINES + 1)
      expect(data.find((f) => f.filename === 'public/logo.png')).not.toHaveProperty('patch')
    } finally {
      await relaxed.close()
    }
  })
})

describe('pagination of pulls/{n}/files', () => {
  let dir: string
  let many: Emulator

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-emulator-many-'))
    const repo = await createRepo(dir)
    const base = await repo.commitFiles({ 'README.md': 'x\n' }, 'base')
    await repo.checkoutNewBranch('many')
    const files: Record<string, string> = {}
    for (let i = 0; i < 250; i++) files[`app/Models/M${String(i).padStart(3, '0')}.php`] = `<?php // ${i}\n`
    const head250 = await repo.commitFiles(files, '250 files')
    await repo.checkoutNewBranch('capped', base)
    const capped: Record<string, string> = {}
    for (let i = 0; i < 3005; i++) capped[`f/${String(i).padStart(4, '0')}.php`] = `<?php // ${i}\n`
    const head3005 = await repo.commitFiles(capped, '3005 files')
    await repo.checkoutNewBranch('budget', base)
    const big: Record<string, string> = {}
    for (let i = 0; i < 8; i++) {
      big[`big/B${i}.php`] = Array.from({ length: 2900 }, (_, n) => `// ${i}:${n}`).join('\n') + '\n'
    }
    const headBudget = await repo.commitFiles(big, '8 big files')

    many = await startEmulator()
    many.addRepo({ owner: 'acme', name: 'many', gitDir: dir })
    const pr = { owner: 'acme', repo: 'many', baseSha: base, baseRef: 'main' }
    many.addPullRequest({ ...pr, number: 1, headSha: head250, headRef: 'many' })
    many.addPullRequest({ ...pr, number: 2, headSha: head3005, headRef: 'capped' })
    many.addPullRequest({ ...pr, number: 3, headSha: headBudget, headRef: 'budget' })
    many.addToken(WRITE_TOKEN, { permissions: 'read' })
  })

  afterAll(async () => {
    const errors = [...many.state.emulatorErrors]
    await many.close()
    await rm(dir, { recursive: true, force: true })
    expect(errors).toEqual([])
  })

  it('sends 30 per page by default with Link rel="next" and rel="last"', async () => {
    const first = await call(many, 'GET', '/repos/acme/many/pulls/1/files')
    expect(first.status).toBe(200)
    expect(first.json).toHaveLength(30)
    const link = first.headers.get('link') ?? ''
    expect(link).toContain(`<${many.url}/repos/acme/many/pulls/1/files?per_page=30&page=2>; rel="next"`)
    expect(link).toContain(`<${many.url}/repos/acme/many/pulls/1/files?per_page=30&page=9>; rel="last"`)

    const last = await call(many, 'GET', '/repos/acme/many/pulls/1/files?page=9')
    expect(last.json).toHaveLength(250 - 8 * 30)
    expect(last.headers.get('link')).toContain('rel="prev"')
    expect(last.headers.get('link')).not.toContain('rel="next"')
  })

  it('caps per_page at 100', async () => {
    const page = await call(many, 'GET', '/repos/acme/many/pulls/1/files?per_page=500')
    expect(page.json).toHaveLength(100)
    expect(page.headers.get('link')).toContain('page=3>; rel="last"')
  })

  it('lets Octokit collect all 250 files by following the Link headers', async () => {
    const gh = client(many)
    const files = await gh.paginate(gh.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'many',
      pull_number: 1,
      per_page: 100
    })
    expect(files).toHaveLength(250)
    expect(new Set(files.map((f) => f.filename)).size).toBe(250)
    const requests = many.state.requests.filter(
      (r) => r.path === '/repos/acme/many/pulls/1/files' && r.query.per_page === '100'
    )
    expect(requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
  })

  it('never returns more than 3000 files, while pulls.get still counts them all', async () => {
    const gh = client(many)
    const files = await gh.paginate(gh.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'many',
      pull_number: 2,
      per_page: 100
    })
    expect(files).toHaveLength(3000)
    const pr = await gh.rest.pulls.get({ owner: 'acme', repo: 'many', pull_number: 2 })
    expect(pr.data.changed_files).toBe(3005)
    const beyond = await call(many, 'GET', '/repos/acme/many/pulls/2/files?per_page=100&page=31')
    expect(beyond.json).toEqual([])
  }, 60_000)

  it('zeroes counts and drops patches past the line budget of one page, as GitHub does', async () => {
    const onePage = await call(many, 'GET', '/repos/acme/many/pulls/3/files?per_page=100')
    const files = onePage.json as { filename: string; additions: number; patch?: string }[]
    expect(files.slice(0, 7).every((f) => f.additions === 2900 && f.patch !== undefined)).toBe(true)
    expect(files[7]).toMatchObject({ filename: 'big/B7.php', additions: 0, deletions: 0, changes: 0 })
    expect(files[7]).not.toHaveProperty('patch')
    // On smaller pages every file fits the budget.
    const small = await call(many, 'GET', '/repos/acme/many/pulls/3/files?per_page=4&page=2')
    expect((small.json as { additions: number }[]).map((f) => f.additions)).toEqual([2900, 2900, 2900, 2900])
  })
})

describe('contents, blobs, commits, compare', () => {
  it('returns file content base64-encoded at a ref (default: the default branch)', async () => {
    const gh = client(emulator)
    const path = 'app/Http/Controllers/UploadController.php'
    const atHead = await gh.rest.repos.getContent({ owner: OWNER, repo: REPO, path, ref: fixture.headSha })
    const atMain = await gh.rest.repos.getContent({ owner: OWNER, repo: REPO, path })
    const decode = (data: unknown): string => {
      const file = data as { content: string; encoding: string; type: string }
      expect(file).toMatchObject({ type: 'file', encoding: 'base64' })
      expect(file.content.split('\n').every((line) => line.length <= 60)).toBe(true)
      return Buffer.from(file.content, 'base64').toString('utf8')
    }
    expect(decode(atHead.data)).toBe(CONTROLLER_HEAD.join('\n'))
    expect(decode(atMain.data)).toBe(CONTROLLER_BASE.join('\n'))
  })

  it('returns binary content byte for byte, raw content on request, and directory listings', async () => {
    const binary = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/public/logo.png?ref=feature`)
    const bytes = Buffer.from((binary.json as { content: string }).content, 'base64')
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    expect(bytes).toHaveLength(256)

    const raw = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/.env.example?ref=feature`, {
      accept: 'application/vnd.github.raw+json'
    })
    expect(raw.text).toBe('APP_NAME=Shop\nSESSION_DRIVER=redis\nCACHE_STORE=file\nQUEUE_CONNECTION=sync\n')

    const dir = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/app?ref=feature`)
    expect((dir.json as { name: string; type: string }[]).map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'dir:Http',
      'dir:Legacy',
      'dir:Services'
    ])
  })

  it('answers 404 for a missing path or ref', async () => {
    expect(
      (await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/app/Obsolete.php?ref=feature`)).status
    ).toBe(404)
    const badRef = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/contents/README.md?ref=nope`)
    expect(badRef.status).toBe(404)
    expect(badRef.json).toMatchObject({ message: 'No commit found for the ref nope' })
  })

  it('serves blobs by the sha pulls/{n}/files reports', async () => {
    const gh = client(emulator)
    const { data } = await gh.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 1 })
    const entry = data.find((f) => f.filename === 'app/Services/AvatarCache.php')
    const blob = await gh.rest.git.getBlob({ owner: OWNER, repo: REPO, file_sha: entry?.sha as string })
    expect(blob.data.encoding).toBe('base64')
    expect(Buffer.from(blob.data.content, 'base64').toString('utf8')).toContain('class AvatarCache')
    expect(blob.data.size).toBe(Buffer.from(blob.data.content, 'base64').length)
    const missing = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/git/blobs/${'0'.repeat(40)}`)
    expect(missing.status).toBe(404)
  })

  it('returns a commit with its parents and files, and 422 for an unknown one', async () => {
    const gh = client(emulator)
    const { data } = await gh.rest.repos.getCommit({ owner: OWNER, repo: REPO, ref: fixture.headSha })
    expect(data.sha).toBe(fixture.headSha)
    expect(data.parents.map((p) => p.sha)).toEqual([fixture.branchPoint])
    expect(data.files).toHaveLength(7)
    expect(data.commit.message).toBe('head: uploads, env, rename, removal, binary, huge')
    const unknown = await call(emulator, 'GET', `/repos/${OWNER}/${REPO}/commits/${'a'.repeat(40)}`)
    expect(unknown.status).toBe(422)
    expect(unknown.json).toMatchObject({ message: `No commit found for SHA: ${'a'.repeat(40)}` })
  })

  it('compares base...head through the merge base', async () => {
    const { data } = await client(emulator).rest.repos.compareCommitsWithBasehead({
      owner: OWNER,
      repo: REPO,
      basehead: 'main...feature'
    })
    expect(data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1, total_commits: 1 })
    expect(data.merge_base_commit.sha).toBe(fixture.branchPoint)
    expect(data.files?.map((f) => f.filename)).not.toContain('README.md')
    expect(data.files).toHaveLength(7)
  })
})
