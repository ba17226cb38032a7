// One PHP or Blade file through the engine: pre-filter, parse, code rules, suppressions. Nothing of
// the parse outlives the call: the outcome holds the reports, the suppressions and, when they need
// it, the text.
import type { LaravelProject } from '../laravel/types.js'
import { isBladePath, parsePhpSource } from '../php/parse.js'
import type { SourceFile } from '../php/source.js'
import { internalErrorRule, parseErrorRule } from '../rules/meta-rules.js'
import type { CodeContext, CodeRule } from '../rules/types.js'
import { MAX_FILE_BYTES } from './fs-workspace.js'
import { hasSuppressionComment, type Prefilter } from './prefilter.js'
import { bladeSegmentFilter, sliceBodies, touchesCut } from './slice.js'
import { suppressionsInSource, type Suppression } from './suppressions.js'
import type { RuleMeta, RuleReport } from './types.js'

export interface FileReport {
  meta: RuleMeta
  report: RuleReport
  /** Findings in tests/ are capped at notice. */
  capAtNotice: boolean
}

export interface FileOutcome {
  path: string
  /** The file was read (it counts in summary.files). */
  read: boolean
  /** It counts in summary.parseErrors. */
  parseError: boolean
  /** Not parsed: nothing in it can match an enabled rule (the pre-filter). */
  skipped: boolean
  reports: FileReport[]
  suppressions: Suppression[]
  /** The text, kept only when a report or suppression needs its lines (fingerprints, snippets). */
  text: string | null
}

export interface FileSettings {
  projects: readonly LaravelProject[]
  /** The enabled code rules, in catalogue order. */
  rules: readonly CodeRule[]
  /** The pre-filter over those rules. */
  triggers: Prefilter
  /** Skip files no rule can report in (never in a scope: changed files are always parsed). */
  prefilter: boolean
  /** Run on each file only the rules whose triggers match. */
  ruleTriggers: boolean
  /** Parse without the function bodies no rule can report in (slice.ts; never in a scope). */
  sliceBodies: boolean
}

export function wholeFileSpan(line = 1): RuleReport['span'] {
  return { line, column: 1, endLine: line, endColumn: 1 }
}

/**
 * True when `path` is under a tests/ folder of an app that contains it. Relative to the outermost
 * such app: an app nested in another's tests/ (a test fixture) is test code too.
 */
function isTestPath(path: string, projects: readonly LaravelProject[]): boolean {
  let outer: string | null = null
  for (const p of projects) {
    const inside = p.root === '' || path.startsWith(p.root + '/')
    if (inside && (outer === null || p.root.length < outer.length)) outer = p.root
  }
  const rel = outer === null || outer === '' ? path : path.slice(outer.length + 1)
  return rel.startsWith('tests/') || rel.includes('/tests/')
}

/** The innermost app that contains `path`. */
export function ownerOf(path: string, projects: readonly LaravelProject[]): LaravelProject | null {
  let best: LaravelProject | null = null
  for (const p of projects) {
    const inside = p.root === '' || path === p.root || path.startsWith(p.root + '/')
    if (inside && (best === null || p.root.length > best.root.length)) best = p
  }
  return best
}

/**
 * The outcome of a file that needs no parse — it could not be read, is binary, or (whole-app runs)
 * contains nothing any enabled rule looks for — else null. Needs neither the parser nor the
 * project model.
 */
export function screenFile(
  path: string,
  text: string | null,
  settings: FileSettings,
  whyNotRead: string | null = null
): FileOutcome | null {
  if (text === null) return notRead(path, whyNotRead)
  const binary = binaryFile(path, text)
  if (binary !== null) return binary
  if (!settings.prefilter) return null
  if (settings.triggers.rulesFor(text).length > 0 || hasSuppressionComment(text)) return null
  return { path, read: true, parseError: false, skipped: true, reports: [], suppressions: [], text: null }
}

function parseErrorOutcome(path: string, text: string | null, message: string): FileOutcome {
  return {
    path,
    read: text !== null,
    parseError: true,
    skipped: false,
    reports: [
      {
        meta: parseErrorRule,
        report: { path, span: wholeFileSpan(), message, evidence: [] },
        capAtNotice: false
      }
    ],
    suppressions: [],
    text
  }
}

/** `why`: the workspace's reason (Workspace.failure()); a workspace that gives none gets the likely ones. */
function notRead(path: string, why: string | null): FileOutcome {
  const reason = why ?? `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, or not a regular file`
  return parseErrorOutcome(path, null, `Not audited: the file could not be read (${reason}).`)
}

function binaryFile(path: string, text: string): FileOutcome | null {
  return text.includes('\u0000')
    ? parseErrorOutcome(path, text, 'Not audited: the file is binary, not PHP source.')
    : null
}

