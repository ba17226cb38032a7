import { describe, expect, it } from '@jest/globals'
import type { Result } from 'sarif'
import {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS_PER_RUN,
  SRCROOT,
  relativeUri,
  ruleName,
  toSarif
} from '../../src/report/sarif.js'
import type { SarifLog } from '../../src/report/sarif.js'
import { finding, result, RULES } from './sample.js'
import { sarifSchema, validateSarif } from '../../test-support/schemas.js'

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

const DOCS = 'https://github.com/example/stateless-audit/blob/v1/docs/rules/'

function results(log: SarifLog): Result[] {
  return log.runs[0]?.results ?? []
}

describe('the SARIF 2.1.0 schema used here', () => {
  it('is the 2.1.0 schema and rejects broken logs (so the checks below can fail)', () => {
    expect(sarifSchema.title).toMatch(/SARIF\) Version 2\.1\.0/)
    const good = toSarif(result(), { docsBaseUrl: DOCS })
    expectValidSarif(good)
    const bad: Array<(log: Record<string, unknown>) => void> = [
      (log) => (log.version = '2.0.0'),
      (log) => delete log.runs,
      (log) =>
        ((log.runs as Array<Record<string, unknown>>)[0]!.results = [
          { level: 'notice', message: { text: 'x' } }
        ]),
      (log) => ((log.runs as Array<Record<string, unknown>>)[0]!.results = [{ ruleId: 'x' }]),
      (log) => ((log.runs as Array<Record<string, unknown>>)[0]!.tool = { driver: {} })
    ]
    for (const breakIt of bad) {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>
      breakIt(copy)
      expect(validateSarif(copy)).toBe(false)
    }
  })
})

