// Blade templates: php-parser cannot read them, so we cut out the PHP they contain, parse each
// piece on its own, move every node location back onto the template, and join the pieces into
// one synthetic Program. Rules then report template lines and columns.
//
// Order follows BladeCompiler::compileString: @verbatim and @php blocks are set aside first, then
// {{-- comments --}} (which delete the @php blocks inside them), then raw <?php ?> regions (Blade
// never compiles inside them), then echo tags, bound component attributes and directives in the
// remaining template text.
import type { Program } from 'php-parser'
import { emptyProgram, parseCodeSafe, toSourceComment } from './engine.js'
import { isKind, type PhpComment, type PhpLocation, type PhpNode, type ProgramNode } from './nodes.js'
import { LineIndex } from './lines.js'
import type { ParseProblem, SourceComment, SourceFile } from './source.js'
import { pushChildrenReversed } from './walk.js'

export { LineIndex }

export type BladeSegmentKind =
  | 'echo' // {{ expr }}, {{{ expr }}}
  | 'raw-echo' // {!! expr !!}
  | 'php-block' // @php ... @endphp
  | 'php-tag' // <?php ... ?> / <?= ... ?>
  | 'directive' // @name(args)
  | 'component-attribute' // <x-alert :message="expr">

export interface BladeSegment {
  kind: BladeSegmentKind
  /** For directives: the name without `@` (`if`, `foreach`, `php`, ...). */
  directive?: string
  /** The PHP text, exactly as in the template. */
  code: string
  /** Template offset of `code`'s first character. */
  offset: number
  /** Template offset of the whole construct (`{{`, `@`, `<?php`), where problems are reported. */
  start: number
}

export interface BladeExtraction {
  segments: BladeSegment[]
  /** `{{-- --}}` comments, with template positions. */
  comments: SourceComment[]
  /** Constructs that are not closed (`{{` without `}}`, `@if(` without `)`). */
  problems: ParseProblem[]
}

/** Directives whose argument list is not an expression list, wrapped so that it parses. */
const LOOP_WRAPPERS: ReadonlyMap<string, [string, string]> = new Map([
  ['foreach', ['<?php foreach (', ') {} ?>']],
  ['forelse', ['<?php foreach (', ') {} ?>']],
  ['for', ['<?php for (', ') {} ?>']],
  ['while', ['<?php while (', ') {} ?>']]
])

/**
 * Blade's own directives that take PHP arguments. Their arguments must parse; for other `@name(…)`
 * (custom directives, but also CSS at-rules and e-mail-like text) a parse failure is not reported.
 */
const BLADE_DIRECTIVES = new Set(
  [
    'if',
    'elseif',
    'unless',
    'isset',
    'empty',
    'switch',
    'case',
    'for',
    'foreach',
    'forelse',
    'while',
    'include',
    'includeIf',
    'includeWhen',
    'includeUnless',
    'includeFirst',
    'includeIsolated',
    'each',
    'php',
    'json',
    'method',
    'can',
    'cannot',
    'canany',
    'auth',
    'guest',
    'env',
    'section',
    'yield',
    'extends',
    'component',
    'slot',
    'push',
    'prepend',
    'pushIf',
    'pushOnce',
    'prependOnce',
    'stack',
    'props',
    'aware',
    'class',
    'style',
    'checked',
    'selected',
    'disabled',
    'readonly',
    'required',
    'error',
    'lang',
    'choice',
    'inject',
    'once',
    'dd',
    'dump',
    'session',
    'context',
    'fragment',
    'hasSection',
    'sectionMissing',
    'break',
    'continue',
    'livewire',
    'vite',
    'use',
    'bool'
  ].map((name) => name.toLowerCase())
)

/** CSS at-rules that look like `@name (…)` in <style> blocks; never PHP. */
const CSS_AT_RULES = new Set([
  'media',
  'supports',
  'import',
  'container',
  'layer',
  'document',
  'page',
  'font-face',
  'keyframes',
  'charset',
  'namespace',
  'property',
  'scope',
  'starting-style'
])

/**
 * The template with the parts already taken blanked out, line breaks kept (so offsets and lines
 * stay): each pass of extractBlade reads `current()` and blanks what it takes with `mask()`, which
 * applies at the next `current()`.
 */
class MaskedText {
  private text: string
  private pending: Array<[number, number]> = []

  constructor(text: string) {
    this.text = text
  }

