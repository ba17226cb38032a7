// Where an app keeps its config files when it moved them out of `config/`: `bootstrap/app.php`
// calls `$app->useConfigPath(…)`, or creates a subclass of Laravel's Application whose
// `configPath()` returns another directory (BookStack: `app/Config`). Only paths built from
// literals, the base path (`base_path()`, `$this->basePath()`, `$app->basePath()` on the bootstrap's
// application variable), `__DIR__`, `dirname()` and `DIRECTORY_SEPARATOR` are understood.
import { posix } from 'node:path'
import type { Workspace } from '../engine/workspace.js'
import { parseCodeSafe } from '../php/engine.js'
import { isKind, isNode, type PhpNode } from '../php/nodes.js'
import { walk } from '../php/walk.js'
import { joinPath } from './apps.js'

/** A custom config directory, relative to the app root, and where it is named. */
export interface CustomConfigDir {
  dir: string
  /** The file (bootstrap/app.php, or the Application subclass) and 1-based line that name it. */
  path: string
  line: number
}

/** Stands for the app's base path in an evaluated path. */
const BASE = '\u0000base'

const LARAVEL_APPLICATION = 'illuminate\\foundation\\application'

/** `new X(` for a class other than Laravel's own Application. */
const CUSTOM_APPLICATION = /\bnew\s+(?!\\?Illuminate\\Foundation\\Application\b)\\?[A-Za-z_][\w\\]*\s*\(/

/**
 * The config directory `bootstrap/app.php` sets up, when it is not `config/`; null when it is
 * `config/`, or cannot be told.
 */
export function customConfigDir(ws: Workspace, root: string): CustomConfigDir | null {
  const bootstrap = 'bootstrap/app.php'
  const text = ws.read(joinPath(root, bootstrap))
  // Parse only a bootstrap that can set a path: the usual ones (Application::configure(), or
  // new Illuminate\Foundation\Application) are left unparsed.
  if (text === null || !(text.includes('useConfigPath') || CUSTOM_APPLICATION.test(text))) return null
  const program = parseCodeSafe(text, bootstrap, false).program as unknown as PhpNode
  const uses = importsOf(program)
  const scope: Scope = { dir: 'bootstrap', vars: {}, apps: applicationVariables(program, uses) }
  let found: CustomConfigDir | null = null
  walk(program, (node) => {
    if (found !== null) return 'skip'
    // $app->useConfigPath(<path>)
    if (isKind(node, 'call') && isMemberCall(node.what, 'useconfigpath')) {
      const dir = relativeDir(evaluate(node.arguments[0], scope))
      if (dir !== null) found = { dir, path: bootstrap, line: node.loc?.start.line ?? 1 }
      return
    }
    // new \Vendor\App\Application(...), a subclass that may override configPath()
    if (isKind(node, 'new') && isKind(node.what, 'name')) {
      const fqn = resolveClass(node.what.name, node.what.resolution, uses)
      if (fqn === null || fqn.toLowerCase() === LARAVEL_APPLICATION) return
      const overridden = configPathOverride(ws, root, fqn)
      if (overridden !== null) found = overridden
    }
  })
  const result = found as CustomConfigDir | null
  return result === null || result.dir === 'config' ? null : result
}

function isMemberCall(what: unknown, method: string): boolean {
  if (!isKind(what, 'propertylookup') && !isKind(what, 'nullsafepropertylookup')) return false
  const offset = (what as PhpNode & { offset: PhpNode }).offset
  return isKind(offset, 'identifier') && offset.name.toLowerCase() === method
}

/**
 * The variables bootstrap/app.php assigns the application to: `$app = new Application(…)` (Laravel's,
 * or a subclass named `Application`, as BookStack's) or `$app = Application::configure(…)->…->create()`.
 */
function applicationVariables(program: PhpNode, uses: Map<string, string>): Set<string> {
  const isApplicationClass = (name: unknown): boolean => {
    if (!isKind(name, 'name')) return false
    const fqn = resolveClass(name.name, name.resolution, uses)
    return fqn !== null && (fqn.toLowerCase() === LARAVEL_APPLICATION || /(?:^|\\)application$/i.test(fqn))
  }
  const createsApplication = (value: unknown): boolean => {
    if (isKind(value, 'new')) return isApplicationClass(value.what)
    if (!isKind(value, 'call') || !isMemberCall(value.what, 'create')) return false
    // Down the chain to `Application::configure(…)`.
    let call: unknown = (value.what as PhpNode & { what: PhpNode }).what
    while (
      isKind(call, 'call') &&
      (isKind(call.what, 'propertylookup') || isKind(call.what, 'nullsafepropertylookup'))
    )
      call = (call.what as PhpNode & { what: PhpNode }).what
    if (!isKind(call, 'call') || !isKind(call.what, 'staticlookup')) return false
    const offset = (call.what as PhpNode & { offset: PhpNode }).offset
    return (
      isKind(offset, 'identifier') &&
      offset.name.toLowerCase() === 'configure' &&
      isApplicationClass(call.what.what)
    )
  }
  const out = new Set<string>()
  walk(program, (node) => {
    if (isKind(node, 'assign') && node.operator === '=' && isKind(node.left, 'variable')) {
      if (typeof node.left.name === 'string' && createsApplication(node.right)) out.add(node.left.name)
    }
  })
  return out
}

/** `use` imports of the file's top level and namespaces: alias (lower case) → FQN. */
function importsOf(program: PhpNode): Map<string, string> {
  const out = new Map<string, string>()
  walk(program, (node) => {
    if (!isKind(node, 'useitem')) return
    const name = node.name.replace(/^\\/, '')
    const alias = node.alias?.name ?? name.slice(name.lastIndexOf('\\') + 1)
    out.set(alias.toLowerCase(), name)
  })
  return out
}

function resolveClass(name: string, resolution: string, uses: Map<string, string>): string | null {
  if (resolution === 'fqn') return name.replace(/^\\/, '')
  const [first, ...rest] = name.split('\\')
  const imported = uses.get(first.toLowerCase())
  if (imported !== undefined) return [imported, ...rest].join('\\')
  // bootstrap/app.php has no namespace: an unimported name is global.
  return name
}

/** The class file by the app's PSR-4 autoload map (composer.json). */
function classFile(ws: Workspace, root: string, fqn: string): string | null {
  let composer: unknown
  try {
    composer = JSON.parse(ws.read(joinPath(root, 'composer.json')) ?? 'null')
  } catch {
    return null
  }
  const psr4 = (composer as { autoload?: { 'psr-4'?: Record<string, unknown> } } | null)?.autoload?.['psr-4']
  if (typeof psr4 !== 'object' || psr4 === null) return null
  for (const [prefix, dirs] of Object.entries(psr4)) {
    if (prefix === '' || !fqn.startsWith(prefix)) continue
    const rest = `${fqn.slice(prefix.length).replace(/\\/g, '/')}.php`
    for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
      if (typeof dir !== 'string') continue
      const file = posix.normalize(posix.join(dir, rest))
      if (ws.isFile(joinPath(root, file))) return file
    }
  }
  return null
}

