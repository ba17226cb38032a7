// Static evaluation of Laravel config files. A config file is `return [...]`: the array is turned
// into a symbolic tree (CNode) that keeps every expression we model (literals, env(), path helpers,
// concatenation, explode, casts) and where it was written. Env values are not applied here: the
// resolver does that, so one parse serves every env-file layout. Nothing here throws on bad input.
import { Engine } from 'php-parser'

/** Where a node was written: a file of the app, or the framework's own config (no file to show). */
export type Origin = {
  kind: 'app'
  path: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Site {
  /** null for framework defaults (encoded as data, not read from a file). */
  origin: Origin | null
  /** The expression as written (whitespace collapsed, shortened), for evidence notes. */
  text: string
}

export type Scalar = string | number | boolean | null

export type PathHelper =
  | 'storage_path'
  | 'database_path'
  | 'base_path'
  | 'public_path'
  | 'app_path'
  | 'resource_path'
  | 'config_path'
  | 'lang_path'

/** Pure functions over strings/lists that config files use on env values. */
export type ModelledFunction =
  'explode' | 'implode' | 'trim' | 'rtrim' | 'ltrim' | 'strtolower' | 'strtoupper' | 'array_filter'

export interface CEntry {
  key: string | number
  value: CNode
  /** Where the key was written (the entry's start). */
  keySite: Site
}

export type CNode =
  | { kind: 'literal'; value: Scalar; site: Site }
  | {
      kind: 'array'
      entries: CEntry[]
      /** An unpacked or computed part could not be evaluated: a missing key may still exist. */
      open: boolean
      site: Site
    }
  | { kind: 'env'; key: string; fallback: CNode | null; site: Site }
  | { kind: 'path'; helper: PathHelper; arg: CNode | null; site: Site }
  | { kind: 'concat'; parts: CNode[]; site: Site }
  | { kind: 'call'; fn: ModelledFunction; args: CNode[]; site: Site }
  | { kind: 'cast'; to: 'string' | 'int' | 'bool' | 'float'; expr: CNode; site: Site }
  | { kind: 'coalesce'; left: CNode; right: CNode; site: Site }
  /** `test ? then : else`; `then` is null for the short form `test ?: else`. */
  | { kind: 'ternary'; test: CNode; then: CNode | null; else: CNode; site: Site }
  | { kind: 'class'; name: string; site: Site }
  | { kind: 'unknown'; site: Site }

export interface ParsedConfig {
  /** The returned array (or another expression), null when the file returns nothing we can read. */
  root: CNode | null
  /** Every env key the file reads through env()/Env::get()/getenv(), anywhere in the file. */
  envReads: Set<string>
  /** Why parts of the file could not be read (syntax errors, too deep, no return). */
  problems: string[]
}

interface Loc {
  start: { line: number; column: number; offset: number }
  end: { line: number; column: number; offset: number }
}

interface PNode {
  kind: string
  loc?: Loc | null
  [field: string]: unknown
}

function isNode(v: unknown): v is PNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string'
}

function child(node: PNode, field: string): PNode | null {
  const v = node[field]
  return isNode(v) ? v : null
}

function children(node: PNode, field: string): PNode[] {
  const v = node[field]
  return Array.isArray(v) ? v.filter(isNode) : []
}

function str(node: PNode, field: string): string | null {
  const v = node[field]
  return typeof v === 'string' ? v : null
}

const PATH_HELPERS: ReadonlySet<string> = new Set<PathHelper>([
  'storage_path',
  'database_path',
  'base_path',
  'public_path',
  'app_path',
  'resource_path',
  'config_path',
  'lang_path'
])

const FUNCTIONS: ReadonlySet<string> = new Set<ModelledFunction>([
  'explode',
  'implode',
  'trim',
  'rtrim',
  'ltrim',
  'strtolower',
  'strtoupper',
  'array_filter'
])

const ENV_CLASSES = new Set(['illuminate\\support\\env', 'env'])

