import { describe, expect, test } from '@jest/globals'
import type { Finding } from '../../src/engine/types.js'
import { toAnnotations } from '../../src/report/check-run.js'
import { truncateUtf8 } from '../../src/report/result.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  cell,
  renderSummary,
  summaryTitle,
  type AccountedFinding,
  type SummaryInput
} from '../../src/report/summary.js'

function finding(
  i: number,
  severity: Finding['severity'] = 'error',
  message = `Problem number ${i}`
): Finding {
  return {
    ruleId: 'env-outside-config',
    severity,
    path: `app/File${i}.php`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 10,
    message,
    fingerprint: String(i).padStart(32, '0'),
    evidence: []
  }
}

function input(findings: AccountedFinding[], extra: Partial<SummaryInput> = {}): SummaryInput {
  return {
    conclusion: 'failure',
    scope: 'Audited pull request #1.',
    failOn: 'error',
    findings,
    outOfScope: [],
    suppressed: [],
    pathPrefix: '',
    links: {
      file: (p, l) => `https://github.com/o/r/blob/abc/${p}#L${l}`,
      rule: (id) => `https://docs/${id}.md`
    },
    notes: [],
    fullListAt: 'the job summary',
    ...extra
  }
}

describe('renderSummary', () => {
  test('accounts for every finding by where it was reported', () => {
    const text = renderSummary(
      input(
        [
          { finding: finding(1), delivery: 'inline-new' },
          { finding: finding(2), delivery: 'inline-kept' },
          {
            finding: finding(3, 'warning'),
            delivery: 'annotation',
            note: 'its line is not part of the diff GitHub shows'
          }
        ],
        {
          outOfScope: [finding(4, 'notice')],
          suppressed: [{ ...finding(5), suppressed: { reason: 'ok', path: 'x', line: 1 } }]
        }
      ),
      { maxLength: CHECK_RUN_SUMMARY_LIMIT }
    )
    expect(text).toMatch(/new in this run \(also an annotation\) \| 1 \|/)
    expect(text).toMatch(/earlier run, still in place \(also an annotation\) \| 1 \|/)
    expect(text).toMatch(/Annotation only .* \| 1 \|/)
    expect(text).toMatch(/Not introduced by this change .* \| 1 \|/)
    expect(text).toMatch(/Suppressed .* \| 1 \|/)
    expect(text).toMatch(/\*\*Total found\*\* \| \*\*5\*\* \|/)
    expect(text).toContain('[app/File1.php:2](https://github.com/o/r/blob/abc/app/File1.php#L2)')
    expect(text).toContain('its line is not part of the diff GitHub shows')
    expect(text).toContain('**Failing:** 2 findings at or above `error`')
  })

  test('stays below the check-run limit with thousands of findings, and says how many rows are missing', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      finding: finding(i, 'error', 'x'.repeat(200)),
      delivery: 'annotation' as const
    }))
    const text = renderSummary(input(many), { maxLength: CHECK_RUN_SUMMARY_LIMIT })
    expect(text.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    expect(text.length).toBeLessThan(65_535)
    const shown = (text.match(/^\| ⛔ error/gm) ?? []).length
    expect(shown).toBeGreaterThan(100)
    expect(text).toContain(
      `${3000 - shown} more rows of findings introduced by this change did not fit here: the complete list is in the job summary.`
    )
  })

  test('measures bytes when asked (the job summary limit is in bytes)', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      finding: finding(i, 'warning', 'é'.repeat(300)),
      delivery: 'annotation' as const
    }))
    const text = renderSummary(input(many), { maxLength: 50_000, measure: (t) => Buffer.byteLength(t) })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50_000)
    expect(text).toContain('did not fit here')
  })

  test('measures UTF-8 bytes by default, as GitHub counts the check-run summary (422 "exceeds a maximum bytesize")', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      finding: { ...finding(i, 'error', '設定'.repeat(100)), path: `app/設定/ファイル${i}.php` },
      delivery: 'annotation' as const
    }))
    const text = renderSummary(input(many), { maxLength: CHECK_RUN_SUMMARY_LIMIT })
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    expect(text).toContain('did not fit here')
  })

  test('truncateUtf8 cuts at a byte budget without splitting a character', () => {
    expect(truncateUtf8('abc', 3)).toBe('abc')
    expect(truncateUtf8('a€b', 3)).toBe('a')
    expect(truncateUtf8('a€b', 4)).toBe('a€')
    expect(truncateUtf8('😀😀', 7)).toBe('😀')
    expect(truncateUtf8('é'.repeat(10), 5)).toBe('éé')
  })

  test('caps check-run annotation messages in UTF-8 bytes', () => {
    const [a] = toAnnotations([finding(1, 'error', '€'.repeat(30_000))], '', (id) => id)
    expect(a.message.length).toBe(20_000)
    expect(Buffer.byteLength(a.message, 'utf8')).toBe(60_000)
  })

  test('an error or "nothing to audit" replaces the tables', () => {
    const crashed = renderSummary(input([], { error: 'boom: parser exploded' }), { maxLength: 10_000 })
    expect(crashed).toContain('could not finish')
    expect(crashed).toContain('boom: parser exploded')
    expect(summaryTitle({ findings: [], error: 'x' })).toBe('The audit could not finish')
    const nothing = renderSummary(input([], { conclusion: 'success', nothingToAudit: 'No PHP changed.' }), {
      maxLength: 10_000
    })
    expect(nothing).toContain('nothing to audit')
    expect(summaryTitle({ findings: [], nothingToAudit: 'x' })).toBe('Nothing to audit')
  })

  test('without a check run, inline comments are not said to be annotations too', () => {
    const text = renderSummary(
      input([{ finding: finding(1), delivery: 'inline-new' }], { checkRunAnnotations: false }),
      {
        maxLength: 10_000
      }
    )
    expect(text).toMatch(/\| Inline review comment, new in this run \| 1 \|/)
    expect(text).not.toContain('also an annotation')
  })

  test('table cells cannot break the table or inject HTML', () => {
    expect(cell('a | b\n<script>')).toBe('a \\| b<br>&lt;script&gt;')
  })

  test('text quoted from the code cannot become a link or an image in a cell', () => {
    // A message quotes source text: `env('![x](https://t.example/p.png)')` must not load an image.
    expect(cell("env('![x](https://t.example/p.png)') is read")).toBe(
      "env('!\\[x\\](https://t.example/p.png)') is read"
    )
    // The code spans rule messages use stay code spans, shown exactly as written.
    expect(cell('file ending in `enum` or `#[`; `a<b` | `x|y`')).toBe(
      'file ending in `enum` or `#[`; `a<b` \\| `x\\|y`'
    )
    // A backtick with no partner stays a backtick.
    expect(cell("env('a`b') [x]")).toBe("env('a\\`b') \\[x\\]")
  })

  test('a carriage return alone ends a Markdown line too, so it cannot stay in a cell', () => {
    expect(cell('a\rb\r\nc')).toBe('a<br>b<br>c')
  })

  test('file names with brackets, backslashes, parentheses or backticks keep their location cell intact', () => {
    const odd = (path: string): AccountedFinding => ({
      finding: { ...finding(1), path },
      delivery: 'annotation'
    })
    const linked = renderSummary(
      input([odd('app/[id]\\x.php'), odd('app/a)b.php')], {
        links: { file: (p, l) => `https://github.com/o/r/blob/abc/${p}#L${l}`, rule: (id) => id }
      }),
      { maxLength: 10_000 }
    )
    // Link text escaped once (not `\\[`, which shows a backslash and leaves the bracket bare).
    expect(linked).toContain('[app/\\[id\\]\\\\x.php:2](https://github.com/o/r/blob/abc/app/[id]\\x.php#L2)')
    // An unbalanced `)` would end the link destination early.
    expect(linked).toContain('[app/a)b.php:2](https://github.com/o/r/blob/abc/app/a%29b.php#L2)')

    const plain = renderSummary(
      input([odd('app/<b>\\`x`|y.php')], { links: { file: () => null, rule: (id) => id } }),
      { maxLength: 10_000 }
    )
    // In a code span only the table's `\|` is unescaped: no `&lt;` or doubled backslashes on show,
    // and a backtick in the name cannot close the span.
    expect(plain).toContain('| ``app/<b>\\`x`\\|y.php:2`` |')
  })

  test('an error text cannot close the code block it is shown in', () => {
    const text = renderSummary(input([], { error: 'bad ```\n# Heading' }), { maxLength: 10_000 })
    expect(text).toContain('````text\nbad ```\n# Heading\n````')
  })

  test('a long error is cut without splitting a character in two', () => {
    const text = renderSummary(input([], { error: `${'x'.repeat(3999)}😀 and more` }), { maxLength: 10_000 })
    // A lone surrogate is not valid UTF-8: GitHub's API would get a broken request body.
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(text).toContain(`${'x'.repeat(3999)}\n`)
  })

  test('titles count by severity', () => {
    expect(
      summaryTitle({
        findings: [
          { finding: finding(1), delivery: 'annotation' },
          { finding: finding(2, 'warning'), delivery: 'annotation' }
        ]
      })
    ).toBe('2 findings (1 error, 1 warning)')
  })
})
