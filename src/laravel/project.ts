// The project model: one Laravel app's configuration resolved from its config files, its
// production-like env files and (11+) the framework's own defaults, with every step as evidence.
//
// Conventions (see also docs in types.ts):
// - anchor: the env-file line that sets the value (key through value); else the config-file
//   literal or env() default that holds it; for a framework default no env file overrides, the
//   composer.lock `version` line of laravel/framework (or the composer.json require line).
// - evidence: every config key on the way, in order ("config/cache.php:18 reads env('CACHE_STORE',
//   'database') for cache.default", ".env:3 sets CACHE_STORE=redis", …). A value reached through a
//   name (a store, disk, channel, connection) carries the name's evidence first. Steps on the same
//   line are joined into one note.
// - env values appear in notes only for keys that select a driver, store, disk, channel or
//   connection. Paths, database names and everything else are named by key only.
// - path helpers resolve to app-relative paths: storage_path('logs/laravel.log') →
//   `storage/logs/laravel.log`, database_path('database.sqlite') → `database/database.sqlite`.
import { posix } from 'node:path'
import picomatch from 'picomatch'
import type { Evidence } from '../engine/types.js'
import type { Workspace } from '../engine/workspace.js'
import { laravelEnvValue, type EnvEntry } from '../env/parse.js'
import { detectVersion, joinPath, type FrameworkVersion } from './apps.js'
import {
  entryOf,
  parseConfigFile,
  type CEntry,
  type CNode,
  type ParsedConfig,
  type Site
} from './config-eval.js'
import { DEFAULT_ENV_FILES, EnvFiles, entryAnchor } from './env-files.js'
import { customConfigDir } from './config-path.js'
import { defToNode, frameworkDefaults, MERGEABLE_OPTIONS } from './framework-defaults.js'
import type {
  Anchor,
  CacheStore,
  DatabaseConnection,
  EnvAssignment,
  FilesystemDisk,
  LaravelProject,
  LogTarget,
  QueueConnection,
  ResolvedValue,
  SessionSetting
} from './types.js'

export { findApps, locateApps, detectVersion, type AppLocation } from './apps.js'
export { DEFAULT_ENV_FILES } from './env-files.js'

export interface LoadOptions {
  /** Extra config directories, relative to the app root (globs allowed); `config` is always one. */
  configPaths?: string[]
  /** Env files relative to the app root, highest precedence first. */
  envFiles?: string[]
}

type PV = string | number | boolean | null | PV[]

/** One evaluated value: what it is, which line decides it, and how we got there. */
interface Res {
  known: boolean
  value: PV
  anchor: Anchor
  steps: Evidence[]
  envFile: string | null
  exampleOnly: boolean
  /** An env() call decided the value (set in a file, or its default applied). */
  viaEnv: boolean
}

type Key = string | number
type KeyPath = Key[]

const PATH_PREFIX: Record<string, string> = {
  storage_path: 'storage',
  database_path: 'database',
  base_path: '',
  public_path: 'public',
  app_path: 'app',
  resource_path: 'resources',
  config_path: 'config',
  lang_path: 'lang'
}

function dotted(path: KeyPath): string {
  return path.join('.')
}

function phpString(v: PV): string {
  if (v === null || v === false) return ''
  if (v === true) return '1'
  if (Array.isArray(v)) return 'Array'
  return String(v)
}

function truthy(v: PV): boolean {
  if (Array.isArray(v)) return v.length > 0
  return !(v === null || v === false || v === 0 || v === '' || v === '0')
}

function display(v: PV): string | null {
  if (v === null) return null
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (Array.isArray(v)) return v.map((x) => phpString(x)).join(',')
  return String(v)
}

function normalisePath(prefix: string, arg: string): string {
  const joined = [prefix, arg.replace(/^\/+/, '')].filter((p) => p !== '').join('/')
  const cleaned = joined.replace(/\/{2,}/g, '/').replace(/\/$/, '')
  return cleaned === '' ? '.' : cleaned
}

function trimChars(s: string, chars: string, side: 'both' | 'left' | 'right'): string {
  let start = 0
  let end = s.length
  if (side !== 'right') while (start < end && chars.includes(s[start])) start++
  if (side !== 'left') while (end > start && chars.includes(s[end - 1])) end--
  return s.slice(start, end)
}

/** A note without its leading "path:line": reporters print the place beside the note already. */
function withoutPlace(step: Evidence): Evidence {
  const place = `${step.path}:${step.line}`
  const note = step.note.startsWith(`${place}: `)
    ? step.note.slice(place.length + 2)
    : step.note.startsWith(`${place} `)
      ? step.note.slice(place.length + 1)
      : step.note
  return note === step.note ? step : { ...step, note }
}

/** Appends steps, joining a step onto the previous one when both point at the same line. */
function pushSteps(into: Evidence[], steps: Evidence[]): void {
  for (const raw of steps) {
    const step = withoutPlace(raw)
    const last = into[into.length - 1]
    if (last && last.path === step.path && last.line === step.line) {
      // The joined note names the place once: "reads a; sets b".
      if (!last.note.includes(step.note))
        into[into.length - 1] = { ...last, note: `${last.note}; ${step.note}` }
    } else {
      into.push(step)
    }
  }
}

/**
 * The lines a `${NAME}` in an env value took its value from, before the line itself (which stays the
 * last env step, the one that decides). By key only: the referenced value may be anything.
 */
function referenceSteps(file: string, entry: EnvEntry): Evidence[] {
  return entry.uses.map((use) => ({
    path: file,
    line: use.line,
    note: `sets ${use.key}, which ${entry.key} takes through \${${use.key}}`
  }))
}

function chain(...parts: Evidence[][]): Evidence[] {
  const out: Evidence[] = []
  for (const p of parts) pushSteps(out, p)
  return out
}

