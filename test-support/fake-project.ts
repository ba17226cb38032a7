// A builder for LaravelProject test doubles. Values are made the way the resolver makes them: an
// env line (with the config line that reads it) or a config line, each with its anchor and evidence,
// and the lines are written into an in-memory workspace so rules can read them back.
import type { Evidence, Span } from '../src/engine/types.js'
import type { Workspace } from '../src/engine/workspace.js'
import type {
  CacheStore,
  DatabaseConnection,
  EnvAssignment,
  FilesystemDisk,
  LaravelProject,
  LogTarget,
  QueueConnection,
  ResolvedValue,
  SessionSetting
} from '../src/laravel/types.js'

/** A value given to a piece builder: a ResolvedValue, or a string made into a config literal. */
export type V = ResolvedValue | string | null

export interface EnvOptions {
  /** Line in the env file (default: the next free line). */
  line?: number
  /** The config line that reads the key; default: none (the evidence holds the env step only). */
  config?: { path: string; line?: number }
  /** Values whose evidence comes before this one (e.g. the LOG_CHANNEL step before a channel). */
  via?: ResolvedValue[]
  /** The resolved value when it differs from the raw env text. */
  resolved?: string | null
  /** Write the line without recording an EnvAssignment (a non-production-like file such as .env.testing). */
  notProductionLike?: boolean
}

export interface ConfigOptions {
  line?: number
  /** The config line's text; default `'key' => 'value',` or `'key' => env('KEY', 'value'),`. */
  text?: string
  /** The env key whose default this is. */
  envKey?: string
  via?: ResolvedValue[]
  note?: string
}

export class InMemoryWorkspace implements Workspace {
  readonly files = new Map<string, string[]>()

  read(path: string): string | null {
    const lines = this.files.get(path)
    return lines === undefined ? null : lines.map((l) => l ?? '').join('\n') + '\n'
  }

  isFile(path: string): boolean {
    return this.files.has(path)
  }

  list(dir: string): string[] {
    const prefix = dir === '' ? '' : dir.replace(/\/$/, '') + '/'
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort()
  }

  /** Writes `text` at `line` (1-based; default: after the last line) and returns the line number. */
  setLine(path: string, text: string, line?: number): number {
    const lines = this.files.get(path) ?? []
    const n = line ?? lines.length + 1
    while (lines.length < n) lines.push('')
    lines[n - 1] = text
    this.files.set(path, lines)
    return n
  }

  setFile(path: string, text: string): void {
    this.files.set(path, text.replace(/\n$/, '').split('\n'))
  }
}

function lineSpan(line: number, text: string): Span {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}

function isExample(path: string): boolean {
  return /(^|\.)example$/i.test(path.slice(path.lastIndexOf('/') + 1))
}

/** Default config file for the values of each piece. */
const CONFIG = {
  session: 'config/session.php',
  cache: 'config/cache.php',
  disk: 'config/filesystems.php',
  queue: 'config/queue.php',
  database: 'config/database.php',
  logging: 'config/logging.php',
  app: 'config/app.php'
} as const

export class FakeProjectBuilder {
  readonly workspace = new InMemoryWorkspace()
  root = ''
  frameworkMajor: number | null = 12
  configDirs = ['config']
  envFiles: string[] = []
  private readonly assignments: EnvAssignment[] = []
  private readonly readsEnv = new Set<string>()
  private sessionSetting: SessionSetting | null = null
  private defaultStore: CacheStore | null = null
  private readonly stores = new Map<string, CacheStore>()
  private scheduleStore: CacheStore | null = null
  private defaultDiskValue: FilesystemDisk | null = null
  private readonly disks = new Map<string, FilesystemDisk>()
  private logTargets: LogTarget[] | null = null
  private readonly logChannels = new Map<string, LogTarget[]>()
  private queue: QueueConnection | null = null
  private defaultDb: DatabaseConnection | null = null
  private readonly connections = new Map<string, DatabaseConnection>()
  private maintenance: ResolvedValue | null = null

  constructor(options: { root?: string; frameworkMajor?: number | null; configDirs?: string[] } = {}) {
    if (options.root !== undefined) this.root = options.root
    if (options.frameworkMajor !== undefined) this.frameworkMajor = options.frameworkMajor
    if (options.configDirs !== undefined) this.configDirs = options.configDirs
  }

  /** A whole file in the workspace (schedule definitions, composer.json, …). */
  file(path: string, text: string): this {
    this.workspace.setFile(path, text)
    return this
  }

