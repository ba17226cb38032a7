// The result cache (CLI `--cache`): a file whose text, the app's configuration and the tool are
// all as they were in an earlier run gets that run's outcome back instead of being analysed again.
//
// A file's outcome depends on its path and text, on the rules and settings, on the tool's own
// code, and on what the Laravel project model read: config files, env files, composer files, the
// files some rules open themselves. Those reads go through a recording workspace; the cache keeps
// each one's result (a content hash, a listing's hash, isFile's answer) and every one of them must
// come out the same on the current tree before any cached outcome is used. A file is unchanged
// when the workspace's signature of it (inode, size, times) is the stored one, so it is not even
// read, or else when its contents hash to the stored SHA-256 (a fresh checkout changes every time).
import * as crypto from 'node:crypto'
import { internalErrorRule } from '../rules/meta-rules.js'
import { allRuleMetas } from '../rules/registry.js'
import type { FileOutcome, FileReport } from './audit-file.js'
import type { Suppression } from './suppressions.js'
import { SEVERITIES, type Evidence, type RuleMeta, type RuleReport } from './types.js'
import type { Workspace } from './workspace.js'

/** Where the cache lives: the CLI's file (src/engine/cache-file.ts), or memory in tests. */
export interface CacheStore {
  /** The stored cache, or null when there is none or it cannot be read. */
  read(): string | null
  /** Stores the cache. Never throws: a store reports its own failures (a cache is not worth a run). */
  write(text: string): void
}

export interface CacheOptions {
  store: CacheStore
  /**
   * What identifies the code that produced the outcomes (the bundle's hash): a cache written by
   * another build of the tool is not used.
   */
  identity: string
}

/** Bumped whenever the stored shape changes. */
const CACHE_FORMAT = 5

/** An outcome's flags, in StoredCache.files. */
const PARSE_ERROR = 1
const SKIPPED = 2
const TEXT_KEPT = 4

const BAR = 0x7c
const DIGIT_0 = 0x30

type StoredReport = [ruleId: string, report: RuleReport, capAtNotice: boolean]

interface StoredCache {
  format: number
  key: string
  /** What the project model read, and what each read gave: `r:path`, `f:path`, `l:dir` → value. */
  inputs: Record<string, string>
  /**
   * Per file: `mode|signature|flags|digest` — the analysis mode, the workspace's signature when it
   * had one (else empty), the outcome's flags and the content hash. One string each: a whole
   * app's cache parses into a few thousand strings, not tens of thousands of objects.
   */
  files: Record<string, string>
  /** The reports and suppressions of the files that have any. */
  details: Record<string, [StoredReport[], Suppression[]]>
  /** The project model's part of the results, when no project rule failed. */
  project: { apps: string; envFiles: string[]; reports: StoredReport[] } | null
}

/** What a run takes from the project model besides the files' outcomes (src/engine/audit.ts). */
export interface ProjectPart {
  /** The apps and their Laravel versions, for the progress line. */
  apps: string
  envFiles: string[]
  /** The project rules' reports. */
  reports: FileReport[]
}

interface Entry {
  digest: string
  mode: string
  signature: string
  flags: number
  reports: StoredReport[]
  suppressions: Suppression[]
}

/** `mode|signature|flags|digest`: an unchanged file is recognised by the line's start alone. */
function entryLine(e: Entry): string {
  return `${e.mode}|${e.signature}|${e.flags}|${e.digest}`
}

/**
 * SHA-256 of a text, base64, cut to 132 bits: as safe against a chance collision, and a smaller
 * cache to read and write. (crypto.hash is Node 20.12+; older 20.x has createHash only.)
 */
export function digestOf(text: string): string {
  const full =
    typeof crypto.hash === 'function'
      ? crypto.hash('sha256', text, 'base64')
      : crypto.createHash('sha256').update(text).digest('base64')
  return full.slice(0, 22)
}

function readValue(text: string | null): string {
  return text === null ? '-' : digestOf(text)
}

/** One of the recorded workspace calls, evaluated on `workspace`. */
function evaluateInput(workspace: Workspace, input: string): string | null {
  const arg = input.slice(2)
  switch (input.slice(0, 2)) {
    case 'r:':
      return readValue(workspace.read(arg))
    case 'f:':
      return workspace.isFile(arg) ? '1' : '0'
    case 'l:':
      return digestOf(workspace.list(arg).join('\n'))
    default:
      return null
  }
}

function isStoredCache(value: unknown): value is StoredCache {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v.format === CACHE_FORMAT &&
    typeof v.key === 'string' &&
    typeof v.inputs === 'object' &&
    v.inputs !== null &&
    typeof v.files === 'object' &&
    v.files !== null &&
    typeof v.details === 'object' &&
    v.details !== null &&
    typeof v.project === 'object'
  )
}

