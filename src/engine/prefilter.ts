// The textual pre-filter: which code rules can report in a file, judged from its raw text by each
// rule's trigger (src/rules/triggers.ts), before anything is parsed; and, for body slicing
// (slice.ts), whether they can report inside one function body, judged by their anchors. Every
// pattern is tested at most once per text, and the method names of all triggers and anchors are
// collected in one pass.
import { ESCAPE, exact, literalsOf, methodCallPattern, type Trigger } from '../rules/triggers.js'
import type { CodeRule } from '../rules/types.js'
import { SUPPRESSION_DIRECTIVE } from './suppressions.js'

/** The pattern that collects the method names `triggers` look for, null when they look for none. */
function methodNamesPattern(triggers: ReadonlyArray<Trigger | undefined>): RegExp | null {
  const names = new Set<string>()
  const collect = (t: Trigger): void => {
    if (t instanceof RegExp) return
    if ('methods' in t) for (const name of t.methods) names.add(name)
    else for (const part of 'all' in t ? t.all : t.any) collect(part)
  }
  for (const t of triggers) if (t !== undefined) collect(t)
  return names.size > 0 ? methodCallPattern(names) : null
}

/** Which texts a trigger's gate needs (see gateOf): every literal it can be decided by. */
function collectGateLiterals(t: Trigger, into: Set<string>): void {
  if (t instanceof RegExp) for (const l of literalsOf(t) ?? []) into.add(l)
  else if ('methods' in t) for (const name of t.methods) into.add(name)
  else if ('all' in t) collectGateLiterals(t.all[0], into)
  else for (const part of t.any) collectGateLiterals(part, into)
}

/**
 * A necessary condition for `t`, decided from the literals present in a text: a pattern needs one
 * of its literals (literalsOf; one without any always passes), a method call its name, all of
 * several their first part (triggers.ts puts the rare part first), any of several any part.
 */
function gateOf(t: Trigger): (present: ReadonlySet<string>) => boolean {
  if (t instanceof RegExp) {
    const literals = literalsOf(t)
    return literals === null ? () => true : (present) => literals.some((l) => present.has(l))
  }
  if ('methods' in t) return (present) => t.methods.some((name) => present.has(name))
  if ('all' in t) return gateOf(t.all[0])
  const parts = t.any.map(gateOf)
  return (present) => parts.some((gate) => gate(present))
}

/** What one case-insensitive pass over a file's text finds: the gates' literals, or an escape sequence. */
class LiteralScan {
  /** The literals, longest first (so one found also shows the shorter ones it starts with), then escapes. */
  private readonly finder: RegExp
  /** Each literal with the literals it starts with, itself included. */
  private readonly implied = new Map<string, string[]>()

  constructor(literals: ReadonlySet<string>) {
    const sorted = [...literals].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    for (const l of sorted)
      this.implied.set(
        l,
        sorted.filter((shorter) => l.startsWith(shorter))
      )
    // An escape sequence that can spell a letter or `/` (triggers.ts ESCAPE; the pass ignores case).
    const escape = String.raw`\\(?:[0-7]|x[0-9a-f]|u\{)`
    this.finder = new RegExp([...sorted.map(exact), escape].join('|'), 'gi')
  }

  /** The literals present in `text` (any case); null when it contains an escape sequence. */
  present(text: string): Set<string> | null {
    const present = new Set<string>()
    const finder = this.finder
    finder.lastIndex = 0
    for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
      const implied = this.implied.get(m[0].toLowerCase())
      if (implied === undefined) return null
      for (const l of implied) present.add(l)
      // Resume at the next character: literals may overlap.
      finder.lastIndex = m.index + 1
    }
    return present
  }
}

export class Prefilter {
  // Separate, so that the anchors' names (get, put, …) do not slow the scan of every file.
  private readonly triggerMethods: RegExp | null
  private readonly anchorMethods: RegExp | null
  private readonly literals: LiteralScan
  private readonly gates: Array<(present: ReadonlySet<string>) => boolean>

  /** `gate: false` tests every trigger in full (the literal gate switched off, for comparison). */
  constructor(
    private readonly rules: readonly CodeRule[],
    private readonly options: { gate: boolean } = { gate: true }
  ) {
    this.triggerMethods = methodNamesPattern(rules.map((rule) => rule.triggers))
    this.anchorMethods = methodNamesPattern(rules.map((rule) => rule.anchors))
    const literals = new Set<string>()
    for (const rule of rules) if (rule.triggers !== undefined) collectGateLiterals(rule.triggers, literals)
    this.literals = new LiteralScan(literals)
    this.gates = rules.map((rule) => (rule.triggers === undefined ? () => true : gateOf(rule.triggers)))
  }

  /** The rules that can report in `text`: those whose trigger matches, and those without one. */
  rulesFor(text: string): CodeRule[] {
    // One pass finds the literals every trigger needs; only the triggers they allow are tested.
    const present = this.options.gate ? this.literals.present(text) : ESCAPE.test(text) ? null : undefined
    // An escape sequence can spell any string a trigger looks for.
    if (present === null) return [...this.rules]
    const matches = this.matcher(text, this.triggerMethods)
    return this.rules.filter(
      (rule, i) =>
        rule.triggers === undefined ||
        ((present === undefined || this.gates[i](present)) && matches(rule.triggers))
    )
  }

  /**
   * Whether one of `rules` can report inside a function body whose text is `body`: a rule without
   * anchors always can. The caller has ruled out escape sequences in the file.
   */
  canReportIn(body: string, rules: readonly CodeRule[]): boolean {
    const matches = this.matcher(body, this.anchorMethods)
    return rules.some((rule) => rule.anchors === undefined || matches(rule.anchors))
  }

  /** A trigger test over `text` that remembers each pattern's result. */
  private matcher(text: string, methodCalls: RegExp | null): (t: Trigger) => boolean {
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
        called ??= methodNames(text, methodCalls)
        const names = called
        return t.methods.some((name) => names.has(name))
      }
      return 'all' in t ? t.all.every(matches) : t.any.some(matches)
    }
    return matches
  }
}

function methodNames(text: string, methodCalls: RegExp | null): Set<string> {
  const names = new Set<string>()
  if (methodCalls !== null) for (const m of text.matchAll(methodCalls)) names.add(m[1].toLowerCase())
  return names
}

/** A file with a suppression comment is always parsed, so that an unused suppression is reported. */
export function hasSuppressionComment(text: string): boolean {
  return text.includes(SUPPRESSION_DIRECTIVE)
}
