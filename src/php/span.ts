import type { Span } from '../engine/types.js'
import { isKind, isMemberLookup, type PhpNode } from './nodes.js'

/**
 * The node's range as a Span: 1-based lines and columns, end column exclusive. php-parser columns
 * are 0-based, so both columns move by one. A node without a location maps to 1:1.
 */
export function spanOf(node: PhpNode): Span {
  const loc = node.loc
  if (!loc) return { line: 1, column: 1, endLine: 1, endColumn: 1 }
  return {
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1
  }
}

/** From the start of `first` to the end of `last` (e.g. a whole call chain). */
export function spanBetween(first: PhpNode, last: PhpNode): Span {
  const a = spanOf(first)
  const b = spanOf(last)
  return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn }
}

/**
 * The source text of a node, cut from the file text by offsets (for Blade, offsets are mapped to
 * the template, so this is the template text). Null when the node has no location.
 */
export function sourceText(text: string, node: PhpNode): string | null {
  const loc = node.loc
  if (!loc) return null
  return text.slice(loc.start.offset, loc.end.offset)
}

/**
 * Where to anchor a finding on a call: from the method name to the closing `)` for a method call
 * (`store('avatars')` in a multi-line `$request\n->file('a')\n->store('avatars')`, so the finding
 * sits on the line a reviewer reads and an inline suppression can follow it); the whole node for
 * function calls, `new`, and method calls with a dynamic name.
 */
export function callSpan(call: PhpNode): Span {
  if (isKind(call, 'call') && isMemberLookup(call.what) && isKind(call.what.offset, 'identifier')) {
    return spanBetween(call.what.offset, call)
  }
  return spanOf(call)
}
