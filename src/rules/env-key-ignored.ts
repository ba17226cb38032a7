// A production-like env file sets a key the app's config no longer reads, while the renamed key is
// read: the operator thinks they picked redis/s3, but the default is used.
import type { RuleReport } from '../engine/types.js'
import type { LaravelProject, ResolvedValue } from '../laravel/types.js'
import type { ProjectRule } from './types.js'
import { decide, isExampleEnvFile, isFrameworkDefaultPath, reportAt, type Decision } from './local-drivers.js'

interface Rename {
  old: string
  current: string
  config: string
  /** What the current key selects, for the message: "the cache store". */
  what: string
  /** The value in effect, when the model resolves it. */
  effective(project: LaravelProject): ResolvedValue | null
}

const RENAMES: Rename[] = [
  {
    old: 'CACHE_DRIVER',
    current: 'CACHE_STORE',
    config: 'config/cache.php',
    what: 'cache store',
    effective: (p) => p.defaultCacheStore().name
  },
  {
    old: 'FILESYSTEM_DRIVER',
    current: 'FILESYSTEM_DISK',
    config: 'config/filesystems.php',
    what: 'disk',
    effective: (p) => p.defaultDisk().name
  },
  {
    old: 'BROADCAST_DRIVER',
    current: 'BROADCAST_CONNECTION',
    config: 'config/broadcasting.php',
    what: 'broadcast connection',
    // The model does not resolve broadcasting: the message names no value.
    effective: () => null
  }
]

export const envKeyIgnored: ProjectRule = {
  meta: {
    id: 'env-key-ignored',
    level: 'project',
    defaultSeverity: 'warning',
    summary:
      'An env file sets CACHE_DRIVER, FILESYSTEM_DRIVER or BROADCAST_DRIVER, but the config reads the renamed key, so the setting is ignored.',
    help:
      'Laravel 11 renamed CACHE_DRIVER to CACHE_STORE and BROADCAST_DRIVER to BROADCAST_CONNECTION; Laravel 9 ' +
      'renamed FILESYSTEM_DRIVER to FILESYSTEM_DISK. When the config reads only the new key, the old one in the ' +
      'env file does nothing and the config default (often file, database or local) is used on every server. ' +
      'Rename the key in the env file (and on the servers).'
  },
  check(project) {
    const reports: RuleReport[] = []
    const assignments = project.envAssignments()
    for (const rename of RENAMES) {
      if (project.configReadsEnv(rename.old) || !project.configReadsEnv(rename.current)) continue
      // A later ${CACHE_DRIVER} in the same file reads the value: the key is used, not ignored.
      const sets = assignments.filter((a) => a.key === rename.old && a.referenced !== true)
      if (sets.length === 0) continue
      const effective = rename.effective(project)
      const configName = readingConfig(project, rename, effective)
      for (const a of sets) {
        const decision: Decision = {
          anchor: { path: a.file, ...a.span },
          envFile: a.file,
          envKey: a.key,
          where: `${a.key} in ${a.file} line ${a.span.line}`
        }
        const inEffect =
          effective && effective.value !== null
            ? `the ${rename.what} '${effective.value}' is used (${effectiveSource(project, effective)})`
            : `the ${rename.what} comes from ${rename.current} or its config default`
        const note = isExampleEnvFile(a.file)
          ? ` (set only in ${a.file}; the real environment may differ)`
          : ''
        const message =
          `${configName} reads ${rename.current}, so ${rename.old} in ${a.file} line ${a.span.line} is ignored` +
          `${note} and ${inEffect}. Fix: rename the key to ${rename.current} here and in the servers' environment.`
        reports.push(reportAt(decision, effective ? [effective] : [], message, `env:${rename.old}`))
      }
    }
    return reports
  }
}

/** The config file that reads the new key: from the evidence, else the app's file, else the framework's. */
function readingConfig(project: LaravelProject, rename: Rename, effective: ResolvedValue | null): string {
  const fromEvidence = effective?.evidence.find((e) => project.isConfigFile(e.path))?.path
  if (fromEvidence) return fromEvidence
  const appFile = project.root === '' ? rename.config : `${project.root}/${rename.config}`
  if (project.workspace.isFile(appFile)) return appFile
  return `the framework's default ${rename.config}`
}

function effectiveSource(project: LaravelProject, value: ResolvedValue): string {
  const d = decide(project, value)
  if (d.envFile !== null) return `set by ${d.envKey ?? 'a key'} in ${d.envFile} line ${d.anchor.line}`
  if (isFrameworkDefaultPath(d.anchor.path)) {
    return `the ${project.frameworkMajor === null ? 'framework' : `Laravel ${project.frameworkMajor}`} default`
  }
  return `the default in ${d.anchor.path} line ${d.anchor.line}`
}