describe('toSarif', () => {
  it('produces schema-valid SARIF for findings, suppressed and pre-existing ones, and every rule', () => {
    const log = toSarif(
      result({
        suppressed: [
          finding({
            fingerprint: 'sup1',
            line: 30,
            endLine: 30,
            suppressed: { reason: 'one server until Q3', path: 'config/session.php', line: 29 }
          })
        ],
        outOfScope: [finding({ fingerprint: 'old1', path: 'app/Old Stuff/Legacy.php', line: 3, endLine: 3 })]
      }),
      { docsBaseUrl: DOCS }
    )
    expectValidSarif(log)
    // What JSON.stringify writes is what gets uploaded.
    expectValidSarif(JSON.parse(JSON.stringify(log)))
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(results(log)).toHaveLength(5)
  })

  it('describes every rule for code scanning, meta rules included', () => {
    const log = toSarif(result(), { docsBaseUrl: DOCS.slice(0, -1) })
    const driver = log.runs[0]!.tool.driver
    expect(driver).toMatchObject({ name: 'stateless-audit', version: '1.2.3' })
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    const session = driver.rules?.find((r) => r.id === 'session-driver-local')
    expect(session).toEqual({
      id: 'session-driver-local',
      name: 'SessionDriverLocal',
      shortDescription: { text: 'Sessions kept on the local disk or in memory.' },
      fullDescription: { text: RULES[0]!.help },
      help: {
        text: expect.stringContaining(RULES[0]!.help),
        markdown: expect.stringContaining(`[Documentation](${DOCS}session-driver-local.md)`)
      },
      helpUri: `${DOCS}session-driver-local.md`,
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['laravel', 'stateless', 'project-rule'],
        precision: 'high',
        'problem.severity': 'error'
      }
    })
    const notice = driver.rules?.find((r) => r.id === 'unused-suppression')
    expect(notice?.defaultConfiguration).toEqual({ level: 'note' })
    expect(notice?.properties).toMatchObject({ precision: 'very-high', 'problem.severity': 'recommendation' })
  })

  it('maps each finding to a result GitHub can place', () => {
    const log = toSarif(result(), { docsBaseUrl: DOCS })
    const rules = log.runs[0]!.tool.driver.rules!
    const [first, second, third] = results(log)
    expect(first).toEqual({
      ruleId: 'session-driver-local',
      ruleIndex: 0,
      level: 'error',
      message: {
        text: "Sessions are stored on this server's disk (driver 'file').\n↳ [.env.example:3](1) SESSION_DRIVER=file"
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'config/session.php', uriBaseId: SRCROOT },
            region: { startLine: 21, startColumn: 5, endLine: 21, endColumn: 48 }
          }
        }
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: '.env.example', uriBaseId: SRCROOT },
            region: { startLine: 3 }
          },
          message: { text: 'SESSION_DRIVER=file' }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: 'a1b2c3d4e5f60718' },
      properties: { 'statelessAudit/scope': 'in-diff' }
    })
    expect(second?.level).toBe('warning')
    expect(third?.level).toBe('note')
    for (const r of results(log)) {
      expect(rules[r.ruleIndex!]?.id).toBe(r.ruleId)
      expect(r.relatedLocations ?? []).toHaveLength((r.message.text ?? '').split('\n').length - 1)
    }
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///work/app/' } })
  })

  it('keeps the fingerprint when a finding moves to another line', () => {
    const before = toSarif(result({ findings: [finding({ line: 21, endLine: 21 })] }), { docsBaseUrl: DOCS })
    const after = toSarif(result({ findings: [finding({ line: 35, endLine: 36 })] }), { docsBaseUrl: DOCS })
    const [a] = results(before)
    const [b] = results(after)
    expect(a?.partialFingerprints).toEqual(b?.partialFingerprints)
    expect(a?.partialFingerprints?.[FINGERPRINT_KEY]).toBe('a1b2c3d4e5f60718')
    expect(a?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(21)
    expect(b?.locations?.[0]?.physicalLocation?.region).toMatchObject({ startLine: 35, endLine: 36 })
    // A different fingerprint in gives a different one out.
    const other = toSarif(result({ findings: [finding({ fingerprint: 'zzz' })] }), { docsBaseUrl: DOCS })
    expect(results(other)[0]?.partialFingerprints).not.toEqual(a?.partialFingerprints)
  })

  it('reports suppressed findings as results with an in-source suppression', () => {
    const log = toSarif(
      result({
        findings: [],
        suppressed: [
          finding({ suppressed: { reason: 'one server until Q3', path: 'config/session.php', line: 20 } })
        ]
      }),
      { docsBaseUrl: DOCS }
    )
    expectValidSarif(log)
    expect(results(log)[0]?.suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'one server until Q3',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'config/session.php', uriBaseId: SRCROOT },
            region: { startLine: 20 }
          }
        }
      }
    ])
  })

  it('makes URIs repository-relative under a working directory, and encodes them', () => {
    const log = toSarif(
      result({ root: '/repo/apps/shop', findings: [finding({ path: 'app/Http/My Controller#1.php' })] }),
      { docsBaseUrl: DOCS, pathPrefix: './apps/shop/' }
    )
    expectValidSarif(log)
    const location = results(log)[0]?.locations?.[0]?.physicalLocation
    expect(location?.artifactLocation?.uri).toBe('apps/shop/app/Http/My%20Controller%231.php')
    expect(results(log)[0]?.relatedLocations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'apps/shop/.env.example'
    )
    expect(log.runs[0]!.originalUriBaseIds?.[SRCROOT]?.uri).toBe('file:///repo/')
    expect(() => toSarif(result(), { docsBaseUrl: DOCS, pathPrefix: '../elsewhere' })).toThrow(/inside/)
  })

  it('escapes brackets only where they would read as a SARIF link', () => {
    const log = toSarif(
      result({
        findings: [
          finding({ message: "$_SESSION['cart'] is kept in this server's memory", evidence: [] }),
          finding({ fingerprint: 'x', message: 'see [the docs](1) for more', evidence: [] })
        ]
      }),
      { docsBaseUrl: DOCS }
    )
    const texts = results(log).map((r) => r.message.text)
    expect(texts).toContain("$_SESSION['cart'] is kept in this server's memory")
    expect(texts).toContain('see \\[the docs\\](1) for more')
  })

  it('escapes brackets and backslashes in the link text of an evidence link, as 3.11.6 requires', () => {
    const log = toSarif(
      result({
        findings: [finding({ evidence: [{ path: 'app/[id]\\x.php', line: 4, note: 'n' }] })]
      }),
      { docsBaseUrl: DOCS }
    )
    // An unescaped `]` would end the link text at `[id]`.
    expect(results(log)[0]?.message.text?.split('\n')[1]).toBe('↳ [app/\\[id\\]\\\\x.php:4](1) n')
  })

  it('caps results at GitHub’s limit, dropping the least important and saying so', () => {
    expect(GITHUB_MAX_RESULTS_PER_RUN).toBe(25_000)
    const log = toSarif(
      result({
        findings: [
          finding({ severity: 'notice', fingerprint: 'n' }),
          finding({ severity: 'error', fingerprint: 'e' })
        ],
        suppressed: [
          finding({ fingerprint: 's', suppressed: { reason: 'r', path: 'config/session.php', line: 1 } })
        ],
        outOfScope: [finding({ fingerprint: 'o' })]
      }),
      { docsBaseUrl: DOCS, maxResults: 2 }
    )
    expectValidSarif(log)
    expect(results(log).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual(['e', 'n'])
    const run = log.runs[0]!
    expect(run.properties?.['statelessAudit/omittedResults']).toBe(2)
    expect(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toMatch(/^2 results left out/)
  })

  it('stays within 25,000 results by default', () => {
    const many = Array.from({ length: 25_003 }, (_, i) =>
      finding({ fingerprint: `f${i}`, line: i + 1, endLine: i + 1 })
    )
    const log = toSarif(result({ findings: many }), { docsBaseUrl: DOCS })
    expect(results(log)).toHaveLength(25_000)
    expect(log.runs[0]!.properties?.['statelessAudit/omittedResults']).toBe(3)
  })

  it('describes a rule the engine did not list, so ruleIndex always resolves', () => {
    const log = toSarif(result({ rules: [], findings: [finding({ ruleId: 'cache-store-local' })] }), {
      docsBaseUrl: DOCS
    })
    expectValidSarif(log)
    const rules = log.runs[0]!.tool.driver.rules!
    expect(rules.map((r) => r.id)).toEqual(['cache-store-local'])
    expect(results(log)[0]?.ruleIndex).toBe(0)
  })
})

describe('helpers', () => {
  it('ruleName makes a PascalCase identifier', () => {
    expect(ruleName('schedule-without-on-one-server')).toBe('ScheduleWithoutOnOneServer')
  })

  it('relativeUri encodes each segment and keeps the slashes', () => {
    expect(relativeUri('config/café 2.php')).toBe('config/caf%C3%A9%202.php')
    expect(relativeUri('a\\b.php')).toBe('a/b.php')
  })
})
