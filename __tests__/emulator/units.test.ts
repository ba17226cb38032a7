// Unit tests of the emulator's building blocks: hunk parsing, line mapping after a push, and
// GitHub's wording of schema errors.
import { describe, expect, it } from '@jest/globals'
import { mapLine } from '../../test-support/github-emulator/anchors.js'
import {
  diffHunk,
  findLine,
  lineAtPosition,
  parsePatch,
  rightSideLines
} from '../../test-support/github-emulator/diff.js'
import { OpenApi } from '../../test-support/github-emulator/openapi.js'

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' a',
  '-b',
  '+B',
  '+B2',
  ' c',
  ' d',
  '@@ -10,3 +11,3 @@ function f()',
  ' j',
  '-k',
  '+K',
  ' l',
  '\\ No newline at end of file'
].join('\n')

describe('parsePatch', () => {
  const parsed = parsePatch(PATCH)

  it('numbers both sides and GitHub positions', () => {
    expect(parsed.hunkCount).toBe(2)
    expect(rightSideLines(parsed)).toEqual([1, 2, 3, 4, 5, 11, 12, 13])
    expect(findLine(parsed, 'RIGHT', 3)?.text).toBe('+B2')
    expect(findLine(parsed, 'LEFT', 2)?.text).toBe('-b')
    expect(findLine(parsed, 'RIGHT', 6)).toBeUndefined()
    expect(findLine(parsed, 'LEFT', 11)?.text).toBe('-k')
    // Position counts from the first header; the second header is a position too.
    expect(findLine(parsed, 'RIGHT', 1)?.position).toBe(1)
    expect(findLine(parsed, 'RIGHT', 11)?.position).toBe(8)
    expect(lineAtPosition(parsed, 7)).toBeUndefined()
    expect(lineAtPosition(parsed, 10)?.text).toBe('+K')
  })

  it('builds the diff_hunk from the hunk header through the commented line', () => {
    const anchor = findLine(parsed, 'RIGHT', 12)
    expect(anchor && diffHunk(parsed, anchor)).toBe('@@ -10,3 +11,3 @@ function f()\n j\n-k\n+K')
  })

  it('rejects text that is not a patch', () => {
    expect(() => parsePatch('diff --git a/x b/x')).toThrow('hunk header')
  })
})

describe('mapLine', () => {
  const diff = [
    '@@ -3,0 +4,2 @@',
    '+x',
    '+y',
    '@@ -10 +12 @@',
    '-old',
    '+new',
    '@@ -20,2 +21,0 @@',
    '-p',
    '-q'
  ].join('\n')

  it('shifts lines below insertions and deletions, and drops changed lines', () => {
    expect(mapLine(diff, 2)).toBe(2)
    expect(mapLine(diff, 3)).toBe(3)
    expect(mapLine(diff, 4)).toBe(6)
    expect(mapLine(diff, 10)).toBeNull()
    expect(mapLine(diff, 15)).toBe(17)
    expect(mapLine(diff, 21)).toBeNull()
    expect(mapLine(diff, 30)).toBe(30)
  })
})

describe('OpenAPI request validation wording', () => {
  const openapi = new OpenApi()
  const create = (body: unknown) =>
    openapi.validateRequest(
      'POST',
      '/repos/{owner}/{repo}/check-runs',
      body as Parameters<OpenApi['validateRequest']>[2]
    )

  it('accepts a valid body and words failures like GitHub', () => {
    expect(create({ name: 'n', head_sha: 'abc' })).toEqual({ ok: true, messages: [] })
    expect(create({ name: 'n', head_sha: 'abc', started_at: 'yesterday' }).messages).toEqual([
      'yesterday is not a valid date-time.'
    ])
    expect(create({ head_sha: 'abc', foo: 1, bar: 2 }).messages).toEqual([
      '"bar", "foo" are not permitted keys.',
      `"name" wasn't supplied.`
    ])
    expect(
      create({
        name: 'n',
        head_sha: 'abc',
        actions: [{ label: 'x'.repeat(21), description: 'd', identifier: 'i' }]
      }).messages
    ).toEqual(['Only 20 characters are allowed; 21 were supplied.'])
  })

  it('knows which operations take no body', () => {
    expect(openapi.validateRequest('GET', '/repos/{owner}/{repo}', undefined).ok).toBe(true)
    expect(() => openapi.validateRequest('POST', '/repos/{owner}/{repo}/not-an-endpoint', {})).toThrow(
      'The OpenAPI description has no POST'
    )
  })
})