/** Collapses whitespace and shortens, so a multi-line expression reads well inside a sentence. */
export function shortText(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

function newEngine(): Engine {
  return new Engine({
    parser: { php8: true, version: '8.5', suppressErrors: true, extractDoc: true },
    ast: { withPositions: true }
  })
}

class Converter {
  private readonly uses = new Map<string, string>()
  readonly problems: string[] = []

  constructor(
    private readonly text: string,
    private readonly path: string
  ) {}

  site(node: PNode): Site {
    const loc = node.loc
    if (!loc) return { origin: null, text: '' }
    return {
      origin: {
        kind: 'app',
        path: this.path,
        line: loc.start.line,
        column: loc.start.column + 1,
        endLine: loc.end.line,
        endColumn: loc.end.column + 1
      },
      text: shortText(this.text.slice(loc.start.offset, loc.end.offset))
    }
  }

  addUses(program: PNode): void {
    for (const group of children(program, 'children')) {
      if (group.kind !== 'usegroup' || (str(group, 'type') ?? 'class') !== 'class') continue
      const prefix = str(group, 'name')
      for (const item of children(group, 'items')) {
        const name = str(item, 'name')
        if (name === null) continue
        const full = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, '')
        const alias = child(item, 'alias')
        const short = (alias ? str(alias, 'name') : null) ?? full.split('\\').pop() ?? full
        this.uses.set(short.toLowerCase(), full)
      }
    }
  }

  /** A class name as PHP resolves it in a file without a namespace: through `use`, else as written. */
  className(nameNode: PNode): string | null {
    if (nameNode.kind !== 'name') return null
    const raw = str(nameNode, 'name')
    if (raw === null) return null
    if (raw.startsWith('\\')) return raw.slice(1)
    const [first, ...rest] = raw.split('\\')
    const imported = this.uses.get(first.toLowerCase())
    if (imported) return [imported, ...rest].join('\\')
    return raw
  }

  /** The env key when `node` is env('KEY'), \env('KEY'), Env::get('KEY') or Env::getOrFail('KEY'). */
  envCall(node: PNode): { key: string | null; fallback: PNode | null } | null {
    if (node.kind !== 'call') return null
    const what = child(node, 'what')
    if (what === null) return null
    let isEnv = false
    if (what.kind === 'name') {
      const name = (str(what, 'name') ?? '').toLowerCase()
      isEnv = name === 'env' || name === '\\env'
    } else if (what.kind === 'staticlookup') {
      const cls = child(what, 'what')
      const method = child(what, 'offset')
      const methodName =
        method && method.kind === 'identifier' ? (str(method, 'name') ?? '').toLowerCase() : ''
      const className = cls ? this.className(cls) : null
      isEnv =
        className !== null &&
        ENV_CLASSES.has(className.toLowerCase()) &&
        (methodName === 'get' || methodName === 'getorfail')
    }
    if (!isEnv) return null
    const args = children(node, 'arguments')
    const first = args[0]
    const key = first && first.kind === 'string' ? str(first, 'value') : null
    return { key, fallback: args[1] ?? null }
  }

  convert(node: PNode, depth: number): CNode {
    if (depth > 200) throw new RangeError('config array nested too deeply')
    const site = this.site(node)
    switch (node.kind) {
      case 'string':
        return { kind: 'literal', value: str(node, 'value') ?? '', site }
      case 'number': {
        const n = Number((str(node, 'value') ?? '').replace(/_/g, ''))
        return Number.isFinite(n) ? { kind: 'literal', value: n, site } : { kind: 'unknown', site }
      }
      case 'boolean':
        return { kind: 'literal', value: node.value === true, site }
      case 'nullkeyword':
        return { kind: 'literal', value: null, site }
      case 'name': {
        const name = (str(node, 'name') ?? '').replace(/^\\/, '').toLowerCase()
        if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', site }
        if (name === 'null') return { kind: 'literal', value: null, site }
        return { kind: 'unknown', site }
      }
      case 'unary': {
        const what = child(node, 'what')
        const inner = what ? this.convert(what, depth + 1) : null
        if (inner?.kind === 'literal' && typeof inner.value === 'number') {
          if (node.type === '-') return { kind: 'literal', value: -inner.value, site }
          if (node.type === '+') return { kind: 'literal', value: inner.value, site }
        }
        return { kind: 'unknown', site }
      }
      case 'array':
        return this.array(node, depth, site)
      case 'cast': {
        const expr = child(node, 'expr')
        const to = str(node, 'type')
        if (expr === null) return { kind: 'unknown', site }
        if (to === 'string' || to === 'int' || to === 'bool' || to === 'float')
          return { kind: 'cast', to, expr: this.convert(expr, depth + 1), site }
        return { kind: 'unknown', site }
      }
      case 'bin': {
        const left = child(node, 'left')
        const right = child(node, 'right')
        if (left === null || right === null) return { kind: 'unknown', site }
        if (node.type === '.') {
          const parts: CNode[] = []
          for (const side of [left, right]) {
            const c = this.convert(side, depth + 1)
            if (c.kind === 'concat') parts.push(...c.parts)
            else parts.push(c)
          }
          return { kind: 'concat', parts, site }
        }
        if (node.type === '??')
          return {
            kind: 'coalesce',
            left: this.convert(left, depth + 1),
            right: this.convert(right, depth + 1),
            site
          }
        return { kind: 'unknown', site }
      }
      case 'retif': {
        const test = child(node, 'test')
        const trueExpr = child(node, 'trueExpr')
        const falseExpr = child(node, 'falseExpr')
        if (test === null || falseExpr === null) return { kind: 'unknown', site }
        return {
          kind: 'ternary',
          test: this.convert(test, depth + 1),
          then: trueExpr ? this.convert(trueExpr, depth + 1) : null,
          else: this.convert(falseExpr, depth + 1),
          site
        }
      }
      case 'staticlookup': {
        const offset = child(node, 'offset')
        const cls = child(node, 'what')
        if (offset?.kind === 'identifier' && (str(offset, 'name') ?? '').toLowerCase() === 'class' && cls) {
          const name = this.className(cls)
          if (name !== null) return { kind: 'class', name, site }
        }
        return { kind: 'unknown', site }
      }
      case 'call':
        return this.call(node, depth, site)
      case 'parenthesis': {
        const inner = child(node, 'inner')
        return inner ? this.convert(inner, depth + 1) : { kind: 'unknown', site }
      }
      default:
        return { kind: 'unknown', site }
    }
  }

  private call(node: PNode, depth: number, site: Site): CNode {
    const env = this.envCall(node)
    if (env !== null) {
      if (env.key === null) return { kind: 'unknown', site }
      return {
        kind: 'env',
        key: env.key,
        fallback: env.fallback ? this.convert(env.fallback, depth + 1) : null,
        site
      }
    }
    const what = child(node, 'what')
    if (what?.kind !== 'name') return { kind: 'unknown', site }
    const name = (str(what, 'name') ?? '').replace(/^\\/, '').toLowerCase()
    const args = children(node, 'arguments')
    if (args.some((a) => a.kind === 'namedargument' || a.kind === 'variadic'))
      return { kind: 'unknown', site }
    if (PATH_HELPERS.has(name)) {
      if (args.length > 1) return { kind: 'unknown', site }
      return {
        kind: 'path',
        helper: name as PathHelper,
        arg: args[0] ? this.convert(args[0], depth + 1) : null,
        site
      }
    }
    if (FUNCTIONS.has(name)) {
      return {
        kind: 'call',
        fn: name as ModelledFunction,
        args: args.map((a) => this.convert(a, depth + 1)),
        site
      }
    }
    return { kind: 'unknown', site }
  }

  private array(node: PNode, depth: number, site: Site): CNode {
    const entries: CEntry[] = []
    let open = false
    let nextIndex = 0
    const put = (key: string | number, value: CNode, keySite: Site): void => {
      // PHP: "1" as a key is the integer 1; a later duplicate key replaces the earlier value in place.
      const normalised = typeof key === 'string' && /^(0|-?[1-9][0-9]*)$/.test(key) ? Number(key) : key
      const existing = entries.findIndex((e) => e.key === normalised)
      if (existing >= 0) entries[existing] = { key: normalised, value, keySite }
      else entries.push({ key: normalised, value, keySite })
      if (typeof normalised === 'number' && normalised >= nextIndex) nextIndex = normalised + 1
    }
    for (const item of children(node, 'items')) {
      const isEntry = item.kind === 'entry'
      const valueNode = isEntry ? child(item, 'value') : item
      if (valueNode === null) continue
      const keySite = this.site(item)
      if (isEntry && item.unpack === true) {
        const inner = this.convert(valueNode, depth + 1)
        if (inner.kind === 'array') {
          for (const e of inner.entries)
            put(typeof e.key === 'number' ? nextIndex : e.key, e.value, e.keySite)
          open = open || inner.open
        } else {
          open = true
        }
        continue
      }
      const value = this.convert(valueNode, depth + 1)
      const keyNode = isEntry ? child(item, 'key') : null
      if (keyNode === null) {
        put(nextIndex, value, keySite)
        continue
      }
      const key = this.convert(keyNode, depth + 1)
      if (key.kind === 'literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
        put(typeof key.value === 'number' ? Math.trunc(key.value) : key.value, value, keySite)
      } else if (key.kind === 'class') {
        put(key.name, value, keySite)
      } else {
        // A computed key (PDO::ATTR_*, public_path('storage')): the entry exists, its name is unknown.
        open = true
      }
    }
    return { kind: 'array', entries, open, site }
  }

  /** The expression the file returns, following `$config = [...]; return $config;`. */
  returned(program: PNode): PNode | null {
    const assigned = new Map<string, PNode>()
    const statements = children(program, 'children').flatMap((s) =>
      s.kind === 'namespace' ? children(s, 'children') : [s]
    )
    for (const statement of statements) {
      if (statement.kind === 'expressionstatement') {
        const expr = child(statement, 'expression')
        if (expr?.kind === 'assign' && expr.operator === '=') {
          const left = child(expr, 'left')
          const right = child(expr, 'right')
          const name = left?.kind === 'variable' ? str(left, 'name') : null
          if (name !== null && right !== null) assigned.set(name, right)
        }
      }
      if (statement.kind === 'return') {
        const expr = child(statement, 'expr')
        if (expr?.kind === 'variable') {
          const name = str(expr, 'name')
          return name !== null ? (assigned.get(name) ?? expr) : expr
        }
        return expr
      }
    }
    return null
  }

  /** Every env key read anywhere in the file, also in branches we do not evaluate. */
  collectEnvReads(root: PNode, into: Set<string>): void {
    const stack: unknown[] = [root]
    let visited = 0
    while (stack.length > 0 && visited < 500000) {
      const v = stack.pop()
      visited++
      if (Array.isArray(v)) {
        for (const x of v) stack.push(x)
        continue
      }
      if (!isNode(v)) continue
      if (v.kind === 'call') {
        const env = this.envCall(v)
        if (env?.key) into.add(env.key)
        const what = child(v, 'what')
        if (what?.kind === 'name' && /^\\?getenv$/i.test(str(what, 'name') ?? '')) {
          const first = children(v, 'arguments')[0]
          const key = first?.kind === 'string' ? str(first, 'value') : null
          if (key) into.add(key)
        }
      }
      for (const [field, value] of Object.entries(v)) {
        if (field === 'loc' || field === 'leadingComments' || field === 'trailingComments') continue
        if (typeof value === 'object' && value !== null) stack.push(value)
      }
    }
  }
}