/** The directory a subclass's `configPath()` returns (its `$path` argument empty). */
function configPathOverride(ws: Workspace, root: string, fqn: string): CustomConfigDir | null {
  const file = classFile(ws, root, fqn)
  if (file === null) return null
  const text = ws.read(joinPath(root, file))
  if (text === null) return null
  const program = parseCodeSafe(text, file, false).program as unknown as PhpNode
  let found: CustomConfigDir | null = null
  walk(program, (node) => {
    if (found !== null || !isKind(node, 'method')) return
    const name = typeof node.name === 'string' ? node.name : node.name?.name
    if (name?.toLowerCase() !== 'configpath') return
    const param = node.arguments[0]?.name?.name
    const vars: Record<string, string> = param ? { [param]: '' } : {}
    for (const statement of (node.body as PhpNode & { children?: PhpNode[] })?.children ?? []) {
      if (!isKind(statement, 'return')) continue
      const dir = relativeDir(evaluate(statement.expr, { dir: posix.dirname(file), vars }))
      if (dir !== null) found = { dir, path: file, line: statement.loc?.start.line ?? 1 }
      break
    }
    return 'skip'
  })
  return found
}

interface Scope {
  /** The file's directory, relative to the app root (`__DIR__`). */
  dir: string
  /** Variables with a known string value (the method's `$path` parameter: ''). */
  vars: Record<string, string>
  /** Variables that hold the application (bootstrap/app.php's `$app`), whose basePath() is the base. */
  apps?: ReadonlySet<string>
}

