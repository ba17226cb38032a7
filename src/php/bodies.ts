// Finds the bodies of the top-level functions and methods of a PHP file in one pass over its
// characters, so that they can be cut out before the file is parsed. The scanner follows PHP's
// lexer only as far as brackets need (strings, comments, heredocs, interpolation) and answers null
// for anything it cannot follow with certainty: a wrong offset would hand the parser a broken file.
// Where PHP and php-parser read a text differently, it answers null too.

export interface FunctionBody {
  /** Offset (UTF-16 index into the text) of the body's opening `{`. */
  open: number
  /** Offset of the matching closing `}`. */
  close: number
  /** The body contains a named function declaration (`function name(` not after `->`, `?->`, `::`), which PHP declares at run time. */
  declaresFunction: boolean
  /** The declared name, lower case. */
  name: string
  /**
   * For a method: where its declaration starts, just after the class member before it (its `;` or
   * `}`) or the class's `{`, so that its doc comment and attributes are inside. -1 for a function.
   */
  declaration: number
}

const TAB = 9
const LF = 10
const CR = 13
const SPACE = 32
const DQUOTE = 34
const HASH = 35
const DOLLAR = 36
const AMP = 38
const SQUOTE = 39
const LPAREN = 40
const RPAREN = 41
const STAR = 42
const MINUS = 45
const SLASH = 47
const COLON = 58
const SEMICOLON = 59
const LT = 60
const GT = 62
const QUESTION = 63
const LBRACKET = 91
const BACKSLASH = 92
const RBRACKET = 93
const BACKTICK = 96
const LBRACE = 123
const RBRACE = 125
const DEL = 127

/** A scan that cannot go on: unterminated, or PHP and php-parser disagree. */
const UNREADABLE = -1
/** From declaredName: `function` not followed by `name (`. */
const NOT_NAMED = -2
/** From closingMarker: the line does not close the heredoc. */
const NOT_MARKER = -2
/** A string scan that stops at an interpolation returns INTERPOLATION_AT - (offset of its `{`). */
const INTERPOLATION_AT = -2

// Frame kinds: what an open bracket is.
const BLOCK = 0 // any other `{`: blocks, closures, match, nested function bodies, `${...}` in code
const PAREN = 1
const BRACKET = 2 // also `#[` attributes
const NAMESPACE = 3 // braced namespace: top-level rules hold inside
const CLASS = 4 // named class-like declared at top level: its method bodies are reported
const INNER_CLASS = 5 // any other class-like body (anonymous, or declared inside a block)
const BODY = 6 // a reported function or method body
const INTERPOLATION = 7 // `{$...}` / `${...}` in a string: the string resumes after its `}`
const TOP = 8 // no open bracket

// Token kinds for `last` besides punctuation characters.
const WORD = -1
const OTHER = -2

// What the next `{` at a depth opens, as set by the declaration before it.
const NONE = 0
const OPENS_BODY = 1
const OPENS_BLOCK = 2
const OPENS_CLASS = 3
const OPENS_INNER_CLASS = 4
const OPENS_NAMESPACE = 5
/** The frame kind each of those opens. */
const OPENED = [BLOCK, BODY, BLOCK, CLASS, INNER_CLASS, NAMESPACE]

// Keywords the scanner acts on.
const K_FUNCTION = 1
const K_CLASS = 2
const K_INTERFACE = 3
const K_TRAIT = 4
const K_ENUM = 5
const K_NAMESPACE = 6
const K_NAME_NEXT = 7 // const, case: a name follows, which may be a keyword
const K_USE = 8
const K_END = 9 // endif, endwhile, ...: alternative syntax, whose blocks have no braces

/** Quote code of a heredoc in an interpolation frame (strings use their quote character). */
const HEREDOC = 0

const HALT_COMPILER = /__halt_compiler/i

/**
 * The bodies of the named functions and class-like methods declared at the top of `text`, in
 * source order; null when the text is anything the scanner cannot read with certainty.
 */
export function functionBodies(text: string): FunctionBody[] | null {
  if (!text.startsWith('<?php') || !isSpace(text.charCodeAt(5))) return null
  // `?>` ends even a line comment and starts inline HTML; __halt_compiler() ends the code.
  if (text.includes('?>') || HALT_COMPILER.test(text)) return null
  return scan(text)
}