// A stored report or suppression is checked in full: one of the wrong shape would fail the run
// where it is used (a damaged cache must cost only time).
function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Partial<Evidence>
  return typeof e.path === 'string' && typeof e.line === 'number' && typeof e.note === 'string'
}

function isReport(value: unknown): value is RuleReport {
  if (typeof value !== 'object' || value === null) return false
  const r = value as Partial<RuleReport>
  const span = r.span as Partial<RuleReport['span']> | undefined
  return (
    typeof r.path === 'string' &&
    typeof r.message === 'string' &&
    Array.isArray(r.evidence) &&
    r.evidence.every(isEvidence) &&
    (r.severity === undefined || SEVERITIES.includes(r.severity)) &&
    (r.fingerprintKey === undefined || typeof r.fingerprintKey === 'string') &&
    (r.suggestion === undefined || typeof r.suggestion === 'string') &&
    typeof span === 'object' &&
    span !== null &&
    [span.line, span.column, span.endLine, span.endColumn].every((n) => typeof n === 'number')
  )
}

function isSuppression(value: unknown): value is Suppression {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Partial<Suppression>
  return (
    typeof s.path === 'string' &&
    [s.line, s.column, s.endColumn, s.targetLine].every((n) => typeof n === 'number') &&
    Array.isArray(s.ruleIds) &&
    s.ruleIds.every((id) => typeof id === 'string') &&
    (s.reason === null || typeof s.reason === 'string')
  )
}

function storedReports(reports: readonly FileReport[]): StoredReport[] {
  return reports.map((r) => [r.meta.id, r.report, r.capAtNotice])
}

/**
 * The flags of a stored line `mode|signature|flags|digest` that starts with this `mode` and
 * `signature`, else -1. Runs once per file of a cached run: compares in place, allocates nothing.
 */
function unchangedFlags(line: string, mode: string, signature: string): number {
  const flagsAt = mode.length + signature.length + 2
  if (
    !line.startsWith(mode) ||
    line.charCodeAt(mode.length) !== BAR ||
    !line.startsWith(signature, mode.length + 1) ||
    line.charCodeAt(flagsAt - 1) !== BAR ||
    line.charCodeAt(flagsAt + 1) !== BAR ||
    line.indexOf('|', flagsAt + 2) !== -1
  )
    return -1
  const flags = line.charCodeAt(flagsAt) - DIGIT_0
  return flags >= 0 && flags <= 7 ? flags : -1
}

export interface CacheStats {
  /** Files whose outcome came from the cache. */
  hits: number
  /** Files analysed (and stored). */
  misses: number
}

export class ResultCache {
  private readonly options: CacheOptions
  private readonly key: string
  /** What the project model read in this run (first answer of each call). */
  private readonly inputs = new Map<string, string>()
  /** The earlier run's entries, once its inputs were checked; empty when they differ. */
  private previousFiles: Record<string, string> = {}
  private previousDetails: StoredCache['details'] = {}
  private previousInputs: Record<string, string> = {}
  private previousProject: StoredCache['project'] = null
  private project: StoredCache['project'] = null
  /** Signatures taken by unchangedBySignature() of the files it left to outcome(). */
  private readonly signatures = new Map<string, string | null>()
  /** This run's entries: an unchanged file's stored line as it was, else the new entry. */
  private readonly current = new Map<string, Entry | string>()
  private readonly metas = new Map<string, RuleMeta>(allRuleMetas().map((m) => [m.id, m]))
  /** The stored cache could not be used as it was: it must be written even without a miss. */
  private stale = false
  /**
   * An input open() checked gave another answer when the project model read it: it changed during
   * the run, after outcomes were taken from the cache. Those outcomes belong to the old answer.
   */
  private inputsMoved = false
  readonly stats: CacheStats = { hits: 0, misses: 0 }

  /**
   * `key`: everything else an outcome depends on that the run knows up front (the tool's version,
   * the config file's settings, the apps found, the optimisations that change outcomes).
   */
  constructor(options: CacheOptions, key: unknown) {
    this.options = options
    this.key = JSON.stringify({ identity: options.identity, key })
  }

  /** `workspace`, with every call recorded as an input of the outcomes (give it to the project model). */
  recording(workspace: Workspace): Workspace {
    const note = (input: string, value: string): void => {
      if (Object.hasOwn(this.previousInputs, input) && this.previousInputs[input] !== value)
        this.inputsMoved = true
      if (!this.inputs.has(input)) this.inputs.set(input, value)
    }
    return {
      read: (path) => {
        const text = workspace.read(path)
        note(`r:${path}`, readValue(text))
        return text
      },
      isFile: (path) => {
        const answer = workspace.isFile(path)
        note(`f:${path}`, answer ? '1' : '0')
        return answer
      },
      list: (dir) => {
        const listing = workspace.list(dir)
        note(`l:${dir}`, digestOf(listing.join('\n')))
        return listing
      }
    }
  }

