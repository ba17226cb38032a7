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
    const parameter = scope.arguments.find((param) => param.name.name === name)
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

function isClassLike(node: PhpNode): boolean {
  return node.kind === 'class' || node.kind === 'interface' || node.kind === 'trait' || node.kind === 'enum'
}

function isInsideParameters(fn: FunctionLikeNode, child: PhpNode): boolean {
  return fn.arguments.includes(child as never)
}
