// `--format json`: the shape in DESIGN.md ("Contracts"), which other tools parse. Add fields, never rename.

import type { Evidence, Finding, Severity } from '../engine/types.js'
import { compareByLocation } from './result.js'
import type { AuditResult, AuditSummary } from './result.js'

export interface JsonEvidence {
  path: string
  line: number
  note: string
}

export interface JsonFinding {
  ruleId: string
  severity: Severity
  path: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  fingerprint: string
  evidence: JsonEvidence[]
  /** A mechanical fix for lines [line, endLine], when the rule has one. */
  suggestion?: string
  /** Only in `suppressed`: the comment that silenced the finding. */
  suppression?: { reason: string; path: string; line: number }
}

export interface JsonReport {
  tool: { name: string; version: string }
  findings: JsonFinding[]
  /** Extra: findings silenced by a `stateless-audit-ignore` comment. */
  suppressed: JsonFinding[]
  /** Extra: pre-existing findings outside the changed lines. */
  outOfScope: JsonFinding[]
  summary: AuditSummary & { suppressed: number; outOfScope: number }
}

/** The report as a value, fields in contract order. */
export function toJsonReport(result: AuditResult): JsonReport {
  const { files, errors, warnings, notices, parseErrors, durationMs } = result.summary
  return {
    tool: { name: result.tool.name, version: result.tool.version },
    findings: sorted(result.findings).map(toJsonFinding),
    suppressed: sorted(result.suppressed).map(toJsonFinding),
    outOfScope: sorted(result.outOfScope).map(toJsonFinding),
    summary: {
      files,
      errors,
      warnings,
      notices,
      parseErrors,
      durationMs,
      suppressed: result.suppressed.length,
      outOfScope: result.outOfScope.length,
      ...(result.summary.cachedFiles !== undefined ? { cachedFiles: result.summary.cachedFiles } : {})
    }
  }
}

/** `--format json` output: pretty-printed, ending with a newline. */
export function toJson(result: AuditResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`
}

function sorted(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareByLocation)
}

function toJsonFinding(finding: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    fingerprint: finding.fingerprint,
    evidence: finding.evidence.map(toJsonEvidence)
  }
  if (finding.suggestion !== undefined) out.suggestion = finding.suggestion
  if (finding.suppressed !== undefined) {
    const { reason, path, line } = finding.suppressed
    out.suppression = { reason, path, line }
  }
  return out
}

function toJsonEvidence(evidence: Evidence): JsonEvidence {
  return { path: evidence.path, line: evidence.line, note: evidence.note }
}
