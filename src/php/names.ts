// Namespace and `use` resolution, the way PHP resolves names at compile time.
//
// Class names: `\A\B` is fully qualified; `namespace\B` is the current namespace; otherwise the
// first segment is looked up in the `use` imports, else the current namespace is prefixed.
// Function names: the same, with `use function` imports, and one extra PHP rule: an unqualified
// call in a namespace falls back to the global function at run time when `Ns\f` does not exist.
// Statically we treat `f()` as global unless this file imports `f` with `use function` or
// declares a function `f` in the same namespace.
//
// Laravel facades: Laravel registers root aliases (`Storage`, `Cache`, ...) for its facades. They
// are global classes, so PHP only reaches them from code with no namespace, with `\Storage`, or
// with `use Storage;`. In `namespace App\Http;` an unimported `Storage::put()` resolves to
// `App\Http\Storage`, which is a different (user) class or an error, never the facade.
import {
  isKind,
  isNode,
  type NameNode,
  type NamespaceNode,
  type PhpNode,
  type UseGroupNode
} from './nodes.js'
import { walk } from './walk.js'

/** The facades Laravel aliases in the root namespace (Facade::defaultAliases, 10.x–13.x). */
export const LARAVEL_FACADE_ALIASES: ReadonlySet<string> = new Set([
  'App',
  'Artisan',
  'Auth',
  'Blade',
  'Broadcast',
  'Bus',
  'Cache',
  'Concurrency',
  'Config',
  'Context',
  'Cookie',
  'Crypt',
  'Date',
  'DB',
  'Event',
  'File',
  'Gate',
  'Hash',
  'Http',
  'Lang',
  'Log',
  'Mail',
  'Notification',
  'Password',
  'Process',
  'Queue',
  'RateLimiter',
  'Redirect',
  'Request',
  'Response',
  'Route',
  'Schedule',
  'Schema',
  'Session',
  'Storage',
  'URL',
  'Validator',
  'View',
  'Vite'
])

export const FACADE_NAMESPACE = 'Illuminate\\Support\\Facades'

/** Fully qualified names the rules compare against (no leading backslash). */
export const FQN = {
  storageFacade: 'Illuminate\\Support\\Facades\\Storage',
  cacheFacade: 'Illuminate\\Support\\Facades\\Cache',
  logFacade: 'Illuminate\\Support\\Facades\\Log',
  scheduleFacade: 'Illuminate\\Support\\Facades\\Schedule',
  fileFacade: 'Illuminate\\Support\\Facades\\File',
  artisanFacade: 'Illuminate\\Support\\Facades\\Artisan',
  sessionFacade: 'Illuminate\\Support\\Facades\\Session',
  env: 'Illuminate\\Support\\Env',
  schedule: 'Illuminate\\Console\\Scheduling\\Schedule',
  uploadedFile: 'Illuminate\\Http\\UploadedFile',
  request: 'Illuminate\\Http\\Request',
  requestFacade: 'Illuminate\\Support\\Facades\\Request',
  symfonyUploadedFile: 'Symfony\\Component\\HttpFoundation\\File\\UploadedFile',
  symfonyRequest: 'Symfony\\Component\\HttpFoundation\\Request',
  filesystem: 'Illuminate\\Filesystem\\Filesystem',
  streamHandler: 'Monolog\\Handler\\StreamHandler',
  rotatingFileHandler: 'Monolog\\Handler\\RotatingFileHandler'
} as const

export interface NamespaceScope {
  /** '' for the global namespace. */
  name: string
  /** Lower-cased alias → imported class/namespace FQN. */
  classImports: Map<string, string>
  /** Lower-cased alias → imported function FQN. */
  functionImports: Map<string, string>
  /** Lower-cased names of functions declared in this namespace in this file. */
  declaredFunctions: Set<string>
  /** Offsets the namespace covers (the global scope covers everything outside namespaces). */
  start: number
  end: number
}

const cache = new WeakMap<object, NameResolver>()

export class NameResolver {
  /** The global scope first, then one entry per `namespace` statement. */
  readonly scopes: NamespaceScope[]

  /** One resolver per program; cached, since several rules ask about the same file. */
  static for(program: PhpNode): NameResolver {
    let resolver = cache.get(program)
    if (!resolver) {
      resolver = new NameResolver(program)
      cache.set(program, resolver)
    }
    return resolver
  }

