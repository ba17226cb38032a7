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
  return rule.check(parsePhpSource(path, text), codeContext(context))
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
