// Code that picks a cache store by name (`Cache::store('file')`, `Cache::driver(…)`, `Cache::memo(…)`,
// `cache()->store(…)`, `app('cache')->store(…)`) whose driver resolves to one that keeps data on one
// server, as cache-store-local judges the default store: file, apc, octane, `storage` on a local disk,
// `database` on a sqlite file. `array` (per-request memoisation) never fires; neither does a call
// without a name, with null or with config('cache.default') (that is the default store, which
// cache-store-local reports).
import type { RuleReport } from '../engine/types.js'
import {
  argument,
  callSpan,
  chainHas,
  enclosingChain,
  isKind,
  isMethodCall,
  isNullLiteral,
  memberName,
  NameResolver,
  stringValue,
  traceValue,
  walk,
  type CallNode,
  type PhpNode
} from '../php/ast.js'
import type { SourceFile } from '../php/source.js'
import { decide, evidenceFor, exampleOnlyNote, localCacheStoreVerdict } from './local-drivers.js'
import { isConfigRead, placeOf, snippet } from './storage-local-write.js'
import {
  allOf,
  anyOf,
  call,
  CONTAINER_CALL,
  exact,
  methodOnClassOrCall,
  methods,
  pattern
} from './triggers.js'
import type { CodeContext, CodeRule } from './types.js'

const ID = 'cache-store-explicit-local'

/** CacheManager methods that select a store, with their parameter name. */
const SELECTORS: ReadonlyMap<string, string> = new Map([
  ['store', 'name'],
  ['driver', 'driver'],
  ['memo', 'driver']
])

export const cacheStoreExplicitLocal: CodeRule = {
  meta: {
    id: ID,
    level: 'code',
    defaultSeverity: 'warning',
    summary:
      "Selects a cache store by name whose driver keeps data on one server (Cache::store('file'), apc, octane).",
    help:
      "Cache::store('file'), Cache::driver('apc') and cache()->store('octane') use a store that lives on each " +
      'server separately: a value cached on one server is missing or stale on the others, cache:clear and ' +
      'Cache::forget() reach one server only, and locks taken through the store lock that server only. Use a ' +
      "shared store (redis, memcached, database on a server database, dynamodb). Cache::store('array') is " +
      'per-request memoisation and is never reported.'
  },
  // A store selector called on the Cache facade (facadeName() matches `Cache` as written), cache(),
  // or app('cache') / resolve('cache') (whose string may be concatenated): always on a class name
  // or a call, never on a variable (isCacheManager).
  triggers: allOf(
    methods(...SELECTORS.keys()),
    methodOnClassOrCall(...SELECTORS.keys()),
    anyOf(pattern(exact('Cache')), call('cache'), CONTAINER_CALL)
  ),
  anchors: methods(...SELECTORS.keys()),
  check(file, context) {
    const reports: RuleReport[] = []
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    walk(program, (node, walkContext) => {
      if (!isKind(node, 'call')) return
      const report = storeSelection(file, context, resolver, node, walkContext.ancestors)
      if (report) reports.push(report)
    })
    return reports
  }
}

/** The Cache facade, `cache()` or `app('cache')` / `resolve('cache')`. */
function isCacheManager(receiver: PhpNode, isStatic: boolean, resolver: NameResolver): boolean {
  if (isStatic) return resolver.facadeName(receiver) === 'Cache'
  if (!isKind(receiver, 'call')) return false
  if (resolver.isGlobalFunctionCall(receiver, 'cache')) return receiver.arguments.length === 0
  return (
    resolver.isGlobalFunctionCall(receiver, ['app', 'resolve']) &&
    receiver.arguments.length === 1 &&
    stringValue(receiver.arguments[0]) === 'cache'
  )
}

function storeSelection(
  file: SourceFile,
  context: CodeContext,
  resolver: NameResolver,
  call: CallNode,
  ancestors: readonly PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call)) return null
  const method = (memberName(call.what) ?? '').toLowerCase()
  const parameter = SELECTORS.get(method)
  if (parameter === undefined) return null
  if (!isCacheManager(call.what.what, call.what.kind === 'staticlookup', resolver)) return null
  const arg = call.arguments.find((a) => isKind(a, 'variadic')) ?? argument(call, 0, parameter)
  if (arg === null) return null // the default store: cache-store-local's finding
  const scope = [...ancestors, call]
  const value = traceValue(arg, scope)
  // null and config('cache.default') are the default store too.
  if (isNullLiteral(value) || isConfigRead(value, resolver, 'cache.default')) return null
  const name = value === null ? null : stringValue(value)
  const span = callSpan(call)
  const what = snippet(file.text, call)
  const key = `cache-store:${name ?? snippet(file.text, arg)}`
  const unresolved = (why: string, evidence: RuleReport['evidence'] = []): RuleReport => ({
    path: file.path,
    span,
    severity: 'notice',
    message:
      `${what} selects a cache store that could not be resolved: ${why}. If its driver is file, apc or octane, ` +
      'each server keeps its own copy of the cached data. Use a literal name of a shared store (such as redis), ' +
      'or suppress this finding with the reason it is safe.',
    evidence,
    fingerprintKey: key
  })
  if (name === null)
    return unresolved(`the store is given as ${snippet(file.text, arg)}, which is not a literal store name`)
  // `array` is deliberate per-request memoisation, whatever the model says about it.
  const project = context.project
  if (project === null) {
    return name === 'array'
      ? null
      : unresolved(`this file is outside every Laravel app found, so the store '${name}' is unknown`)
  }
  const store = project.cacheStore(name)
  if (store === null) {
    return name === 'array'
      ? null
      : unresolved(`no cache store named '${name}' is defined in the app's cache config`)
  }
  if (store.driver.value === null) {
    return unresolved(
      `the driver of the cache store '${name}' could not be resolved (${decide(project, store.driver).where})`,
      [...store.name.evidence, ...store.driver.evidence]
    )
  }
  const verdict = localCacheStoreVerdict(store)
  if (verdict === null || verdict.kind === 'ephemeral') return null
  const decision = decide(project, store.driver)
  const chain = enclosingChain(call, ancestors)
  const locks =
    chain !== null && chainHas(chain, ['lock', 'restoreLock'])
      ? '; the lock taken here locks this server only, so two servers can hold it at once'
      : ''
  return {
    path: file.path,
    span,
    message:
      `${what} uses the cache store '${name}' (driver ${verdict.driver} ${placeOf(decision)}), which ` +
      `${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}: a value cached on one server is ` +
      `missing or stale on the others, and cache:clear or Cache::forget() reach one server only${locks}. Use a ` +
      "shared store such as redis, memcached or dynamodb (Cache::store('redis')), or give the store " +
      `'${name}' a shared driver.`,
    evidence: evidenceFor({ path: file.path, ...span }, verdict.values),
    fingerprintKey: key
  }
}
