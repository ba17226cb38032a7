// What a variable is: its declared type (from parameter type hints) and its last assigned value.
// Deliberately syntactic: a type comes from a type declaration, never from a variable's name.
import {
  isFunctionLike,
  isKind,
  isNode,
  type AssignNode,
  type ClassLikeNode,
  type FunctionLikeNode,
  type PhpNode,
  type VariableNode
} from './nodes.js'
import { sameName, type NameResolver } from './names.js'
import { walk } from './walk.js'

/** The variable's name without `$`, null for `$$x` / `${expr}`. */
export function variableName(node: PhpNode | null | undefined): string | null {
  return isKind(node, 'variable') && typeof node.name === 'string' ? node.name : null
}

export interface VariableDeclaration {
  /** The function-like node whose parameter declares the variable. */
  owner: FunctionLikeNode
  parameter: PhpNode
  /** Class FQNs of the declared type, imports and root facade aliases resolved; builtins left out. */
  types: string[]
}

/**
 * Where a variable comes from in its scope, walking outwards the way PHP captures: a parameter of
 * the innermost function; through a closure's `use ($x)` to the enclosing function; through arrow
 * functions (which capture automatically). `$this` is typed by the enclosing class. Null when the
 * variable is not a parameter (a local, a global, or assigned from something we do not follow).
 */
export function variableDeclaration(
  variable: VariableNode,
  ancestors: readonly PhpNode[],
  resolver: NameResolver
): VariableDeclaration | null {
  const name = variableName(variable)
  if (name === null || name === 'this') return null
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const scope = ancestors[i]
    if (!isFunctionLike(scope)) continue
    // Defaults and attribute arguments of a parameter are evaluated outside the function.
    if (isInsideParameters(scope, ancestors[i + 1] ?? variable)) continue
    const parameter = scope.arguments.find((param) => param.name?.name === name)
    if (parameter) return { owner: scope, parameter, types: resolver.typeNames(parameter.type) }
    if (scope.kind === 'arrowfunc') continue
    if (scope.kind === 'closure' && (scope.uses ?? []).some((used) => variableName(used) === name)) continue
    return null
  }
  return null
}

/** Class FQNs of a variable's declared type ([] when unknown). `$this` gives the enclosing class. */
export function variableTypes(
  variable: VariableNode,
  ancestors: readonly PhpNode[],
  resolver: NameResolver
): string[] {
  if (variableName(variable) === 'this') {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const node = ancestors[i]
      if (isKind(node, 'class') || isKind(node, 'trait') || isKind(node, 'enum')) {
        const cls = node as ClassLikeNode
        if (!cls.name) return []
        const ns = resolver.scopeAt(node).name
        return [ns === '' ? cls.name.name : `${ns}\\${cls.name.name}`]
      }
    }
    return []
  }
  return variableDeclaration(variable, ancestors, resolver)?.types ?? []
}

/** True when the variable's declared type includes `fqn` (case-insensitive). */
export function variableHasType(
  variable: VariableNode,
  ancestors: readonly PhpNode[],
  resolver: NameResolver,
  fqn: string
): boolean {
  return variableTypes(variable, ancestors, resolver).some((type) => sameName(type, fqn))
}

/**
 * The right-hand side of the last plain assignment `$name = expr` to this variable before it is
 * used, in the same function body (nested functions and classes are other scopes). Textual, not
 * flow-sensitive: in `if (...) { $p = a(); } else { $p = b(); }` it returns `b()`.
 */
export function assignedValue(variable: VariableNode, ancestors: readonly PhpNode[]): PhpNode | null {
  const name = variableName(variable)
  const useOffset = variable.loc?.start.offset
  if (name === null || useOffset === undefined) return null
  let scope: PhpNode | undefined
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]
    if (isFunctionLike(node) && node.kind !== 'arrowfunc') {
      scope = node.body ?? undefined
      break
    }
  }
  scope ??= ancestors[0]
  if (!isNode(scope)) return null
  let found: AssignNode | null = null
  const root = scope
  walk(root, (node) => {
    if (node !== root && (isFunctionLike(node) || isClassLike(node))) return 'skip'
    if (
      isKind(node, 'assign') &&
      node.operator === '=' &&
      variableName(node.left) === name &&
      node.left !== variable &&
      (node.loc?.end.offset ?? Infinity) <= useOffset
    ) {
      found = node
    }
  })
  return found === null ? null : (found as AssignNode).right
}

/**
 * Follows a variable through its last plain assignments (`$b = expr; $a = $b;`, up to `maxHops`)
 * to the expression it holds, also out of closures that capture it with `use ($a)`. A node that is
 * not a variable comes back as is; null when a variable's value is not visible here (a parameter,
 * a global, a foreach value, `$$x`).
 */