/** PHP array_merge: string keys of `b` replace those of `a` in place, integer keys are appended. */
function arrayMerge(a: CNode, b: CNode): CNode {
  if (a.kind !== 'array' || b.kind !== 'array') return b
  const entries: CEntry[] = []
  let next = 0
  for (const source of [a, b]) {
    for (const e of source.entries) {
      if (typeof e.key === 'number') {
        entries.push({ ...e, key: next++ })
        continue
      }
      const i = entries.findIndex((x) => x.key === e.key)
      if (i >= 0) entries[i] = e
      else entries.push(e)
    }
  }
  return { kind: 'array', entries, open: a.open || b.open, site: b.site }
}

/** ConfigurationUrlParser::$driverAliases. */
const URL_DRIVER_ALIASES: Record<string, string> = {
  mssql: 'sqlsrv',
  mysql2: 'mysql',
  postgres: 'pgsql',
  postgresql: 'pgsql',
  sqlite3: 'sqlite'
}

/** The driver and database a connection url sets, as ConfigurationUrlParser reads them (parse_url). */
function parseDatabaseUrl(raw: string): { driver: string | null; database: string | null } {
  const url = raw.replace(/^(sqlite3?):\/\/\//, '$1://null/')
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url)
  if (m === null) return { driver: null, database: null }
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  }
  const scheme = decode(m[1])
  const path = decode(m[3])
  const query = new URLSearchParams(m[4] ?? '')
  return {
    driver: query.get('driver') ?? URL_DRIVER_ALIASES[scheme] ?? scheme,
    database: query.get('database') ?? (path !== '' && path !== '/' ? path.slice(1) : null)
  }
}

interface ConfigFileInfo {
  path: string
  parsed: ParsedConfig
}

class LoadedProject implements LaravelProject {
  readonly root: string
  readonly frameworkMajor: number | null
  readonly versionSource: string | null
  readonly configDirs: string[]
  readonly envFiles: string[]
  readonly workspace: Workspace
  /** The composer line that states the framework version: the anchor of framework defaults. */
  readonly versionAnchor: Anchor | null

  private readonly env: EnvFiles
  private readonly version: FrameworkVersion
  private tree: CNode | null = null
  /** Top-level config name → the app file that defines it (the primary config dir wins). */
  private readonly appFiles = new Map<string, ConfigFileInfo>()
  private readonly parsedFiles: ConfigFileInfo[] = []
  private envReadCache: Set<string> | null = null
  private readonly memo = new Map<string, unknown>()

  constructor(ws: Workspace, root: string, options: LoadOptions) {
    this.workspace = ws
    this.root = root
    this.version = detectVersion(ws, root)
    this.frameworkMajor = this.version.major
    this.versionSource = this.version.source
    this.versionAnchor = this.version.anchor
    this.configDirs = this.resolveConfigDirs(options.configPaths ?? [])
    const envNames = options.envFiles && options.envFiles.length > 0 ? options.envFiles : DEFAULT_ENV_FILES
    this.env = new EnvFiles(
      ws,
      envNames.map((f) => this.inApp(f)).filter((f): f is string => f !== null)
    )
    this.envFiles = this.env.files
  }

  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------

