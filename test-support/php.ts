// Test helpers for code rules and the php/ layer.
import type { RuleReport } from '../src/engine/types.js'
import { parsePhpSource } from '../src/php/parse.js'
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
