// Which resolved drivers keep state on one server, and how to explain a resolved value in a report.
// Shared by the project rules (resolved configuration) and the code rules (a disk or store named in
// code), so everything here works on the project model's types and plain strings only.
import type { Evidence, Severity, Span, RuleReport } from '../engine/types.js'
import type {
  Anchor,
  CacheStore,
  DatabaseConnection,
  FilesystemDisk,
  LaravelProject,
  LogTarget,
  QueueConnection,
  ResolvedValue,
  SessionSetting
} from '../laravel/types.js'

// ---------------------------------------------------------------------------------------------
// Driver names
// ---------------------------------------------------------------------------------------------

/**
 * Lower-cased, trimmed driver name; null for unknown or empty. Laravel's managers build method
 * names from the driver (`create{Driver}Driver`) and PHP method names are case-insensitive, so
 * `File` behaves like `file`.
 */
export function normaliseDriver(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const v = value.trim().toLowerCase()
  return v === '' ? null : v
}

/** Session drivers that keep sessions on one server (`native` is the file handler). */
export const LOCAL_SESSION_DRIVERS: readonly string[] = ['file', 'native', 'apc']
/** Session drivers where nothing outlives the request. */
export const EPHEMERAL_SESSION_DRIVERS: readonly string[] = ['array']
/** Cache drivers whose data lives on one server (or, for `array`, only in the current process). */
export const LOCAL_CACHE_DRIVERS: readonly string[] = ['file', 'apc', 'array', 'octane']
/** Queue drivers that run or drop jobs on the server that dispatched them (no shared queue). */
export const IN_PROCESS_QUEUE_DRIVERS: readonly string[] = ['sync', 'deferred', 'background', 'null']
/** Filesystem drivers that write to the server's own disk. */
export const LOCAL_DISK_DRIVERS: readonly string[] = ['local']
/** Log drivers that write a file (`monthly` is 13+). */
export const FILE_LOG_DRIVERS: readonly string[] = ['single', 'daily', 'monthly']
/** Monolog handlers that write to the stream or file given as their path. */
export const FILE_LOG_HANDLERS: readonly string[] = ['StreamHandler', 'RotatingFileHandler']

function has(list: readonly string[], driver: string | null | undefined): boolean {
  const d = normaliseDriver(driver)
  return d !== null && list.includes(d)
}

export function isLocalSessionDriver(driver: string | null | undefined): boolean {
  return has(LOCAL_SESSION_DRIVERS, driver) || has(EPHEMERAL_SESSION_DRIVERS, driver)
}

/** file/apc/array/octane. `storage` and `database` depend on their disk/connection: use localCacheStore. */
export function isLocalCacheDriver(driver: string | null | undefined): boolean {
  return has(LOCAL_CACHE_DRIVERS, driver)
}

export function isInProcessQueueDriver(driver: string | null | undefined): boolean {
  return has(IN_PROCESS_QUEUE_DRIVERS, driver)
}

export function isLocalDiskDriver(driver: string | null | undefined): boolean {
  return has(LOCAL_DISK_DRIVERS, driver)
}

export function isFileLogDriver(driver: string | null | undefined): boolean {
  return has(FILE_LOG_DRIVERS, driver)
}

/**
 * True for a monolog handler class written as `StreamHandler::class`, `\Monolog\Handler\StreamHandler`,
 * `'Monolog\\Handler\\RotatingFileHandler'` and the like.
 */
export function isFileLogHandler(handler: string | null | undefined): boolean {
  if (!handler) return false
  const bare = handler
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .replace(/::class$/i, '')
  const last = bare.split('\\').filter(Boolean).pop() ?? ''
  return FILE_LOG_HANDLERS.some((h) => h.toLowerCase() === last.toLowerCase())
}

/**
 * A log path that is a process stream, not a file on disk: `php://stderr`, `php://stdout` (any
 * `php://` wrapper), `/dev/stderr`, `/dev/stdout`, `/proc/self/fd/N`. Containers ship these.
 */
