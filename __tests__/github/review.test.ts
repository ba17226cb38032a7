import { describe, expect, test } from '@jest/globals'
import { parsePatch } from '../../src/diff/parse.js'
import type { Finding } from '../../src/engine/types.js'
import { markerOf } from '../../src/github/review-state.js'
import { anchorFor, commentBody } from '../../src/report/review.js'
import { batches, toAnnotations } from '../../src/report/check-run.js'

function finding(line: number, endLine = line, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'schedule-without-on-one-server',
    severity: 'warning',
    path: 'routes/console.php',
    line,
    column: 1,
    endLine,
    endColumn: 20,
    message: 'Runs on every server.',
    fingerprint: 'f'.repeat(32),
    evidence: [{ path: 'config/cache.php', line: 3, note: 'default store is file' }],
    ...extra
  }
}

// Lines 10-13 of the new file, 12 and 13 added; then a second hunk at 40-41.
const HUNKS = parsePatch(
  '@@ -10,2 +10,4 @@\n context 10\n context 11\n+added 12\n+added 13\n@@ -30,1 +40,2 @@\n context 40\n+added 41'
)

describe('anchorFor', () => {
  test('a line on the right side of a hunk can carry a comment; others cannot', () => {
    expect(anchorFor(finding(12), HUNKS)).toEqual({ anchor: { line: 12 } })
    expect(anchorFor(finding(11), HUNKS)).toEqual({ anchor: { line: 11 } }) // context lines are commentable
    expect(anchorFor(finding(20), HUNKS)).toEqual({ reason: 'its line is not part of the diff GitHub shows' })
    expect(anchorFor(finding(12), undefined)).toEqual({ reason: 'GitHub shows no diff for this file' })
  })

  test('a multi-line finding inside one hunk becomes a multi-line comment; across hunks, its first line', () => {
    expect(anchorFor(finding(12, 13), HUNKS)).toEqual({ anchor: { startLine: 12, line: 13 } })
    expect(anchorFor(finding(13, 40), HUNKS)).toEqual({ anchor: { line: 13 } })
    // Ends at column 1 of line 13: line 13 is not part of it.
    expect(anchorFor(finding(12, 13, { endColumn: 1 }), HUNKS)).toEqual({ anchor: { line: 12 } })
  })
})

describe('commentBody', () => {
  const links = {
    rule: (id: string) => `https://docs/${id}.md`,
    file: (p: string, l: number) => `https://gh/${p}#L${l}`
  }

  test('severity, rule, message, evidence, docs link and a line-independent marker', () => {
    const body = commentBody(
      finding(12),
      { line: 12 },
      { prefix: 'apps/web', links, checkName: 'stateless-audit' }
    )
    expect(body).toContain(
      '⚠️ **Warning** · `schedule-without-on-one-server` · [rule docs](https://docs/schedule-without-on-one-server.md)'
    )
    expect(body).toContain('Runs on every server.')
    expect(body).toContain(
      '- [`apps/web/config/cache.php:3`](https://gh/apps/web/config/cache.php#L3) — default store is file'
    )
    expect(markerOf(body)).toBe('f'.repeat(32))
    expect(body).not.toMatch(/\b12\b/) // nothing line-dependent
  })

  test('a suggestion only when the comment covers exactly the lines it replaces', () => {
    const f = finding(12, 13, { suggestion: "Schedule::command('x')\n    ->onOneServer();" })
    const covered = commentBody(
      f,
      { startLine: 12, line: 13 },
      { prefix: '', links, checkName: 'stateless-audit' }
    )
    expect(covered).toContain("```suggestion\nSchedule::command('x')\n    ->onOneServer();\n```")
    const partial = commentBody(f, { line: 12 }, { prefix: '', links, checkName: 'stateless-audit' })
    expect(partial).not.toContain('```suggestion')
  })

  test('a custom check name is recorded so two runs on one pull request keep apart', () => {
    expect(commentBody(finding(12), { line: 12 }, { prefix: '', links, checkName: 'audit-api' })).toContain(
      '<!-- stateless-audit:check=audit-api -->'
    )
  })
})

describe('check-run annotations', () => {
  test('most severe first, repository paths, columns only on one line, level names GitHub uses', () => {
    const annotations = toAnnotations(
      [
        finding(12, 13),
        finding(5, 5, { severity: 'error', ruleId: 'env-outside-config', column: 9, endColumn: 23 })
      ],
      'apps/web',
      (id) => `https://docs/${id}.md`
    )
    expect(annotations[0]).toMatchObject({
      path: 'apps/web/routes/console.php',
      start_line: 5,
      end_line: 5,
      start_column: 9,
      end_column: 23,
      annotation_level: 'failure'
    })
    expect(annotations[1]).toMatchObject({ start_line: 12, end_line: 13, annotation_level: 'warning' })
    expect(annotations[1].start_column).toBeUndefined()
    expect(annotations[1].message).toContain('↳ apps/web/config/cache.php:3  default store is file')
  })

  test('batches of 50', () => {
    expect(
      batches(
        Array.from({ length: 120 }, (_, i) => i),
        50
      ).map((b) => b.length)
    ).toEqual([50, 50, 20])
    expect(batches([], 50)).toEqual([])
  })
})
