// Call arguments and literal values.
import { isKind, isNode, type ArrayNode, type PhpNode } from './nodes.js'

interface WithArguments extends PhpNode {
  arguments: PhpNode[]
}

/**
 * The argument for parameter `position` (0-based) or, when given, the named argument `name`
 * (`store('a', disk: 's3')`). A named argument wins. Null when absent, or when a spread
 * (`...$args`) before it makes the position unknowable.
 */
export function argument(call: WithArguments, position: number, name?: string): PhpNode | null {
  if (name !== undefined) {
    const named = namedArgument(call, name)
    if (named) return named
  }
  let index = 0
  for (const arg of call.arguments) {
    if (isKind(arg, 'namedargument')) break
    if (isKind(arg, 'variadic')) return null
    if (index === position) return arg
    index++
  }
  return null
}

/** The value of the named argument `name:` (parameter names are case-sensitive in PHP). */
export function namedArgument(call: WithArguments, name: string): PhpNode | null {
  for (const arg of call.arguments) {
    if (isKind(arg, 'namedargument') && arg.name === name) return arg.value
  }
  return null
}

/** The positional arguments before the first named argument or spread. */
export function positionalArguments(call: WithArguments): PhpNode[] {
  const out: PhpNode[] = []
  for (const arg of call.arguments) {
    if (isKind(arg, 'namedargument') || isKind(arg, 'variadic')) break
    out.push(arg)
  }
  return out
}

/** True when the call spreads arguments (`f(...$args)`), so positions after it are unknown. */
export function hasSpread(call: WithArguments): boolean {
  return call.arguments.some((arg) => isKind(arg, 'variadic'))
}

/**
 * The leaves of a string expression, left to right: the operands of `.` chains and the parts of
 * interpolated strings / heredocs. Iterative, because generated code can chain thousands of `.`.
 */
export function concatParts(expr: PhpNode): PhpNode[] {
  const out: PhpNode[] = []
  const stack: PhpNode[] = [expr]
  while (stack.length > 0) {
    const node = stack.pop() as PhpNode
    if (isKind(node, 'bin') && node.type === '.') {
      stack.push(node.right, node.left)
    } else if (isKind(node, 'encapsed') && node.type !== 'shell') {
      for (let i = node.value.length - 1; i >= 0; i--) stack.push(node.value[i].expression)
    } else {
      out.push(node)
    }
  }
  return out
}

/** The text of a plain literal leaf: a string, a nowdoc, a number. Null for anything dynamic. */
export function literalText(node: PhpNode | null | undefined): string | null {
  if (isKind(node, 'string') || isKind(node, 'nowdoc')) return node.value
  if (isKind(node, 'number')) return node.value
  return null
}

/**
 * The string an expression always evaluates to, when it is made of literals only: `'a'`, a
 * nowdoc, a heredoc or `"..."` without interpolation, `'a' . 'b'`. Null otherwise.
 */
export function stringValue(node: PhpNode | null | undefined): string | null {
  if (!isNode(node)) return null
  if (isKind(node, 'string') || isKind(node, 'nowdoc')) return node.value
  if (!(isKind(node, 'bin') && node.type === '.') && !isKind(node, 'encapsed')) return null
  let text = ''
  for (const part of concatParts(node)) {
    const value = literalText(part)
    if (value === null) return null
    text += value
  }
  return text
}

/** The `null` constant (any case). */
export function isNullLiteral(node: PhpNode | null | undefined): boolean {
  if (isKind(node, 'nullkeyword')) return true
  return isKind(node, 'name') && node.resolution === 'uqn' && node.name.toLowerCase() === 'null'
}

/** The key of an array entry as a string (`'disk' =>` → `disk`, `0 =>` → `0`), null when dynamic or absent. */
export function entryKey(entry: PhpNode): string | null {
  if (!isKind(entry, 'entry') || !entry.key) return null
  return stringValue(entry.key) ?? literalText(entry.key)
}

/**
 * The value under a literal key in an array literal (`['disk' => 's3']` → the `'s3'` node). PHP
 * keeps the last duplicate key, so the last match wins. Null when the node is not an array
 * literal or the key is not there.
 */
export function arrayValue(array: PhpNode | null | undefined, key: string): PhpNode | null {
  if (!isKind(array, 'array')) return null
  let found: PhpNode | null = null
  for (const item of array.items) {
    if (isKind(item, 'entry') && entryKey(item) === key) found = item.value
  }
  return found
}

/** The string value under a key of an array literal, when it is a literal. */
export function arrayString(array: PhpNode | null | undefined, key: string): string | null {
  return stringValue(arrayValue(array, key))
}

/** True when the array literal has an entry that spreads another array (`[...$x]`), so keys may hide there. */
export function arrayHasSpread(array: ArrayNode): boolean {
  return array.items.some((item) => (isKind(item, 'entry') && item.unpack) || isKind(item, 'variadic'))
}
