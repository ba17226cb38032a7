import { describe, expect, it } from '@jest/globals'
import { logLines, printable, summaryLine, toText } from '../../src/report/text.js'
import { finding, result } from './sample.js'

const ANSI = new RegExp(String.fromCharCode(27) + '\\[')

describe('toText', () => {
  it('groups findings by file, one line each, the evidence chain indented under it', () => {
    const text = toText(
      result({
        findings: [
          finding({
            evidence: [
              { path: 'config/session.php', line: 21, note: "reads env('SESSION_DRIVER', 'file')" },
              { path: '.env.example', line: 3, note: 'SESSION_DRIVER=file' }
            ]
          }),
          finding({
            ruleId: 'env-outside-config',
            severity: 'warning',
            path: 'app/Http/Controllers/UploadController.php',
            line: 30,
            column: 9,
            message: "env('APP_KEY') outside config/",
            evidence: []
          }),
          finding({
            ruleId: 'schedule-without-on-one-server',
            severity: 'notice',
            path: 'config/session.php',
            line: 7,
            column: 1,
            message: 'second in the same file',
            evidence: []
          })
        ],
        summary: { files: 14, errors: 1, warnings: 1, notices: 1, parseErrors: 0, durationMs: 210 }
      }),
      { color: false }
    )
    expect(text).toBe(
      [
        "app/Http/Controllers/UploadController.php:30:9  warning  env-outside-config  env('APP_KEY') outside config/",
        '',
        'config/session.php:7:1   notice   schedule-without-on-one-server  second in the same file',
        "config/session.php:21:5  error    session-driver-local            Sessions are stored on this server's disk (driver 'file').",
        "    ↳ config/session.php:21  reads env('SESSION_DRIVER', 'file')",
        '    ↳ .env.example:3  SESSION_DRIVER=file',
        '',
        '1 error, 1 warning, 1 notice in 14 files (0.21 s)',
        ''
      ].join('\n')
    )
  })

  it('has no colour codes when colour is off, and colours severities when it is on', () => {
    const plain = toText(result(), { color: false })
    expect(plain).not.toMatch(ANSI)
    const coloured = toText(result(), { color: true })
    expect(coloured).toMatch(ANSI)
    expect(coloured).toContain('\u001b[31merror  \u001b[39m')
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m')
    expect(coloured.replace(new RegExp(String.fromCharCode(27) + '\\[\\d+m', 'g'), '')).toBe(plain)
  })

  it('prints only the summary when there is nothing to report', () => {
    const text = toText(
      result({
        findings: [],
        summary: { files: 1, errors: 0, warnings: 0, notices: 0, parseErrors: 0, durationMs: 5 }
      }),
      { color: false }
    )
    expect(text).toBe('0 errors, 0 warnings, 0 notices in 1 file (0.01 s)\n')
  })

  it('keeps control characters from scanned files away from the terminal', () => {
    const text = toText(
      result({ findings: [finding({ message: "env('\u001b[2JX') read", evidence: [] })] }),
      { color: false }
    )
    expect(text).not.toMatch(ANSI)
    expect(text).toContain("env('\\x1B[2JX') read")
  })

  it('keeps a line break in a file name from starting a line of its own', () => {
    // Git allows newlines in file names; a line of its own could be read as a workflow command in CI.
    const path = 'app/a\n::error file=x.php::fake\r.php'
    const text = toText(result({ findings: [finding({ path, evidence: [{ path, line: 2, note: 'n' }] })] }), {
      color: false
    })
    expect(text.split('\n').slice(0, 3)).toEqual([
      'app/a\\x0A::error file=x.php::fake\\x0D.php:21:5  error    session-driver-local  ' +
        "Sessions are stored on this server's disk (driver 'file').",
      '    ↳ app/a\\x0A::error file=x.php::fake\\x0D.php:2  n',
      ''
    ])
  })

  it('indents the continuation lines of a multi-line message', () => {
    const text = toText(result({ findings: [finding({ message: 'first\nsecond', evidence: [] })] }), {
      color: false
    })
    expect(text.split('\n').slice(0, 2)).toEqual([
      'config/session.php:21:5  error    session-driver-local  first',
      '    second'
    ])
  })
})

describe('logLines, for the action log', () => {
  it('lists the findings most severe first, a file name with a line break on one line', () => {
    const path = 'app/a\n::error file=x.php::fake\r.php'
    const lines = logLines(
      result({
        findings: [
          finding({ severity: 'notice', ruleId: 'env-outside-config', message: 'later\nmore' }),
          finding({ path, message: 'first line\rstill the first' })
        ]
      }),
      'apps/shop'
    )
    expect(lines.slice(1)).toEqual([
      '  error   apps/shop/app/a\\x0A::error file=x.php::fake\\x0D.php:21  session-driver-local  first line\\x0Dstill the first',
      '  notice  apps/shop/config/session.php:21  env-outside-config  later'
    ])
    expect(lines.every((l) => !/[\r\n]/.test(l))).toBe(true)
  })
})

describe('summaryLine', () => {
  it('accounts for suppressed and pre-existing findings and parse errors', () => {
    const line = summaryLine(
      result({
        findings: [],
        suppressed: [finding(), finding()],
        outOfScope: Array.from({ length: 5 }, () => finding()),
        summary: { files: 14, errors: 3, warnings: 2, notices: 1, parseErrors: 0, durationMs: 210 }
      })
    )
    expect(line).toBe(
      '3 errors, 2 warnings, 1 notice in 14 files (0.21 s); 2 suppressed; 5 not introduced by this change'
    )
    const parse = summaryLine(
      result({ summary: { files: 2, errors: 1, warnings: 0, notices: 0, parseErrors: 1, durationMs: 1234 } })
    )
    expect(parse).toBe('1 error, 0 warnings, 0 notices in 2 files (1.23 s); 1 file could not be parsed')
    const summary = { files: 9, errors: 0, warnings: 1, notices: 0, parseErrors: 0, durationMs: 40 }
    expect(summaryLine(result({ summary: { ...summary, cachedFiles: 7 } }))).toBe(
      '0 errors, 1 warning, 0 notices in 9 files (0.04 s); 7 unchanged since the cached run'
    )
    // None from the cache (the run that fills it), or no cache: nothing to say.
    expect(summaryLine(result({ summary: { ...summary, cachedFiles: 0 } }))).toBe(
      summaryLine(result({ summary }))
    )
  })
})

describe('printable', () => {
  it('escapes C0 and C1 controls but keeps newlines and tabs', () => {
    expect(printable('a\u0007b\tc\nd\u009be')).toBe('a\\x07b\tc\nd\\x9Be')
  })
})