/** Parses one config file. `path` is relative to the scan root and only used for positions. */
export function parseConfigFile(text: string, path: string): ParsedConfig {
  const envReads = new Set<string>()
  const problems: string[] = []
  let program: PNode
  try {
    program = newEngine().parseCode(text, path) as unknown as PNode
  } catch (error) {
    const message = error instanceof RangeError ? 'nested too deeply to parse' : String(error)
    return { root: null, envReads, problems: [`${path} could not be parsed: ${message}`] }
  }
  for (const e of children(program, 'errors')) {
    const message = str(e, 'message')
    if (message) problems.push(`${path}: ${message}`)
  }
  const converter = new Converter(text, path)
  converter.addUses(program)
  for (const s of children(program, 'children')) if (s.kind === 'namespace') converter.addUses(s)
  converter.collectEnvReads(program, envReads)
  const returned = converter.returned(program)
  if (returned === null) {
    problems.push(`${path} does not return an array`)
    return { root: null, envReads, problems }
  }
  try {
    return { root: converter.convert(returned, 0), envReads, problems }
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`)
    return { root: { kind: 'unknown', site: converter.site(returned) }, envReads, problems }
  }
}

/** Finds a key in an array node; `undefined` when absent, the array itself when it is open. */
export function entryOf(node: CNode, key: string | number): CEntry | undefined {
  if (node.kind !== 'array') return undefined
  return node.entries.find((e) => e.key === key)
}