  /** `KEY=value` in an env file, resolved to `value` with the env line as anchor. */
  env(file: string, key: string, value: string, options: EnvOptions = {}): ResolvedValue {
    const text = `${key}=${value}`
    const line = this.workspace.setLine(file, text, options.line)
    const span = lineSpan(line, text)
    if (!options.notProductionLike) {
      if (!this.envFiles.includes(file)) this.envFiles.push(file)
      this.assignments.push({ key, value, file, span })
    }
    const evidence: Evidence[] = (options.via ?? []).flatMap((v) => v.evidence)
    if (options.config) {
      const cfgText = `    'x' => env('${key}'),`
      const cfgLine = this.workspace.setLine(options.config.path, cfgText, options.config.line)
      evidence.push({ path: options.config.path, line: cfgLine, note: `reads env('${key}')` })
    }
    evidence.push({ path: file, line, note: `${key} is set in ${file}` })
    return {
      value: options.resolved !== undefined ? options.resolved : value,
      anchor: { path: file, ...span },
      evidence,
      envFile: file,
      exampleOnly: isExample(file)
    }
  }

  /** A config-file literal (or env() default) resolved to `value`. */
  config(path: string, value: string | null, options: ConfigOptions = {}): ResolvedValue {
    const literal = value === null ? 'some_function()' : `'${value}'`
    const text =
      options.text ??
      (options.envKey ? `    'x' => env('${options.envKey}', ${literal}),` : `    'x' => ${literal},`)
    const line = this.workspace.setLine(path, text, options.line)
    const evidence: Evidence[] = (options.via ?? []).flatMap((v) => v.evidence)
    evidence.push({
      path,
      line,
      note: options.note ?? (options.envKey ? `default of env('${options.envKey}')` : 'literal')
    })
    return { value, anchor: { path, ...lineSpan(line, text) }, evidence, envFile: null, exampleOnly: false }
  }

  private v(value: V, path: string): ResolvedValue {
    if (value === null || typeof value === 'string') return this.config(path, value)
    return value
  }

  connection(name: V, driver: V, database?: V): DatabaseConnection {
    const conn: DatabaseConnection = {
      name: this.v(name, CONFIG.database),
      driver: this.v(driver, CONFIG.database),
      database: database === undefined ? null : this.v(database, CONFIG.database)
    }
    if (conn.name.value !== null) this.connections.set(conn.name.value, conn)
    return conn
  }

  cacheStore(
    name: V,
    driver: V,
    extra: { connection?: DatabaseConnection | null; disk?: FilesystemDisk | null } = {}
  ): CacheStore {
    const store: CacheStore = {
      name: this.v(name, CONFIG.cache),
      driver: this.v(driver, CONFIG.cache),
      connection: extra.connection ?? null,
      disk: extra.disk ?? null
    }
    if (store.name.value !== null) this.stores.set(store.name.value, store)
    return store
  }

  disk(name: V, driver: V, root?: V): FilesystemDisk {
    const disk: FilesystemDisk = {
      name: this.v(name, CONFIG.disk),
      driver: this.v(driver, CONFIG.disk),
      root: root === undefined ? null : this.v(root, CONFIG.disk)
    }
    if (disk.name.value !== null) this.disks.set(disk.name.value, disk)
    return disk
  }

  queueConnection(name: V, driver: V, connection: DatabaseConnection | null = null): QueueConnection {
    return { name: this.v(name, CONFIG.queue), driver: this.v(driver, CONFIG.queue), connection }
  }

  logTarget(via: string[], driver: V, path: V, handler: V = null): LogTarget {
    return {
      via,
      driver: this.v(driver, CONFIG.logging),
      path: path === null ? null : this.v(path, CONFIG.logging),
      handler: handler === null ? null : this.v(handler, CONFIG.logging)
    }
  }

  withSession(driver: V, connection: DatabaseConnection | null = null): this {
    this.sessionSetting = { driver: this.v(driver, CONFIG.session), connection }
    return this
  }

  withDefaultCacheStore(store: CacheStore): this {
    this.defaultStore = store
    return this
  }

  /** The store scheduleCacheStore() returns when no useCache() name is given (default: the default store). */
  withScheduleCacheStore(store: CacheStore): this {
    this.scheduleStore = store
    return this
  }

  withDefaultDisk(disk: FilesystemDisk): this {
    this.defaultDiskValue = disk
    return this
  }

