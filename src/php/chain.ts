// Method chains: `A::b(x)->c(y)->d()` nests as call(lookup(call(lookup(call(lookup(A, b)), c)), d)).
// Rules want it flat: a root (`A`, `$schedule`, `cache()`) and the ordered calls made on it.
import { isKind, isMemberLookup, memberName, type CallNode, type LookupNode, type PhpNode } from './nodes.js'

export interface ChainLink {
  /** The method name, null when it is dynamic (`->{$m}()`). */
  name: string | null
  args: PhpNode[]
  /** The call node of this link; its span runs from the chain's root to this call's `)`. */
  call: CallNode
  lookup: LookupNode
  /** `::` (static call or facade) rather than `->` / `?->`. */
  isStatic: boolean
}

export interface CallChain {
  /**
   * What the first method is called on: a `name` (static class), `variable`, a function `call`
   * (`cache()`, `request()`), `new`, a property fetch (`$this->schedule`), `selfreference`, ...
   */
  root: PhpNode
  /** Calls in source order: for `Schedule::command('x')->daily()` → command, daily. */
  links: ChainLink[]
  /** The outermost call node (the last link's call), spanning the whole chain. */
  outer: CallNode
}

/** A method call (`$a->b()`, `A::b()`, `$a?->b()`); false for function calls like `env()`. */
export function isMethodCall(node: PhpNode | null | undefined): node is CallNode & { what: LookupNode } {
  return isKind(node, 'call') && isMemberLookup(node.what)
}

/**
 * Flattens the chain that ends at `outer`. Only calls are links: a property fetch in the middle
 * (`$this->schedule->command()`) becomes part of the root. Null when `outer` is not a method call.
 */
export function flattenChain(outer: PhpNode): CallChain | null {
  if (!isMethodCall(outer)) return null
  const links: ChainLink[] = []
  let current: PhpNode = outer
  while (isMethodCall(current)) {
    const lookup: LookupNode = current.what
    links.push({
      name: memberName(lookup),
      args: current.arguments,
      call: current,
      lookup,
      isStatic: lookup.kind === 'staticlookup'
    })
    current = lookup.what
  }
  links.reverse()
  return { root: current, links, outer }
}

/**
 * The outermost call of the chain that `call` is part of, given `call`'s ancestors (root first,
 * parent last, as WalkContext.ancestors or ParentIndex.ancestors give them).
 */
export function outermostCall(call: CallNode, ancestors: readonly PhpNode[]): CallNode {
  let outer: CallNode = call
  for (let i = ancestors.length - 1; i >= 1; i -= 2) {
    const lookup = ancestors[i]
    const next = ancestors[i - 1]
    if (!isMemberLookup(lookup) || lookup.what !== outer) break
    if (!isKind(next, 'call') || next.what !== lookup) break
    outer = next
  }
  return outer
}

/** The whole chain `call` belongs to (e.g. from the inner `command()` call to `->daily()`). */
export function enclosingChain(call: CallNode, ancestors: readonly PhpNode[]): CallChain | null {
  return flattenChain(outermostCall(call, ancestors))
}

/** The index of the link whose call node is `call`, -1 when it is not in the chain. */
export function linkIndex(chain: CallChain, call: CallNode): number {
  return chain.links.findIndex((link) => link.call === call)
}

/** True when any link (optionally only from index `from` on) calls one of the methods (case-insensitive). */
export function chainHas(chain: CallChain, methods: string | readonly string[], from = 0): boolean {
  const wanted = (typeof methods === 'string' ? [methods] : methods).map((m) => m.toLowerCase())
  return chain.links
    .slice(from)
    .some((link) => link.name !== null && wanted.includes(link.name.toLowerCase()))
}