  /**
   * Reads the stored cache and keeps its entries only when its key matches and every input it
   * recorded gives the same answer on `workspace` now. Call once, before outcome().
   */
  open(workspace: Workspace): void {
    const text = this.options.store.read()
    let stored: unknown = null
    try {
      if (text !== null) stored = JSON.parse(text)
    } catch {
      // A damaged cache is an empty one.
    }
    if (!isStoredCache(stored) || stored.key !== this.key) {
      this.stale = true
      return
    }
    for (const [input, value] of Object.entries(stored.inputs)) {
      if (typeof value !== 'string' || evaluateInput(workspace, input) !== value) {
        this.stale = true
        return
      }
    }
    this.previousInputs = stored.inputs
    this.previousFiles = stored.files
    this.previousDetails = stored.details
    this.previousProject = stored.project
    this.project = stored.project
  }

  /** The project model's part of the stored results, when open() kept them. */
  storedProject(): ProjectPart | null {
    const stored = this.previousProject
    if (stored === null || typeof stored !== 'object') return null
    if (
      typeof stored.apps !== 'string' ||
      !Array.isArray(stored.envFiles) ||
      !stored.envFiles.every((f) => typeof f === 'string') ||
      !Array.isArray(stored.reports)
    )
      return null
    const reports = this.reviveReports(stored.reports)
    if (reports === null) return null
    return { apps: stored.apps, envFiles: stored.envFiles, reports }
  }

  /** This run's project part; one with an internal error is not kept (the next run tries again). */
  storeProject(part: ProjectPart): void {
    const failed = part.reports.some((r) => r.meta === internalErrorRule)
    const project = failed
      ? null
      : { apps: part.apps, envFiles: part.envFiles, reports: storedReports(part.reports) }
    if (JSON.stringify(project) !== JSON.stringify(this.project)) this.stale = true
    this.project = project
  }

  /**
   * The stored outcomes of the files whose signature and analysis mode are unchanged, without
   * reading them (except the few whose outcome needs the text). The others go to outcome().
   */
  unchangedBySignature(
    paths: readonly string[],
    workspace: Workspace,
    mode: string
  ): Map<string, FileOutcome> {
    const out = new Map<string, FileOutcome>()
    if (workspace.signature === undefined) return out
    const files = this.previousFiles
    for (const path of paths) {
      const signature = workspace.signature(path)
      const line = signature !== null && Object.hasOwn(files, path) ? files[path] : undefined
      const flags = typeof line === 'string' ? unchangedFlags(line, mode, signature as string) : -1
      const revived = flags < 0 ? null : this.reviveUnchanged(path, flags, workspace)
      if (revived === null) {
        this.signatures.set(path, signature)
        continue
      }
      this.current.set(path, line as string)
      this.stats.hits++
      out.set(path, revived)
    }
    return out
  }

  /**
   * The outcome of `path`: the stored one when the file is unchanged (by its signature, else by
   * its content hash) and was analysed in the same mode; otherwise `analyse`'s, stored for the
   * next run. `analyse` gets the text, or null when the file cannot be read; it may return null
   * (screenFile(): the file needs a parse), and then so does this, storing nothing.
   */
  outcome<R extends FileOutcome | null>(
    path: string,
    workspace: Workspace,
    mode: string,
    analyse: (text: string | null) => R
  ): FileOutcome | R {
    const previous = this.entry(path)
    const signature = this.signatures.has(path)
      ? (this.signatures.get(path) ?? null)
      : (workspace.signature?.(path) ?? null)
    const text = workspace.read(path)
    if (text === null) return analyse(null)
    const digest = digestOf(text)
    if (previous !== null && previous.mode === mode && previous.digest === digest) {
      const revived = this.revive(path, previous, text)
      if (revived !== null) {
        // The same content with a new signature (a fresh checkout): next time by the signature.
        this.current.set(path, { ...previous, signature: signature ?? '' })
        if ((signature ?? '') !== previous.signature) this.stale = true
        this.stats.hits++
        return revived
      }
    }
    const outcome = analyse(text)
    if (outcome === null) return outcome
    this.stats.misses++
    // Not an internal error: the next run tries again.
    if (!outcome.reports.some((r) => r.meta === internalErrorRule)) {
      this.current.set(path, {
        digest,
        mode,
        signature: signature ?? '',
        flags:
          (outcome.parseError ? PARSE_ERROR : 0) |
          (outcome.skipped ? SKIPPED : 0) |
          (outcome.text !== null ? TEXT_KEPT : 0),
        reports: storedReports(outcome.reports),
        suppressions: outcome.suppressions
      })
    }
    return outcome
  }

