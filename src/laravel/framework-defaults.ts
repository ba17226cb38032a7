// The configuration laravel/framework 11+ ships in its own config/ directory. Laravel loads it for
// every config file the app does not have, and array_merges the app's files over it (one level
// deeper for stores/disks/channels/connections): laravel/framework LoadConfiguration.php. Only the
// files and keys the audit resolves are encoded; each value says which env key it reads and its
// default, exactly as the framework writes it (laravel/framework@11.x–13.x config/*.php).
import type { CEntry, CNode, ModelledFunction, PathHelper, Scalar } from './config-eval.js'

/** A config value as data. Plain objects are PHP associative arrays, JS arrays are PHP lists. */
export type Def =
  | Scalar
  | Def[]
  | { $env: string; default?: Def }
  | { $path: PathHelper; arg?: string }
  | { $fn: ModelledFunction; args: Def[] }
  | { $concat: Def[] }
  | { $cast: 'string' | 'int' | 'bool' | 'float'; of: Def }
  | { $class: string }
  | { [key: string]: Def }

type Assoc = { [key: string]: Def }

const env = (key: string, fallback?: Def): Def =>
  fallback === undefined ? { $env: key } : { $env: key, default: fallback }
const storage = (arg: string): Def => ({ $path: 'storage_path', arg })

function app(): Assoc {
  return {
    name: env('APP_NAME', 'Laravel'),
    env: env('APP_ENV', 'production'),
    debug: { $cast: 'bool', of: env('APP_DEBUG', false) },
    url: env('APP_URL', 'http://localhost'),
    timezone: 'UTC',
    locale: env('APP_LOCALE', 'en'),
    fallback_locale: env('APP_FALLBACK_LOCALE', 'en'),
    faker_locale: env('APP_FAKER_LOCALE', 'en_US'),
    cipher: 'AES-256-CBC',
    key: env('APP_KEY'),
    maintenance: {
      driver: env('APP_MAINTENANCE_DRIVER', 'file'),
      store: env('APP_MAINTENANCE_STORE', 'database')
    }
  }
}

function session(): Assoc {
  return {
    driver: env('SESSION_DRIVER', 'database'),
    lifetime: { $cast: 'int', of: env('SESSION_LIFETIME', 120) },
    expire_on_close: env('SESSION_EXPIRE_ON_CLOSE', false),
    encrypt: env('SESSION_ENCRYPT', false),
    files: storage('framework/sessions'),
    connection: env('SESSION_CONNECTION'),
    table: env('SESSION_TABLE', 'sessions'),
    store: env('SESSION_STORE'),
    lottery: [2, 100],
    path: env('SESSION_PATH', '/'),
    domain: env('SESSION_DOMAIN'),
    secure: env('SESSION_SECURE_COOKIE'),
    http_only: env('SESSION_HTTP_ONLY', true),
    same_site: env('SESSION_SAME_SITE', 'lax'),
    partitioned: env('SESSION_PARTITIONED_COOKIE', false)
  }
}

function cache(major: number): Assoc {
  const stores: Assoc = {
    array: { driver: 'array', serialize: false },
    database: {
      driver: 'database',
      connection: env('DB_CACHE_CONNECTION'),
      table: env('DB_CACHE_TABLE', 'cache'),
      lock_connection: env('DB_CACHE_LOCK_CONNECTION'),
      lock_table: env('DB_CACHE_LOCK_TABLE')
    },
    file: {
      driver: 'file',
      path: storage('framework/cache/data'),
      lock_path: storage('framework/cache/data')
    },
    memcached: {
      driver: 'memcached',
      persistent_id: env('MEMCACHED_PERSISTENT_ID'),
      sasl: [env('MEMCACHED_USERNAME'), env('MEMCACHED_PASSWORD')],
      options: [],
      servers: [{ host: env('MEMCACHED_HOST', '127.0.0.1'), port: env('MEMCACHED_PORT', 11211), weight: 100 }]
    },
    redis: {
      driver: 'redis',
      connection: env('REDIS_CACHE_CONNECTION', 'cache'),
      lock_connection: env('REDIS_CACHE_LOCK_CONNECTION', 'default')
    },
    dynamodb: {
      driver: 'dynamodb',
      key: env('AWS_ACCESS_KEY_ID'),
      secret: env('AWS_SECRET_ACCESS_KEY'),
      region: env('AWS_DEFAULT_REGION', 'us-east-1'),
      table: env('DYNAMODB_CACHE_TABLE', 'cache'),
      endpoint: env('DYNAMODB_ENDPOINT')
    },
    octane: { driver: 'octane' }
  }
  // Later minors added stores (session: 12.29, storage: 13.10); the newest minor of a major is encoded.
  if (major >= 12) {
    stores.session = { driver: 'session', key: env('SESSION_CACHE_KEY', '_cache') }
    stores.failover = { driver: 'failover', stores: ['database', 'array'] }
  }
  if (major >= 13)
    stores.storage = {
      driver: 'storage',
      disk: env('CACHE_STORAGE_DISK'),
      path: env('CACHE_STORAGE_PATH', 'framework/cache/data')
    }
  return { default: env('CACHE_STORE', 'database'), stores }
}

