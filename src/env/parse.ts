// Env files with positions. Lines are found with npm dotenv's line grammar; values then follow
// vlucas/phpdotenv, the loader Laravel uses, where the two differ: escapes in double quotes and
// `${VAR}` nesting (src/Parser/EntryParser.php, src/Loader/Resolver.php). Nothing here reads the
// real process environment: the audit is static.

export type EnvQuote = '"' | "'"

export interface EnvEntry {
  key: string
  /**
   * The value as the loader sees it: quotes removed, escapes (`\"`, `\\`, `\$`, `\n`, `\t`, …)
   * resolved in double quotes, `${VAR}` replaced from earlier keys of the same file (unquoted and
   * double-quoted values only; not after an escaped `\$`). Laravel's
   * `true`/`null`/`(empty)` mapping is not applied: see `laravelEnvValue`.
   */
  value: string
  /** The value as written, trimmed, quotes included. */
  rawValue: string
  /** The quote that surrounded the value, null when unquoted. */
  quote: EnvQuote | null
  /** 1-based line of the key. */
  line: number
  /** 1-based column of the key's first character (its opening quote when quoted). */
  column: number
  /** 1-based column just after the key (exclusive). */
  endColumn: number
  /** Where the value as written starts (after the separator and any blanks). */
  valueLine: number
  valueColumn: number
  /** Where the value as written ends (exclusive column); a quoted value may span several lines. */
  valueEndLine: number
  valueEndColumn: number
  /** Written as `export KEY=value`. */
  exported: boolean
  /** The earlier assignments whose values `${NAME}` brought in, in the order they appear. */
  uses: EnvReference[]
}

/** An assignment of the same file, by key and line. */
export interface EnvReference {
  key: string
  line: number
}

/** Values of the keys assigned so far in a file, with the line of the assignment in effect. */
type Known = Map<string, { value: string; line: number }>

export interface EnvComment {
  line: number
  /** 1-based column of the `#`. */
  column: number
  /** The comment including its `#`, without the line break. */
  text: string
}

export interface ParsedEnv {
  /** Every assignment in file order, duplicates included (the loader keeps the last one). */
  entries: EnvEntry[]
  /** Whole-line comments and comments after a value. */
  comments: EnvComment[]
}

// npm dotenv 17's LINE expression (lib/main.js) with capture groups added around `export` and the
// separator, which does not change what it matches, and two changes towards phpdotenv: a key may
// be quoted (`"KEY"=value`, the quotes are dropped), and there is no backtick-quoted alternative
// (KEY=`redis` is the value `redis` with its backticks). Otherwise verbatim, quirks included
// (`KEY: value`, `#` ending an unquoted value, multi-line quotes).
const LINE =
  /(?:^|^)\s*(export\s+)?(["']?)([\w.-]+)\2(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm

const VARIABLE = /\$\{([a-zA-Z0-9_.]+)\}/g
/** A `${NAME}` starting exactly at lastIndex. */
const VARIABLE_AT = /\$\{([a-zA-Z0-9_.]+)\}/y

class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
  }

  /** 1-based line and column of a string offset. */
  at(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 }
  }

  lineCount(): number {
    return this.starts.length
  }

  lineText(text: string, line: number): string {
    const start = this.starts[line - 1]
    const next = line < this.starts.length ? this.starts[line] - 1 : text.length
    return text.slice(start, next)
  }
}

/** phpdotenv nesting: `${NAME}` from an earlier key of the same file; unknown names stay as written. */
function expand(value: string, known: Known, uses: EnvReference[]): string {
  return value.replace(VARIABLE, (whole, name: string) => {
    const hit = known.get(name)
    if (hit === undefined) return whole
    uses.push({ key: name, line: hit.line })
    return hit.value
  })
}

const CONTROL: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

/**
 * A double-quoted value as phpdotenv reads it: `\"`, `\\` and `\$` stand for the character and
 * `\f \n \r \t \v` for the control character (phpdotenv rejects any other escape; we keep it as
 * written). Only an unescaped `$` can start a `${NAME}` reference.
 */
function doubleQuoted(body: string, known: Known, uses: EnvReference[]): string {
  let text = ''
  const dollars: number[] = []
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '$') dollars.push(text.length)
    if (c !== '\\' || i + 1 >= body.length) {
      text += c
      continue
    }
    const next = body[++i]
    if (next === '"' || next === '\\' || next === '$') text += next
    else text += CONTROL[next] ?? `\\${next}`
  }
  // Right to left, as phpdotenv's Resolver does, so earlier positions stay valid.
  const found: EnvReference[] = []
  for (let d = dollars.length - 1; d >= 0; d--) {
    const at = dollars[d]
    VARIABLE_AT.lastIndex = at
    const m = VARIABLE_AT.exec(text)
    const hit = m ? known.get(m[1]) : undefined
    if (!m || hit === undefined) continue
    text = text.slice(0, at) + hit.value + text.slice(at + m[0].length)
    found.unshift({ key: m[1], line: hit.line })
  }
  uses.push(...found)
  return text
}