  withDefaultLogTargets(targets: LogTarget[]): this {
    this.logTargets = targets
    return this
  }

  withLogChannel(name: string, targets: LogTarget[]): this {
    this.logChannels.set(name, targets)
    return this
  }

  withDefaultQueue(queue: QueueConnection): this {
    this.queue = queue
    return this
  }

  withDefaultDatabase(connection: DatabaseConnection): this {
    this.defaultDb = connection
    return this
  }

  withMaintenanceDriver(driver: V): this {
    this.maintenance = this.v(driver, CONFIG.app)
    return this
  }

  /** Keys some config file reads through env(). */
  readingEnv(...keys: string[]): this {
    for (const k of keys) this.readsEnv.add(k)
    return this
  }

  /** Every setting stateless: cookie sessions, redis cache, s3 disk, stderr logs, sqs, mysql, cache maintenance. */
  stateless(): this {
    const mysql = this.connection(this.env('.env', 'DB_CONNECTION', 'mysql'), 'mysql', 'forge')
    this.withDefaultDatabase(mysql)
    this.withSession(this.env('.env', 'SESSION_DRIVER', 'cookie'))
    this.withDefaultCacheStore(this.cacheStore(this.env('.env', 'CACHE_STORE', 'redis'), 'redis'))
    this.withDefaultDisk(this.disk(this.env('.env', 'FILESYSTEM_DISK', 's3'), 's3'))
    const channel = this.env('.env', 'LOG_CHANNEL', 'stderr')
    this.withDefaultLogTargets([
      this.logTarget(
        ['stderr'],
        this.config(CONFIG.logging, 'monolog', { via: [channel] }),
        'php://stderr',
        'StreamHandler::class'
      )
    ])
    this.withDefaultQueue(this.queueConnection(this.env('.env', 'QUEUE_CONNECTION', 'sqs'), 'sqs'))
    this.withMaintenanceDriver(this.env('.env', 'APP_MAINTENANCE_DRIVER', 'cache'))
    this.readingEnv(
      'CACHE_STORE',
      'FILESYSTEM_DISK',
      'BROADCAST_CONNECTION',
      'SESSION_DRIVER',
      'QUEUE_CONNECTION'
    )
    return this
  }

  build(): LaravelProject {
    const need = <T>(value: T | null, what: string): T => {
      if (value === null) throw new Error(`fake project: ${what} was not configured`)
      return value
    }
    const unknownStore = (name: string): CacheStore => ({
      name: this.config(CONFIG.cache, name),
      driver: this.config(CONFIG.cache, null),
      connection: null,
      disk: null
    })
    const configDirs = this.configDirs
    return {
      root: this.root,
      frameworkMajor: this.frameworkMajor,
      versionSource: this.frameworkMajor === null ? null : `fake laravel/framework v${this.frameworkMajor}`,
      configDirs,
      envFiles: [...this.envFiles],
      workspace: this.workspace,
      session: () => need(this.sessionSetting, 'session()'),
      defaultCacheStore: () => need(this.defaultStore, 'defaultCacheStore()'),
      cacheStore: (name) => this.stores.get(name) ?? null,
      defaultDisk: () => need(this.defaultDiskValue, 'defaultDisk()'),
      disk: (name) => this.disks.get(name) ?? null,
      defaultLogTargets: () => need(this.logTargets, 'defaultLogTargets()'),
      logChannel: (name) => this.logChannels.get(name) ?? null,
      defaultQueue: () => need(this.queue, 'defaultQueue()'),
      defaultDatabase: () => need(this.defaultDb, 'defaultDatabase()'),
      databaseConnection: (name) => this.connections.get(name) ?? null,
      scheduleCacheStore: (useCacheName) => {
        if (useCacheName !== undefined) return this.stores.get(useCacheName) ?? unknownStore(useCacheName)
        return this.scheduleStore ?? need(this.defaultStore, 'scheduleCacheStore() / defaultCacheStore()')
      },
      maintenanceDriver: () => need(this.maintenance, 'maintenanceDriver()'),
      envAssignments: () => [...this.assignments],
      configReadsEnv: (key) => this.readsEnv.has(key),
      isConfigFile: (path) =>
        configDirs.some((d) => path === d || path.startsWith(d.replace(/\/$/, '') + '/'))
    }
  }
}

export function fakeProject(
  options: { root?: string; frameworkMajor?: number | null } = {}
): FakeProjectBuilder {
  return new FakeProjectBuilder(options)
}
