// The textual pre-filter: which code rules can report in a file, judged from its raw text by each
// rule's trigger (src/rules/triggers.ts), before anything is parsed. Every pattern is tested at
// most once per file, and the method names of all triggers are collected in one pass.
import { ESCAPE, methodCallPattern, type Trigger } from '../rules/triggers.js'
import type { CodeRule } from '../rules/types.js'
import { SUPPRESSION_DIRECTIVE } from './suppressions.js'

export class Prefilter {
  private readonly methodCalls: RegExp | null

  constructor(private readonly rules: readonly CodeRule[]) {
    const names = new Set<string>()
    const collect = (t: Trigger): void => {
      if (t instanceof RegExp) return
      if ('methods' in t) for (const name of t.methods) names.add(name)
      else for (const part of 'all' in t ? t.all : t.any) collect(part)
    }
    for (const rule of rules) if (rule.triggers !== undefined) collect(rule.triggers)
    this.methodCalls = names.size > 0 ? methodCallPattern(names) : null
  }

  /** The rules that can report in `text`: those whose trigger matches, and those without one. */
  rulesFor(text: string): CodeRule[] {
    // An escape sequence can spell any string a trigger looks for.
    if (ESCAPE.test(text)) return [...this.rules]
    const tested = new Map<RegExp, boolean>()
    let called: Set<string> | null = null
    const matches = (t: Trigger): boolean => {
      if (t instanceof RegExp) {
        let found = tested.get(t)
        if (found === undefined) {
          found = t.test(text)
          tested.set(t, found)
        }
        return found
      }
      if ('methods' in t) {
        called ??= this.methodNames(text)
        const names = called
        return t.methods.some((name) => names.has(name))
      }
      return 'all' in t ? t.all.every(matches) : t.any.some(matches)
    }
    return this.rules.filter((rule) => rule.triggers === undefined || matches(rule.triggers))
  }

  private methodNames(text: string): Set<string> {
    const names = new Set<string>()
    if (this.methodCalls !== null)
      for (const m of text.matchAll(this.methodCalls)) names.add(m[1].toLowerCase())
    return names
  }
}

/** A file with a suppression comment is always parsed, so that an unused suppression is reported. */
export function hasSuppressionComment(text: string): boolean {
  return text.includes(SUPPRESSION_DIRECTIVE)
}
