// Iterative AST traversal. php-parser trees can be thousands of levels deep (long `.` chains,
// generated code), so nothing here recurses: an explicit stack keeps us off the JS call stack.
import { isKind, isNode, type CallNode, type PhpNode } from './nodes.js'

/** Keys that hold metadata, not child nodes. Comments are reached through SourceFile.comments. */
const NON_CHILD_KEYS = new Set([
  'kind',
  'loc',
  'leadingComments',
  'trailingComments',
  'errors',
  'comments',
  'tokens'
])

export interface ChildRef {
  /** The property of the parent that holds the child (`what`, `arguments`, `body`, ...). */
  key: string
  node: PhpNode
}

/** Direct children of a node, in property order (which follows source order for php-parser nodes). */
export function childrenOf(node: PhpNode): ChildRef[] {
  const out: ChildRef[] = []
  const record = node as unknown as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (NON_CHILD_KEYS.has(key)) continue
    const value = record[key]
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push({ key, node: item })
    } else if (isNode(value)) {
      out.push({ key, node: value })
    }
  }
  return out
}

/**
 * Pushes the direct children of `node` onto `stack` in reverse order (childrenOf's order once
 * popped), without building ChildRef objects: for the traversals every parse runs.
 */
export function pushChildrenReversed(node: PhpNode, stack: unknown[]): void {
  const record = node as unknown as Record<string, unknown>
  const keys = Object.keys(record)
  for (let k = keys.length - 1; k >= 0; k--) {
    if (NON_CHILD_KEYS.has(keys[k])) continue
    const value = record[keys[k]]
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i])
    } else if (isNode(value)) {
      stack.push(value)
    }
  }
}

/** The first direct child, in childrenOf's order, that satisfies `test`; without building the list. */
export function firstChildWhere(node: PhpNode, test: (child: PhpNode) => boolean): PhpNode | undefined {
  const record = node as unknown as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (NON_CHILD_KEYS.has(key)) continue
    const value = record[key]
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && test(item)) return item
    } else if (isNode(value) && test(value)) {
      return value
    }
  }
  return undefined
}

export interface WalkContext {
  /** The parent node, null for the root. */
  parent: PhpNode | null
  /** The parent's property that holds this node, null for the root. */
  key: string | null
  /**
   * Ancestors, root first, parent last. A live view that is only valid during the callback:
   * copy it with `slice()` to keep it.
   */
  ancestors: readonly PhpNode[]
}

/** Return 'skip' from enter to leave the node's subtree out. */
export type VisitResult = void | 'skip'

export interface Visitor {
  enter?(node: PhpNode, context: WalkContext): VisitResult
  /** Called after the node's subtree (also when enter returned 'skip'). */
  leave?(node: PhpNode, context: WalkContext): void
}

interface Frame {
  node: PhpNode
  key: string | null
  exit: boolean
}

/** Depth-first, pre-order walk with parent and ancestor access, without recursion. */
export function walk(
  root: PhpNode,
  visitor: Visitor | ((node: PhpNode, context: WalkContext) => VisitResult)
): void {
  const enter = typeof visitor === 'function' ? visitor : visitor.enter?.bind(visitor)
  const leave = typeof visitor === 'function' ? undefined : visitor.leave?.bind(visitor)
  const path: PhpNode[] = []
  const stack: Frame[] = [{ node: root, key: null, exit: false }]
  const context: WalkContext = { parent: null, key: null, ancestors: path }
  // A node object reachable twice (php-parser shares none today) would be walked twice; a cycle
  // would loop forever, so guard against re-entering a node that is on the current path.
  const onPath = new Set<PhpNode>()
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if (frame.exit) {
      path.pop()
      onPath.delete(frame.node)
      if (leave) {
        context.parent = path.length > 0 ? path[path.length - 1] : null
        context.key = frame.key
        leave(frame.node, context)
      }
      continue
    }
    if (onPath.has(frame.node)) continue
    context.parent = path.length > 0 ? path[path.length - 1] : null
    context.key = frame.key
    const result = enter ? enter(frame.node, context) : undefined
    if (result === 'skip') {
      if (leave) leave(frame.node, context)
      continue
    }
    path.push(frame.node)
    onPath.add(frame.node)
    stack.push({ node: frame.node, key: frame.key, exit: true })
    const children = childrenOf(frame.node)
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i].node, key: children[i].key, exit: false })
    }
  }
}

/**
 * What `visit` returns for each call of the subtree, in walk order (nulls dropped). `ancestors`
 * ends with the call itself: the shape most rules ask their helpers for.
 */
export function collectOnCalls<T>(
  root: PhpNode,
  visit: (call: CallNode, ancestors: PhpNode[]) => T | null
): T[] {
  const out: T[] = []
  walk(root, (node, context) => {
    if (!isKind(node, 'call')) return
    const value = visit(node, [...context.ancestors, node])
    if (value !== null) out.push(value)
  })
  return out
}

/** Every node of the subtree (root included) that satisfies the predicate, in walk order. */
export function findAll<T extends PhpNode>(root: PhpNode, predicate: (node: PhpNode) => node is T): T[]
export function findAll(root: PhpNode, predicate: (node: PhpNode) => boolean): PhpNode[]
export function findAll(root: PhpNode, predicate: (node: PhpNode) => boolean): PhpNode[] {
  const out: PhpNode[] = []
  walk(root, (node) => {
    if (predicate(node)) out.push(node)
  })
  return out
}

/** Parent links for a whole tree, for rules that find nodes first and look upwards later. */
export class ParentIndex {
  private readonly parents = new Map<PhpNode, { parent: PhpNode; key: string }>()

  constructor(root: PhpNode) {
    walk(root, (node, context) => {
      if (context.parent && context.key !== null)
        this.parents.set(node, { parent: context.parent, key: context.key })
    })
  }

  parent(node: PhpNode): PhpNode | null {
    return this.parents.get(node)?.parent ?? null
  }

  /** The parent's property holding the node, null for the root or an unknown node. */
  key(node: PhpNode): string | null {
    return this.parents.get(node)?.key ?? null
  }

  /** Ancestors root first, parent last (the same order as WalkContext.ancestors). */
  ancestors(node: PhpNode): PhpNode[] {
    const out: PhpNode[] = []
    let current = this.parent(node)
    while (current) {
      out.push(current)
      current = this.parent(current)
    }
    return out.reverse()
  }
}