  mask(from: number, to: number): void {
    if (to > from) this.pending.push([from, Math.min(to, this.text.length)])
  }

  current(): string {
    if (this.pending.length === 0) return this.text
    this.pending.sort((a, b) => a[0] - b[0])
    let out = ''
    let done = 0
    for (const [from, to] of this.pending) {
      const start = Math.max(from, done)
      if (to <= start) continue
      out += this.text.slice(done, start) + this.text.slice(start, to).replace(/[^\n\r]/g, ' ')
      done = to
    }
    this.text = out + this.text.slice(done)
    this.pending = []
    return this.text
  }
}

/**
 * The index just after the `)` that closes the `(` at `open`, skipping quoted strings and PHP
 * comments (BladeCompiler::hasEvenNumberOfParentheses counts on PHP tokens); -1 when unbalanced.
 */
export function matchParen(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (ch === "'" || ch === '"') {
      i = skipString(text, i)
      if (i === -1) return -1
      continue
    }
    if (ch === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1
      if (i === 0) return -1
      continue
    }
    // `#[` opens a PHP 8 attribute, not a comment.
    if ((ch === '/' && text[i + 1] === '/') || (ch === '#' && text[i + 1] !== '[')) {
      i = text.indexOf('\n', i)
      if (i === -1) return -1
      continue
    }
    if (ch === '(') depth++
    else if (ch === ')') {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return -1
}

/** The index of the closing quote of the string starting at `start`; -1 when it never closes. */
function skipString(text: string, start: number): number {
  const quote = text[start]
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === quote) return i
  }
  return -1
}

/** The end (after `?>`, or the text's end) of a `<?php` region starting at `start`, skipping strings and comments. */
function phpTagEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const ch = text[i]
    if (ch === "'" || ch === '"') {
      const end = skipString(text, i)
      if (end === -1) return text.length
      i = end
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      if (end === -1) return text.length
      i = end + 1
    } else if ((ch === '/' && text[i + 1] === '/') || ch === '#') {
      // A line comment ends at the newline or at `?>`.
      while (i < text.length && text[i] !== '\n' && !(text[i] === '?' && text[i + 1] === '>')) i++
      if (text[i] === '?') return i + 2
    } else if (ch === '?' && text[i + 1] === '>') {
      return i + 2
    }
  }
  return text.length
}

/** The index of the `>` that ends a component tag opened before `from`, skipping quoted attribute values. */
function componentTagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1)
      if (close === -1) return text.length
      i = close
    } else if (ch === '>') {
      return i
    }
  }
  return text.length
}

