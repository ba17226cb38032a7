// The default cache store keeps its data on one server. `failover` (12+) and `session` stores are
// not judged: the model does not say which stores they delegate to, so we stay silent.
import type { ProjectRule } from './types.js'
import { decide, exampleOnlyNote, fixSetting, localCacheStoreVerdict, reportAt } from './local-drivers.js'

export const cacheStoreLocal: ProjectRule = {
  meta: {
    id: 'cache-store-local',
    level: 'project',
    defaultSeverity: 'warning',
    summary:
      'The default cache store keeps data on one server (file, apc, array, octane, storage on a local disk, or database on a sqlite file).',
    help:
      'A file, apc, octane or array cache (or storage on a local disk, or database on a sqlite file) is separate on ' +
      'every server: a value cached or forgotten on one server is stale on the others, cache:clear clears one ' +
      'server, and Cache::lock(), rate limiters and unique jobs lock only the server that took them. Use ' +
      'CACHE_STORE=redis (CACHE_DRIVER before Laravel 11), memcached or dynamodb, or database on a shared server.'
  },
  check(project) {
    const store = project.defaultCacheStore()
    const verdict = localCacheStoreVerdict(store)
    if (verdict === null) return []
    // The store name is what the operator picks (CACHE_STORE / CACHE_DRIVER); its driver is config.
    const decision = decide(project, store.name)
    const fallbackKey =
      project.frameworkMajor !== null && project.frameworkMajor < 11 ? 'CACHE_DRIVER' : 'CACHE_STORE'
    const name = store.name.value ?? '?'
    const consequence =
      verdict.kind === 'ephemeral'
        ? 'Every request starts with an empty cache, and locks and rate limits protect nothing.'
        : 'Each server sees its own cached values, cache:clear reaches one server, and cache locks and rate limits hold on one server only.'
    const dbFix =
      verdict.driver === 'database'
        ? ', or point the connection at a server database (MySQL, PostgreSQL)'
        : ''
    const message =
      `${decision.where} selects the cache store '${name}', whose '${verdict.driver}' driver ${verdict.reason}` +
      `${exampleOnlyNote(project, decision, verdict.values)}. ${consequence} ` +
      `Fix: ${fixSetting(decision, fallbackKey, 'redis')} (or memcached/dynamodb, or database on a shared server)${dbFix}.`
    return [reportAt(decision, verdict.values, message, 'cache.default')]
  }
}