/** A path expression's value (BASE-prefixed for the base path), or null when it is not understood. */
function evaluate(node: unknown, scope: Scope): string | null {
  if (!isNode(node)) return null
  if (isKind(node, 'string')) return node.value
  const other = node as PhpNode & Record<string, unknown>
  if (node.kind === 'magic' && String(other.raw).toUpperCase() === '__DIR__')
    return posix.join(BASE, scope.dir)
  if (isKind(node, 'name') && /^\\?DIRECTORY_SEPARATOR$/i.test(node.name)) return '/'
  if (isKind(node, 'variable') && typeof node.name === 'string') return scope.vars[node.name] ?? null
  if (isKind(node, 'bin') && node.type === '.') {
    const left = evaluate(node.left, scope)
    const right = evaluate(node.right, scope)
    return left === null || right === null ? null : left + right
  }
  if (node.kind === 'retif') {
    // `$path ? DIRECTORY_SEPARATOR.$path : $path` with $path = '': the false branch (`?:` has none).
    const test = evaluate(other.test, scope)
    if (test === null) return null
    if (test !== '' && test !== '0') return other.trueExpr === null ? test : evaluate(other.trueExpr, scope)
    return evaluate(other.falseExpr, scope)
  }
  // $this->basePath
  if (isKind(node, 'propertylookup') && isKind(node.what, 'variable') && node.what.name === 'this') {
    const offset = (node as PhpNode & { offset: PhpNode }).offset
    if (isKind(offset, 'identifier') && offset.name === 'basePath') return BASE
    return null
  }
  if (isKind(node, 'call')) {
    const args = node.arguments.map((a) => evaluate(a, scope))
    const what = node.what
    const fn = isKind(what, 'name') ? what.name.replace(/^\\/, '').toLowerCase() : null
    // $this->basePath(…) in the Application subclass, $app->basePath(…) in bootstrap/app.php.
    const onApplication =
      isKind(what, 'propertylookup') &&
      isKind(what.what, 'variable') &&
      typeof what.what.name === 'string' &&
      (what.what.name === 'this' || (scope.apps?.has(what.what.name) ?? false))
    const method = onApplication ? (what as PhpNode & { offset: PhpNode }).offset : null
    const basePathCall = fn === 'base_path' || (isKind(method, 'identifier') && method.name === 'basePath')
    if (basePathCall) {
      if (args.length === 0) return BASE
      return args[0] === null ? null : posix.join(BASE, args[0])
    }
    if (fn === 'dirname' && args.length === 1 && args[0] !== null) return posix.dirname(args[0])
    if (fn === 'realpath' && args.length === 1 && args[0] !== null) return args[0]
  }
  return null
}

/** A BASE-prefixed path as a directory relative to the app root; null outside the app. */
function relativeDir(value: string | null): string | null {
  if (value === null || !value.startsWith(BASE)) return null
  const rel = posix.normalize(`.${value.slice(BASE.length)}`).replace(/\/+$/, '')
  if (rel === '.' || rel === '' || rel.startsWith('..')) return null
  return rel
}
