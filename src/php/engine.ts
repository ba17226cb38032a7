// The one php-parser Engine, and a parse call that never throws.
import { Engine } from 'php-parser'
import type { ParseProblem, SourceComment } from './source.js'
import { LineIndex } from './lines.js'
import { isKind, isNode, type PhpComment, type PhpNode, type ProgramNode } from './nodes.js'
import { firstChildWhere, pushChildrenReversed } from './walk.js'

// Two Engines for the process (constructing one builds lexer tables; neither holds per-file state
// between parseCode calls): with comments, and without. Only suppressions read comments, and
// collecting them costs: the lexer hands every comment to the parser, which attaches it to the next
// node. Without them the AST is the same but for the `noop` nodes that hold comments in otherwise
// empty blocks (__tests__/php/parse.test.ts compares the two).
function newEngine(extractDoc: boolean): Engine {
  return new Engine({
    parser: { php8: true, version: '8.5', suppressErrors: true, extractDoc },
    ast: { withPositions: true }
  })
}
let withComments = newEngine(true)
let withoutComments = newEngine(false)

/** Fresh Engines, after a parse was stopped midway (src/engine/watchdog.ts) and may have left state. */
export function resetParser(): void {
  withComments = newEngine(true)
  withoutComments = newEngine(false)
}

export interface RawParse {
  program: ProgramNode
  /** Positions as php-parser reports them (1-based line, 0-based column) plus the offset. */
  problems: Array<ParseProblem & { offset: number }>
}

/** An empty program, for input the parser gave up on. */
export function emptyProgram(): ProgramNode {
  return { kind: 'program', loc: null, children: [], errors: [], comments: [] }
}

/**
 * Parses PHP source (with its `<?php` tag). Recoverable syntax errors come back as problems with
 * the readable parts kept in the program; a lexer/parser exception or a RangeError from very deep
 * nesting (php-parser recurses) gives an empty program and one problem at 1:0. `comments: false`
 * leaves `program.comments` empty (and no comment is attached to any node).
 */
export function parseCodeSafe(code: string, filename: string, comments = true): RawParse {
  try {
    const engine = comments ? withComments : withoutComments
    const program = engine.parseCode(code, filename) as unknown as ProgramNode
    if ((program.errors ?? []).length > 0) dropHoles(program)
    normaliseLocations(program, code)
    const problems = dedupeProblems(
      (program.errors ?? []).map((error) => ({
        line: error.loc?.start.line ?? error.line ?? 1,
        column: error.loc?.start.column ?? 0,
        offset: error.loc?.start.offset ?? 0,
        message: cleanMessage(error.message)
      }))
    )
    return { program, problems }
  } catch (error) {
    const message =
      error instanceof RangeError
        ? 'nesting too deep to parse (the parser ran out of stack); the file was not audited'
        : `the parser gave up: ${cleanMessage(error instanceof Error ? error.message : String(error))}`
    return { program: emptyProgram(), problems: [{ line: 1, column: 0, offset: 0, message }] }
  }
}

/**
 * php-parser's error recovery leaves `undefined` in node lists (`f(,)`, `#[A(,)]`,
 * `match ($x) { , => 1 }`); the rules and the Blade reader take those lists to hold nodes. Only a
 * program with syntax errors can have them.
 */
function dropHoles(program: ProgramNode): void {
  const stack: object[] = [program]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>
    if (seen.has(value)) continue
    seen.add(value)
    for (const key of Object.keys(value)) {
      if (key === 'loc') continue
      const child = value[key]
      if (Array.isArray(child) && child.includes(undefined))
        value[key] = child.filter((item) => item !== undefined)
      if (typeof child === 'object' && child !== null) stack.push(value[key] as object)
    }
  }
}

function cleanMessage(message: string): string {
  return message
    .replace(/^Parse Error : /, '')
    .replace(/ on line \d+$/, '')
    .trim()
}

/** php-parser often reports the same spot twice while recovering; keep the first message there. */
function dedupeProblems<T extends ParseProblem>(problems: T[]): T[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A php-parser comment node as a SourceComment (1-based line and column). */
export function toSourceComment(comment: PhpComment): SourceComment | null {
  const loc = comment.loc
  if (!loc) return null
  // Line comments include their newline; a comment's last line is where its text ends.
  const text = comment.value.replace(/\r?\n$/, '')
  const newlines = text.split('\n').length - 1
  return { text, line: loc.start.line, column: loc.start.column + 1, endLine: loc.start.line + newlines }
}

/**
 * Fixes two php-parser location quirks so that spans cover exactly the expression:
 * - the expression of an expression statement (and its right-most descendants) ends after the
 *   statement's `;` (`f();` gives the call `f();`);
 * - a lookup or call can start after its receiver (`$a['x'][] = 1`: the outer lookup starts at `[]`).
 */
function normaliseLocations(program: ProgramNode, code: string): void {
  let lines: LineIndex | null = null
  const at = (offset: number) => (lines ??= new LineIndex(code)).position(offset)
  // Depth first, children in source order; a node with a receiver is pushed again under LEAVE so
  // that it is fixed after its subtree: its receiver already has its own start then. Every parse
  // runs this, so it walks without walk()'s context and child lists (same order, same result:
  // __tests__/php/parse.test.ts compares the two).
  const stack: Array<PhpNode | typeof LEAVE> = [program]
  while (stack.length > 0) {
    const item = stack.pop() as PhpNode | typeof LEAVE
    if (item === LEAVE) {
      startAtReceiver(stack.pop() as PhpNode)
      continue
    }
    if (isKind(item, 'expressionstatement')) endBeforeSemicolon(item, code, at)
    if (isNode((item as PhpNode & { what?: unknown }).what)) stack.push(item, LEAVE)
    pushChildrenReversed(item, stack)
  }
}

const LEAVE = Symbol('leave')

/** An expression statement's expression, and the descendants that share its end, end before the `;`. */
function endBeforeSemicolon(
  node: PhpNode,
  code: string,
  at: (offset: number) => { line: number; column: number; offset: number }
): void {
  if (!node.loc) return
  const end = node.loc.end.offset
  if (code[end - 1] !== ';') return
  let trimmed = end - 1
  while (trimmed > node.loc.start.offset && /\s/.test(code[trimmed - 1])) trimmed--
  const sharesEnd = (child: PhpNode): boolean => child.loc?.end.offset === end
  let current: PhpNode | undefined = (node as PhpNode & { expression?: PhpNode }).expression
  while (current?.loc && current.loc.end.offset === end) {
    current.loc = { ...current.loc, end: at(trimmed) }
    current = firstChildWhere(current, sharesEnd)
  }
}

/** A lookup or call starts where its receiver starts. */
function startAtReceiver(node: PhpNode): void {
  const receiver = (node as PhpNode & { what?: unknown }).what
  if (node.loc && isNode(receiver) && receiver.loc && receiver.loc.start.offset < node.loc.start.offset) {
    node.loc = { ...node.loc, start: receiver.loc.start }
  }
}