function filesystems(major: number): Assoc {
  const appUrl: Def =
    major >= 12
      ? { $fn: 'rtrim', args: [env('APP_URL', 'http://localhost'), '/'] }
      : env('APP_URL', 'http://localhost')
  return {
    default: env('FILESYSTEM_DISK', 'local'),
    disks: {
      // 11.x kept the local disk at storage/app; 12.x moved it to storage/app/private.
      local:
        major >= 12
          ? { driver: 'local', root: storage('app/private'), serve: true, throw: false, report: false }
          : { driver: 'local', root: storage('app'), throw: false, report: false },
      public: {
        driver: 'local',
        root: storage('app/public'),
        url: { $concat: [appUrl, '/storage'] },
        visibility: 'public',
        throw: false,
        report: false
      },
      s3: {
        driver: 's3',
        key: env('AWS_ACCESS_KEY_ID'),
        secret: env('AWS_SECRET_ACCESS_KEY'),
        region: env('AWS_DEFAULT_REGION'),
        bucket: env('AWS_BUCKET'),
        url: env('AWS_URL'),
        endpoint: env('AWS_ENDPOINT'),
        use_path_style_endpoint: env('AWS_USE_PATH_STYLE_ENDPOINT', false),
        throw: false,
        report: false
      }
    }
  }
}

function logging(major: number): Assoc {
  const level = env('LOG_LEVEL', 'debug')
  const stderr: Assoc = {
    driver: 'monolog',
    level,
    handler: { $class: 'Monolog\\Handler\\StreamHandler' },
    formatter: env('LOG_STDERR_FORMATTER'),
    processors: [{ $class: 'Monolog\\Processor\\PsrLogMessageProcessor' }]
  }
  // 12.x moved the stream from `with` to `handler_with`.
  stderr[major >= 12 ? 'handler_with' : 'with'] = { stream: 'php://stderr' }
  return {
    default: env('LOG_CHANNEL', 'stack'),
    deprecations: {
      channel: env('LOG_DEPRECATIONS_CHANNEL', 'null'),
      trace: env('LOG_DEPRECATIONS_TRACE', false)
    },
    channels: {
      stack: {
        driver: 'stack',
        channels: { $fn: 'explode', args: [',', { $cast: 'string', of: env('LOG_STACK', 'single') }] },
        ignore_exceptions: false
      },
      single: { driver: 'single', path: storage('logs/laravel.log'), level, replace_placeholders: true },
      daily: {
        driver: 'daily',
        path: storage('logs/laravel.log'),
        level,
        days: env('LOG_DAILY_DAYS', 14),
        replace_placeholders: true
      },
      // 13.23 added the monthly channel (the monthly driver itself came with 13.0).
      ...(major >= 13
        ? {
            monthly: {
              driver: 'monthly',
              path: storage('logs/laravel.log'),
              level,
              max_files: 3,
              replace_placeholders: true
            }
          }
        : {}),
      slack: {
        driver: 'slack',
        url: env('LOG_SLACK_WEBHOOK_URL'),
        username: env('LOG_SLACK_USERNAME', 'Laravel Log'),
        emoji: env('LOG_SLACK_EMOJI', ':boom:'),
        level: env('LOG_LEVEL', 'critical'),
        replace_placeholders: true
      },
      papertrail: {
        driver: 'monolog',
        level,
        handler: env('LOG_PAPERTRAIL_HANDLER', { $class: 'Monolog\\Handler\\SyslogUdpHandler' }),
        handler_with: {
          host: env('PAPERTRAIL_URL'),
          port: env('PAPERTRAIL_PORT'),
          connectionString: { $concat: ['tls://', env('PAPERTRAIL_URL'), ':', env('PAPERTRAIL_PORT')] }
        },
        processors: [{ $class: 'Monolog\\Processor\\PsrLogMessageProcessor' }]
      },
      stderr,
      syslog: { driver: 'syslog', level, replace_placeholders: true },
      errorlog: { driver: 'errorlog', level, replace_placeholders: true },
      null: { driver: 'monolog', handler: { $class: 'Monolog\\Handler\\NullHandler' } },
      emergency: { path: storage('logs/laravel.log') }
    }
  }
}