export function parseEnv(text: string): ParsedEnv {
  // dotenv normalises line breaks first; lines and columns are counted on the result, which is
  // what any editor shows for CRLF files (a lone CR counts as a line break, as in most tools).
  const src = String(text).replace(/\r\n?/g, '\n')
  const index = new LineIndex(src)
  const entries: EnvEntry[] = []
  const known: Known = new Map()
  const covered = new Set<number>()
  const tails = new Map<number, number>()

  LINE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = LINE.exec(src)) !== null) {
    // An empty match cannot happen (a key is required), but guard the loop against it anyway.
    if (match[0].length === 0) {
      LINE.lastIndex++
      continue
    }
    const indices = match.indices
    if (!indices || !indices[2] || !indices[3] || !indices[4]) continue
    const key = match[3]
    // The key as written, quotes included.
    const keyStart = indices[2][0]
    const keyEnd = indices[3][1] + match[2].length

    const captured = match[5] ?? ''
    const trimmed = captured.trim()
    const capturedStart = indices[5] ? indices[5][0] : indices[4][1]
    const valueStart = trimmed === '' ? capturedStart : capturedStart + captured.indexOf(trimmed)
    const valueEnd = valueStart + trimmed.length

    const first = trimmed[0]
    let value = trimmed.replace(/^(['"])([\s\S]*)\1$/gm, '$2')
    const quote: EnvQuote | null = value !== trimmed && (first === '"' || first === "'") ? first : null
    const uses: EnvReference[] = []
    if (quote === '"') value = doubleQuoted(value, known, uses)
    else if (quote === null) {
      // An unterminated double quote (phpdotenv rejects it): dotenv's reading.
      if (first === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r')
      value = expand(value, known, uses)
    }
    const keyPos = index.at(keyStart)
    known.set(key, { value, line: keyPos.line })
    const valuePos = index.at(valueStart)
    const valueEndPos = index.at(valueEnd)
    entries.push({
      key,
      value,
      rawValue: trimmed,
      quote,
      line: keyPos.line,
      column: keyPos.column,
      endColumn: keyPos.column + (keyEnd - keyStart),
      valueLine: valuePos.line,
      valueColumn: valuePos.column,
      valueEndLine: valueEndPos.line,
      valueEndColumn: valueEndPos.column,
      exported: match[1] !== undefined,
      uses
    })
    for (let l = keyPos.line; l <= valueEndPos.line; l++) covered.add(l)
    tails.set(valueEndPos.line, valueEndPos.column)
  }

  const comments: EnvComment[] = []
  for (let line = 1; line <= index.lineCount(); line++) {
    const lineText = index.lineText(src, line)
    if (!covered.has(line)) {
      const m = /^\s*#/.exec(lineText)
      if (m) comments.push({ line, column: m[0].length, text: lineText.slice(m[0].length - 1) })
      continue
    }
    const tail = tails.get(line)
    if (tail === undefined) continue
    const rest = lineText.slice(tail - 1)
    const m = /^\s*#/.exec(rest)
    if (m) comments.push({ line, column: tail + m[0].length - 1, text: rest.slice(m[0].length - 1) })
  }
  return { entries, comments }
}

/** The last assignment of each key (what the loader keeps), in first-appearance order. */
export function effectiveEntries(parsed: ParsedEnv): Map<string, EnvEntry> {
  const out = new Map<string, EnvEntry>()
  for (const entry of parsed.entries) out.set(entry.key, entry)
  return out
}

/**
 * What Laravel's `env()` returns for a value from an env file (Illuminate\Support\Env::get):
 * `true`/`(true)` → true, `false`/`(false)` → false, `empty`/`(empty)` → '', `null`/`(null)` →
 * null (case-insensitive), and one pair of matching surrounding quotes stripped.
 */
export function laravelEnvValue(raw: string): string | boolean | null {
  switch (raw.toLowerCase()) {
    case 'true':
    case '(true)':
      return true
    case 'false':
    case '(false)':
      return false
    case 'empty':
    case '(empty)':
      return ''
    case 'null':
    case '(null)':
      return null
  }
  const quoted = /^(['"])([\s\S]*)\1$/.exec(raw)
  return quoted ? quoted[2] : raw
}