function scan(text: string): FunctionBody[] | null {
  const n = text.length
  const hasCR = text.includes('\r')
  const bodies: FunctionBody[] = []
  let body: FunctionBody | null = null
  // The name of the function last declared, and where the current class member began.
  let declared = ''
  let memberStart = -1
  // Per depth: the kind of the open bracket, what the next `{` at that depth opens, and for an
  // interpolation the string it interrupts.
  const kinds: number[] = []
  const pending: number[] = [NONE]
  const quotes: number[] = []
  const labels: string[] = []
  let depth = 0
  // After `->`, `?->`, `::`, `const` and `case` a word is a name even when it spells a keyword.
  let nameNext = false
  // The last token: a punctuation character, WORD (names, variables, literals) or OTHER.
  let last = SEMICOLON
  let i = 5
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === SPACE || c === LF || c === TAB || c === CR) {
      i++
      continue
    }
    if (isWordChar(c)) {
      // Names include their backslashes, so `App\Enum\Status` or `namespace\f` is no keyword.
      const start = i
      const before = last
      last = WORD
      i++
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      if (nameNext) {
        nameNext = false
        continue
      }
      const keyword = keywordOf(text, start, i - start)
      if (keyword === 0) continue
      const top = depth === 0 ? TOP : kinds[depth - 1]
      const topLevel = top === TOP || top === NAMESPACE
      const inClass = top === CLASS || top === INNER_CLASS
      if (keyword === K_FUNCTION) {
        const end = declaredName(text, i, hasCR)
        if (end === UNREADABLE) return null
        if (end === NOT_NAMED) {
          // A closure, or `use function`; a class body holds neither. php-parser takes a closure
          // that starts a statement (`function () {};`) for a function declaration.
          if (inClass || (top !== PAREN && top !== BRACKET && startsStatement(before))) return null
          continue
        }
        // A declaration starts a statement: `$f = function g() {}` is no PHP.
        if (!inClass && !startsStatement(before)) return null
        i = end
        let nameStart = end
        while (isLabelChar(text.charCodeAt(nameStart - 1))) nameStart--
        declared = text.slice(nameStart, end).toLowerCase()
        if (topLevel || top === CLASS) pending[depth] = OPENS_BODY
        else if (top === INNER_CLASS) pending[depth] = OPENS_BLOCK
        else if (top === BLOCK || top === BODY) {
          pending[depth] = OPENS_BLOCK
          if (body !== null) body.declaresFunction = true
        } else return null
      } else if (keyword === K_NAMESPACE) {
        const j = skipTrivia(text, i, hasCR)
        if (j < 0) return null
        const d = text.charCodeAt(j)
        if (d === COLON && text.charCodeAt(j + 1) !== COLON) continue // a named argument
        if (depth !== 0 || !(isLabelStart(d) || d === LBRACE)) return null
        pending[0] = OPENS_NAMESPACE
      } else if (keyword === K_NAME_NEXT) {
        nameNext = true
      } else if (keyword === K_USE) {
        // A trait use may have a block of adaptations.
        if (inClass) pending[depth] = OPENS_BLOCK
      } else if (keyword === K_END) {
        // `if (...): function f() {} endif;` declares f inside the if, with no brace to see.
        if (topLevel) return null
      } else {
        // class, interface, trait, enum
        const j = skipTrivia(text, i, hasCR)
        if (j < 0) return null
        const d = text.charCodeAt(j)
        let named: boolean
        if (keyword === K_ENUM) {
          if (!isLabelStart(d) || isExtendsOrImplements(text, j)) continue // `enum` as a name
          // PHP also takes `enum` before a comment or newline for the keyword, php-parser only spaces.
          let k = i
          while (text.charCodeAt(k) === SPACE) k++
          if (k !== j) return null
          named = true
        } else if (isLabelStart(d)) {
          named = !(keyword === K_CLASS && isExtendsOrImplements(text, j))
        } else if (d === COLON && text.charCodeAt(j + 1) !== COLON) {
          continue // a named argument
        } else if (keyword === K_CLASS && (d === LBRACE || d === LPAREN)) {
          named = false
        } else return null
        if (inClass) return null
        if (named) {
          // Skip the name: `class Enum extends X` must not read `Enum` as the keyword.
          i = j + 1
          while (isLabelChar(text.charCodeAt(i))) i++
          if (topLevel) pending[depth] = OPENS_CLASS
          else if (top === BLOCK || top === BODY) pending[depth] = OPENS_INNER_CLASS
          else return null
        } else {
          pending[depth] = OPENS_INNER_CLASS
        }
      }
      continue
    }
    // Comments change nothing, not even what the last token was.
    if (c === SLASH || c === HASH) {
      const d = text.charCodeAt(i + 1)
      if (c === HASH ? d !== LBRACKET : d === SLASH) {
        i = lineEnd(text, i + 1, hasCR)
        continue
      }
      if (c === SLASH && d === STAR) {
        const end = text.indexOf('*/', i + 2)
        if (end < 0) return null
        i = end + 2
        continue
      }
    }
    nameNext = false
    const before = last
    last = c
    // The result of a string scan and the string it is in, handled after the switch.
    let result: number
    let quote: number
    let label = ''
    switch (c) {
      case LBRACE: {
        const opens = pending[depth]
        let kind: number
        if (opens === OPENS_BODY) {
          kind = BODY
          const inClass = depth > 0 && kinds[depth - 1] === CLASS
          body = {
            open: i,
            close: -1,
            declaresFunction: false,
            name: declared,
            declaration: inClass ? memberStart : -1
          }
          bodies.push(body)
        } else if (opens === NONE) {
          // A `{` in a class body that opens no method body: a property hook, or something unknown.
          const top = depth === 0 ? TOP : kinds[depth - 1]
          if (top === CLASS || top === INNER_CLASS) return null
          kind = BLOCK
        } else {
          kind = OPENED[opens]
        }
        pending[depth] = NONE
        kinds[depth] = kind
        depth++
        pending[depth] = NONE
        i++
        if (kind === CLASS) memberStart = i
        continue
      }
      case RBRACE: {
        if (depth === 0 || pending[depth] !== NONE) return null
        const kind = kinds[depth - 1]
        if (kind === PAREN || kind === BRACKET) return null
        depth--
        if (kind === BODY && body !== null) {
          body.close = i
          body = null
        }
        i++
        if (kind !== INTERPOLATION && depth > 0 && kinds[depth - 1] === CLASS) memberStart = i
        if (kind !== INTERPOLATION) continue
        quote = quotes[depth]
        label = labels[depth]
        result = quote === HEREDOC ? scanHeredoc(text, i, label, false) : scanQuoted(text, i, quote)
        break
      }
      case LPAREN:
      case LBRACKET:
      case HASH: // `#[` opens an attribute, closed by its `]`
        kinds[depth] = c === LPAREN ? PAREN : BRACKET
        depth++
        pending[depth] = NONE
        i += c === HASH ? 2 : 1
        continue
      case RPAREN:
      case RBRACKET:
        if (depth === 0 || pending[depth] !== NONE) return null
        if (kinds[depth - 1] !== (c === RPAREN ? PAREN : BRACKET)) return null
        depth--
        i++
        continue
      case SEMICOLON:
        pending[depth] = NONE
        i++
        if (depth > 0 && kinds[depth - 1] === CLASS) memberStart = i
        continue
      case SQUOTE:
        i = singleQuotedEnd(text, i + 1)
        if (i < 0) return null
        last = WORD
        continue
      case DQUOTE:
      case BACKTICK:
        quote = c
        result = scanQuoted(text, i + 1, c)
        break
      case LT: {
        if (text.charCodeAt(i + 1) !== LT || text.charCodeAt(i + 2) !== LT) {
          i++
          continue
        }
        const opener = heredocOpener(text, i)
        if (opener === null) return null
        label = opener.label
        if (opener.nowdoc) {
          i = scanNowdoc(text, opener.bodyStart, label, hasCR)
          if (i < 0) return null
          last = WORD
          continue
        }
        quote = HEREDOC
        result = scanHeredoc(text, opener.bodyStart, label, true)
        break
      }
      case DOLLAR:
        i++
        // A variable's name is never a keyword (`$class`); `$` alone comes before `{` or `$`.
        if (isLabelStart(text.charCodeAt(i))) {
          i++
          while (isLabelChar(text.charCodeAt(i))) i++
          last = WORD
        }
        continue
      case MINUS: {
        const d = text.charCodeAt(i + 1)
        if (d === GT) nameNext = true
        last = OTHER
        // `--` is one token: `$a-->b` is `$a-- > b`.
        i += d === GT || d === MINUS ? 2 : 1
        continue
      }
      case COLON:
        if (text.charCodeAt(i + 1) === COLON) {
          nameNext = true
          last = OTHER
          i += 2
        } else {
          // The `:` of `?:` ends no statement.
          if (before === QUESTION) last = OTHER
          i++
        }
        continue
      default:
        // Control characters and DEL: PHP and php-parser disagree on some, and neither means code.
        if (c < SPACE || c === DEL) return null
        i++
        continue
    }
    // After a string scan: past the string, or into the code of an interpolation.
    if (result === UNREADABLE) return null
    if (result >= 0) {
      last = WORD
      i = result
      continue
    }
    const brace = INTERPOLATION_AT - result
    kinds[depth] = INTERPOLATION
    quotes[depth] = quote
    labels[depth] = label
    depth++
    pending[depth] = NONE
    last = LBRACE
    i = brace + 1
  }
  if (depth !== 0 || pending[0] !== NONE) return null
  return bodies
}

