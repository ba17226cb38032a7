// The resolved Laravel project model: what the app's config, env files and framework defaults say,
// with every step kept as evidence so a finding can explain *why* a value is what it is.
import type { Evidence, Span } from '../engine/types.js'
import type { Workspace } from '../engine/workspace.js'

/** A place in a file, relative to the scan root (posix). */
export interface Anchor extends Span {
  path: string
}

/**
 * One resolved value. `value === null` means it could not be determined statically (a variable,
 * a function call we do not model, a missing file); rules must then stay silent or emit a notice.
 */
export interface ResolvedValue {
  value: string | null
  /**
   * The line that decides the value: the env-file line that sets it; else the config-file line
   * that holds the literal or the env() default; else (a framework default no env file overrides)
   * the composer.lock `version` line of laravel/framework, or the composer.json require line.
   */
  anchor: Anchor
  /** Every step from the config key to the final value, in order, anchor included. */
  evidence: Evidence[]
  /** Relative path of the env file that decided the value, or null when no env file did. */
  envFile: string | null
  /** True when the only env file that decided the value is an example file (.env.example). */
  exampleOnly: boolean
}

export interface DatabaseConnection {
  /** The connection name, e.g. `sqlite`, `mysql`. */
  name: ResolvedValue
  driver: ResolvedValue
  /** `database` option (sqlite: the file path or `:memory:`), null when not set. */
  database: ResolvedValue | null
}

export interface CacheStore {
  name: ResolvedValue
  driver: ResolvedValue
  /** For `database` stores: the DB connection they use (the default connection when unset). */
  connection: DatabaseConnection | null
  /** For `storage` stores (13+): the filesystem disk they write to. */
  disk: FilesystemDisk | null
}

export interface FilesystemDisk {
  name: ResolvedValue
  driver: ResolvedValue
  root: ResolvedValue | null
}

/** A leaf log channel reached from a channel name, after following `stack` channels. */
export interface LogTarget {
  /** Channel name chain, e.g. ['stack', 'single']. */
  via: string[]
  driver: ResolvedValue
  /** The file or stream the channel writes to (`path`, or monolog `with.stream` / `handler_with.stream`), null if none. */
  path: ResolvedValue | null
  /** For monolog channels: the handler class name as written. */
  handler: ResolvedValue | null
}

export interface QueueConnection {
  name: ResolvedValue
  driver: ResolvedValue
  connection: DatabaseConnection | null
}

export interface SessionSetting {
  driver: ResolvedValue
  /** For the database driver: the connection sessions go to (the default connection when unset). */
  connection: DatabaseConnection | null
}

/** One `KEY=value` line in a production-like env file. Values are never printed. */
export interface EnvAssignment {
  key: string
  value: string
  file: string
  span: Span
  /** A later `${KEY}` of the same file takes this assignment's value (phpdotenv nesting). */
  referenced?: boolean
}

export interface LaravelProject {
  /** App root relative to the scan root ('' when the scan root is the app). */
  root: string
  /** Detected `laravel/framework` major version, null when unknown. */
  frameworkMajor: number | null
  /** How the version was found, for messages ("composer.lock laravel/framework v12.3.0"). */
  versionSource: string | null
  /** Config directories relative to the scan root. */
  configDirs: string[]
  /** Production-like env files that exist, relative to the scan root, in precedence order. */
  envFiles: string[]

  session(): SessionSetting
  defaultCacheStore(): CacheStore
  /** A cache store by name, null when the app defines no store of that name. */
  cacheStore(name: string): CacheStore | null
  defaultDisk(): FilesystemDisk
  disk(name: string): FilesystemDisk | null
  /** Leaf targets of the default log channel (following stacks), in order. */
  defaultLogTargets(): LogTarget[]
  /** Leaf targets of a named channel, null when no such channel. */
  logChannel(name: string): LogTarget[] | null
  defaultQueue(): QueueConnection
  defaultDatabase(): DatabaseConnection
  databaseConnection(name: string): DatabaseConnection | null
  /**
   * The cache store the scheduler's mutexes use: `Schedule::useCache()` literal (when given) >
   * `cache.schedule_store` > SCHEDULE_CACHE_DRIVER / SCHEDULE_CACHE_STORE env > default store.
   */
  scheduleCacheStore(useCacheName?: string): CacheStore
  maintenanceDriver(): ResolvedValue
  /** Every assignment in the production-like env files (first file that sets a key wins is not applied here). */
  envAssignments(): EnvAssignment[]
  /** True when some config file of the app reads this env key through env(). */
  configReadsEnv(key: string): boolean
  /** True when `path` (relative to the scan root) lies inside one of the config directories. */
  isConfigFile(path: string): boolean
  /** The workspace the project was loaded from, for rules that must read schedule files. */
  workspace: Workspace

  // Optional members: the loader provides them; test doubles may leave them out.

  /** The composer.lock / composer.json line that states the framework version (anchor of framework defaults). */
  versionAnchor?: Anchor | null
  /** A queue connection by name, null when the app defines none of that name. */
  queueConnection?(name: string): QueueConnection | null
  /**
   * Any config value by dotted key (`filesystems.default`), as config() returns it; null when no
   * config file (nor, for 11+, framework default) sets the key. Env values are not printed in notes.
   */
  configValue?(key: string): ResolvedValue | null
  /** Problems met while reading config files (syntax errors, files that return no array). */
  configProblems?(): string[]
  /**
   * The config key whose value is `env('<envKey>')` itself (`app.url` for APP_URL), and where that
   * is written (null for a framework default); null when no config value is that env() read.
   */
  configKeyReadingEnv?(envKey: string): { key: string; at: Evidence | null } | null
}