function queue(major: number): Assoc {
  const connections: Assoc = {
    sync: { driver: 'sync' },
    database: {
      driver: 'database',
      connection: env('DB_QUEUE_CONNECTION'),
      table: env('DB_QUEUE_TABLE', 'jobs'),
      queue: env('DB_QUEUE', 'default'),
      retry_after: { $cast: 'int', of: env('DB_QUEUE_RETRY_AFTER', 90) },
      after_commit: false
    },
    beanstalkd: {
      driver: 'beanstalkd',
      host: env('BEANSTALKD_QUEUE_HOST', 'localhost'),
      queue: env('BEANSTALKD_QUEUE', 'default'),
      retry_after: { $cast: 'int', of: env('BEANSTALKD_QUEUE_RETRY_AFTER', 90) },
      block_for: 0,
      after_commit: false
    },
    sqs: {
      driver: 'sqs',
      key: env('AWS_ACCESS_KEY_ID'),
      secret: env('AWS_SECRET_ACCESS_KEY'),
      prefix: env('SQS_PREFIX', 'https://sqs.us-east-1.amazonaws.com/your-account-id'),
      queue: env('SQS_QUEUE', 'default'),
      suffix: env('SQS_SUFFIX'),
      region: env('AWS_DEFAULT_REGION', 'us-east-1'),
      after_commit: false
    },
    redis: {
      driver: 'redis',
      connection: env('REDIS_QUEUE_CONNECTION', 'default'),
      queue: env('REDIS_QUEUE', 'default'),
      retry_after: { $cast: 'int', of: env('REDIS_QUEUE_RETRY_AFTER', 90) },
      block_for: null,
      after_commit: false
    }
  }
  // The background driver exists from 12.x, but only the skeleton's queue.php defines a connection for it.
  if (major >= 12) {
    connections.deferred = { driver: 'deferred' }
    connections.failover = { driver: 'failover', connections: ['database', 'deferred'] }
  }
  return {
    default: env('QUEUE_CONNECTION', 'database'),
    connections,
    batching: { database: env('DB_CONNECTION', 'sqlite'), table: 'job_batches' },
    failed: {
      driver: env('QUEUE_FAILED_DRIVER', 'database-uuids'),
      database: env('DB_CONNECTION', 'sqlite'),
      table: 'failed_jobs'
    }
  }
}

function database(): Assoc {
  const server = (driver: string, host: string, port: string): Assoc => ({
    driver,
    url: env('DB_URL'),
    host: env('DB_HOST', host),
    port: env('DB_PORT', port),
    database: env('DB_DATABASE', 'laravel'),
    username: env('DB_USERNAME', 'root'),
    password: env('DB_PASSWORD', ''),
    prefix: '',
    prefix_indexes: true
  })
  return {
    default: env('DB_CONNECTION', 'sqlite'),
    connections: {
      sqlite: {
        driver: 'sqlite',
        url: env('DB_URL'),
        database: env('DB_DATABASE', { $path: 'database_path', arg: 'database.sqlite' }),
        prefix: '',
        foreign_key_constraints: env('DB_FOREIGN_KEYS', true)
      },
      mysql: server('mysql', '127.0.0.1', '3306'),
      mariadb: server('mariadb', '127.0.0.1', '3306'),
      pgsql: server('pgsql', '127.0.0.1', '5432'),
      sqlsrv: server('sqlsrv', 'localhost', '1433')
    },
    migrations: { table: 'migrations', update_date_on_publish: true }
  }
}

function broadcasting(): Assoc {
  return {
    default: env('BROADCAST_CONNECTION', 'null'),
    connections: {
      reverb: {
        driver: 'reverb',
        key: env('REVERB_APP_KEY'),
        secret: env('REVERB_APP_SECRET'),
        app_id: env('REVERB_APP_ID')
      },
      pusher: {
        driver: 'pusher',
        key: env('PUSHER_APP_KEY'),
        secret: env('PUSHER_APP_SECRET'),
        app_id: env('PUSHER_APP_ID')
      },
      ably: { driver: 'ably', key: env('ABLY_KEY') },
      log: { driver: 'log' },
      null: { driver: 'null' }
    }
  }
}