  constructor(program: PhpNode) {
    const global = newScope('', 0, Number.MAX_SAFE_INTEGER)
    this.scopes = [global]
    const stack: NamespaceScope[] = [global]
    walk(program, {
      enter: (node) => {
        const scope = stack[stack.length - 1]
        if (isKind(node, 'namespace')) {
          const ns = namespaceScope(node)
          this.scopes.push(ns)
          stack.push(ns)
        } else if (isKind(node, 'usegroup')) {
          addImports(scope, node)
        } else if (isKind(node, 'function')) {
          const name = typeof node.name === 'string' ? node.name : node.name?.name
          if (name) scope.declaredFunctions.add(name.toLowerCase())
        }
      },
      leave: (node) => {
        if (isKind(node, 'namespace')) stack.pop()
      }
    })
  }

  /** The namespace a node is in (by source offset). */
  scopeAt(node: PhpNode | null): NamespaceScope {
    const offset = node?.loc?.start.offset
    if (offset !== undefined) {
      for (let i = this.scopes.length - 1; i > 0; i--) {
        const scope = this.scopes[i]
        if (offset >= scope.start && offset < scope.end) return scope
      }
    }
    return this.scopes[0]
  }

  /**
   * The fully qualified class name (no leading `\`) a `name` node refers to, as PHP resolves it.
   * Null for `self`/`static`/`parent`, dynamic class expressions and builtin type names.
   */
  resolveClass(node: PhpNode | null | undefined): string | null {
    if (!isKind(node, 'name')) return null
    const lower = node.name.toLowerCase()
    if (lower === 'self' || lower === 'static' || lower === 'parent') return null
    return resolveClassName(node.name, node.resolution, this.scopeAt(node))
  }

  /**
   * Like resolveClass, but a root facade alias (`Storage` in the global namespace, `\Storage`,
   * `use Storage;`) becomes its facade FQN, `Illuminate\Support\Facades\Storage`.
   */
  resolveLaravelClass(node: PhpNode | null | undefined): string | null {
    const fqn = this.resolveClass(node)
    return fqn === null ? null : canonicalLaravelClass(fqn)
  }

  /**
   * The facade's short name (`Storage`) when the node names a Laravel facade through its FQN, an
   * import (also aliased) or the root alias; null otherwise.
   */
  facadeName(node: PhpNode | null | undefined): string | null {
    const fqn = this.resolveLaravelClass(node)
    if (fqn === null || !fqn.startsWith(FACADE_NAMESPACE + '\\')) return null
    const short = fqn.slice(FACADE_NAMESPACE.length + 1)
    return short.includes('\\') ? null : short
  }

  /** The fully qualified function name (no leading `\`) a call's `name` node refers to. */
  resolveFunction(node: PhpNode | null | undefined): string | null {
    if (!isKind(node, 'name')) return null
    return resolveFunctionName(node, this.scopeAt(node))
  }

  /**
   * True when `node` is a call of one of the global functions `names` (case-insensitive), as PHP
   * resolves the call: `env()`, `ENV()`, `\env()` match; `namespace\env()` in a namespace,
   * `Foo\env()`, an `env` imported with `use function` or declared in the file's namespace do not.
   */
  isGlobalFunctionCall(node: PhpNode | null | undefined, names: string | readonly string[]): boolean {
    if (!isKind(node, 'call')) return false
    const fqn = this.resolveFunction(node.what)
    if (fqn === null || fqn.includes('\\')) return false
    const wanted = typeof names === 'string' ? [names] : names
    const lower = fqn.toLowerCase()
    return wanted.some((name) => name.toLowerCase() === lower)
  }

  /** The resolved global function name (lower case) of a call, null for anything else. */
  globalFunctionName(node: PhpNode | null | undefined): string | null {
    if (!isKind(node, 'call')) return null
    const fqn = this.resolveFunction(node.what)
    if (fqn === null || fqn.includes('\\')) return null
    return fqn.toLowerCase()
  }

  /**
   * The class FQNs of a type declaration (`Schedule`, `?Schedule`, `A|B`, `A&B`), resolved
   * through imports; builtin types (`int`, `array`, ...) are left out.
   */
  typeNames(type: PhpNode | null | undefined): string[] {
    if (!isNode(type)) return []
    if (isKind(type, 'name')) {
      const fqn = this.resolveLaravelClass(type)
      return fqn ? [fqn] : []
    }
    if (isKind(type, 'uniontype') || isKind(type, 'intersectiontype')) {
      return type.types.flatMap((inner) => this.typeNames(inner))
    }
    return []
  }
}

