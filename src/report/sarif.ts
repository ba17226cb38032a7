// SARIF 2.1.0 for GitHub code scanning (`--format sarif`, the action's `sarif-file` input).
//
// What GitHub reads (reference/github-platform.md §9): `$schema`, `version`, `runs[].tool.driver` with
// `rules[]`, `results[]` with `message.text`, the first location's repository-relative
// `artifactLocation.uri` + `region.startLine`, `partialFingerprints`. Its limits: 25,000 results per
// run (only the top 5,000 are shown), 1,000 locations per result, 25,000 rules per run, 20 runs per
// file, 10 MB gzipped per upload. Results past the cap are dropped least important first and the run
// says how many in `invocations[0].toolExecutionNotifications` and `properties`.
//
// Code scanning compares an analysis with the previous one: a result missing from it reads as
// "fixed". So pre-existing findings outside the diff (`outOfScope`) are included, marked in their
// properties; GitHub's own pull-request view already shows only alerts on changed lines.

import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type {
  Location,
  Log,
  PhysicalLocation,
  Region,
  ReportingDescriptor,
  Result,
  Run,
  Suppression
} from 'sarif'
import type { Evidence, Finding, RuleMeta, Severity } from '../engine/types.js'
import { compareBySeverity, joinPrefix, normalizePathPrefix, plural } from './result.js'
import type { AuditResult } from './result.js'

export type SarifLog = Log

export const SARIF_VERSION = '2.1.0'
/** The schema URI GitHub's documentation uses in its examples. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The uriBaseId every location is relative to: the repository root. */
export const SRCROOT = '%SRCROOT%'
/** Key of the line-independent fingerprint in `partialFingerprints`. Bump the version if its meaning changes. */
export const FINGERPRINT_KEY = 'statelessAudit/v1'
/** GitHub code scanning rejects runs with more results than this. */
export const GITHUB_MAX_RESULTS_PER_RUN = 25_000
/** GitHub code scanning keeps at most this many locations (primary + related) per result. */
export const GITHUB_MAX_LOCATIONS_PER_RESULT = 1_000

export const DEFAULT_INFORMATION_URI = 'https://www.npmjs.com/package/laravel-stateless-audit'

export interface SarifOptions {
  /** Base URL of the rule pages: `helpUri` is `docsBaseUrl + id + '.md'` (a missing trailing `/` is added). */
  docsBaseUrl: string
  /** The tool's home page (`tool.driver.informationUri`). */
  informationUri?: string
  /**
   * The scan root relative to the repository root (e.g. the action's `working-directory`), so URIs
   * are repository-relative as GitHub requires. Default `''`: the scan root is the repository root.
   */
  pathPrefix?: string
  /** Cap on results; defaults to GitHub's 25,000. */
  maxResults?: number
}

type Scope = 'in-diff' | 'suppressed' | 'outside-diff'

/** Builds the SARIF log. Pure: the same result and options always give the same log. */
export function toSarif(result: AuditResult, options: SarifOptions): SarifLog {
  const docsBaseUrl = options.docsBaseUrl.endsWith('/') ? options.docsBaseUrl : `${options.docsBaseUrl}/`
  const prefix = normalizePathPrefix(options.pathPrefix)
  const maxResults = options.maxResults ?? GITHUB_MAX_RESULTS_PER_RUN

  const rules = ruleDescriptors(result, docsBaseUrl)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))

  // Most important first, so a cap drops the least important: new problems, then suppressed, then pre-existing.
  const ranked: Array<[Finding, Scope]> = [
    ...[...result.findings].sort(compareBySeverity).map((f): [Finding, Scope] => [f, 'in-diff']),
    ...[...result.suppressed].sort(compareBySeverity).map((f): [Finding, Scope] => [f, 'suppressed']),
    ...[...result.outOfScope].sort(compareBySeverity).map((f): [Finding, Scope] => [f, 'outside-diff'])
  ]
  const kept = ranked.slice(0, Math.max(0, maxResults))
  const omitted = ranked.length - kept.length

  const run: Run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
        rules
      }
    },
    originalUriBaseIds: {
      [SRCROOT]: { uri: directoryUri(repositoryRoot(result.root, prefix)) }
    },
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        executionSuccessful: true,
        ...(omitted > 0 && {
          toolExecutionNotifications: [
            {
              level: 'warning' as const,
              message: {
                text: `${plural(omitted, 'result')} left out: GitHub code scanning accepts at most ${maxResults} results per run.`
              }
            }
          ]
        })
      }
    ],
    results: kept.map(([finding, scope]) =>
      toResult(finding, scope, ruleIndex.get(finding.ruleId) ?? 0, prefix)
    ),
    properties: {
      'statelessAudit/files': result.summary.files,
      'statelessAudit/parseErrors': result.summary.parseErrors,
      'statelessAudit/durationMs': result.summary.durationMs,
      'statelessAudit/omittedResults': omitted
    }
  }

  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] }
}

/** SARIF `level` for a severity. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'notice' ? 'note' : severity
}

/** GitHub's `problem.severity` rule property for a severity. */
export function problemSeverity(severity: Severity): 'error' | 'warning' | 'recommendation' {
  return severity === 'notice' ? 'recommendation' : severity
}