/** Config keys whose arrays Laravel merges one level deeper (LoadConfiguration::mergeableOptions). */
export const MERGEABLE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  auth: ['guards', 'passwords', 'providers'],
  broadcasting: ['connections'],
  cache: ['stores'],
  database: ['connections'],
  filesystems: ['disks'],
  logging: ['channels'],
  mail: ['mailers'],
  queue: ['connections']
}

/** The framework's config files (by name) for a major version, as data; empty before 11. */
export function frameworkDefaults(major: number): Record<string, Assoc> {
  if (major < 11) return {}
  return {
    app: app(),
    session: session(),
    cache: cache(major),
    filesystems: filesystems(major),
    logging: logging(major),
    queue: queue(major),
    database: database(),
    broadcasting: broadcasting()
  }
}

function isAssoc(def: Def): def is Assoc {
  return typeof def === 'object' && def !== null && !Array.isArray(def)
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/** The PHP source a default corresponds to, for evidence notes: env('SESSION_DRIVER', 'database'). */
export function renderDef(def: Def): string {
  if (def === null) return 'null'
  if (typeof def === 'string') return quote(def)
  if (typeof def === 'number' || typeof def === 'boolean') return String(def)
  if (Array.isArray(def)) return `[${def.map(renderDef).join(', ')}]`
  if ('$env' in def && typeof def.$env === 'string') {
    const d = (def as { default?: Def }).default
    return d === undefined ? `env(${quote(def.$env)})` : `env(${quote(def.$env)}, ${renderDef(d)})`
  }
  if ('$path' in def && typeof def.$path === 'string') {
    const arg = (def as { arg?: string }).arg
    return `${def.$path}(${arg === undefined ? '' : quote(arg)})`
  }
  if ('$fn' in def && typeof def.$fn === 'string')
    return `${def.$fn}(${(def.args as Def[]).map(renderDef).join(', ')})`
  if ('$concat' in def && Array.isArray(def.$concat)) return def.$concat.map(renderDef).join('.')
  if ('$cast' in def && typeof def.$cast === 'string') return `(${def.$cast}) ${renderDef(def.of as Def)}`
  if ('$class' in def && typeof def.$class === 'string') return `\\${def.$class}::class`
  return `[${Object.entries(def)
    .map(([k, v]) => `${quote(k)} => ${renderDef(v)}`)
    .join(', ')}]`
}

/** Turns a default into the same symbolic tree the config parser produces (no file position). */
export function defToNode(def: Def): CNode {
  const site = { origin: null, text: renderDef(def) }
  if (def === null || typeof def !== 'object') return { kind: 'literal', value: def, site }
  if (Array.isArray(def)) {
    const entries: CEntry[] = def.map((d, i) => ({ key: i, value: defToNode(d), keySite: site }))
    return { kind: 'array', entries, open: false, site }
  }
  if ('$env' in def && typeof def.$env === 'string') {
    const d = (def as { default?: Def }).default
    return { kind: 'env', key: def.$env, fallback: d === undefined ? null : defToNode(d), site }
  }
  if ('$path' in def && typeof def.$path === 'string') {
    const arg = (def as { arg?: string }).arg
    return {
      kind: 'path',
      helper: def.$path as PathHelper,
      arg: arg === undefined ? null : defToNode(arg),
      site
    }
  }
  if ('$fn' in def && typeof def.$fn === 'string')
    return { kind: 'call', fn: def.$fn as ModelledFunction, args: (def.args as Def[]).map(defToNode), site }
  if ('$concat' in def && Array.isArray(def.$concat))
    return { kind: 'concat', parts: def.$concat.map(defToNode), site }
  if ('$cast' in def && typeof def.$cast === 'string')
    return { kind: 'cast', to: def.$cast as 'string', expr: defToNode(def.of as Def), site }
  if ('$class' in def && typeof def.$class === 'string') return { kind: 'class', name: def.$class, site }
  if (!isAssoc(def)) return { kind: 'unknown', site }
  const entries: CEntry[] = Object.entries(def).map(([key, value]) => ({
    key,
    value: defToNode(value),
    keySite: site
  }))
  return { kind: 'array', entries, open: false, site }
}