/** Audits one file whose text is `text` (null: it could not be read, for `whyNotRead`). */
export function auditFile(
  path: string,
  text: string | null,
  settings: FileSettings,
  whyNotRead: string | null = null
): FileOutcome {
  if (text === null) return notRead(path, whyNotRead)
  const binary = binaryFile(path, text)
  if (binary !== null) return binary
  const outcome: FileOutcome = {
    path,
    read: true,
    parseError: false,
    skipped: false,
    reports: [],
    suppressions: [],
    text: null
  }
  const selected =
    settings.prefilter || settings.ruleTriggers ? settings.triggers.rulesFor(text) : settings.rules
  if (selected.length === 0 && settings.prefilter && !hasSuppressionComment(text)) {
    outcome.skipped = true
    return outcome
  }
  const rules = settings.ruleTriggers ? selected : settings.rules
  const project = ownerOf(path, settings.projects)
  const context: CodeContext = {
    project,
    isTestFile: isTestPath(path, settings.projects),
    isConfigFile: project ? project.isConfigFile(path) : /(^|\/)config\//.test(path)
  }
  try {
    return parsed(path, text, rules, context, settings, outcome)
  } catch (err) {
    // parsePhpSource never throws by contract; should it, this file is lost, not the whole run.
    // (The watchdog's timeout cannot be caught here: V8 terminates the script instead.)
    outcome.reports = [
      {
        meta: internalErrorRule,
        report: {
          path,
          span: wholeFileSpan(),
          message: `Parsing this file failed (${(err as Error).message}); it was not audited. Please report this.`,
          evidence: [],
          fingerprintKey: 'internal-error:parse'
        },
        capAtNotice: false
      }
    ]
    outcome.suppressions = []
    outcome.text = text
    return outcome
  }
}

/** The parse and the rules of auditFile(). */
function parsed(
  path: string,
  text: string,
  rules: readonly CodeRule[],
  context: CodeContext,
  settings: FileSettings,
  outcome: FileOutcome
): FileOutcome {
  // Comments are only read for suppressions: a file without one is parsed without them.
  const suppressible = hasSuppressionComment(text)
  // Whole-app runs: parse without the bodies no rule can report in, when the result is provably
  // the same (slice.ts); otherwise, and for every changed file of a scope, the whole file.
  if (settings.sliceBodies && !suppressible) {
    const blade = isBladePath(path)
    const segments = blade ? bladeSegmentFilter(text, rules, settings.triggers) : null
    const sliced = blade ? null : sliceBodies(text, rules, settings.triggers)
    if (segments !== null || sliced !== null) {
      const file = sliced
        ? parsePhpSource(path, sliced.text, { comments: false })
        : parsePhpSource(path, text, { bladeSegments: segments ?? undefined, comments: false })
      if (file.parseErrors.length === 0) {
        const reports = runRules(file, rules, context)
        const exact = reports.every(
          (r) => r.meta !== internalErrorRule && !(sliced && touchesCut(r.report.span, sliced.cuts))
        )
        if (exact) {
          outcome.reports = reports
          if (reports.length > 0) outcome.text = text
          return outcome
        }
      }
    }
  }
  const file = parsePhpSource(path, text, { comments: suppressible })
  if (file.parseErrors.length > 0) {
    outcome.parseError = true
    const first = file.parseErrors[0]
    const more = file.parseErrors.length > 1 ? ` (and ${file.parseErrors.length - 1} more)` : ''
    outcome.reports.push({
      meta: parseErrorRule,
      report: {
        path,
        span: { line: first.line, column: first.column, endLine: first.line, endColumn: first.column },
        message: `Syntax error: ${first.message}${more}. The rest of the file was still audited.`,
        evidence: [],
        fingerprintKey: 'parse-error'
      },
      capAtNotice: false
    })
  }
  outcome.reports.push(...runRules(file, rules, context))
  outcome.suppressions = suppressionsInSource(path, text, file.comments)
  if (outcome.reports.length > 0 || outcome.suppressions.length > 0) outcome.text = text
  return outcome
}

/** The outcome for a file the parser did not finish (src/engine/watchdog.ts). */
export function parserHung(path: string, text: string | null): FileOutcome {
  return {
    path,
    read: text !== null,
    parseError: true,
    skipped: false,
    reports: [
      {
        meta: parseErrorRule,
        report: {
          path,
          span: wholeFileSpan(),
          message:
            'Not audited: the PHP parser did not finish on this file (it loops on a few broken texts, such as a file ending in `enum` or `#[`). Check it with `php -l`.',
          evidence: [],
          fingerprintKey: 'parse-error'
        },
        capAtNotice: false
      }
    ],
    suppressions: [],
    text
  }
}

/** Each rule's reports on a parsed file; a rule that throws becomes an internal-error report. */
function runRules(file: SourceFile, rules: readonly CodeRule[], context: CodeContext): FileReport[] {
  const reports: FileReport[] = []
  for (const rule of rules) {
    try {
      for (const report of rule.check(file, context)) {
        reports.push({ meta: rule.meta, report, capAtNotice: context.isTestFile })
      }
    } catch (err) {
      reports.push({
        meta: internalErrorRule,
        report: {
          path: file.path,
          span: wholeFileSpan(),
          message: `Rule ${rule.meta.id} failed on this file (${(err as Error).message}); other rules still ran. Please report this.`,
          evidence: [],
          fingerprintKey: `internal-error:${rule.meta.id}`
        },
        capAtNotice: false
      })
    }
  }
  return reports
}