  /**
   * Writes the cache when anything changed. `keepUnseen`: keep the entries of files this run did not
   * audit (a scoped run sees a few files; a whole-app run drops the files that are gone).
   */
  save(keepUnseen: boolean): void {
    // Stored with the new answer, the reused outcomes would pass for current in the next run; the
    // cache as it was keeps the old answer, so the next run finds the change and analyses again.
    if (this.inputsMoved) return
    const inputs: Record<string, string> = { ...this.previousInputs }
    let newInputs = false
    for (const [input, value] of this.inputs) {
      if (inputs[input] !== value) newInputs = true
      inputs[input] = value
    }
    const previousCount = Object.keys(this.previousFiles).length
    const changed =
      this.stale || newInputs || this.stats.misses > 0 || (!keepUnseen && this.current.size !== previousCount)
    if (!changed) return
    const files: Record<string, string> = {}
    const details: StoredCache['details'] = {}
    const keep = (path: string, entry: Entry | string): void => {
      if (typeof entry === 'string') {
        files[path] = entry
        if (Object.hasOwn(this.previousDetails, path)) details[path] = this.previousDetails[path]
        return
      }
      files[path] = entryLine(entry)
      if (entry.reports.length > 0 || entry.suppressions.length > 0)
        details[path] = [entry.reports, entry.suppressions]
    }
    if (keepUnseen) {
      for (const [path, line] of Object.entries(this.previousFiles))
        if (!this.current.has(path)) keep(path, line)
    }
    for (const [path, entry] of this.current) keep(path, entry)
    const stored: StoredCache = {
      format: CACHE_FORMAT,
      key: this.key,
      inputs,
      files,
      details,
      project: this.project
    }
    try {
      this.options.store.write(JSON.stringify(stored))
    } catch {
      // The store reports its own failures; a failing cache must not cost the findings.
    }
  }

  /** The earlier run's entry of `path`, or null. */
  private entry(path: string): Entry | null {
    if (!Object.hasOwn(this.previousFiles, path)) return null
    const line = this.previousFiles[path]
    if (typeof line !== 'string') return null
    const [mode, signature, flags, digest, extra] = line.split('|')
    if (extra !== undefined || flags === undefined || !/^[0-7]$/.test(flags)) return null
    const detail = this.detail(path)
    if (detail === null) return null
    return {
      digest,
      mode,
      signature,
      flags: Number(flags),
      reports: detail?.[0] ?? [],
      suppressions: detail?.[1] ?? []
    }
  }

  private reviveReports(stored: readonly StoredReport[]): FileReport[] | null {
    const reports: FileReport[] = []
    for (const item of stored) {
      const meta = Array.isArray(item) ? this.metas.get(item[0]) : undefined
      if (meta === undefined || !isReport(item[1])) return null
      reports.push({ meta, report: item[1], capAtNotice: item[2] === true })
    }
    return reports
  }

  /** The stored outcome of a file recognised by its signature (read only when its text was kept). */
  private reviveUnchanged(path: string, flags: number, workspace: Workspace): FileOutcome | null {
    const detail = this.detail(path)
    if (detail === null) return null
    const text = flags & TEXT_KEPT ? workspace.read(path) : ''
    if (text === null) return null
    return this.revive(path, { flags, reports: detail?.[0] ?? [], suppressions: detail?.[1] ?? [] }, text)
  }

  /** The stored reports and suppressions of `path`: undefined when it has none, null when damaged. */
  private detail(path: string): [StoredReport[], Suppression[]] | undefined | null {
    if (!Object.hasOwn(this.previousDetails, path)) return undefined
    const detail = this.previousDetails[path]
    return Array.isArray(detail) &&
      Array.isArray(detail[0]) &&
      Array.isArray(detail[1]) &&
      detail[1].every(isSuppression)
      ? detail
      : null
  }

  private revive(
    path: string,
    entry: Pick<Entry, 'flags' | 'reports' | 'suppressions'>,
    text: string
  ): FileOutcome | null {
    const reports = this.reviveReports(entry.reports)
    if (reports === null) return null
    return {
      path,
      read: true,
      parseError: (entry.flags & PARSE_ERROR) !== 0,
      skipped: (entry.flags & SKIPPED) !== 0,
      reports,
      suppressions: entry.suppressions,
      text: entry.flags & TEXT_KEPT ? text : null
    }
  }
}
