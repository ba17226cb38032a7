// Runs an audit of a directory on disk: the CLI's whole job, and the action's when it audits a checkout.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { DiffScope, FilterMode } from '../diff/filter.js'
import type { AuditResult } from '../report/result.js'
import { allRuleIds } from '../rules/registry.js'
import { TOOL_VERSION } from '../version.js'
import { audit } from './audit.js'
import { type AuditConfig, CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, UsageError } from './config-file.js'
import { FsWorkspace } from './fs-workspace.js'
import { gitScope } from './git-scope.js'
import type { CacheOptions } from './result-cache.js'
import { type Finding, severityRank, type Severity } from './types.js'
import type { Workspace } from './workspace.js'

export type FailOn = Severity | 'never'

export function failsOn(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return findings.some((f) => severityRank(f.severity) <= severityRank(failOn))
}

/**
 * The `stateless-audit.json` that applies to `root`: its own, else the nearest one in a directory
 * above it, up to the repository's root (the directory holding `.git`); outside a repository only
 * `root`'s own. Null when there is none.
 */
export function findConfigFile(root: string): string | null {
  const start = path.resolve(root)
  const own = path.join(start, CONFIG_FILE_NAME)
  if (existsSync(own)) return own
  const above: string[] = []
  for (let dir = start; ;) {
    if (existsSync(path.join(dir, '.git'))) {
      for (const candidate of above) if (existsSync(candidate)) return candidate
      return null
    }
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
    above.push(path.join(dir, CONFIG_FILE_NAME))
  }
}

/** The config file given explicitly, else the one findConfigFile() finds, else defaults. */
export function loadConfig(root: string, configFile: string | null): AuditConfig {
  const file = configFile ?? findConfigFile(root)
  if (file === null) return DEFAULT_CONFIG
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new UsageError(`config file ${file} cannot be read (does it exist?).`)
  }
  return parseConfig(text, path.relative(process.cwd(), file) || file, allRuleIds())
}

export interface RunOptions {
  root: string
  base: string | null
  filterMode: FilterMode
  configFile: string | null
  /** A scope computed by the caller (the action, from the pull request); overrides `base`. */
  scope?: DiffScope | null
  /** File contents to audit (the action reads the head commit from git objects); default: `root` on disk. */
  workspace?: Workspace
  progress?: (message: string) => void
  /** Reuse the outcomes of an earlier run for unchanged files (CLI --cache). */
  cache?: CacheOptions
  /** Renamed files, path now → path before (relative to `root`): see AuditRequest.previousPaths. */
  previousPaths?: ReadonlyMap<string, string>
}

export async function runAudit(options: RunOptions): Promise<AuditResult> {
  // summary.durationMs covers the whole run: the config file and the git scope included.
  const startedAt = performance.now()
  const root = path.resolve(options.root)
  let stat
  try {
    stat = statSync(root)
  } catch {
    throw new UsageError(`${options.root} does not exist.`)
  }
  if (!stat.isDirectory())
    throw new UsageError(`${options.root} is not a directory: give the Laravel app's folder.`)
  const config = loadConfig(root, options.configFile)
  const scope =
    options.scope !== undefined ? options.scope : options.base === null ? null : gitScope(root, options.base)
  return audit({
    workspace: options.workspace ?? new FsWorkspace(root),
    root,
    version: TOOL_VERSION,
    config,
    scope,
    filterMode: options.base === null && options.scope == null ? 'all' : options.filterMode,
    progress: options.progress,
    cache: options.cache,
    startedAt,
    previousPaths: options.previousPaths
  })
}