  private resolveConfigDirs(extra: string[]): string[] {
    const dirs: string[] = [joinPath(this.root, 'config')]
    // bootstrap/app.php may load the config from elsewhere (useConfigPath(), an Application
    // subclass's configPath()): that directory comes first; config/ stays, below it.
    const custom = customConfigDir(this.workspace, this.root)
    if (custom !== null) dirs.unshift(joinPath(this.root, custom.dir))
    const globbed = extra.filter((p) => /[*?[\]{}]/.test(p))
    for (const p of extra) {
      if (globbed.includes(p)) continue
      const dir = this.inApp(p)
      if (dir !== null && !dirs.includes(dir)) dirs.push(dir)
    }
    if (globbed.length > 0) {
      const match = picomatch(
        globbed.map((g) => g.replace(/^\.\//, '').replace(/\/+$/, '')),
        { dot: true }
      )
      const prefix = this.root === '' ? '' : `${this.root}/`
      const candidates = new Set<string>()
      for (const file of this.workspace.list(this.root)) {
        const rel = file.slice(prefix.length)
        const parts = rel.split('/')
        for (let i = 1; i < parts.length; i++) candidates.add(parts.slice(0, i).join('/'))
      }
      for (const dir of [...candidates].sort()) {
        const full = joinPath(this.root, dir)
        if (match(dir) && !dirs.includes(full)) dirs.push(full)
      }
    }
    return dirs
  }

  /** A path relative to the app root, normalised; null when it leaves the scan root. */
  private inApp(rel: string): string | null {
    if (posix.isAbsolute(rel.trim())) return null
    const normal = posix.normalize(joinPath(this.root, rel.trim())).replace(/\/+$/, '')
    if (normal === '.' || normal === '') return this.root === '' ? null : this.root
    if (normal.startsWith('../') || normal === '..') return null
    return normal
  }

  private dirSite(path: string): Site {
    return { origin: { kind: 'app', path, line: 1, column: 1, endLine: 1, endColumn: 1 }, text: '' }
  }

  /** The merged config tree, built once: app files (primary dir wins), then framework defaults. */
  private config(): CNode {
    if (this.tree !== null) return this.tree
    let root: CNode = { kind: 'array', entries: [], open: false, site: { origin: null, text: '' } }
    // Lower-priority dirs first, so the primary `config/` is merged over them (mergeConfigFrom semantics).
    for (const dir of [...this.configDirs].reverse()) {
      const dirTree: CNode = { kind: 'array', entries: [], open: false, site: this.dirSite(dir) }
      const prefix = `${dir}/`
      for (const file of this.workspace.list(dir)) {
        if (!file.startsWith(prefix) || !/\.php$/i.test(file)) continue
        const segments = file.slice(prefix.length, -4).split('/')
        const text = this.workspace.read(file)
        if (text === null) continue
        configFileInProgress = file
        const parsed = parseConfigFile(text, file)
        configFileInProgress = null
        this.parsedFiles.push({ path: file, parsed })
        if (segments.length === 1) this.appFiles.set(segments[0], { path: file, parsed })
        const value: CNode = parsed.root ?? {
          kind: 'unknown',
          site: { ...this.dirSite(file), text: 'no array returned' }
        }
        this.insert(dirTree, segments, value, file)
      }
      root = this.mergeTopLevel(root, dirTree)
    }
    const major = this.frameworkMajor
    if (major !== null && major >= 11 && root.kind === 'array') {
      const defaults = frameworkDefaults(major)
      for (const [name, def] of Object.entries(defaults)) {
        const fw = defToNode(def)
        const i = root.entries.findIndex((e) => e.key === name)
        if (i < 0) {
          root.entries.push({ key: name, value: fw, keySite: fw.site })
          continue
        }
        const app = root.entries[i].value
        let merged = arrayMerge(fw, app)
        if (merged.kind === 'array' && fw.kind === 'array' && app.kind === 'array') {
          const entries = merged.entries.map((e) => {
            if (!(MERGEABLE_OPTIONS[name] ?? []).includes(String(e.key))) return e
            const base = entryOf(fw, e.key)
            const own = entryOf(app, e.key)
            if (!base || !own) return e
            return { ...e, value: arrayMerge(base.value, own.value) }
          })
          merged = { ...merged, entries }
        }
        root.entries[i] = { ...root.entries[i], value: merged }
      }
    }
    this.tree = root
    return root
  }

  /** mergeConfigFrom(): a later dir's file is array_merged over an earlier one of the same name. */
  private mergeTopLevel(lower: CNode, higher: CNode): CNode {
    const merged = arrayMerge(lower, higher)
    if (merged.kind !== 'array') return merged
    const entries = merged.entries.map((e) => {
      const a = entryOf(lower, e.key)
      const b = entryOf(higher, e.key)
      return a && b ? { ...e, value: arrayMerge(a.value, b.value) } : e
    })
    return { ...merged, entries }
  }

  private insert(tree: CNode, segments: string[], value: CNode, file: string): void {
    let node = tree
    for (let i = 0; i < segments.length - 1; i++) {
      if (node.kind !== 'array') return
      let e = entryOf(node, segments[i])
      if (!e) {
        const dir = file
          .split('/')
          .slice(0, -(segments.length - 1 - i))
          .join('/')
        e = {
          key: segments[i],
          value: { kind: 'array', entries: [], open: false, site: this.dirSite(dir) },
          keySite: this.dirSite(dir)
        }
        node.entries.push(e)
      }
      node = e.value
    }
    if (node.kind !== 'array') return
    const last = segments[segments.length - 1]
    const i = node.entries.findIndex((e) => e.key === last)
    const entry: CEntry = { key: last, value, keySite: value.site }
    if (i >= 0) node.entries[i] = entry
    else node.entries.push(entry)
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation
  // ---------------------------------------------------------------------------------------------

  private fallbackAnchor(): Anchor {
    if (this.versionAnchor) return this.versionAnchor
    const composer = joinPath(
      this.root,
      this.workspace.isFile(joinPath(this.root, 'artisan')) ? 'artisan' : 'composer.json'
    )
    return { path: composer, line: 1, column: 1, endLine: 1, endColumn: 1 }
  }

  private anchorOf(site: Site): Anchor {
    const o = site.origin
    if (o === null) return this.fallbackAnchor()
    return { path: o.path, line: o.line, column: o.column, endLine: o.endLine, endColumn: o.endColumn }
  }

  private step(site: Site, note: string): Evidence {
    const a = this.anchorOf(site)
    return withoutPlace({ path: a.path, line: a.line, note })
  }

  private where(site: Site): string {
    const a = this.anchorOf(site)
    return `${a.path}:${a.line}`
  }

  private notSet(key: string): string {
    if (this.envFiles.length === 0) return `no production-like env file exists to set ${key}`
    return `no env file sets ${key} (checked ${this.envFiles.join(', ')})`
  }

  private evaluate(node: CNode, reveal: boolean, depth = 0): Res {
    const own = (known: boolean, value: PV, steps: Evidence[] = []): Res => ({
      known,
      value,
      anchor: this.anchorOf(node.site),
      steps,
      envFile: null,
      exampleOnly: false,
      viaEnv: false
    })
    if (depth > 100)
      return own(false, null, [this.step(node.site, `${node.site.text} is nested too deeply to evaluate`)])
    switch (node.kind) {
      case 'literal':
        return own(true, node.value)
      case 'class':
        return own(true, node.name)
      case 'unknown':
        return own(false, null, [
          this.step(
            node.site,
            `${this.where(node.site)}: ${node.site.text || 'this value'} cannot be evaluated statically`
          )
        ])
      case 'array': {
        const values: PV[] = []
        const steps: Evidence[] = []
        let known = !node.open
        for (const e of node.entries) {
          const r = this.evaluate(e.value, reveal, depth + 1)
          pushSteps(steps, r.steps)
          if (!r.known || Array.isArray(r.value)) known = false
          values.push(r.value)
        }
        return { ...own(known, known ? values : null), steps }
      }
      case 'env':
        return this.evaluateEnv(node, reveal, depth)
      case 'path': {
        const arg = node.arg ? this.evaluate(node.arg, reveal, depth + 1) : null
        if (arg && !arg.known) return { ...arg, anchor: this.anchorOf(node.site) }
        const value = normalisePath(PATH_PREFIX[node.helper] ?? '', arg ? phpString(arg.value) : '')
        return { ...own(true, value, arg?.steps ?? []), ...(arg?.envFile ? this.decidedBy(arg) : {}) }
      }
      case 'coalesce': {
        const left = this.evaluate(node.left, reveal, depth + 1)
        if (!left.known) return left
        if (left.value !== null) return left
        const right = this.evaluate(node.right, reveal, depth + 1)
        return { ...right, steps: chain(left.steps, right.steps) }
      }
      case 'ternary': {
        // PHP truthiness picks the branch; `a ?: b` gives `a` itself when it is truthy.
        const test = this.evaluate(node.test, reveal, depth + 1)
        if (!test.known) return test
        if (truthy(test.value) && node.then === null) return test
        const branch = truthy(test.value) ? (node.then ?? node.test) : node.else
        const picked = this.evaluate(branch, reveal, depth + 1)
        const note = truthy(test.value)
          ? `${node.test.site.text} is truthy, so ${branch.site.text} applies`
          : `${node.test.site.text} is empty or false, so the default ${branch.site.text} applies`
        return {
          ...picked,
          steps: chain(test.steps, [this.step(branch.site, note)], picked.steps),
          viaEnv: picked.viaEnv || test.viaEnv
        }
      }
      case 'cast': {
        const inner = this.evaluate(node.expr, reveal, depth + 1)
        if (!inner.known) return inner
        let value: PV
        if (node.to === 'string') value = phpString(inner.value)
        else if (node.to === 'bool') value = truthy(inner.value)
        else {
          const n = Number.parseFloat(phpString(inner.value))
          value = Number.isNaN(n) ? 0 : node.to === 'int' ? Math.trunc(n) : n
        }
        return { ...inner, value }
      }
      case 'concat':
      case 'call':
        return this.evaluateComposite(node, reveal, depth)
    }
  }

  private decidedBy(r: Res): Pick<Res, 'anchor' | 'envFile' | 'exampleOnly' | 'viaEnv'> {
    return { anchor: r.anchor, envFile: r.envFile, exampleOnly: r.exampleOnly, viaEnv: r.viaEnv }
  }

  private evaluateComposite(
    node: Extract<CNode, { kind: 'concat' } | { kind: 'call' }>,
    reveal: boolean,
    depth: number
  ): Res {
    const parts = (node.kind === 'concat' ? node.parts : node.args).map((p) =>
      this.evaluate(p, reveal, depth + 1)
    )
    const steps = chain(...parts.map((p) => p.steps))
    const decisive = parts.find((p) => p.envFile !== null) ?? parts.find((p) => p.viaEnv)
    const base: Res = {
      known: parts.every((p) => p.known),
      value: null,
      anchor: this.anchorOf(node.site),
      steps,
      envFile: null,
      exampleOnly: false,
      viaEnv: false,
      ...(decisive ? this.decidedBy(decisive) : {})
    }
    if (!base.known) return base
    const v = parts.map((p) => p.value)
    if (node.kind === 'concat') return { ...base, value: v.map(phpString).join('') }
    const s = (i: number): string => phpString(v[i] ?? null)
    switch (node.fn) {
      case 'explode': {
        const sep = s(0)
        if (sep === '' || v.length < 2) return { ...base, known: false }
        return { ...base, value: s(1).split(sep) }
      }
      case 'implode': {
        const list = Array.isArray(v[1]) ? v[1] : Array.isArray(v[0]) ? v[0] : null
        if (list === null) return { ...base, known: false }
        return { ...base, value: list.map(phpString).join(Array.isArray(v[1]) ? s(0) : '') }
      }
      case 'trim':
      case 'rtrim':
      case 'ltrim': {
        const chars = v.length > 1 ? s(1) : ' \n\r\t\v\0'
        const side = node.fn === 'trim' ? 'both' : node.fn === 'rtrim' ? 'right' : 'left'
        return { ...base, value: trimChars(s(0), chars, side) }
      }
      case 'strtolower':
        return { ...base, value: s(0).toLowerCase() }
      case 'strtoupper':
        return { ...base, value: s(0).toUpperCase() }
      case 'array_filter': {
        if (v.length !== 1 || !Array.isArray(v[0])) return { ...base, known: false }
        return { ...base, value: v[0].filter(truthy) }
      }
    }
  }

  private evaluateEnv(node: Extract<CNode, { kind: 'env' }>, reveal: boolean, depth: number): Res {
    const hit = this.env.lookup(node.key)
    if (hit) {
      const shown = reveal ? `=${hit.entry.value}` : ''
      const example = hit.example ? ' (from the example file; the real environment may differ)' : ''
      const anchor = entryAnchor(hit.file, hit.entry)
      return {
        known: true,
        value: laravelEnvValue(hit.entry.value),
        anchor,
        steps: [
          ...referenceSteps(hit.file, hit.entry),
          {
            path: hit.file,
            line: hit.entry.line,
            note: `${hit.file}:${hit.entry.line} sets ${node.key}${shown}${example}`
          }
        ],
        envFile: hit.file,
        exampleOnly: hit.example,
        viaEnv: true
      }
    }
    if (node.fallback === null) {
      return {
        known: true,
        value: null,
        anchor: this.anchorOf(node.site),
        steps: [this.step(node.site, `${this.notSet(node.key)}, so it is null`)],
        envFile: null,
        exampleOnly: false,
        viaEnv: true
      }
    }
    const fallback = this.evaluate(node.fallback, reveal, depth + 1)
    const note = `${this.notSet(node.key)}, so the default ${node.fallback.site.text} applies`
    return {
      ...fallback,
      steps: chain([this.step(node.fallback.site, note)], fallback.steps),
      viaEnv: true
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup by config key
  // ---------------------------------------------------------------------------------------------

  private configPathFor(name: string): string {
    return this.appFiles.get(name)?.path ?? `${this.configDirs[0]}/${name}.php`
  }

  private frameworkNote(path: KeyPath, takeover: number): string {
    const name = String(path[0])
    const file = this.configPathFor(name)
    const reason = this.appFiles.has(name)
      ? `${file} does not set ${dotted(path.slice(0, takeover + 1))}`
      : `${file} is absent`
    return `Laravel ${this.frameworkMajor ?? ''} framework default (${reason})`
  }

  /**
   * Resolves `config(path)`. `present` is false when no config file (nor framework default) sets the
   * key: config() then returns null.
   */
  private resolve(path: KeyPath, reveal: boolean): Res & { present: boolean } {
    const memoKey = `${reveal ? 'r' : 'h'}:${JSON.stringify(path)}`
    const cached = this.memo.get(memoKey) as (Res & { present: boolean }) | undefined
    if (cached) return cached
    const result = this.resolveUncached(path, reveal)
    this.memo.set(memoKey, result)
    return result
  }

  private resolveUncached(path: KeyPath, reveal: boolean): Res & { present: boolean } {
    let node = this.config()
    let takeover = -1
    let lastSite: Site | null = null
    for (let i = 0; i < path.length; i++) {
      // Below an expression we do not model (or an array with computed parts) the key may exist.
      const opaque = node.kind !== 'array' && node.kind !== 'literal'
      if (opaque || (node.kind === 'array' && node.open && !entryOf(node, path[i]))) {
        const r = this.evaluate({ kind: 'unknown', site: node.site }, reveal)
        return {
          ...r,
          present: true,
          steps: [
            this.step(
              node.site,
              `${this.where(node.site)}: ${node.site.text || dotted(path.slice(0, i))} cannot be evaluated statically, so ${dotted(path)} is unknown`
            )
          ]
        }
      }
      const e = entryOf(node, path[i])
      if (!e) {
        const at = lastSite ?? { origin: null, text: '' }
        const file = this.configPathFor(String(path[0]))
        const note =
          lastSite === null && !this.appFiles.has(String(path[0]))
            ? `${file} is absent, so ${dotted(path)} is not set`
            : `${lastSite?.origin ? `${this.where(at)}: ` : ''}${dotted(path.slice(0, i + 1))} is not set`
        return {
          known: true,
          value: null,
          anchor: this.anchorOf(at),
          steps: [this.step(at, note)],
          envFile: null,
          exampleOnly: false,
          viaEnv: false,
          present: false
        }
      }
      if (takeover < 0 && e.value.site.origin === null) takeover = i
      node = e.value
      lastSite = e.value.site
    }
    const value = this.evaluate(node, reveal)
    const text = node.site.text
    const note =
      takeover >= 0
        ? `${this.frameworkNote(path, takeover)}: ${dotted(path)} = ${text}`
        : node.kind === 'env'
          ? `${this.where(node.site)} reads ${text} for ${dotted(path)}`
          : `${this.where(node.site)} sets ${dotted(path)} to ${text}`
    const steps = chain([this.step(node.site, note)], value.steps)
    return { ...value, steps, present: true }
  }

  private toResolved(r: Res, via: Evidence[] = []): ResolvedValue {
    const evidence = chain(via, r.steps)
    const anchored = evidence.some((e) => e.path === r.anchor.path && e.line === r.anchor.line)
    return {
      value: r.known ? display(r.value) : null,
      anchor: r.anchor,
      evidence: anchored
        ? evidence
        : chain(evidence, [{ path: r.anchor.path, line: r.anchor.line, note: 'decides the value' }]),
      envFile: r.envFile,
      exampleOnly: r.exampleOnly
    }
  }

  private value(path: KeyPath, reveal: boolean, via: Evidence[] = []): ResolvedValue {
    return this.toResolved(this.resolve(path, reveal), via)
  }

  /** A name given directly (from code, or a stack's list): anchored where the config defines it. */
  private definedName(section: KeyPath, name: string, what: string): ResolvedValue | null {
    const r = this.resolve([...section, name], true)
    if (!r.present) return null
    let node = this.config()
    let entry: CEntry | undefined
    let takeover = -1
    for (let i = 0; i <= section.length; i++) {
      const key = i < section.length ? section[i] : name
      entry = entryOf(node, key)
      if (!entry) return null
      if (takeover < 0 && entry.value.site.origin === null) takeover = i
      node = entry.value
    }
    if (!entry) return null
    const site = entry.keySite.origin ? entry.keySite : entry.value.site
    const note =
      takeover >= 0
        ? `${this.frameworkNote([...section, name], takeover)} defines the ${what} '${name}'`
        : `${this.where(site)} defines the ${what} '${name}'`
    return {
      value: name,
      anchor: this.anchorOf(site),
      evidence: [this.step(site, note)],
      envFile: null,
      exampleOnly: false
    }
  }

  private unknownBecause(base: ResolvedValue, note: string): ResolvedValue {
    return {
      value: null,
      anchor: base.anchor,
      evidence: chain(base.evidence, [{ path: base.anchor.path, line: base.anchor.line, note }]),
      envFile: base.envFile,
      exampleOnly: base.exampleOnly
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Database connections
  // ---------------------------------------------------------------------------------------------

  private connectionFor(name: ResolvedValue): DatabaseConnection {
    const section = ['database', 'connections']
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, 'the database connection is unknown, so its driver is too'),
        database: null
      }
    }
    const defined = this.resolve([...section, name.value], true)
    if (!defined.present) {
      return {
        name,
        driver: this.unknownBecause(name, `no database connection named '${name.value}' is configured`),
        database: null
      }
    }
    const driver = this.value([...section, name.value, 'driver'], true, name.evidence)
    const db = this.resolve([...section, name.value, 'database'], false)
    const database = db.present ? this.toResolved(db, name.evidence) : null
    return this.withUrl({ name, driver, database }, [...section, name.value, 'url'])
  }

  /**
   * DatabaseManager::configuration() passes every connection through ConfigurationUrlParser: a
   * non-empty `url` option replaces the driver (its scheme, through the aliases) and the database
   * (its path, or a `?database=` query). The url itself is never printed (it holds the password).
   */
  private withUrl(connection: DatabaseConnection, path: KeyPath): DatabaseConnection {
    const url = this.resolve(path, false)
    // Only a url the config writes: an array with unevaluated parts may hide one, as it may any key.
    let node: CNode | undefined = this.config()
    for (const key of path) node = node ? entryOf(node, key)?.value : undefined
    if (node === undefined || !url.present) return connection
    if (url.known && (typeof url.value !== 'string' || url.value === '')) return connection
    const via = connection.name.evidence
    const from = (value: string | null, note: string): ResolvedValue => ({
      ...this.toResolved({ ...url, known: value !== null, value }, via),
      evidence: chain(via, url.steps, [{ path: url.anchor.path, line: url.anchor.line, note }])
    })
    if (!url.known || typeof url.value !== 'string') {
      const note = 'its url option cannot be evaluated, and its scheme would decide the driver'
      return { ...connection, driver: from(null, note), database: null }
    }
    const parts = parseDatabaseUrl(url.value)
    const driver =
      parts.driver === null
        ? connection.driver
        : from(parts.driver, `the scheme of its url option makes the driver '${parts.driver}'`)
    const database =
      parts.database === null ? connection.database : from(parts.database, 'its url option sets the database')
    return { ...connection, driver, database }
  }

  defaultDatabase(): DatabaseConnection {
    return this.memoised('defaultDatabase', () =>
      this.connectionFor(this.value(['database', 'default'], true))
    )
  }

  databaseConnection(name: string): DatabaseConnection | null {
    return this.memoised(`db:${name}`, () => {
      const defined = this.definedName(['database', 'connections'], name, 'database connection')
      return defined ? this.connectionFor(defined) : null
    })
  }

  /** `connection` option of a session/store/queue: a named connection, or the default when unset. */
  private optionalConnection(path: KeyPath, via: Evidence[], what: string): DatabaseConnection {
    const option = this.resolve(path, true)
    const v = option.known ? option.value : undefined
    if (v === null || v === '') {
      const tail: Evidence = {
        path: option.anchor.path,
        line: option.anchor.line,
        note: `with no connection set, ${what} the default database connection`
      }
      return this.connectionFor(this.value(['database', 'default'], true, chain(via, option.steps, [tail])))
    }
    return this.connectionFor(this.toResolved(option, via))
  }

  // ---------------------------------------------------------------------------------------------
  // LaravelProject
  // ---------------------------------------------------------------------------------------------

  private memoised<T>(key: string, make: () => T): T {
    const full = `m:${key}`
    if (this.memo.has(full)) return this.memo.get(full) as T
    const value = make()
    this.memo.set(full, value)
    return value
  }

  session(): SessionSetting {
    return this.memoised('session', () => {
      const driver = this.value(['session', 'driver'], true)
      const connection =
        driver.value !== null && driver.value.trim().toLowerCase() === 'database'
          ? this.optionalConnection(['session', 'connection'], [], 'sessions use')
          : null
      return { driver, connection }
    })
  }

  private storeFor(name: ResolvedValue): CacheStore {
    const section = ['cache', 'stores']
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, 'the cache store is unknown, so its driver is too'),
        connection: null,
        disk: null
      }
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no cache store named '${name.value}' is configured`),
        connection: null,
        disk: null
      }
    }
    const driver = this.value([...section, name.value, 'driver'], true, name.evidence)
    const d = driver.value?.trim().toLowerCase()
    const connection =
      d === 'database'
        ? this.optionalConnection(
            [...section, name.value, 'connection'],
            name.evidence,
            `the store '${name.value}' uses`
          )
        : null
    let disk: FilesystemDisk | null = null
    if (d === 'storage') {
      const option = this.resolve([...section, name.value, 'disk'], true)
      disk =
        option.known && typeof option.value === 'string' && option.value !== ''
          ? this.diskFor(this.toResolved(option, name.evidence))
          : this.diskFor(this.value(['filesystems', 'default'], true, name.evidence))
    }
    return { name, driver, connection, disk }
  }

  defaultCacheStore(): CacheStore {
    return this.memoised('defaultCacheStore', () => this.storeFor(this.value(['cache', 'default'], true)))
  }

  cacheStore(name: string): CacheStore | null {
    return this.memoised(`store:${name}`, () => {
      const defined = this.definedName(['cache', 'stores'], name, 'cache store')
      return defined ? this.storeFor(defined) : null
    })
  }

  private diskFor(name: ResolvedValue, scoping: readonly string[] = []): FilesystemDisk {
    const section = ['filesystems', 'disks']
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, 'the disk is unknown, so its driver is too'),
        root: null
      }
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no filesystem disk named '${name.value}' is configured`),
        root: null
      }
    }
    const driver = this.value([...section, name.value, 'driver'], true, name.evidence)
    if (driver.value?.trim().toLowerCase() === 'scoped') return this.scopedDisk(name, driver, scoping)
    const root = this.resolve([...section, name.value, 'root'], false)
    return { name, driver, root: root.present ? this.toResolved(root, name.evidence) : null }
  }

  /**
   * FilesystemManager::createScopedDriver builds the disk named by `disk` with a path prefix, so a
   * scoped disk writes where its parent does: its driver is the parent's.
   */
  private scopedDisk(name: ResolvedValue, driver: ResolvedValue, scoping: readonly string[]): FilesystemDisk {
    const self = name.value ?? ''
    const option = this.resolve(['filesystems', 'disks', self, 'disk'], true)
    const parent = option.known && typeof option.value === 'string' ? option.value : ''
    if (parent === '' || parent === self || scoping.includes(parent)) {
      const note = `the disk the scoped disk '${self}' writes through is unknown`
      return { name, driver: this.unknownBecause(this.toResolved(option, driver.evidence), note), root: null }
    }
    const via = this.toResolved(option, driver.evidence)
    const note = `the scoped disk '${self}' writes through the disk '${parent}'`
    const parentName: ResolvedValue = {
      ...via,
      evidence: chain(via.evidence, [{ path: via.anchor.path, line: via.anchor.line, note }])
    }
    const resolved = this.diskFor(parentName, [...scoping, self])
    return { name, driver: resolved.driver, root: resolved.root }
  }

  defaultDisk(): FilesystemDisk {
    return this.memoised('defaultDisk', () => this.diskFor(this.value(['filesystems', 'default'], true)))
  }

  disk(name: string): FilesystemDisk | null {
    return this.memoised(`disk:${name}`, () => {
      const defined = this.definedName(['filesystems', 'disks'], name, 'filesystem disk')
      return defined ? this.diskFor(defined) : null
    })
  }

  private logTargets(name: ResolvedValue, via: string[], seen: Set<string>, depth: number): LogTarget[] {
    const section = ['logging', 'channels']
    const chainNames = name.value === null ? via : [...via, name.value]
    const missing = (note: string): LogTarget[] => [
      { via: chainNames, driver: this.unknownBecause(name, note), path: null, handler: null }
    ]
    if (name.value === null) return missing('the log channel is unknown')
    if (seen.has(name.value) || depth > 20)
      return missing(`the stack refers back to the channel '${name.value}'`)
    if (!this.resolve([...section, name.value], true).present) {
      return missing(`no log channel named '${name.value}' is configured`)
    }
    const driver = this.value([...section, name.value, 'driver'], true, name.evidence)
    if (driver.value?.trim().toLowerCase() === 'stack') {
      const list = this.resolve([...section, name.value, 'channels'], true)
      const listEvidence = chain(driver.evidence, list.steps)
      // LogManager::createStackDriver explodes a string list on commas (`env('LOG_STACK', 'single')`).
      const channels = list.known && typeof list.value === 'string' ? list.value.split(',') : list.value
      if (!list.known || !Array.isArray(channels)) {
        return [
          {
            via: chainNames,
            driver: this.unknownBecause(
              this.toResolved(list, driver.evidence),
              'the channels of the stack are unknown'
            ),
            path: null,
            handler: null
          }
        ]
      }
      const next = new Set(seen).add(name.value)
      const targets: LogTarget[] = []
      for (const item of channels) {
        const channel = phpString(item).trim()
        const sub: ResolvedValue = {
          value: channel,
          anchor: list.anchor,
          evidence: chain(listEvidence, [
            {
              path: list.anchor.path,
              line: list.anchor.line,
              note: `the stack '${name.value}' includes the channel '${channel}'`
            }
          ]),
          envFile: list.envFile,
          exampleOnly: list.exampleOnly
        }
        targets.push(...this.logTargets(sub, chainNames, next, depth + 1))
      }
      return targets
    }
    const base = [...section, name.value]
    let handler: ResolvedValue | null = null
    const pathKeys: KeyPath[] = []
    if (driver.value?.trim().toLowerCase() === 'monolog') {
      const h = this.resolve([...base, 'handler'], true)
      handler = h.present ? this.toResolved(h, name.evidence) : null
      // LogManager merges `with` and `handler_with` (the latter wins) into the handler's arguments.
      pathKeys.push(
        ['handler_with', 'stream'],
        ['with', 'stream'],
        ['handler_with', 'filename'],
        ['with', 'filename']
      )
    }
    pathKeys.push(['path'])
    let path: ResolvedValue | null = null
    for (const key of pathKeys) {
      const r = this.resolve([...base, ...key], false)
      if (r.present) {
        path = this.toResolved(r, name.evidence)
        break
      }
    }
    return [{ via: chainNames, driver, path, handler }]
  }

  logChannel(name: string): LogTarget[] | null {
    return this.memoised(`log:${name}`, () => {
      const defined = this.definedName(['logging', 'channels'], name, 'log channel')
      return defined ? this.logTargets(defined, [], new Set(), 0) : null
    })
  }

  defaultLogTargets(): LogTarget[] {
    return this.memoised('defaultLogTargets', () =>
      this.logTargets(this.value(['logging', 'default'], true), [], new Set(), 0)
    )
  }

  private queueFor(name: ResolvedValue): QueueConnection {
    const section = ['queue', 'connections']
    if (name.value === 'null') return this.nullDriverQueue(name, "the queue connection name 'null'")
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, 'the queue connection is unknown, so its driver is too'),
        connection: null
      }
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no queue connection named '${name.value}' is configured`),
        connection: null
      }
    }
    const driver = this.value([...section, name.value, 'driver'], true, name.evidence)
    const connection =
      driver.value?.trim().toLowerCase() === 'database'
        ? this.optionalConnection(
            [...section, name.value, 'connection'],
            name.evidence,
            `the queue '${name.value}' uses`
          )
        : null
    return { name, driver, connection }
  }

  defaultQueue(): QueueConnection {
    return this.memoised('defaultQueue', () => {
      const raw = this.resolve(['queue', 'default'], true)
      // QUEUE_CONNECTION=null reads as PHP null: queue.default is null, not unknown.
      if (raw.present && raw.known && raw.value === null)
        return this.nullDriverQueue(this.toResolved(raw), 'queue.default is null')
      return this.queueFor(this.toResolved(raw))
    })
  }

  /**
   * QueueManager::getConfig(): a null connection name, or the name 'null', gets
   * `['driver' => 'null']` whatever the configured connections say.
   */
  private nullDriverQueue(name: ResolvedValue, why: string): QueueConnection {
    const note = `${why}, so Laravel's queue manager uses the 'null' driver`
    return {
      name,
      driver: {
        value: 'null',
        anchor: name.anchor,
        evidence: chain(name.evidence, [{ path: name.anchor.path, line: name.anchor.line, note }]),
        envFile: name.envFile,
        exampleOnly: name.exampleOnly
      },
      connection: null
    }
  }

  /** A queue connection by name, null when the app defines none of that name. */
  queueConnection(name: string): QueueConnection | null {
    return this.memoised(`queue:${name}`, () => {
      const defined = this.definedName(['queue', 'connections'], name, 'queue connection')
      return defined ? this.queueFor(defined) : null
    })
  }

  scheduleCacheStore(useCacheName?: string): CacheStore {
    if (useCacheName !== undefined) {
      const store = this.cacheStore(useCacheName)
      if (store) return store
      const at = this.fallbackAnchor()
      const name: ResolvedValue = {
        value: useCacheName,
        anchor: at,
        evidence: [
          { path: at.path, line: at.line, note: `Schedule::useCache('${useCacheName}') names the store` }
        ],
        envFile: null,
        exampleOnly: false
      }
      return this.storeFor(name)
    }
    return this.memoised('scheduleCacheStore', () => {
      // Console Kernel::cacheDriver(): config('cache.schedule_store', env('SCHEDULE_CACHE_DRIVER',
      // fn () => env('SCHEDULE_CACHE_STORE'))); 10.x knows only SCHEDULE_CACHE_DRIVER.
      const configured = this.resolve(['cache', 'schedule_store'], true)
      if (configured.present) {
        if (configured.known && typeof configured.value === 'string' && configured.value !== '')
          return this.storeFor(this.toResolved(configured))
        if (!configured.known) return this.storeFor(this.toResolved(configured))
        const note = chain(configured.steps, [
          {
            path: configured.anchor.path,
            line: configured.anchor.line,
            note: 'cache.schedule_store is null, so the scheduler uses the default cache store'
          }
        ])
        return this.storeFor(this.value(['cache', 'default'], true, note))
      }
      const keys =
        this.frameworkMajor !== null && this.frameworkMajor < 11
          ? ['SCHEDULE_CACHE_DRIVER']
          : ['SCHEDULE_CACHE_DRIVER', 'SCHEDULE_CACHE_STORE']
      for (const key of keys) {
        const hit = this.env.lookup(key)
        if (!hit) continue
        const example = hit.example ? ' (from the example file; the real environment may differ)' : ''
        const mapped = laravelEnvValue(hit.entry.value)
        const name: ResolvedValue = {
          value: typeof mapped === 'string' && mapped !== '' ? mapped : null,
          anchor: entryAnchor(hit.file, hit.entry),
          evidence: [
            ...referenceSteps(hit.file, hit.entry),
            {
              path: hit.file,
              line: hit.entry.line,
              note: `sets ${key}=${hit.entry.value}, which the scheduler reads for its cache store${example}`
            }
          ],
          envFile: hit.file,
          exampleOnly: hit.example
        }
        if (name.value !== null) return this.storeFor(name)
      }
      const at = this.resolve(['cache', 'default'], true)
      const first = at.steps[0]
      const lead: Evidence[] = first
        ? [
            {
              path: first.path,
              line: first.line,
              note: `the scheduler uses the default cache store, as cache.schedule_store is not set and no env file sets ${keys.join(' or ')}`
            }
          ]
        : []
      return this.storeFor(this.value(['cache', 'default'], true, lead))
    })
  }

  maintenanceDriver(): ResolvedValue {
    return this.memoised('maintenance', () => {
      const r = this.resolve(['app', 'maintenance', 'driver'], true)
      // MaintenanceModeManager: config('app.maintenance.driver', 'file'). Only when the app's own
      // config/app.php was read (10.x apps from before the key existed); no file tells us nothing.
      if (r.present || !this.appFiles.has('app')) return this.toResolved(r)
      const tail = ", so Laravel's maintenance mode uses its default, the 'file' driver"
      const steps = r.steps.map((s, i) => (i === r.steps.length - 1 ? { ...s, note: `${s.note}${tail}` } : s))
      // The anchor is where the array starts: its first line, not the whole array.
      const anchor = { ...r.anchor, endLine: r.anchor.line, endColumn: r.anchor.column + 1 }
      return this.toResolved({ ...r, known: true, value: 'file', anchor, steps })
    })
  }

  /** Any config value by dotted key (`filesystems.default`), as `config()` would return it. */
  configValue(key: string): ResolvedValue | null {
    const r = this.resolve(key.split('.'), false)
    return r.present ? this.toResolved(r) : null
  }

  envAssignments(): EnvAssignment[] {
    return this.env.assignments()
  }

  configKeyReadingEnv(envKey: string): { key: string; at: Evidence | null } | null {
    // Depth first in the merged tree's order, so the first file (and entry) that reads it wins.
    const search = (
      node: CNode,
      path: Array<string | number>
    ): { key: string; at: Evidence | null } | null => {
      if (node.kind !== 'array') return null
      for (const entry of node.entries) {
        const keys = [...path, entry.key]
        let value = entry.value
        // `(bool) env('X')` is still the value of X.
        if (value.kind === 'cast') value = value.expr
        if (value.kind === 'env' && value.key === envKey) {
          const key = keys.join('.')
          const at =
            value.site.origin === null
              ? null
              : this.step(value.site, `config('${key}') reads env('${envKey}')`)
          return { key, at }
        }
        const found = search(entry.value, keys)
        if (found !== null) return found
      }
      return null
    }
    return search(this.config(), [])
  }

  configReadsEnv(key: string): boolean {
    if (this.envReadCache === null) {
      const keys = new Set<string>()
      const root = this.config()
      for (const f of this.parsedFiles) for (const k of f.parsed.envReads) keys.add(k)
      // Framework defaults that survived the merge read their env keys too.
      const stack: CNode[] = [root]
      while (stack.length > 0) {
        const node = stack.pop() as CNode
        if (node.kind === 'env' && node.site.origin === null) keys.add(node.key)
        if (node.kind === 'array') for (const e of node.entries) stack.push(e.value)
        else if (node.kind === 'env' && node.fallback) stack.push(node.fallback)
        else if (node.kind === 'concat') stack.push(...node.parts)
        else if (node.kind === 'call') stack.push(...node.args)
        else if (node.kind === 'cast') stack.push(node.expr)
        else if (node.kind === 'coalesce') stack.push(node.left, node.right)
        else if (node.kind === 'ternary') stack.push(node.test, ...(node.then ? [node.then] : []), node.else)
        else if (node.kind === 'path' && node.arg) stack.push(node.arg)
      }
      this.envReadCache = keys
    }
    return this.envReadCache.has(key)
  }

  isConfigFile(path: string): boolean {
    return this.configDirs.some((dir) => path.startsWith(`${dir}/`))
  }

  /** Problems met while reading config files (syntax errors, files that return no array). */
  configProblems(): string[] {
    this.config()
    return this.parsedFiles.flatMap((f) => f.parsed.problems)
  }
}

export type { LoadedProject }

/** Loads one app. Never throws for bad input: unreadable parts resolve to unknown (null) values. */
/** The config file being parsed, if a parse is under way (or was stopped midway by the watchdog). */
let configFileInProgress: string | null = null

/** The config file whose parse the watchdog stopped, for its message (src/engine/audit.ts). */
export function configFileBeingParsed(): string | null {
  return configFileInProgress
}

export function loadProject(
  ws: Workspace,
  appRoot: string,
  options: LoadOptions = {}
): LaravelProject & LoadedProjectExtras {
  return new LoadedProject(ws, appRoot, options)
}

/** Members beyond LaravelProject that the loaded project offers. */
export interface LoadedProjectExtras {
  versionAnchor: Anchor | null
  queueConnection(name: string): QueueConnection | null
  configValue(key: string): ResolvedValue | null
  configProblems(): string[]
}
