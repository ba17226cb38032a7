// Body slicing (README "Performance"): in a whole-app run, the functions and methods of a file in
// whose bodies none of the file's rules can report are cut before parsing, so the parser reads the
// declarations that matter and the bodies the rules look at. A rule's anchors (src/rules/types.ts)
// say what a body must contain for the rule to report inside it; the rules' analyses never look
// into another function's body, nor at the other methods of a class (imports, properties, traits,
// the constructor's signature and functions' declarations stay).
//
// A cut keeps only line breaks: of a method's whole declaration (doc comment, attributes,
// signature, body), of a function's or the constructor's body inside its braces. Every line keeps
// its number; columns change only on a cut's last line, after the cut. The engine parses the
// sliced text and falls back to the whole text whenever the parse has a problem or a report
// touches a cut's lines.
//
// Blade templates are sliced by segment instead ({{ }}, directives, …; src/php/blade.ts): a
// segment is parsed when a rule can report in it or when it can bind a name another one uses.
// Positions are the template's either way, so no report can land on a cut.
import { segmentBindsNames, type BladeSegment } from '../php/blade.js'
import { functionBodies } from '../php/bodies.js'
import { ESCAPE } from '../rules/triggers.js'
import type { CodeRule } from '../rules/types.js'
import type { Prefilter } from './prefilter.js'

export interface SlicedSource {
  /** The text with each cut body reduced to its braces and line breaks. */
  text: string
  /** The 1-based lines of each cut, from the line of its `{` to the line of its `}`. */
  cuts: Array<{ first: number; last: number }>
}

/**
 * A function imported under another name (`use function env as e;`) is called without the name
 * the anchors look for; such files are not sliced. The test: a word `use`, then a word `function`
 * before the next `;` (any case), as `/\buse\b[^;]*\bfunction\b/i` says, in linear time: that
 * regular expression retries from every `use` up to the next `;`, which took 90 ms on the
 * translation arrays of one app. Over-matches (a closure's `use` before a nested `function`) only
 * cost the slicing.
 */
export function hasFunctionImport(text: string): boolean {
  const positions = (pattern: RegExp): number[] => Array.from(text.matchAll(pattern), (m) => m.index)
  const functions = positions(/\bfunction\b/gi)
  if (functions.length === 0) return false
  const semicolons = positions(/;/g)
  let f = 0
  let s = 0
  for (const use of positions(/\buse\b/gi)) {
    while (f < functions.length && functions[f] < use) f++
    if (f === functions.length) return false
    while (s < semicolons.length && semicolons[s] < use) s++
    if (s === semicolons.length || functions[f] < semicolons[s]) return true
  }
  return false
}

/** A line break that is a carriage return alone: lines are counted at `\n` here. */
const LONE_CR = /\r(?!\n)/

/** Line breaks, the only characters a cut keeps. */
const LINE_BREAKS = /[^\n\r]+/g

/**
 * `text` with the bodies where no rule in `rules` can report cut out, or null when nothing is cut
 * or the file cannot be sliced safely (see functionBodies(); escape sequences, which can spell
 * what anchors look for; function imports; a rule without anchors).
 */
export function sliceBodies(
  text: string,
  rules: readonly CodeRule[],
  prefilter: Prefilter
): SlicedSource | null {
  if (rules.some((rule) => rule.anchors === undefined)) return null
  if (!sliceable(text)) return null
  const bodies = functionBodies(text)
  if (bodies === null) return null
  const parts: string[] = []
  const cuts: SlicedSource['cuts'] = []
  let copied = 0
  let line = 1
  let counted = 0
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
    counted = offset
    return line
  }
  for (const body of bodies) {
    // A function declared inside a body is declared when the body runs: the rules see it.
    if (body.declaresFunction) continue
    const inner = text.slice(body.open + 1, body.close)
    if (prefilter.canReportIn(inner, rules)) continue
    // A method goes whole, doc comment and signature too, unless the constructor, whose promoted
    // parameters declare properties; a function keeps its declaration (NameResolver records it).
    const whole = body.declaration >= 0 && body.name !== '__construct'
    const from = whole ? body.declaration : body.open + 1
    const to = whole ? body.close + 1 : body.close
    const first = lineAt(from)
    parts.push(text.slice(copied, from), text.slice(from, to).replace(LINE_BREAKS, ''))
    copied = to
    cuts.push({ first, last: lineAt(body.close) })
  }
  if (cuts.length === 0) return null
  parts.push(text.slice(copied))
  return { text: parts.join(''), cuts }
}

/**
 * For a Blade template: which of its PHP segments to parse. A template's segments share one scope,
 * so a segment is kept when one of `rules` can report in it (its anchors match its code) or when
 * it can give a name or a value to another segment (segmentBindsNames: assignments, loops, `@use`,
 * `@php` blocks, `<?php` tags). Null when the template cannot be sliced safely (see sliceable()).
 */
export function bladeSegmentFilter(
  text: string,
  rules: readonly CodeRule[],
  prefilter: Prefilter
): ((segment: BladeSegment) => boolean) | null {
  if (rules.some((rule) => rule.anchors === undefined)) return null
  if (!sliceable(text)) return null
  return (segment) => segmentBindsNames(segment) || prefilter.canReportIn(segment.code, rules)
}

/**
 * Whether a file may be sliced at all: no escape sequence (it can spell what anchors look for), no
 * function import, no carriage return alone (lines are counted at `\n`).
 */
export function sliceable(text: string): boolean {
  return !ESCAPE.test(text) && !hasFunctionImport(text) && !LONE_CR.test(text)
}

/** Whether a span's lines meet a cut: its columns or text could differ from the whole file's. */
export function touchesCut(span: { line: number; endLine: number }, cuts: SlicedSource['cuts']): boolean {
  return cuts.some((cut) => span.line <= cut.last && span.endLine >= cut.first)
}