/** `session-driver-local` → `SessionDriverLocal`: SARIF's rule `name` is an identifier-like string. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

function ruleDescriptors(result: AuditResult, docsBaseUrl: string): ReportingDescriptor[] {
  const descriptors: ReportingDescriptor[] = []
  const seen = new Set<string>()
  for (const meta of result.rules) {
    if (seen.has(meta.id)) continue
    seen.add(meta.id)
    descriptors.push(ruleDescriptor(meta, docsBaseUrl))
  }
  // A finding whose rule the engine did not list still needs a descriptor: GitHub resolves
  // results through `ruleIndex`. Described from what the finding knows.
  for (const finding of [...result.findings, ...result.suppressed, ...result.outOfScope]) {
    if (seen.has(finding.ruleId)) continue
    seen.add(finding.ruleId)
    descriptors.push({
      id: finding.ruleId,
      name: ruleName(finding.ruleId),
      shortDescription: { text: finding.ruleId },
      helpUri: `${docsBaseUrl}${encodeURIComponent(finding.ruleId)}.md`,
      defaultConfiguration: { level: sarifLevel(finding.severity) },
      properties: { tags: ['laravel', 'stateless'], 'problem.severity': problemSeverity(finding.severity) }
    })
  }
  return descriptors
}

function ruleDescriptor(meta: RuleMeta, docsBaseUrl: string): ReportingDescriptor {
  const helpUri = `${docsBaseUrl}${encodeURIComponent(meta.id)}.md`
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.help },
    help: {
      text: `${meta.summary}\n\n${meta.help}\n\nDocumentation: ${helpUri}`,
      markdown: `**${escapeMarkdown(meta.summary)}**\n\n${escapeMarkdown(meta.help)}\n\n[Documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: {
      tags: ['laravel', 'stateless', `${meta.level}-rule`],
      // Meta rules (parse errors, suppression hygiene) are certain; the others read code statically.
      precision: meta.level === 'meta' ? 'very-high' : 'high',
      'problem.severity': problemSeverity(meta.defaultSeverity)
    }
  }
}

function toResult(finding: Finding, scope: Scope, ruleIndex: number, prefix: string): Result {
  const evidence = finding.evidence.slice(0, GITHUB_MAX_LOCATIONS_PER_RESULT - 1)
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: messageText(finding.message, evidence) },
    locations: [{ physicalLocation: physicalLocation(prefix, finding.path, findingRegion(finding)) }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { 'statelessAudit/scope': scope }
  }
  if (evidence.length > 0) {
    result.relatedLocations = evidence.map((step, index): Location => ({
      id: index + 1,
      physicalLocation: physicalLocation(prefix, step.path, { startLine: Math.max(1, step.line) }),
      message: { text: step.note }
    }))
  }
  if (finding.suppressed !== undefined) {
    const suppression: Suppression = {
      kind: 'inSource',
      justification: finding.suppressed.reason,
      location: {
        physicalLocation: physicalLocation(prefix, finding.suppressed.path, {
          startLine: Math.max(1, finding.suppressed.line)
        })
      }
    }
    result.suppressions = [suppression]
  }
  return result
}

/** The finding's message, then the evidence chain as lines linking to the related locations. */
function messageText(message: string, evidence: readonly Evidence[]): string {
  const lines = [escapeMessage(message)]
  evidence.forEach((step, index) => {
    lines.push(`↳ [${escapeLinkText(`${step.path}:${step.line}`)}](${index + 1}) ${escapeMessage(step.note)}`)
  })
  return lines.join('\n')
}

/**
 * SARIF reads `[text](n)` in message text as a link to related location n. Text from rules (code
 * snippets like `$_SESSION['cart']`) keeps its brackets as they are unless it would form such a
 * link; then its brackets are escaped with `\` as the SARIF spec (3.11.6) asks.
 */
function escapeMessage(text: string): string {
  return /\[[^\]]*\]\(/.test(text) ? text.replace(/[[\]]/g, '\\$&') : text
}

/** Link text of a plain-text message (3.11.6): `\`, `[` and `]` are always escaped there. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&')
}

/** Plain text inside Markdown: no raw HTML, no accidental emphasis or links. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&')
}

function findingRegion(finding: Finding): Region {
  const startLine = Math.max(1, finding.line)
  const startColumn = Math.max(1, finding.column)
  const endLine = Math.max(startLine, finding.endLine)
  const endColumn = Math.max(1, finding.endColumn)
  // SARIF: on one line the end column may not precede the start column.
  return {
    startLine,
    startColumn,
    endLine,
    endColumn: endLine === startLine ? Math.max(startColumn, endColumn) : endColumn
  }
}

function physicalLocation(prefix: string, path: string, region: Region): PhysicalLocation {
  return { artifactLocation: { uri: relativeUri(joinPrefix(prefix, path)), uriBaseId: SRCROOT }, region }
}

/** A relative posix path as a relative URI reference: each segment percent-encoded. */
export function relativeUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/** The repository root: the scan root with the prefix's directories taken off. */
function repositoryRoot(root: string, prefix: string): string {
  if (prefix === '') return resolve(root)
  return resolve(root, ...prefix.split('/').map(() => '..'))
}

function directoryUri(path: string): string {
  const href = pathToFileURL(path).href
  return href.endsWith('/') ? href : `${href}/`
}
