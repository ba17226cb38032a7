import { describe, expect, it } from '@jest/globals'
import { toJson, toJsonReport } from '../../src/report/json.js'
import { finding, result } from './sample.js'
import { validateJsonReport } from '../../test-support/schemas.js'

function validator() {
  return validateJsonReport
}

describe('toJson', () => {
  it('prints the DESIGN.md shape, which the published schema accepts', () => {
    const text = toJson(result())
    expect(text.endsWith('}\n')).toBe(true)
    const parsed: unknown = JSON.parse(text)
    const validate = validator()
    const valid = validate(parsed)
    expect(validate.errors).toBeNull()
    expect(valid).toBe(true)
  })

  it('keeps every contract field under its contract name', () => {
    const report = JSON.parse(toJson(result({ findings: [finding()] }))) as Record<string, unknown>
    expect(report.tool).toEqual({ name: 'stateless-audit', version: '1.2.3' })
    expect(report.findings).toEqual([
      {
        ruleId: 'session-driver-local',
        severity: 'error',
        path: 'config/session.php',
        line: 21,
        column: 5,
        endLine: 21,
        endColumn: 48,
        message: "Sessions are stored on this server's disk (driver 'file').",
        fingerprint: 'a1b2c3d4e5f60718',
        evidence: [{ path: '.env.example', line: 3, note: 'SESSION_DRIVER=file' }]
      }
    ])
    expect(report.summary).toEqual({
      files: 14,
      errors: 1,
      warnings: 0,
      notices: 0,
      parseErrors: 0,
      durationMs: 210,
      suppressed: 0,
      outOfScope: 0
    })
  })

  it('lists suppressed and pre-existing findings apart, with the suppression comment', () => {
    const silenced = finding({
      fingerprint: 's1',
      suppressed: { reason: 'single server until Q3', path: 'config/session.php', line: 20 }
    })
    const old = finding({ fingerprint: 'o1', line: 40, endLine: 40 })
    const report = toJsonReport(result({ findings: [], suppressed: [silenced], outOfScope: [old] }))
    expect(report.findings).toEqual([])
    expect(report.suppressed).toHaveLength(1)
    expect(report.suppressed[0]?.suppression).toEqual({
      reason: 'single server until Q3',
      path: 'config/session.php',
      line: 20
    })
    expect(report.outOfScope.map((f) => f.fingerprint)).toEqual(['o1'])
    expect(report.summary).toMatchObject({ suppressed: 1, outOfScope: 1 })
    const validate = validator()
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true)
  })

  it('adds summary.cachedFiles, after the contract counters, only when a result cache was used', () => {
    const base = result()
    const cached = toJsonReport({ ...base, summary: { ...base.summary, cachedFiles: 12 } })
    expect(Object.keys(cached.summary).slice(-1)).toEqual(['cachedFiles'])
    expect(cached.summary).toMatchObject({ cachedFiles: 12 })
    expect(validator()(JSON.parse(JSON.stringify(cached)))).toBe(true)
    expect(validator()({ ...cached, summary: { ...cached.summary, cachedFiles: -1 } })).toBe(false)
    expect('cachedFiles' in toJsonReport(base).summary).toBe(false)
  })

  it('orders findings by path and position whatever order the engine used', () => {
    const a = finding({ path: 'b.php', line: 2, fingerprint: 'a' })
    const b = finding({ path: 'a.php', line: 9, fingerprint: 'b' })
    const c = finding({ path: 'b.php', line: 1, fingerprint: 'c' })
    const report = toJsonReport(result({ findings: [a, b, c] }))
    expect(report.findings.map((f) => f.fingerprint)).toEqual(['b', 'c', 'a'])
  })

  it('carries a suggestion when a rule has one, and nothing engine-internal', () => {
    const report = toJsonReport(result({ findings: [finding({ suggestion: "'driver' => 'redis'," })] }))
    expect(report.findings[0]?.suggestion).toBe("'driver' => 'redis',")
    expect(Object.keys(report.findings[0] ?? {})).not.toContain('suppressed')
  })
})

describe('jsonReportSchema', () => {
  const valid = (): Record<string, unknown> => JSON.parse(toJson(result())) as Record<string, unknown>

  it('rejects a renamed contract field', () => {
    const report = valid()
    const findings = report.findings as Array<Record<string, unknown>>
    findings[0]!.rule = findings[0]!.ruleId
    delete findings[0]!.ruleId
    expect(validator()(report)).toBe(false)
  })

  it('rejects absolute and backslash paths, 0-based lines and unknown severities', () => {
    for (const change of [
      { path: '/abs/config/session.php' },
      { path: 'config\\session.php' },
      { path: 'C:/app/x.php' },
      { line: 0 },
      { severity: 'info' }
    ]) {
      const report = valid()
      Object.assign((report.findings as object[])[0]!, change)
      expect(validator()(report)).toBe(false)
    }
  })

  it('rejects a summary without a contract counter', () => {
    const report = valid()
    delete (report.summary as Record<string, unknown>).parseErrors
    expect(validator()(report)).toBe(false)
  })

  it('allows extra fields', () => {
    const report = valid()
    report.generatedBy = 'ci'
    ;(report.summary as Record<string, unknown>).baseRef = 'main'
    expect(validator()(report)).toBe(true)
  })
})
