// onOneServer() / withoutOverlapping() take a lock in the scheduler's cache store. With a file,
// apc, array, octane (or sqlite-backed) store every server takes its own lock and nothing is
// prevented: FileStore and ArrayStore are LockProviders, so there is no error either.
import type { Evidence, RuleReport } from '../engine/types.js'
import type { LaravelProject } from '../laravel/types.js'
import {
  isKind,
  isMethodCall,
  memberName,
  spanOf,
  stringValue,
  walk,
  type CallNode,
  type PhpNode
} from '../php/ast.js'
import { parsePhpSource } from '../php/parse.js'
import type { ProjectRule } from './types.js'
import {
  decide,
  exampleOnlyNote,
  fixSetting,
  localCacheStoreVerdict,
  reportAt,
  type Decision
} from './local-drivers.js'

/** Where schedules are defined: the 10.x Kernel, and routes/console.php / bootstrap/app.php in 11+. */
export const SCHEDULE_FILES = ['app/Console/Kernel.php', 'routes/console.php', 'bootstrap/app.php']

const LOCK_METHODS = new Set(['ononeserver', 'withoutoverlapping'])

interface LockCall {
  path: string
  line: number
  method: string
}

interface UseCache {
  path: string
  call: CallNode
  /** The literal store name, null when the argument is not a literal. */
  store: string | null
}

interface ScheduleScan {
  locks: LockCall[]
  useCache: UseCache[]
}

function appPath(project: LaravelProject, rel: string): string {
  return project.root === '' ? rel : `${project.root}/${rel}`
}

/** Lock calls and useCache() calls in the app's schedule files, in file and source order. */
export function scanScheduleFiles(project: LaravelProject): ScheduleScan {
  const scan: ScheduleScan = { locks: [], useCache: [] }
  for (const rel of SCHEDULE_FILES) {
    const path = appPath(project, rel)
    const text = project.workspace.read(path)
    if (text === null) continue
    const file = parsePhpSource(path, text)
    walk(file.program as unknown as PhpNode, (node) => {
      if (!isMethodCall(node)) return
      const name = memberName(node.what)?.toLowerCase()
      if (name === undefined) return
      if (LOCK_METHODS.has(name)) {
        // The method name's own line: in a multi-line chain the call starts at its receiver.
        const at = node.what.offset ?? node.what
        scan.locks.push({ path, line: spanOf(at).line, method: memberName(node.what) as string })
      } else if (name === 'usecache') {
        const arg = node.arguments[0]
        const value = isKind(arg, 'namedargument') ? arg.value : arg
        scan.useCache.push({ path, call: node, store: stringValue(value) })
      }
    })
  }
  return scan
}

export const scheduleLockStoreLocal: ProjectRule = {
  meta: {
    id: 'schedule-lock-store-local',
    level: 'project',
    defaultSeverity: 'error',
    summary:
      "onOneServer() or withoutOverlapping() is used while the scheduler's cache store is local to each server, so the lock locks nothing.",
    help:
      "onOneServer() and withoutOverlapping() take an atomic lock in the scheduler's cache store " +
      '(Schedule::useCache(), else cache.schedule_store, SCHEDULE_CACHE_DRIVER / SCHEDULE_CACHE_STORE, else the ' +
      'default cache store). With a file, apc, array or octane store (or database on a sqlite file) each server ' +
      'takes its own lock, so the task still runs on every server, silently. Point the scheduler at a store all ' +
      "servers share: CACHE_STORE=redis, or Schedule::useCache('redis')."
  },
  check(project) {
    const scan = scanScheduleFiles(project)
    if (scan.locks.length === 0) return []
    // useCache() sets the store of the scheduler's mutexes: the last call wins. A non-literal
    // argument means we cannot know the store, so we stay silent.
    const useCache = scan.useCache.length > 0 ? scan.useCache[scan.useCache.length - 1] : null
    if (useCache !== null && useCache.store === null) return []
    const store = project.scheduleCacheStore(useCache?.store ?? undefined)
    const verdict = localCacheStoreVerdict(store)
    if (verdict === null) return []

    let decision: Decision
    let fix: string
    if (useCache !== null) {
      const span = spanOf(useCache.call)
      decision = {
        anchor: { path: useCache.path, ...span },
        envFile: null,
        envKey: null,
        where: `useCache('${useCache.store}') in ${useCache.path} line ${span.line}`
      }
      fix = "pass a shared store to useCache(), such as 'redis'"
    } else {
      decision = decide(project, store.name)
      const fallbackKey =
        project.frameworkMajor !== null && project.frameworkMajor < 11 ? 'CACHE_DRIVER' : 'CACHE_STORE'
      fix = `${fixSetting(decision, fallbackKey, 'redis')} (or another store every server shares), or call Schedule::useCache('redis')`
    }

    const lockEvidence: Evidence[] = scan.locks.map((l) => ({
      path: l.path,
      line: l.line,
      note: `${l.method}() takes its lock in the scheduler's cache store`
    }))
    const first = scan.locks[0]
    const count = scan.locks.length
    const uses =
      count === 1 ? `${first.method}() is used` : `onOneServer()/withoutOverlapping() are used ${count} times`
    const message =
      `${uses} in the schedule (${first.path} line ${first.line}), but ${decision.where} makes the scheduler's ` +
      `cache store '${store.name.value ?? '?'}', whose '${verdict.driver}' driver ${verdict.reason}` +
      `${exampleOnlyNote(project, decision, verdict.values)}. Each server takes its own lock, so the tasks still ` +
      `run on every server. Fix: ${fix}.`
    const report: RuleReport = reportAt(decision, verdict.values, message, 'schedule.cache_store')
    // The lock calls explain why the store matters: list them before the store's resolution.
    const seen = new Set([decision.anchor, ...report.evidence].map((e) => `${e.path}:${e.line}`))
    const locks = lockEvidence.filter((e) => {
      const key = `${e.path}:${e.line}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    report.evidence = [...locks, ...report.evidence]
    return [report]
  }
}