/** Finds the PHP in a Blade template. Offsets refer to `text`. */
export function extractBlade(text: string): BladeExtraction {
  const masked = new MaskedText(text)
  const segments: BladeSegment[] = []
  const comments: SourceComment[] = []
  const problems: Array<{ offset: number; message: string }> = []
  const lines = new LineIndex(text)
  const current = (): string => masked.current()

  // 1. @verbatim … @endverbatim: the content is template text, never compiled.
  for (const match of text.matchAll(/(?<!@)@verbatim\b([\s\S]*?)@endverbatim\b/g)) {
    masked.mask(match.index, match.index + match[0].length)
  }

  // 2. @php … @endphp blocks (not the inline `@php(expr)` form).
  let work = current()
  for (const match of work.matchAll(/(?<![@\w])@php\b(?![ \t]*\()([\s\S]*?)@endphp\b/g)) {
    const codeStart = match.index + '@php'.length
    segments.push({ kind: 'php-block', code: match[1], offset: codeStart, start: match.index })
    masked.mask(match.index, match.index + match[0].length)
  }

  // 3. {{-- comments --}}, found in the text with @verbatim and @php blocks already taken, as
  // BladeCompiler::compileComments runs on their placeholders: a `--}}` or `{{--` inside a @php
  // block neither closes nor opens a comment, and a @php block inside a comment is deleted with
  // it, so it never runs. A block lies wholly inside a comment or wholly outside one.
  work = current()
  const commented: Array<[number, number]> = []
  for (const match of work.matchAll(/\{\{--([\s\S]*?)--\}\}/g)) {
    commented.push([match.index, match.index + match[0].length])
    const start = lines.position(match.index)
    const body = text.slice(match.index, match.index + match[0].length)
    comments.push({
      text: body,
      line: start.line,
      column: start.column + 1,
      endLine: start.line + (body.split('\n').length - 1)
    })
    masked.mask(match.index, match.index + match[0].length)
  }
  if (commented.length > 0) {
    const inComment = (offset: number): boolean =>
      commented.some(([from, to]) => offset >= from && offset < to)
    for (let i = segments.length - 1; i >= 0; i--) if (inComment(segments[i].start)) segments.splice(i, 1)
  }

  // 4. Raw PHP regions. Blade leaves them alone, so nothing inside them is Blade.
  work = current()
  for (let from = 0; ;) {
    const open = work.slice(from).search(/<\?(php\b|=)/i)
    if (open === -1) break
    const start = from + open
    const end = phpTagEnd(work, start + 2)
    segments.push({ kind: 'php-tag', code: text.slice(start, end), offset: start, start })
    masked.mask(start, end)
    from = end
  }

  // 5. Echo tags, escaped echoes first so that `@{{ x }}` is never taken as an echo. `{{{ x }}}`
  // before `{{ x }}`: Blade still compiles the triple form (compileEscapedEchos) to `e(x)`.
  work = current()
  for (const match of work.matchAll(/(@?)(\{!!([\s\S]*?)!!\}|\{\{\{([\s\S]*?)\}\}\}|\{\{([\s\S]*?)\}\})/g)) {
    const escaped = match[1] === '@'
    const raw = match[3] !== undefined
    const triple = match[4] !== undefined
    const inner = match[3] ?? match[4] ?? match[5] ?? ''
    const tagStart = match.index + match[1].length
    if (!escaped) {
      const open = raw || triple ? 3 : 2
      segments.push({
        kind: raw ? 'raw-echo' : 'echo',
        code: inner,
        offset: tagStart + open,
        start: tagStart
      })
    }
    masked.mask(match.index, match.index + match[0].length)
  }
  work = current()
  for (const match of work.matchAll(/\{\{|\{!!/g)) {
    problems.push({ offset: match.index, message: `unclosed Blade echo \`${match[0]}\`` })
  }

  // 6. Bound attributes of Blade components: `<x-alert :message="$expr" />` passes a PHP
  // expression. `::attr` is Blade's escape for Alpine and stays text.
  work = current()
  for (const tag of work.matchAll(/<x[-:][\w.:-]+/g)) {
    const end = componentTagEnd(work, tag.index + tag[0].length)
    const attributes = /\s:(?!:)([\w.-][\w.:-]*)=(["'])/g
    attributes.lastIndex = tag.index + tag[0].length
    for (let attr = attributes.exec(work); attr !== null && attr.index < end; attr = attributes.exec(work)) {
      const valueStart = attr.index + attr[0].length
      const close = work.indexOf(attr[2], valueStart)
      if (close === -1 || close > end) break
      segments.push({
        kind: 'component-attribute',
        code: text.slice(valueStart, close),
        offset: valueStart,
        start: attr.index + 1
      })
      masked.mask(valueStart, close)
      attributes.lastIndex = close + 1
    }
  }

  // 7. Directives with arguments: `@name(…)`, `@name (…)`. `\B@` (no word character before the
  // `@`) keeps e-mail addresses out, as Blade's own pattern does; `@@name` is an escaped directive.
  work = current()
  const directive = /\B@(@?)([A-Za-z_][\w-]*(?:::\w+)?)([ \t]*)(\()?/g
  for (let match = directive.exec(work); match !== null; match = directive.exec(work)) {
    const [, escape, name, , paren] = match
    if (escape === '@' || paren === undefined) continue
    const lower = name.toLowerCase()
    if (CSS_AT_RULES.has(lower)) continue
    const open = match.index + match[0].length - 1
    const close = matchParen(work, open)
    if (close === -1) {
      if (BLADE_DIRECTIVES.has(lower))
        problems.push({ offset: match.index, message: `unbalanced parentheses in @${name}(` })
      continue
    }
    segments.push({
      kind: 'directive',
      directive: name,
      code: text.slice(open + 1, close - 1),
      offset: open + 1,
      start: match.index
    })
    directive.lastIndex = close
  }

  segments.sort((a, b) => a.offset - b.offset)
  return {
    segments,
    comments,
    problems: problems.map(({ offset, message }) => {
      const position = lines.position(offset)
      return { line: position.line, column: position.column + 1, message }
    })
  }
}

interface Wrapped {
  source: string
  /** Length of the generated prefix before `code` starts. */
  prefix: number
  /** Problems here are reported; false for directives Blade does not know (maybe not PHP at all). */
  strict: boolean
  /** The segment is a generated argument list whose call should be unwrapped. */
  unwrapArguments: boolean
  /** All nodes get the construct's position (for generated code such as @use). */
  pinned: boolean
}

const ARGS_CALL = '__stateless_audit_blade_args'

function wrap(segment: BladeSegment): Wrapped | null {
  const base = { strict: true, unwrapArguments: false, pinned: false }
  switch (segment.kind) {
    case 'echo':
    case 'raw-echo':
      // `?>` ends the statement and any `//` comment, as in Blade's compiled `<?php echo e(...); ?>`.
      return { ...base, source: `<?php ${segment.code} ?>`, prefix: 6 }
    case 'php-block':
      return { ...base, source: `<?php ${segment.code} ?>`, prefix: 6 }
    case 'php-tag':
      return { ...base, source: segment.code, prefix: 0 }
    case 'component-attribute':
      return { ...base, source: `<?php (${segment.code}) ?>`, prefix: 7 }
    case 'directive': {
      const name = (segment.directive ?? '').toLowerCase()
      const loop = LOOP_WRAPPERS.get(name)
      if (loop) return { ...base, source: loop[0] + segment.code + loop[1], prefix: loop[0].length }
      if (name === 'php') return { ...base, source: `<?php (${segment.code}) ?>`, prefix: 7 }
      if (name === 'use') {
        // Mirrors BladeCompiler::compileUse: `@use('App\Models\Flight', 'Alias')`, and since 12.x
        // groups `@use('App\Models\{Flight, Plane as P}')` and `@use('function App\f')` / `const`.
        const trimmed = (part: string): string => part.replace(/^[\s'"]+|[\s'"]+$/g, '')
        const expression = trimmed(segment.code.replace(/[()]/g, ''))
        const parts = expression.includes('{') ? [expression] : expression.split(',')
        const path = trimmed(parts[0])
        const alias = parts[1] === undefined ? undefined : trimmed(parts[1])
        const modifier = /^(?:function|const) /.exec(path)?.[0] ?? ''
        const target = path.slice(modifier.length).replace(/^\\+/, '')
        if (!/^[\w\\]+(?:\{[\w\\\s,]+\})?$/.test(target) || (alias !== undefined && !/^\w+$/.test(alias)))
          return null
        return {
          ...base,
          strict: false,
          pinned: true,
          source: `<?php use ${modifier}\\${target}${alias ? ` as ${alias}` : ''}; ?>`,
          prefix: 0
        }
      }
      const prefix = `<?php ${ARGS_CALL}(`
      return {
        source: `${prefix}${segment.code}) ?>`,
        prefix: prefix.length,
        strict: BLADE_DIRECTIVES.has(name),
        unwrapArguments: true,
        pinned: false
      }
    }
  }
}

/** Moves every location in a parsed segment onto the template. */
function relocate(
  program: ProgramNode,
  segment: BladeSegment,
  wrapped: Wrapped,
  lines: LineIndex,
  templateEnd: number
): void {
  const codeEnd = segment.offset + (wrapped.pinned ? 0 : segment.code.length)
  const map = (offset: number): number => {
    if (wrapped.pinned) return segment.start
    const inCode = Math.min(Math.max(offset - wrapped.prefix, 0), segment.code.length)
    return Math.min(segment.offset + inCode, codeEnd, templateEnd)
  }
  const moved = new Set<PhpLocation>()
  const fix = (node: PhpNode): void => {
    const loc = node.loc
    if (!loc || moved.has(loc)) return
    moved.add(loc)
    loc.start = lines.position(map(loc.start.offset))
    loc.end = lines.position(map(loc.end.offset))
  }
  // Every node once, in any order (each location moves once): no walk() context or child lists.
  const stack: PhpNode[] = [program]
  while (stack.length > 0) {
    const node = stack.pop() as PhpNode
    fix(node)
    for (const comment of node.leadingComments ?? []) fix(comment)
    for (const comment of node.trailingComments ?? []) fix(comment)
    pushChildrenReversed(node, stack)
  }
  for (const comment of program.comments ?? []) fix(comment)
  for (const error of program.errors ?? []) fix(error)
}

/** The statements a segment contributes: for generated argument lists, one per argument. */
function statementsOf(program: ProgramNode, wrapped: Wrapped): PhpNode[] {
  if (!wrapped.unwrapArguments) return program.children
  const [first] = program.children
  const call = isKind(first, 'expressionstatement') ? first.expression : null
  if (!isKind(call, 'call') || !isKind(call.what, 'name') || call.what.name !== ARGS_CALL)
    return program.children
  return call.arguments.map(
    (arg) => ({ kind: 'expressionstatement', loc: arg.loc, expression: arg }) as PhpNode
  )
}

/**
 * An assignment that can give a variable its value: `=` that is not part of `==`, `=>`, `<=`,
 * `.=` and the like. Over-matches (an `=` in a string) only keep a segment.
 */
const ASSIGNMENT = /(?<![+\-*/.%?&|^<>=!])=(?![=>])/

/**
 * Whether a segment can give a name or a value to code in another segment (all of a template's
 * statements share one scope): an assignment, a loop's variables, `@use`, and `@php` blocks or
 * `<?php` tags, which can import, declare or assign anything.
 */
export function segmentBindsNames(segment: BladeSegment): boolean {
  if (segment.kind === 'php-block' || segment.kind === 'php-tag') return true
  if (segment.kind === 'directive') {
    const name = (segment.directive ?? '').toLowerCase()
    if (LOOP_WRAPPERS.has(name) || name === 'use' || name === 'php') return true
  }
  return ASSIGNMENT.test(segment.code)
}

/**
 * Parses a Blade template into a SourceFile whose program holds the template's PHP. `keep`, when
 * given, chooses the segments to parse (src/engine/slice.ts); the others are left out unread.
 * `withPhpComments: false` leaves out the comments of the PHP code (Blade's own comments stay).
 */
export function parseBladeSource(
  path: string,
  text: string,
  keep?: (segment: BladeSegment) => boolean,
  withPhpComments = true
): SourceFile {
  const lines = new LineIndex(text)
  const extraction = extractBlade(text)
  const children: PhpNode[] = []
  const phpComments: PhpComment[] = []
  const comments: SourceComment[] = [...extraction.comments]
  const parseErrors: ParseProblem[] = [...extraction.problems]

  for (const segment of extraction.segments) {
    if (keep !== undefined && !keep(segment)) continue
    let wrapped = wrap(segment)
    if (!wrapped) continue
    let { program, problems } = parseCodeSafe(wrapped.source, path, withPhpComments)
    // php-parser refuses a bare constant or keyword right before `?>` (`{{ PHP_VERSION }}`,
    // `{{ true }}`), and accepts it once a `;` ends the statement, as in Blade's compiled
    // `<?php echo e(PHP_VERSION); ?>`.
    if (problems.length > 0 && (segment.kind === 'echo' || segment.kind === 'raw-echo')) {
      const ended = { ...wrapped, source: `<?php ${segment.code}; ?>` }
      const again = parseCodeSafe(ended.source, path, withPhpComments)
      if (again.problems.length === 0) {
        program = again.program
        problems = again.problems
        wrapped = ended
      }
    }
    if (problems.length > 0 && !wrapped.strict) continue
    relocate(program, segment, wrapped, lines, text.length)
    children.push(...statementsOf(program, wrapped))
    for (const comment of program.comments ?? []) {
      phpComments.push(comment)
      const converted = toSourceComment(comment)
      if (converted) comments.push(converted)
    }
    if (problems.length > 0) {
      // One problem per segment, at the construct: positions inside generated wrappers would
      // only confuse, and the parser's follow-up errors add nothing.
      const at = lines.position(segment.start)
      const what = segment.kind === 'directive' ? `@${segment.directive}(…)` : describe(segment.kind)
      parseErrors.push({ line: at.line, column: at.column + 1, message: `${what}: ${problems[0].message}` })
    }
  }

  comments.sort((a, b) => a.line - b.line || a.column - b.column)
  parseErrors.sort((a, b) => a.line - b.line || a.column - b.column)
  const program = emptyProgram()
  program.children = children
  program.comments = phpComments
  program.loc = { source: null, start: lines.position(0), end: lines.position(text.length) }
  return { path, kind: 'blade', text, program: program as unknown as Program, comments, parseErrors }
}

function describe(kind: BladeSegmentKind): string {
  switch (kind) {
    case 'echo':
      return '{{ … }}'
    case 'raw-echo':
      return '{!! … !!}'
    case 'php-block':
      return '@php … @endphp'
    case 'php-tag':
      return '<?php … ?>'
    case 'directive':
      return '@directive(…)'
    case 'component-attribute':
      return 'component attribute :…="…"'
  }
}