export function isStreamPath(path: string): boolean {
  const p = path.trim().replace(/^['"]|['"]$/g, '')
  return /^php:\/\//i.test(p) || /^\/dev\/(stdout|stderr)$/.test(p) || /^\/proc\/self\/fd\/\d+$/.test(p)
}

/** SQLite's in-memory database, as Laravel's SQLiteConnector recognises it. */
export function isInMemorySqlite(database: string): boolean {
  const d = database.trim()
  return d === ':memory:' || d.includes('?mode=memory') || d.includes('&mode=memory')
}

// ---------------------------------------------------------------------------------------------
// Verdicts on the project model
// ---------------------------------------------------------------------------------------------

/** Why a resolved setting keeps its state on one server. */
export interface LocalVerdict {
  /** The driver that makes it local, lower-cased (`database` for a sqlite-backed store). */
  driver: string
  /**
   * `local`: the state lives on one server. `ephemeral`: nothing outlives the request or the
   * process at all (array sessions and caches, the null queue).
   */
  kind: 'local' | 'ephemeral'
  /** One clause saying what happens to the data, to follow "which …" in a message. */
  reason: string
  /** Every resolved value the verdict rests on, the selection first, for anchors and evidence. */
  values: ResolvedValue[]
}

/**
 * The connection is sqlite on a file (anything but `:memory:`). An unresolvable `database` option
 * still counts: sqlite is a file on one host unless it is explicitly in memory.
 */
export function sqliteFileVerdict(connection: DatabaseConnection | null): LocalVerdict | null {
  if (connection === null || normaliseDriver(connection.driver.value) !== 'sqlite') return null
  // Without a `database` option Laravel cannot connect at all; nothing to say about locality.
  if (connection.database === null) return null
  const db = connection.database.value
  if (db !== null && isInMemorySqlite(db)) return null
  const name = connection.name.value ?? 'sqlite'
  return {
    driver: 'sqlite',
    kind: 'local',
    reason: `uses the database connection '${name}', a sqlite file on one server's disk`,
    values: [connection.name, connection.driver, connection.database]
  }
}

function throughSqlite(
  driver: string,
  selection: ResolvedValue[],
  connection: DatabaseConnection | null,
  what: string
): LocalVerdict | null {
  const sqlite = sqliteFileVerdict(connection)
  if (sqlite === null || connection === null) return null
  const name = connection.name.value ?? 'sqlite'
  return {
    driver,
    kind: 'local',
    reason: `writes ${what} to the database connection '${name}', a sqlite file on one server's disk`,
    values: [...selection, ...sqlite.values]
  }
}

export function localSessionVerdict(session: SessionSetting): LocalVerdict | null {
  const driver = normaliseDriver(session.driver.value)
  const values = [session.driver]
  switch (driver) {
    case 'file':
    case 'native':
      return {
        driver,
        kind: 'local',
        reason:
          'stores each session as a file in storage/framework/sessions on the server that handled the request',
        values
      }
    case 'apc':
      return { driver, kind: 'local', reason: "keeps sessions in one server's APCu memory", values }
    case 'array':
      return {
        driver,
        kind: 'ephemeral',
        reason:
          'keeps sessions only for the current request, so nothing persists (no login survives a redirect)',
        values
      }
    case 'database':
      return throughSqlite(driver, values, session.connection, 'sessions')
    default:
      return null
  }
}

/**
 * The cache store keeps its data on one server: file/apc/array/octane, `storage` on a local-driver
 * disk (13+), or `database` on a sqlite file. `failover` (12+) and `session` stores are not judged:
 * the model does not expose the stores they delegate to.
 */
export function localCacheStoreVerdict(store: CacheStore): LocalVerdict | null {
  const driver = normaliseDriver(store.driver.value)
  const values = [store.name, store.driver]
  switch (driver) {
    case 'file':
      return {
        driver,
        kind: 'local',
        reason: 'keeps cached data in files under storage/framework/cache on each server',
        values
      }
    case 'apc':
      return { driver, kind: 'local', reason: "keeps cached data in each server's APCu memory", values }
    case 'array':
      return {
        driver,
        kind: 'ephemeral',
        reason: 'keeps cached data only inside the current request or job, so nothing is shared or kept',
        values
      }
    case 'octane':
      return {
        driver,
        kind: 'local',
        reason: "keeps cached data in one server's Octane (Swoole) table, which is flushed on restart",
        values
      }
    case 'storage': {
      const disk = store.disk
      if (disk === null || !isLocalDiskDriver(disk.driver.value)) return null
      return {
        driver,
        kind: 'local',
        reason: `writes cached data to the disk '${disk.name.value ?? '?'}', a local directory on each server`,
        values: [...values, disk.name, disk.driver]
      }
    }
    case 'database':
      return throughSqlite(driver, values, store.connection, 'cached data')
    default:
      return null
  }
}

/** The queue runs or drops jobs on the dispatching server, or keeps them in a sqlite file. */
export function localQueueVerdict(queue: QueueConnection): LocalVerdict | null {
  const driver = normaliseDriver(queue.driver.value)
  const values = [queue.name, queue.driver]
  switch (driver) {
    case 'sync':
      return {
        driver,
        kind: 'local',
        reason: 'runs every job inside the web request on that server, with no retries and no workers',
        values
      }
    case 'deferred':
      return {
        driver,
        kind: 'local',
        reason: "runs jobs in the web server's own process after the response; they are lost if it dies",
        values
      }
    case 'background':
      return {
        driver,
        kind: 'local',
        reason: 'runs jobs in a PHP process spawned on the same server; they are lost if it dies',
        values
      }
    case 'null':
      return { driver, kind: 'ephemeral', reason: 'discards every job that is dispatched', values }
    case 'database':
      return throughSqlite(driver, values, queue.connection, 'jobs')
    default:
      return null
  }
}

export function localDiskVerdict(disk: FilesystemDisk): LocalVerdict | null {
  if (!isLocalDiskDriver(disk.driver.value)) return null
  return {
    driver: 'local',
    kind: 'local',
    reason: 'writes files to a directory on the server that handled the request',
    values: [disk.name, disk.driver]
  }
}

/**
 * The leaf channel writes a log file: a single/daily/monthly channel, or a monolog channel with a
 * StreamHandler/RotatingFileHandler, whose path is not a process stream. An unresolvable or
 * missing path stays silent (it may well be php://stderr from somewhere we cannot see).
 */
export function localLogTargetVerdict(target: LogTarget): LocalVerdict | null {
  const driver = normaliseDriver(target.driver.value)
  const fileDriver = isFileLogDriver(driver)
  const fileHandler = driver === 'monolog' && isFileLogHandler(target.handler?.value)
  if (!fileDriver && !fileHandler) return null
  const path = target.path?.value
  if (target.path === null || path === null || path === undefined || isStreamPath(path)) return null
  const values = [target.driver, target.path]
  if (fileHandler && target.handler) values.push(target.handler)
  return {
    driver: driver as string,
    kind: 'local',
    reason: 'writes log files on each server, so logs are split across servers and lost with a server',
    values
  }
}

// ---------------------------------------------------------------------------------------------
// Explaining resolved values
// ---------------------------------------------------------------------------------------------

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** An env file by name: `.env`, `.env.production`, `.env.example`, … */
export function isEnvFilePath(path: string): boolean {
  return baseName(path).startsWith('.env')
}

/** `.env.example` and other `*.example` env files: they describe, they do not configure. */
export function isExampleEnvFile(path: string): boolean {
  const name = baseName(path)
  return isEnvFilePath(path) && /(^|\.)example$/i.test(name)
}

/** Where a report goes and how to name that place in a message. */
export interface Decision {
  /** The line that decides: the env line that sets the value, else the config line. */
  anchor: Anchor
  /** The env file of the anchor, null when the anchor is a config (or framework) line. */
  envFile: string | null
  /** The env key set on the anchor line, or read by `env()` on the config anchor line. */
  envKey: string | null
  /** "SESSION_DRIVER in .env line 22", "config/session.php line 21 (…)", … */
  where: string
}

function lineText(project: LaravelProject, path: string, line: number): string | null {
  const text = project.workspace.read(path)
  if (text === null) return null
  return text.split(/\r\n|\n|\r/)[line - 1] ?? null
}

function wholeLine(project: LaravelProject, path: string, line: number): Span {
  const text = lineText(project, path, line) ?? ''
  return { line, column: 1, endLine: line, endColumn: Math.max(text.length, 0) + 1 }
}

/** A framework default with no app config file: anchored on vendor/ or composer.json / composer.lock. */
export function isFrameworkDefaultPath(path: string): boolean {
  return /(^|\/)vendor\//.test(path) || /(^|\/)composer\.(json|lock)$/.test(path)
}

/**
 * Picks the line that decides `value` and names it. When the value itself came from a config
 * literal but an env line chose the branch that led to it (LOG_CHANNEL / LOG_STACK picking the
 * `single` channel), that env line decides: the last env-file step of the evidence chain.
 */
/** The key of the first `env('KEY'…)` the texts quote, or null. */
export function firstEnvKey(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = /\benv\s*\(\s*['"]([A-Za-z_][A-Za-z0-9_.]*)['"]/i.exec(text)
    if (m) return m[1]
  }
  return null
}

export function decide(project: LaravelProject, value: ResolvedValue): Decision {
  const assignments = project.envAssignments()
  const keyAt = (path: string, line: number): string | null => {
    const a = assignments.find((x) => x.file === path && x.span.line === line)
    if (a) return a.key
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(lineText(project, path, line) ?? '')
    return m ? m[1] : null
  }
  const envPlace = (anchor: Anchor): Decision => {
    const key = keyAt(anchor.path, anchor.line)
    const where = key ? `${key} in ${anchor.path} line ${anchor.line}` : `${anchor.path} line ${anchor.line}`
    return { anchor, envFile: anchor.path, envKey: key, where }
  }

  if (value.envFile !== null || isEnvFilePath(value.anchor.path)) return envPlace(value.anchor)

  const envFiles = new Set(project.envFiles)
  for (let i = value.evidence.length - 1; i >= 0; i--) {
    const step = value.evidence[i]
    if (!envFiles.has(step.path) && !isEnvFilePath(step.path)) continue
    const a = assignments.find((x) => x.file === step.path && x.span.line === step.line)
    const span = a ? a.span : wholeLine(project, step.path, step.line)
    return envPlace({ path: step.path, ...span })
  }

  const anchor = value.anchor
  // The env key the deciding expression reads: from the notes of the anchor's own evidence steps,
  // which quote the expression; only without such a note, from the line's source text. (The line
  // may hold other keys' env() reads: `'driver' => 'single', 'path' => env('IMPORT_LOG')`.)
  const anchorNotes = value.evidence
    .filter((e) => e.path === anchor.path && e.line === anchor.line)
    .map((e) => e.note)
  const envKey = firstEnvKey(
    anchorNotes.length > 0 ? anchorNotes : [lineText(project, anchor.path, anchor.line) ?? '']
  )
  const place = `${anchor.path} line ${anchor.line}`
  let where: string
  if (isFrameworkDefaultPath(anchor.path)) {
    const major = project.frameworkMajor
    const unset = envKey ? `; no env file sets ${envKey}` : ''
    where = `the ${major === null ? 'framework' : `Laravel ${major}`} default (${place}${unset})`
  } else if (envKey) {
    where = `${place} (the env('${envKey}') default, as no env file sets ${envKey})`
  } else {
    where = place
  }
  return { anchor, envFile: null, envKey, where }
}

/**
 * " (set only in .env.example; the real environment may differ)" when the deciding line is in an
 * example env file; " (DB_CONNECTION is set only in …)" when another value the verdict rests on
 * is; else ''.
 */
export function exampleOnlyNote(
  project: LaravelProject,
  decision: Decision,
  values: readonly ResolvedValue[]
): string {
  const tail = '; the real environment may differ)'
  if (decision.envFile !== null && isExampleEnvFile(decision.envFile))
    return ` (set only in ${decision.envFile}${tail}`
  for (const v of values) {
    if (!v.exampleOnly) continue
    const d = decide(project, v)
    const file = d.envFile ?? v.envFile ?? '.env.example'
    return d.envKey ? ` (${d.envKey} is set only in ${file}${tail}` : ` (partly set only in ${file}${tail}`
  }
  return ''
}

/**
 * The evidence chains of `values`, in order, without duplicates and without the anchor line itself
 * (the report already points there).
 */
export function evidenceFor(
  anchor: Anchor,
  values: readonly ResolvedValue[],
  extra: Evidence[] = []
): Evidence[] {
  const seen = new Set<string>([`${anchor.path}:${anchor.line}`])
  const out: Evidence[] = []
  for (const step of [...values.flatMap((v) => v.evidence), ...extra]) {
    const key = `${step.path}:${step.line}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(step)
  }
  return out
}

export function spanOf(anchor: Anchor): Span {
  return { line: anchor.line, column: anchor.column, endLine: anchor.endLine, endColumn: anchor.endColumn }
}

/** A report anchored on `decision`, with the evidence of every value it rests on. */
export function reportAt(
  decision: Decision,
  values: readonly ResolvedValue[],
  message: string,
  fingerprintKey: string,
  severity?: Severity,
  extraEvidence: Evidence[] = []
): RuleReport {
  const report: RuleReport = {
    path: decision.anchor.path,
    span: spanOf(decision.anchor),
    message,
    evidence: evidenceFor(decision.anchor, values, extraEvidence),
    fingerprintKey
  }
  if (severity !== undefined) report.severity = severity
  return report
}

/** An env variable can change the value: it is set in an env file, read by env(), or a framework default. */
export function settableByEnv(decision: Decision): boolean {
  return decision.envFile !== null || decision.envKey !== null || isFrameworkDefaultPath(decision.anchor.path)
}

/**
 * "set SESSION_DRIVER=redis" when the deciding line is an env line, a config env() default or a
 * framework default;
 * "change config/app.php line 142 to 'cache'" when the config hard-codes the value.
 */
export function fixSetting(decision: Decision, fallbackKey: string, value: string): string {
  if (settableByEnv(decision)) {
    return `set ${decision.envKey ?? fallbackKey}=${value}`
  }
  return `change ${decision.anchor.path} line ${decision.anchor.line} to '${value}' (or read it from env('${fallbackKey}'))`
}