export function traceValue(
  expr: PhpNode | null | undefined,
  ancestors: readonly PhpNode[],
  maxHops = 5
): PhpNode | null {
  let current: PhpNode | null | undefined = expr
  for (let hops = 0; isNode(current); hops++) {
    if (!isKind(current, 'variable')) return current
    if (hops >= maxHops) return null
    current = assignedValue(current, ancestors) ?? assignedValue(current, capturingScope(current, ancestors))
  }
  return null
}

/**
 * The ancestors to look up a variable in when the innermost closure captures it by `use ($x)`:
 * everything outside that closure. Otherwise the ancestors unchanged (assignedValue then finds
 * nothing new).
 */
function capturingScope(variable: VariableNode, ancestors: readonly PhpNode[]): readonly PhpNode[] {
  const name = variableName(variable)
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]
    if (!isFunctionLike(node) || node.kind === 'arrowfunc') continue
    const captured = node.kind === 'closure' && (node.uses ?? []).some((used) => variableName(used) === name)
    return captured ? ancestors.slice(0, i) : ancestors
  }
  return ancestors
}

/**
 * The collection a loop variable iterates: for a use of `$photo` inside
 * `foreach ($request->file('photos') as $photo) { … }` the `$request->file('photos')` node. Only
 * the innermost loop of the same function that binds the name as its value counts, and not when
 * the body assigns the variable before this use. Null otherwise.
 */
export function foreachSource(variable: VariableNode, ancestors: readonly PhpNode[]): PhpNode | null {
  const name = variableName(variable)
  if (name === null) return null
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]
    if (isFunctionLike(node) && node.kind !== 'arrowfunc') return null
    if (!isKind(node, 'foreach')) continue
    const loop = node
    if (variableName(loop.value) !== name) continue
    // A use in the loop's own source expression sees the outer variable, not the element.
    if (ancestors[i + 1] !== loop.body) return null
    const reassigned = assignedValue(variable, ancestors)
    const bodyStart = loop.body?.loc?.start.offset
    if (reassigned && bodyStart !== undefined && (reassigned.loc?.start.offset ?? -1) >= bodyStart)
      return null
    return loop.source
  }
  return null
}

/** The innermost class, trait or enum around a node (anonymous classes included), null outside classes. */
export function enclosingClass(ancestors: readonly PhpNode[]): ClassLikeNode | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]
    if (isKind(node, 'class') || isKind(node, 'trait') || isKind(node, 'enum')) return node
  }
  return null
}

/** Class FQNs of the traits the enclosing class uses directly (`use WithFileUploads;`), imports resolved. */
export function enclosingClassTraits(ancestors: readonly PhpNode[], resolver: NameResolver): string[] {
  const cls = enclosingClass(ancestors)
  if (!cls) return []
  const out: string[] = []
  for (const member of cls.body) {
    if (!isKind(member, 'traituse')) continue
    for (const trait of member.traits) {
      const fqn = resolver.resolveClass(trait)
      if (fqn !== null) out.push(fqn)
    }
  }
  return out
}

export interface PropertyDeclaration {
  /** The `property` node, or the promoted constructor `parameter`. */
  node: PhpNode
  /** Class FQNs of the declared type ([] when untyped or builtin). */
  types: string[]
  /** False for an untyped property (`public $photo;`). */
  typed: boolean
}

/**
 * Where `$this->name` is declared in the enclosing class: a property statement or a promoted
 * constructor parameter (`private Repo $repo`). Null when `lookup` is not `$this->name` or the
 * class itself does not declare it (it may come from a parent or a trait).
 */
export function thisPropertyDeclaration(
  lookup: PhpNode,
  ancestors: readonly PhpNode[],
  resolver: NameResolver
): PropertyDeclaration | null {
  if (!(isKind(lookup, 'propertylookup') || isKind(lookup, 'nullsafepropertylookup'))) return null
  if (variableName(lookup.what) !== 'this' || !isKind(lookup.offset, 'identifier')) return null
  const name = lookup.offset.name
  const cls = enclosingClass(ancestors)
  if (!cls) return null
  for (const member of cls.body) {
    if (isKind(member, 'propertystatement')) {
      for (const property of member.properties) {
        const propName = typeof property.name === 'string' ? property.name : property.name.name
        if (propName === name) {
          return { node: property, types: resolver.typeNames(property.type), typed: property.type !== null }
        }
      }
    } else if (isKind(member, 'method') && nameOf(member) === '__construct') {
      for (const param of member.arguments) {
        if (param.flags && param.name?.name === name) {
          return { node: param, types: resolver.typeNames(param.type), typed: param.type !== null }
        }
      }
    }
  }
  return null
}

function nameOf(fn: FunctionLikeNode): string | null {
  const name = typeof fn.name === 'string' ? fn.name : fn.name?.name
  return name === undefined ? null : name.toLowerCase()
}

function isClassLike(node: PhpNode): boolean {
  return node.kind === 'class' || node.kind === 'interface' || node.kind === 'trait' || node.kind === 'enum'
}

function isInsideParameters(fn: FunctionLikeNode, child: PhpNode): boolean {
  return fn.arguments.includes(child as never)
}
