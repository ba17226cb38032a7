// Does an expression build a path on the server's local disk?
import { concatParts, literalText } from './args.js'
import { isKind, type PhpNode } from './nodes.js'
import type { NameResolver } from './names.js'
import { assignedValue } from './variables.js'

export type LocalPathKind = 'storage_path' | 'public_path' | 'base_path' | 'storage-literal'

export interface LocalPathOrigin {
  kind: LocalPathKind
  /** The node that decided it: the helper call or the literal (possibly behind a variable). */
  node: PhpNode
}

/** Laravel's path helpers that return absolute paths on this server. */
export const LOCAL_PATH_HELPERS: readonly LocalPathKind[] = ['storage_path', 'public_path', 'base_path']

/** A URL or stream wrapper (`https://…`, `s3://…`, `php://stderr`), not a local file path. */
export function isUrlLike(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\/\//.test(text) || /^php:/i.test(text)
}

/**
 * A literal relative path into Laravel's storage directory: `storage/…`, `./storage/…`, or an
 * absolute path with a `/storage/` segment (`/var/www/app/storage/logs/x.log`). Not URLs.
 */
export function isStoragePathLiteral(text: string): boolean {
  if (isUrlLike(text)) return false
  return /^(\.\/)?storage(\/|$)/.test(text) || /^\/(?:[^/\s]+\/)*storage\//.test(text)
}

/**
 * Where a path expression points, judged by its leftmost part: `storage_path(…) . '/x'`,
 * `"{$x}"`-free interpolations like `public_path("uploads/{$id}")`, `base_path('storage/x')`, a
 * `'storage/…'` literal. With `ancestors`, a variable is followed to its last assignment in the
 * same function (up to a few hops). Null when the path is not (visibly) local.
 */
export function localPathOrigin(
  expr: PhpNode | null | undefined,
  resolver: NameResolver,
  ancestors?: readonly PhpNode[]
): LocalPathOrigin | null {
  let current: PhpNode | null | undefined = expr
  for (let hops = 0; current && hops < 5; hops++) {
    const first: PhpNode = concatParts(current)[0]
    const helper = resolver.globalFunctionName(first)
    if (helper !== null && (LOCAL_PATH_HELPERS as readonly string[]).includes(helper)) {
      return { kind: helper as LocalPathKind, node: first }
    }
    const text = literalText(first)
    if (text !== null) return isStoragePathLiteral(text) ? { kind: 'storage-literal', node: first } : null
    if (!ancestors || !isKind(first, 'variable')) return null
    current = assignedValue(first, ancestors)
  }
  return null
}
