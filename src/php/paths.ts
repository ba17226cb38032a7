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
  return leftmostOrigin(expr, ancestors, (first) => {
    const helper = resolver.globalFunctionName(first)
    if (helper !== null && (LOCAL_PATH_HELPERS as readonly string[]).includes(helper)) {
      return { kind: helper as LocalPathKind, node: first }
    }
    const text = literalText(first)
    if (text !== null) return isStoragePathLiteral(text) ? { kind: 'storage-literal', node: first } : null
    return undefined
  })
}

export type TempPathKind = 'sys_get_temp_dir' | 'tempnam' | 'tmpfile' | 'tmp-literal'

export interface TempPathOrigin {
  kind: TempPathKind
  node: PhpNode
}

/** PHP functions that return a path (or handle) in the system temp directory. */
export const TEMP_PATH_FUNCTIONS: readonly TempPathKind[] = ['sys_get_temp_dir', 'tempnam', 'tmpfile']

/** A literal in the system temp directory: `/tmp`, `/tmp/…`, `/var/tmp/…`. */
export function isTempPathLiteral(text: string): boolean {
  return /^\/(var\/)?tmp(\/|$)/.test(text)
}

/**
 * Where a path expression points when it is a temp file: `sys_get_temp_dir() . '/x'`,
 * `tempnam(sys_get_temp_dir(), 'x')` (not `tempnam(storage_path(), …)`, which creates its file in
 * storage), `tmpfile()`, a `/tmp/…` literal, or a variable assigned one of these (with
 * `ancestors`). Temp files live for one request or job, which is not server state.
 */
export function tempPathOrigin(
  expr: PhpNode | null | undefined,
  resolver: NameResolver,
  ancestors?: readonly PhpNode[]
): TempPathOrigin | null {
  return leftmostOrigin(expr, ancestors, (first) => {
    const fn = resolver.globalFunctionName(first)
    if (fn !== null && (TEMP_PATH_FUNCTIONS as readonly string[]).includes(fn)) {
      // tempnam($dir, …) creates its file in $dir: temp only when $dir is (or '' means) the temp dir.
      if (fn === 'tempnam' && isKind(first, 'call')) {
        const dir = first.arguments[0]
        const inTemp = literalText(dir) === '' || tempPathOrigin(dir, resolver, ancestors) !== null
        if (!inTemp) return null
      }
      return { kind: fn as TempPathKind, node: first }
    }
    const text = literalText(first)
    if (text !== null) return isTempPathLiteral(text) ? { kind: 'tmp-literal', node: first } : null
    return undefined
  })
}

/**
 * Judges the leftmost part of a path expression; `undefined` from `judge` means "not decided
 * here", and a variable is then followed to its last assignment (a few hops, with `ancestors`).
 */
function leftmostOrigin<T>(
  expr: PhpNode | null | undefined,
  ancestors: readonly PhpNode[] | undefined,
  judge: (first: PhpNode) => T | null | undefined
): T | null {
  let current: PhpNode | null | undefined = expr
  for (let hops = 0; current && hops < 5; hops++) {
    const first: PhpNode = concatParts(current)[0]
    const verdict = judge(first)
    if (verdict !== undefined) return verdict
    if (!ancestors || !isKind(first, 'variable')) return null
    current = assignedValue(first, ancestors)
  }
  return null
}