/** Whether a token of this kind may end the statement before (`:` of a label, `]` of an attribute). */
function startsStatement(last: number): boolean {
  return last === SEMICOLON || last === LBRACE || last === RBRACE || last === COLON || last === RBRACKET
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR
}

/** PHP's label characters, as php-parser reads UTF-16: any code unit from 0x80 up. */
function isLabelStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80
}

function isLabelChar(c: number): boolean {
  return isLabelStart(c) || (c >= 48 && c <= 57)
}

/** Label characters, digits (numbers are skipped as words) and the namespace separator. */
function isWordChar(c: number): boolean {
  return isLabelChar(c) || c === BACKSLASH
}

/** Whether text at `start` spells `word` (lower case letters) in any case. */
function spells(text: string, start: number, length: number, word: string): boolean {
  if (length !== word.length) return false
  // `| 0x20` lowers letters and maps no other word character onto a letter.
  for (let k = 0; k < length; k++)
    if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false
  return true
}

function keywordOf(text: string, start: number, length: number): number {
  switch (length) {
    case 3:
      return spells(text, start, length, 'use') ? K_USE : 0
    case 4:
      if (spells(text, start, length, 'enum')) return K_ENUM
      return spells(text, start, length, 'case') ? K_NAME_NEXT : 0
    case 5:
      if (spells(text, start, length, 'class')) return K_CLASS
      if (spells(text, start, length, 'trait')) return K_TRAIT
      if (spells(text, start, length, 'const')) return K_NAME_NEXT
      return spells(text, start, length, 'endif') ? K_END : 0
    case 6:
      return spells(text, start, length, 'endfor') ? K_END : 0
    case 8:
      if (spells(text, start, length, 'function')) return K_FUNCTION
      return spells(text, start, length, 'endwhile') ? K_END : 0
    case 9:
      if (spells(text, start, length, 'interface')) return K_INTERFACE
      if (spells(text, start, length, 'namespace')) return K_NAMESPACE
      return spells(text, start, length, 'endswitch') ? K_END : 0
    case 10:
      if (spells(text, start, length, 'endforeach')) return K_END
      return spells(text, start, length, 'enddeclare') ? K_END : 0
    default:
      return 0
  }
}