/**
 * The class FQN (no leading `\`) an expression names as a value: `StreamHandler::class` (resolved
 * through the imports) or a class-name string literal (`'Monolog\\Handler\\StreamHandler'`, taken as
 * fully qualified, the way PHP treats class names in strings). Null for anything else.
 */
export function classReference(node: PhpNode | null | undefined, resolver: NameResolver): string | null {
  if (
    isKind(node, 'staticlookup') &&
    isKind(node.offset, 'identifier') &&
    node.offset.name.toLowerCase() === 'class'
  ) {
    return resolver.resolveClass(node.what)
  }
  if (isKind(node, 'string') || isKind(node, 'nowdoc')) {
    const text = node.value.trim().replace(/^\\/, '')
    return /^[A-Za-z_\x80-\uffff][\w\x80-\uffff]*(\\[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)*$/.test(text)
      ? text
      : null
  }
  return null
}

/** A root facade alias → its facade FQN; any other name unchanged. */
export function canonicalLaravelClass(fqn: string): string {
  if (!fqn.includes('\\')) {
    if (LARAVEL_FACADE_ALIASES.has(fqn)) return `${FACADE_NAMESPACE}\\${fqn}`
    // Not a default alias, but apps commonly register it next to them; a global class `Env`
    // that is not Laravel's is unlikely.
    if (fqn === 'Env') return FQN.env
  }
  return fqn
}

/** Case-insensitive FQN comparison (PHP class and function names are case-insensitive). */
export function sameName(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.replace(/^\\/, '').toLowerCase() === b.replace(/^\\/, '').toLowerCase()
}

function newScope(name: string, start: number, end: number): NamespaceScope {
  return {
    name,
    classImports: new Map(),
    functionImports: new Map(),
    declaredFunctions: new Set(),
    start,
    end
  }
}

function namespaceScope(node: NamespaceNode): NamespaceScope {
  const start = node.loc?.start.offset ?? 0
  const end = node.loc?.end.offset ?? Number.MAX_SAFE_INTEGER
  // An unbraced namespace runs to the next namespace statement; php-parser already nests the
  // statements under it, and its loc covers them. `+ 1` keeps a zero-width end inclusive.
  // `namespace { … }` (the global namespace in braces) has no name.
  const name = typeof node.name === 'string' ? node.name.replace(/^\\/, '') : ''
  return newScope(name, start, Math.max(end, start + 1))
}

function addImports(scope: NamespaceScope, group: UseGroupNode): void {
  const prefix = group.name ? group.name.replace(/^\\/, '').replace(/\\$/, '') + '\\' : ''
  for (const item of group.items) {
    const type = item.type ?? group.type
    const fqn = prefix + item.name.replace(/^\\/, '')
    const alias = item.alias?.name ?? fqn.slice(fqn.lastIndexOf('\\') + 1)
    if (type === 'function') scope.functionImports.set(alias.toLowerCase(), fqn)
    else if (type !== 'const') scope.classImports.set(alias.toLowerCase(), fqn)
  }
}

function join(namespace: string, name: string): string {
  return namespace === '' ? name : `${namespace}\\${name}`
}

function resolveClassName(written: string, resolution: string, scope: NamespaceScope): string {
  if (resolution === 'fqn' || written.startsWith('\\')) return written.replace(/^\\/, '')
  if (resolution === 'rn') return join(scope.name, written.replace(/^namespace\\/i, ''))
  const slash = written.indexOf('\\')
  const first = slash === -1 ? written : written.slice(0, slash)
  const imported = scope.classImports.get(first.toLowerCase())
  if (imported !== undefined) return slash === -1 ? imported : imported + written.slice(slash)
  return join(scope.name, written)
}

function resolveFunctionName(node: NameNode, scope: NamespaceScope): string {
  const written = node.name
  if (node.resolution === 'fqn' || written.startsWith('\\')) return written.replace(/^\\/, '')
  // `namespace\env()` names the current namespace's function; in the global namespace that is
  // the global function itself.
  if (node.resolution === 'rn') return join(scope.name, written.replace(/^namespace\\/i, ''))
  if (written.includes('\\')) {
    // Qualified `Foo\env()`: the first segment goes through the class/namespace imports.
    return resolveClassName(written, 'qn', scope)
  }
  const lower = written.toLowerCase()
  const imported = scope.functionImports.get(lower)
  if (imported !== undefined) return imported
  if (scope.name !== '' && scope.declaredFunctions.has(lower)) return join(scope.name, written)
  return written
}
