// Test helpers for code rules and the php/ layer.
import type { RuleReport } from '../src/engine/types.js'
import {
  isKind,
  isMemberLookup,
  memberName,
  type CallNode,
  type KindMap,
  type PhpNode
} from '../src/php/nodes.js'
import { parsePhpSource } from '../src/php/parse.js'
import { walk } from '../src/php/walk.js'
import type { SourceFile } from '../src/php/source.js'
import type { CodeContext, CodeRule } from '../src/rules/types.js'
import { expect } from '@jest/globals'
import { Prefilter } from '../src/engine/prefilter.js'
import { bladeSegmentFilter, sliceable, sliceBodies, touchesCut } from '../src/engine/slice.js'
import { extractBlade } from '../src/php/blade.js'
import { functionBodies } from '../src/php/bodies.js'
import { LineIndex } from '../src/php/lines.js'

/** Parses PHP source; prepends `<?php\n` unless the code already opens a PHP tag or the path is Blade. */
export function php(code: string, path = 'app/Example.php'): SourceFile {
  const text = path.endsWith('.blade.php') || /^\s*<\?php/.test(code) ? code : `<?php\n${code}`
  return parsePhpSource(path, text)
}

export function codeContext(overrides: Partial<CodeContext> = {}): CodeContext {
  return { project: null, isTestFile: false, isConfigFile: false, ...overrides }
}

/** Runs a rule over raw file text (no `<?php` added) and returns its reports. */
export function runRule(
  rule: CodeRule,
  path: string,
  text: string,
  context: Partial<CodeContext> = {}
): RuleReport[] {
  return checkRule(rule, parsePhpSource(path, text), codeContext(context))
}

/**
 * rule.check(), asserting on the way what the engine's speed-ups assume of the rule (README
 * "Performance"), so that every rule test checks them: a file the rule reports in matches its
 * trigger; a report inside a function body is in a body its anchors match; and with the bodies
 * it cannot report in cut (src/engine/slice.ts), the reports are the same; for a Blade template,
 * likewise with only the segments the engine would parse. And parsed without comments (as the
 * engine parses a file without a suppression comment), the file gives the same reports.
 */
export function checkRule(rule: CodeRule, file: SourceFile, context: CodeContext): RuleReport[] {
  const reports = rule.check(file, context)
  const bare = parsePhpSource(file.path, file.text, { comments: false })
  expect(bare.parseErrors).toEqual(file.parseErrors)
  expect(rule.check(bare, context)).toEqual(reports)
  const prefilter = new Prefilter([rule])
  if (reports.length > 0 && !prefilter.rulesFor(file.text).includes(rule))
    throw new Error(`${rule.meta.id} reports in a file its trigger does not match:\n${file.text}`)
  if (file.kind === 'blade') return checkBladeSlicing(rule, file, context, reports)
  if (!sliceable(file.text)) return reports
  const bodies = functionBodies(file.text) ?? []
  const lines = new LineIndex(file.text)
  for (const report of reports) {
    const at = lines.offset(report.span.line, report.span.column - 1)
    const body = bodies.find((b) => b.open < at && at < b.close)
    if (body && !prefilter.canReportIn(file.text.slice(body.open + 1, body.close), [rule]))
      throw new Error(
        `${rule.meta.id} reports on line ${report.span.line} in a body its anchors do not match`
      )
  }
  const sliced = sliceBodies(file.text, [rule], prefilter)
  if (sliced === null) return reports
  const cut = parsePhpSource(file.path, sliced.text, { comments: false })
  if (cut.parseErrors.length > 0) return reports
  const again = rule.check(cut, context)
  if (again.some((report) => touchesCut(report.span, sliced.cuts))) return reports
  expect(again).toEqual(reports)
  return reports
}

/**
 * Blade: a report is in a segment the engine would parse (src/engine/slice.ts
 * bladeSegmentFilter), and parsing only those segments gives the same reports.
 */
function checkBladeSlicing(
  rule: CodeRule,
  file: SourceFile,
  context: CodeContext,
  reports: RuleReport[]
): RuleReport[] {
  const keep = bladeSegmentFilter(file.text, [rule], new Prefilter([rule]))
  if (keep === null) return reports
  const { segments } = extractBlade(file.text)
  const lines = new LineIndex(file.text)
  for (const report of reports) {
    const at = lines.offset(report.span.line, report.span.column - 1)
    const segment = segments.find((s) => s.offset <= at && at < s.offset + s.code.length)
    if (segment && !keep(segment))
      throw new Error(
        `${rule.meta.id} reports on line ${report.span.line} in a Blade segment its anchors do not match`
      )
  }
  const cut = parsePhpSource(file.path, file.text, { bladeSegments: keep, comments: false })
  if (cut.parseErrors.length > 0) return reports
  expect(rule.check(cut, context)).toEqual(reports)
  return reports
}

/** `line:column` of each report's start, for compact assertions. */
export function starts(reports: RuleReport[]): string[] {
  return reports.map((report) => `${report.span.line}:${report.span.column}`)
}

export interface Located<T extends PhpNode = PhpNode> {
  node: T
  ancestors: PhpNode[]
}

/** Every node of a kind with its ancestors, in walk order. */
export function nodesOfKind<K extends keyof KindMap>(file: SourceFile, kind: K): Located<KindMap[K]>[] {
  const out: Located<KindMap[K]>[] = []
  walk(file.program as unknown as PhpNode, (node, context) => {
    if (isKind(node, kind)) out.push({ node, ancestors: context.ancestors.slice() })
  })
  return out
}

/** The first call of a function or method named `name` (case-insensitive), with its ancestors. */
export function callNamed(file: SourceFile, name: string): Located<CallNode> {
  const found = nodesOfKind(file, 'call').find(({ node }) => {
    const what = node.what
    const written = isKind(what, 'name') ? what.name : isMemberLookup(what) ? memberName(what) : null
    return written !== null && written.replace(/^\\/, '').toLowerCase() === name.toLowerCase()
  })
  if (!found) throw new Error(`no call named ${name}`)
  return found
}