function isExtendsOrImplements(text: string, j: number): boolean {
  let k = j
  while (isLabelChar(text.charCodeAt(k))) k++
  return spells(text, j, k - j, 'extends') || spells(text, j, k - j, 'implements')
}

/** The offset of the newline that ends a line comment (PHP ends it at `\r` too), or the text's end. */
function lineEnd(text: string, i: number, hasCR: boolean): number {
  if (!hasCR) {
    const end = text.indexOf('\n', i)
    return end < 0 ? text.length : end
  }
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || c === CR) return i
  }
  return text.length
}

/** Skips whitespace and comments (not `#[`); UNREADABLE for an unterminated comment. */
function skipTrivia(text: string, i: number, hasCR: boolean): number {
  for (;;) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) i++
    else if (c === HASH && text.charCodeAt(i + 1) !== LBRACKET) i = lineEnd(text, i + 1, hasCR)
    else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) i = lineEnd(text, i + 2, hasCR)
    else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) return UNREADABLE
      i = end + 2
    } else return i
  }
}

/** After `function`: the end of the name when `&? name (` follows (a declaration), else NOT_NAMED. */
function declaredName(text: string, i: number, hasCR: boolean): number {
  let j = skipTrivia(text, i, hasCR)
  if (j >= 0 && text.charCodeAt(j) === AMP) j = skipTrivia(text, j + 1, hasCR)
  if (j < 0) return UNREADABLE
  if (!isLabelStart(text.charCodeAt(j))) return NOT_NAMED
  let end = j + 1
  while (isLabelChar(text.charCodeAt(end))) end++
  const k = skipTrivia(text, end, hasCR)
  if (k < 0) return UNREADABLE
  return text.charCodeAt(k) === LPAREN ? end : NOT_NAMED
}

