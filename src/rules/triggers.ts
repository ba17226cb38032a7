// Trigger tokens: text a PHP or Blade file must contain for a code rule to be able to report in it.
// The engine tests them on the raw text before parsing (src/engine/prefilter.ts): a file that
// matches no enabled rule's trigger is not parsed in a whole-app run, and a parsed file runs only
// the rules whose trigger matched. A trigger must therefore be conservative: every file a rule can
// report in must match it. Over-matching only costs a parse.
//
// A trigger is a pattern, a set of method names, or all / any of other triggers, evaluated with
// short cuts (put the cheap and rare part first in allOf). What makes them sound:
//   - Identifiers (function, class, method and facade names) cannot be escaped or split in PHP
//     source, so a name the rule resolves appears in the text, also behind an import alias
//     (`use Illuminate\Support\Facades\Storage as S;` still spells Storage). PHP's names are
//     case-insensitive and so are word(), methods() and call(); exact() is for the few names the
//     rules themselves compare case-sensitively (a facade name: NameResolver.facadeName() matches
//     `Storage`, not `storage`; a superglobal), so that the word "storage" in a comment does not
//     make every resource controller a candidate.
//   - A method name may also be a string literal (`$x->{'store'}()`), and whitespace or comments
//     may sit between `->` and the name: methods() allows both.
//   - String literal values can differ from the text by concatenation (`'sto' . 'rage/app'`) and
//     escape sequences (`"\x73torage"`). Triggers only look for string contents where the rule
//     reads a single literal; where a rule reads a string through concatenation (app('cache')),
//     the trigger looks for the identifier around it (app(…)) instead. Escape sequences are
//     handled once for all rules: a file that contains one (ESCAPE) matches every trigger.
// Blade templates are matched on the template text: every PHP fragment the Blade extraction parses
// is cut from that text.
import { LOCAL_PATH_HELPERS } from '../php/paths.js'

/** A method call named one of `names` (lower case): `->name`, `?->name`, `::name`, `->{'name'}`. */
export interface MethodsTrigger {
  methods: readonly string[]
}

export type Trigger = RegExp | MethodsTrigger | { all: readonly Trigger[] } | { any: readonly Trigger[] }

/**
 * Whitespace and comments PHP allows between two tokens. Each alternative starts with its own
 * character and a comment cannot end early or late (a block comment stops at its first end marker,
 * a line comment runs to the line's end), so there is one way to match: no backtracking blow-up
 * on text such as `app # # # # …`.
 */
const GAP = String.raw`(?:\s|/\*(?:[^*]|\*(?!/))*\*/|(?://|#)[^\n\r]*(?![^\n\r]))*`

/**
 * An escape sequence in a double-quoted string or heredoc that can spell a letter or `/`: a file
 * containing one matches every trigger.
 */
export const ESCAPE = /\\(?:[0-7]|[xX][0-9a-fA-F]|[uU]\{)/

/** `text` matched case-insensitively (a pattern source; letters become classes). */
export function ci(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
}

/** `text` exactly as written (a pattern source). */
export function exact(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * For each pattern that has them, texts one of which every match contains (lower case; the text
 * may spell them in any case). The engine looks for all of them in one pass over a file before
 * testing any pattern (src/engine/prefilter.ts): a pattern none of whose texts is there cannot
 * match. A pattern without an entry is always tested.
 */
const LITERALS = new WeakMap<RegExp, readonly string[]>()

/** The texts registered for `re` (see LITERALS), or null. */
export function literalsOf(re: RegExp): readonly string[] | null {
  return LITERALS.get(re) ?? null
}

function withLiterals(re: RegExp, literals: readonly string[]): RegExp {
  LITERALS.set(
    re,
    literals.map((l) => l.toLowerCase())
  )
  return re
}

/** A pattern (source as from ci(), exact(), …), matched anywhere in the text. */
export function pattern(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`)
}

/**
 * pattern(), for alternatives each of which only matches text containing one of `literals` (any
 * case): `patternWith(['storage', '_path'], ci('storage'), ci('_path'))`.
 */
export function patternWith(literals: readonly string[], ...alternatives: string[]): RegExp {
  return withLiterals(pattern(...alternatives), literals)
}

/** A whole identifier or word, any case: `env` but not `getenv` or `environment`. */
export function word(...names: string[]): RegExp {
  return withLiterals(new RegExp(`\\b(?:${names.map(ci).join('|')})\\b`), names)
}

/** A whole word exactly as written: `Log` but not `log`, `Login` or `Blog`. */
export function exactWord(name: string): string {
  return `\\b${exact(name)}\\b`
}

/** A call of a function named one of `names`, any case: `name(`, `name (`. */
export function call(...names: string[]): RegExp {
  return withLiterals(new RegExp(`\\b(?:${names.map(ci).join('|')})${GAP}\\(`), names)
}

/** A method call named one of `names`, any case (see MethodsTrigger). */
export function methods(...names: string[]): MethodsTrigger {
  return { methods: names.map((n) => n.toLowerCase()) }
}

export function allOf(...parts: Trigger[]): Trigger {
  return { all: parts }
}

export function anyOf(...parts: Trigger[]): Trigger {
  return { any: parts }
}

/**
 * A call of a method named one of `names` directly on a class name (`Cache::store`, also behind an
 * alias) or on the result of a call (`cache()->store`, `app('cache')?->store`): the receiver's text
 * ends with `)`. Not on a variable or property (`$this->repository->store`).
 */
export function methodOnClassOrCall(...names: string[]): RegExp {
  const name = `${GAP}(?:\\{${GAP}['"])?(?:${names.map(exact).join('|')})\\b`
  return withLiterals(new RegExp(`(?:::${name}|\\)${GAP}\\??->${name})`, 'i'), names)
}

/**
 * The pattern that finds method calls named one of `names` in a file; the name is group 1. Used
 * with the `g` flag by the engine to collect a file's method names once for every rule.
 */
export function methodCallPattern(names: Iterable<string>): RegExp {
  return new RegExp(`(?:->|::)${GAP}(?:\\{${GAP}['"])?(${[...names].map(exact).join('|')})\\b`, 'gi')
}

/**
 * Where localPathOrigin() can find a local path: a path helper (storage_path, public_path,
 * base_path) or a literal whose value starts with `storage` followed by `/` or its end, or holds
 * `/storage/` (isStoragePathLiteral: a literal starts after a quote, or after the newline and
 * indentation of a heredoc). The word "storage" comes first: it is cheap and rules most files out.
 */
export const LOCAL_PLACE: Trigger = allOf(
  patternWith(['storage', '_path'], ci('storage'), ci('_path')),
  pattern(
    `\\b(?:${LOCAL_PATH_HELPERS.map(ci).join('|')})\\b`,
    `['"\\s](?:\\./)?${ci('storage')}[/'"\\s{$]`,
    `/${ci('storage')}/`
  )
)

/** The facade-or-helper receivers reached through app('…') / resolve('…'). */
export const CONTAINER_CALL = call('app', 'resolve')
