import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ContextError, parseRepository, readEventContext, targetOf } from '../../src/github/context.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const MERGE = 'c'.repeat(40)

function pr(headRepo: string | null, baseRepo = 'acme/app'): Record<string, unknown> {
  return {
    pull_request: {
      number: 12,
      head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo } },
      base: { sha: BASE, repo: { full_name: baseRepo } }
    }
  }
}

describe('targetOf', () => {
  test('pull_request anchors on the head sha, never GITHUB_SHA (the merge commit)', () => {
    expect(targetOf('pull_request', pr('acme/app'), { GITHUB_SHA: MERGE })).toEqual({
      kind: 'pull_request',
      eventName: 'pull_request',
      number: 12,
      headSha: HEAD,
      baseSha: BASE,
      isFork: false,
      readOnlyToken: false
    })
  })

  test('a fork is read-only on pull_request, writable on pull_request_target', () => {
    expect(targetOf('pull_request', pr('someone/app'), {})).toMatchObject({
      isFork: true,
      readOnlyToken: true
    })
    expect(targetOf('pull_request_target', pr('someone/app'), {})).toMatchObject({
      isFork: true,
      readOnlyToken: false
    })
    // The fork was deleted: still a fork.
    expect(targetOf('pull_request', pr(null), {})).toMatchObject({ isFork: true })
    // Owner names differ only in case: the same repository.
    expect(targetOf('pull_request', pr('ACME/App'), {})).toMatchObject({ isFork: false })
  })

  test('Dependabot pull_request runs are not presumed read-only (permissions: can raise their token)', () => {
    expect(targetOf('pull_request', pr('acme/app'), { GITHUB_ACTOR: 'dependabot[bot]' })).toMatchObject({
      isFork: false,
      readOnlyToken: false
    })
  })

  test('merge_group audits base_sha...head_sha', () => {
    expect(
      targetOf('merge_group', { merge_group: { head_sha: HEAD, base_sha: BASE } }, { GITHUB_SHA: HEAD })
    ).toEqual({
      kind: 'range',
      eventName: 'merge_group',
      headSha: HEAD,
      baseSha: BASE
    })
  })

  test('push: the range, the whole app for a new branch, nothing for a deleted one', () => {
    expect(targetOf('push', { before: BASE, after: HEAD }, {})).toMatchObject({
      kind: 'range',
      baseSha: BASE,
      headSha: HEAD
    })
    expect(targetOf('push', { before: '0'.repeat(40), after: HEAD }, {})).toMatchObject({
      kind: 'full',
      headSha: HEAD
    })
    expect(targetOf('push', { before: BASE, after: '0'.repeat(40), deleted: true }, {})).toMatchObject({
      kind: 'unsupported'
    })
  })

  test('workflow_dispatch and schedule: the whole app at GITHUB_SHA', () => {
    expect(targetOf('schedule', {}, { GITHUB_SHA: HEAD })).toMatchObject({ kind: 'full', headSha: HEAD })
    expect(targetOf('workflow_dispatch', {}, { GITHUB_SHA: HEAD })).toMatchObject({
      kind: 'full',
      headSha: HEAD
    })
    expect(() => targetOf('schedule', {}, {})).toThrow(ContextError)
  })

  test('other events are unsupported, with a message naming the supported ones', () => {
    const t = targetOf('release', {}, { GITHUB_SHA: HEAD })
    expect(t).toMatchObject({ kind: 'unsupported', sha: HEAD })
    expect(t.kind === 'unsupported' && t.reason).toContain('merge_group')
  })

  test('a pull_request payload without shas is an error, not a guess', () => {
    expect(() => targetOf('pull_request', { pull_request: { number: 1 } }, {})).toThrow(/head.sha/)
  })
})

describe('readEventContext', () => {
  test('reads the payload file and the repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctx-'))
    const file = path.join(dir, 'event.json')
    writeFileSync(file, JSON.stringify(pr('acme/app')))
    const ctx = readEventContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://ghe.example.com/'
    })
    expect(ctx.repository).toEqual({ owner: 'acme', repo: 'app' })
    expect(ctx.serverUrl).toBe('https://ghe.example.com')
    expect(ctx.target.kind).toBe('pull_request')
  })

  test('clear errors for a missing event name, a bad repository, an unreadable payload', () => {
    expect(() => readEventContext({})).toThrow(/GITHUB_EVENT_NAME/)
    expect(() => parseRepository('acme')).toThrow(/owner\/name/)
    expect(() =>
      readEventContext({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_EVENT_PATH: '/nonexistent/event.json'
      })
    ).toThrow(/cannot be read/)
  })
})