/** After an opening `'`: the offset after the closing one, UNREADABLE when there is none. */
function singleQuotedEnd(text: string, i: number): number {
  for (;;) {
    const q = text.indexOf("'", i)
    if (q < 0) return UNREADABLE
    // A backslash escapes the next character, so an odd run of them escapes the quote.
    let b = q - 1
    while (text.charCodeAt(b) === BACKSLASH) b--
    if ((q - 1 - b) % 2 === 0) return q + 1
    i = q + 1
  }
}

/**
 * A double-quoted or backtick string from `i` (after the opening quote or an interpolation's `}`):
 * the offset after the closing quote, INTERPOLATION_AT - (offset of the `{`) at `{$` or `${`, or
 * UNREADABLE.
 */
function scanQuoted(text: string, i: number, quote: number): number {
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === quote) return i + 1
    if (c === BACKSLASH) i += 2
    else if (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) return INTERPOLATION_AT - (i + 1)
    else if (c === LBRACE && text.charCodeAt(i + 1) === DOLLAR) return INTERPOLATION_AT - i
    else i++
  }
  return UNREADABLE
}

/** `<<<ID`, `<<<"ID"` or `<<<'ID'` and a newline at `i`; null for any other `<<<`. */
function heredocOpener(
  text: string,
  i: number
): { label: string; nowdoc: boolean; bodyStart: number } | null {
  let j = i + 3
  while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++
  const q = text.charCodeAt(j)
  const quoted = q === SQUOTE || q === DQUOTE
  if (quoted) j++
  if (!isLabelStart(text.charCodeAt(j))) return null
  const start = j
  while (isLabelChar(text.charCodeAt(j))) j++
  const label = text.slice(start, j)
  if (quoted && text.charCodeAt(j++) !== q) return null
  const newline = text.charCodeAt(j)
  if (newline !== LF && newline !== CR) return null
  return { label, nowdoc: q === SQUOTE, bodyStart: j + 1 }
}

/**
 * At a line start in a heredoc or nowdoc: the offset after the closing marker, NOT_MARKER, or
 * UNREADABLE. PHP (7.3+) closes at the label after indentation when no label character follows;
 * php-parser only when one of a few characters follows, so any other character is unsure.
 */
function closingMarker(text: string, i: number, label: string): number {
  let j = i
  while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++
  if (!text.startsWith(label, j)) return NOT_MARKER
  const end = j + label.length
  const after = text.charCodeAt(end)
  if (isLabelChar(after)) return NOT_MARKER
  switch (after) {
    case LF:
    case CR:
    case SEMICOLON:
    case TAB:
    case SPACE:
    case 44: // ,
    case RBRACKET:
    case RPAREN:
    case SLASH:
    case 61: // =
    case 33: // !
    case 46: // .
      return end
    default:
      return UNREADABLE
  }
}

function scanNowdoc(text: string, i: number, label: string, hasCR: boolean): number {
  for (;;) {
    const end = closingMarker(text, i, label)
    if (end !== NOT_MARKER) return end
    const newline = lineEnd(text, i, hasCR)
    if (newline >= text.length) return UNREADABLE
    i = newline + 1
  }
}

/**
 * A heredoc's text from `i` (`atLineStart` after the opening line, not after an interpolation's
 * `}`), with the results of scanQuoted. PHP skips the character after a backslash (not a newline).
 * php-parser skips it too but then does not take a backslash right after it for an escape, so
 * `\n\{$x}` interpolates for php-parser only: both readings are followed, and a place where they
 * disagree on an interpolation is unreadable.
 */
function scanHeredoc(text: string, i: number, label: string, atLineStart: boolean): number {
  const n = text.length
  let lineStart = atLineStart
  let phpEscaped = false
  // php-parser: 0 any character, 1 escaped, 2 right after an escaped character (no escape here)
  let parser = 0
  for (;;) {
    if (lineStart) {
      const end = closingMarker(text, i, label)
      if (end !== NOT_MARKER) return end
      lineStart = false
    }
    if (i >= n) return UNREADABLE
    const c = text.charCodeAt(i)
    if (c === LF || c === CR) {
      phpEscaped = false
      parser = 0
      lineStart = true
      i++
      continue
    }
    const opens =
      (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) ||
      (c === LBRACE && text.charCodeAt(i + 1) === DOLLAR)
    const phpOpens = opens && !phpEscaped
    if (phpOpens !== (opens && parser !== 1)) return UNREADABLE
    if (phpOpens) return INTERPOLATION_AT - (c === DOLLAR ? i + 1 : i)
    phpEscaped = !phpEscaped && c === BACKSLASH
    parser = parser === 1 ? 2 : parser === 0 && c === BACKSLASH ? 1 : 0
    i++
  }
}
