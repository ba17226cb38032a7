// The engine: project → analyze → filter. No network, no GitHub: the CLI and the action share it.
import picomatch from 'picomatch'
import { inScope, type DiffScope, type FilterMode } from '../diff/filter.js'
import { locateAppsAround } from '../laravel/apps.js'
import { configFileBeingParsed, findApps, loadProject } from '../laravel/project.js'
import type { LaravelProject } from '../laravel/types.js'
import type { AuditResult } from '../report/result.js'
import { codeRules } from '../rules/code-rules.js'
import {
  internalErrorRule,
  parseErrorRule,
  suppressionWithoutReasonRule,
  unusedSuppressionRule
} from '../rules/meta-rules.js'
import { projectRules } from '../rules/project-rules.js'
import { allRuleMetas } from '../rules/registry.js'
import { type AuditConfig, type RuleSetting, UsageError } from './config-file.js'
import { fingerprints, normaliseSnippet } from './fingerprint.js'
import {
  auditFile,
  parserHung,
  screenFile,
  wholeFileSpan,
  type FileOutcome,
  type FileReport,
  type FileSettings
} from './audit-file.js'
import { hasNeverScannedSegment, inNeverScannedAppDir } from './fs-workspace.js'
import { Prefilter } from './prefilter.js'
import { ResultCache, type CacheOptions } from './result-cache.js'
import { matchSuppressions, suppressionsInEnv, usageKey, type Suppression } from './suppressions.js'
import { type Finding, type RuleMeta, type Severity, severityRank } from './types.js'
import { aloneIfLarge, eachWithin, type TimeLimits } from './watchdog.js'
import type { Workspace } from './workspace.js'

export interface AuditRequest {
  workspace: Workspace
  /** Absolute scan root, for the report. */
  root: string
  version: string
  config: AuditConfig
  /** The changed files and lines; null audits every file and reports every finding. */
  scope: DiffScope | null
  filterMode: FilterMode
  /** Progress lines for long runs (the action groups them in the log). */
  progress?: (message: string) => void
  /**
   * Which speed-ups to use (README "Performance"); default: all, unless the environment variable
   * STATELESS_AUDIT_OPTIMISE is `off` (or `0`, `false`). `false` switches every one off.
   */
  optimise?: boolean | Partial<Optimisations>
  /** When a file's parse counts as hung (src/engine/watchdog.ts); tests shorten them. */
  timeLimits?: TimeLimits
  /** Reuse the outcomes of an earlier run for unchanged files (src/engine/result-cache.ts; CLI --cache). */
  cache?: CacheOptions
  /**
   * When the run started (performance.now()), for summary.durationMs: the caller's steps before
   * audit(), such as computing the git scope, count too. Default: when audit() is called.
   */
  startedAt?: number
  /**
   * Files the change renamed: path now → path before (relative to the root). Their findings get a
   * `previousFingerprint`, the one they had under the old path, so a review comment made there is
   * recognised; `fingerprint` itself does not change.
   */
  previousPaths?: ReadonlyMap<string, string>
}

/** The engine's speed-ups. None of them changes a finding (__tests__/engine/optimisations.test.ts). */
export interface Optimisations {
  /**
   * Whole-app runs: a file that contains no trigger token of any enabled code rule and no
   * suppression comment is read but not parsed (so a syntax error in it is not reported).
   */
  prefilter: boolean
  /** Each parsed file runs only the rules whose trigger tokens it contains. */
  ruleTriggers: boolean
  /**
   * Triggers are tested only when one pass over the file found the literals they need
   * (src/engine/prefilter.ts); otherwise every trigger is tested in full.
   */
  literalGate: boolean
  /** With a scope, the apps are found by walking up from the changed paths instead of listing the tree. */
  scopedApps: boolean
  /** The tree is listed once per run: app discovery and the file list share the listing. */
  listOnce: boolean
  /**
   * Whole-app runs: a parsed file is parsed without the methods and function bodies in which none
   * of its rules can report (src/engine/slice.ts), so a syntax error inside one is not reported.
   */
  sliceBodies: boolean
}

export const ALL_OPTIMISATIONS: Readonly<Optimisations> = {
  prefilter: true,
  ruleTriggers: true,
  literalGate: true,
  scopedApps: true,
  listOnce: true,
  sliceBodies: true
}
export const NO_OPTIMISATIONS: Readonly<Optimisations> = {
  prefilter: false,
  ruleTriggers: false,
  literalGate: false,
  scopedApps: false,
  listOnce: false,
  sliceBodies: false
}

/** The optimisations a request asks for, the environment variable deciding when it does not say. */
export function optimisationsFor(
  option: AuditRequest['optimise'],
  env: string | undefined = process.env.STATELESS_AUDIT_OPTIMISE
): Optimisations {
  if (option === false) return { ...NO_OPTIMISATIONS }
  const base = /^(off|0|false|no)$/i.test(env?.trim() ?? '') ? NO_OPTIMISATIONS : ALL_OPTIMISATIONS
  return { ...base, ...(typeof option === 'object' ? option : {}) }
}

const PHP_FILE = /\.php$/i

/**
 * Meta findings about a file's input, not about its lines: in scope whenever the file is in the
 * diff (docs/rules/parse-error.md "When files are parsed").
 */
const FILE_LEVEL_RULES: ReadonlySet<string> = new Set([parseErrorRule.id, internalErrorRule.id])

function lowerOf(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b
}

export async function audit(request: AuditRequest): Promise<AuditResult> {
  const started = request.startedAt ?? performance.now()
  const { config, scope } = request
  const progress = request.progress ?? (() => undefined)
  // A glob ending in `/` names a folder (as in .gitignore): the files in it are what is ignored.
  const ignoreGlobs = config.ignorePaths.map((g) => (g.endsWith('/') ? `${g}**` : g))
  const ignored = ignoreGlobs.length > 0 ? picomatch(ignoreGlobs, { dot: true }) : () => false
  const configured = (meta: RuleMeta): RuleSetting | undefined => config.rules[meta.id]
  const enabled = (meta: RuleMeta): boolean => configured(meta) !== 'off'

  const optimise = optimisationsFor(request.optimise)
  const workspace = optimise.listOnce ? listingOnce(request.workspace) : request.workspace
  const whyNotRead = (path: string, text: string | null): string | null =>
    text === null ? (workspace.failure?.(path) ?? null) : null
  const appRoots =
    scope !== null && optimise.scopedApps
      ? locateAppsAround(workspace, scope.keys()).map((a) => a.root)
      : findApps(workspace)
  if (appRoots.length === 0) {
    const unlisted = [...(workspace.unlisted?.() ?? new Map<string, string>())]
    const rootComposer = workspace.failure?.('composer.json') ?? null
    const unread = [
      ...unlisted.map(([dir, why]) => `${dir === '' ? request.root : `${dir}/`} (${why})`),
      ...(rootComposer === null ? [] : [`composer.json (${rootComposer})`])
    ]
    throw new UsageError(
      `${request.root} is not a Laravel app: no artisan file and no composer.json requiring laravel/framework was found in it or below it` +
        (unread.length > 0 ? `; these could not be read: ${unread.join(', ')}.` : '.')
    )
  }
  const load = { configPaths: config.configPaths, envFiles: config.envFiles ?? undefined }
  // Whole-app runs skip and slice files; a scope parses its files whole: different outcomes.
  const mode = scope === null ? `${Number(optimise.prefilter)}${Number(optimise.sliceBodies)}` : 'scope'
  const cache =
    request.cache === undefined
      ? null
      : new ResultCache(request.cache, { version: request.version, config, appRoots })
  // The project model reads the app's settings: an input that exists but cannot be read stops the
  // run (exit 2), as the settings would be wrong without it. Rules that read code later do not.
  const inputs = strictInputs(workspace)
  const projectWorkspace = cache === null ? inputs.workspace : cache.recording(inputs.workspace)
  const loadProjects = (): LaravelProject[] =>
    eachWithin(
      appRoots,
      (root) => {
        inputs.strict = true
        try {
          const project = loadProject(projectWorkspace, root, load)
          // The config files are parsed on first use: use them now, under the watchdog.
          project.configReadsEnv('')
          return project
        } finally {
          inputs.strict = false
        }
      },
      (root) => {
        const file = configFileBeingParsed()
        const what = file !== null ? `the config file ${file}` : `a config file of ${root || 'the app'}`
        throw new UsageError(
          `The PHP parser did not finish on ${what} (it loops on a few broken texts, such as a file ending in \`enum\` or \`#[\`); check it with \`php -l\`.`
        )
      },
      request.timeLimits
    )

  const pending: FileReport[] = []
  const suppressions: Suppression[] = []
  const texts = new Map<string, string>()
  let parseErrorFiles = 0
  let fileCount = 0

  const candidates = scope === null ? workspace.list('') : [...scope.keys()].sort()
  // A scope is not a listing: its paths may lie in an app's storage/ or bootstrap/cache/, never scanned.
  const phpFiles = candidates.filter(
    (p) =>
      PHP_FILE.test(p) &&
      !hasNeverScannedSegment(p) &&
      !ignored(p) &&
      (scope === null || !inNeverScannedAppDir(workspace, p))
  )
  // A folder that could not be listed: its files are missing from the audit, which must say so.
  const unlistedReports: FileReport[] = []
  if (scope === null) {
    for (const [dir, why] of workspace.unlisted?.() ?? []) {
      if (dir === '' || ignored(dir) || ignored(`${dir}/`)) continue
      unlistedReports.push({
        meta: parseErrorRule,
        report: {
          path: dir,
          span: wholeFileSpan(),
          message: `Not audited: the folder could not be listed (${why}), so none of the files in it was audited.`,
          evidence: [],
          fingerprintKey: 'unlisted-folder'
        },
        capAtNotice: false
      })
    }
  }

  // With a cache whose inputs are unchanged, files unchanged by their signature need neither a
  // read nor the project model; the model is loaded only for the rest (src/engine/result-cache.ts).
  cache?.open(workspace)
  const unchanged = cache?.unchangedBySignature(phpFiles, workspace, mode) ?? new Map<string, FileOutcome>()
  const rest = unchanged.size === 0 ? phpFiles : phpFiles.filter((p) => !unchanged.has(p))
  const rules = codeRules.filter((rule) => enabled(rule.meta))
  const settings: FileSettings = {
    projects: [],
    rules,
    triggers: new Prefilter(rules, { gate: optimise.literalGate }),
    // A changed file is always parsed, so that its syntax errors are reported.
    prefilter: optimise.prefilter && scope === null,
    ruleTriggers: optimise.ruleTriggers,
    // Like the pre-filter, never in a scope: a changed file's syntax errors are all reported.
    sliceBodies: optimise.sliceBodies && scope === null
  }
  const storedProject = cache?.storedProject() ?? null
  let projects = storedProject === null ? loadProjects() : null
  // The project part is stored: the changed files that need no parse are screened first, and the
  // project model is loaded only when one needs a parse.
  const screened = new Map<string, FileOutcome>()
  let toAnalyse = rest
  if (projects === null && cache !== null && rest.length > 0) {
    const results = eachWithin(
      rest,
      (path) =>
        cache.outcome(path, workspace, mode, (text) =>
          screenFile(path, text, settings, whyNotRead(path, text))
        ),
      () => null,
      request.timeLimits
    )
    rest.forEach((path, i) => {
      const result = results[i]
      if (result !== null) screened.set(path, result)
    })
    toAnalyse = rest.filter((path) => !screened.has(path))
  }
  if (projects === null && toAnalyse.length > 0) projects = loadProjects()
  settings.projects = projects ?? []

  if (projects !== null) {
    progress(`Laravel apps: ${projects.map(appLabel).join(', ')}`)
    const projectReports = projects.flatMap((project) => projectFindings(project, enabled))
    pending.push(...projectReports)
    cache?.storeProject({
      apps: projects.map(appLabel).join(', '),
      envFiles: projects.flatMap((p) => p.envFiles),
      reports: projectReports
    })
  } else if (storedProject !== null) {
    progress(`Laravel apps: ${storedProject.apps}`)
    pending.push(...storedProject.reports)
  }
  // Apps may share an env file (envFiles: ["../.env"]): its suppressions are read once.
  const envFiles = new Set(projects?.flatMap((p) => p.envFiles) ?? storedProject?.envFiles ?? [])
  for (const envFile of envFiles) {
    const text = workspace.read(envFile)
    if (text === null) continue
    fileCount++
    texts.set(envFile, text)
    suppressions.push(...suppressionsInEnv(envFile, text))
  }

  progress(
    `Analysing ${phpFiles.length} PHP and Blade file(s)${scope === null ? '' : ' changed in this range'}`
  )
  let skipped = 0
  const auditFileAt = (path: string, alone: boolean): FileOutcome => {
    const text = workspace.read(path)
    aloneIfLarge(text, alone)
    return auditFile(path, text, settings, whyNotRead(path, text))
  }
  const analysed = eachWithin(
    toAnalyse,
    (path, alone) =>
      cache === null
        ? auditFileAt(path, alone)
        : cache.outcome(path, workspace, mode, (text) => {
            aloneIfLarge(text, alone)
            return auditFile(path, text, settings, whyNotRead(path, text))
          }),
    (path) => parserHung(path, workspace.read(path)),
    request.timeLimits
  )
  let nextAnalysed = 0
  const outcomes =
    unchanged.size + screened.size === 0
      ? analysed
      : phpFiles.map((p) => unchanged.get(p) ?? screened.get(p) ?? analysed[nextAnalysed++])
  for (const outcome of outcomes) {
    const path = outcome.path
    // A file the change removed has nothing to audit (one that is there but unreadable is reported).
    if (!outcome.read && scope !== null && !workspace.isFile(path) && !workspace.failure?.(path)) continue
    if (outcome.read) fileCount++
    if (outcome.parseError) parseErrorFiles++
    if (outcome.skipped) skipped++
    if (outcome.text !== null) texts.set(path, outcome.text)
    pending.push(...outcome.reports)
    suppressions.push(...outcome.suppressions)
  }
  if (cache !== null) {
    cache.save(scope !== null)
    progress(`${cache.stats.hits} file(s) unchanged since the cached run; ${cache.stats.misses} analysed`)
  }
  if (skipped > 0)
    progress(
      `${skipped} file(s) contain nothing any rule looks for and were not parsed (README "Performance")`
    )

  pending.push(...unlistedReports)
  const findingsOf = (reports: FileReport[]): Finding[] =>
    toFindings(reports, configured, (path) => texts.get(path) ?? workspace.read(path), request.previousPaths)
  // ignorePaths: nothing located in an ignored file is reported — an env or config file's findings
  // and suppressions included — though such a file is still read for the app's settings.
  const findings = findingsOf(pending).filter((f) => !ignored(f.path))
  const activeSuppressions = suppressions.filter((s) => !ignored(s.path))

  // Suppressions: matched findings move aside; reasonless and unused suppressions are reported.
  const { matches, used } = matchSuppressions(findings, activeSuppressions)
  const kept: Finding[] = []
  const suppressed: Finding[] = []
  findings.forEach((finding, i) => {
    const s = matches[i]
    if (s) suppressed.push({ ...finding, suppressed: { reason: s.reason ?? '', path: s.path, line: s.line } })
    else kept.push(finding)
  })
  const knownIds = new Set(allRuleMetas().map((m) => m.id))
  const metaPending: FileReport[] = []
  for (const s of activeSuppressions) {
    const span = { line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn }
    if (s.reason === null && enabled(suppressionWithoutReasonRule)) {
      metaPending.push({
        meta: suppressionWithoutReasonRule,
        report: {
          path: s.path,
          span,
          message: `Suppression of ${s.ruleIds.join(', ')} gives no reason: add " -- <why this is safe>".`,
          evidence: [],
          fingerprintKey: `reasonless:${s.ruleIds.join(',')}`
        },
        capAtNotice: false
      })
    }
    for (const id of s.ruleIds) {
      if (used.has(usageKey(s, id)) || !enabled(unusedSuppressionRule)) continue
      const why = knownIds.has(id)
        ? `${id} reports nothing on line ${s.targetLine}`
        : `"${id}" is not a rule id of stateless-audit`
      metaPending.push({
        meta: unusedSuppressionRule,
        report: {
          path: s.path,
          span,
          message: `Unused suppression: ${why}. Remove it so it cannot hide a future finding.`,
          evidence: [],
          fingerprintKey: `unused:${id}`
        },
        capAtNotice: false
      })
    }
  }
  kept.push(...findingsOf(metaPending))

  // Diff scope: findings outside the changed lines were not introduced by this change; a changed
  // file's syntax error is, wherever the parser reports it.
  const inChange: Finding[] = []
  const outOfScope: Finding[] = []
  for (const f of kept)
    (inScope(f, request.filterMode, scope, FILE_LEVEL_RULES.has(f.ruleId)) ? inChange : outOfScope).push(f)

  const byLocation = (a: Finding, b: Finding): number =>
    a.path < b.path
      ? -1
      : a.path > b.path
        ? 1
        : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)
  inChange.sort(byLocation)
  outOfScope.sort(byLocation)
  suppressed.sort(byLocation)

  const count = (s: Severity): number => inChange.filter((f) => f.severity === s).length
  return {
    tool: { name: 'stateless-audit', version: request.version },
    root: request.root,
    findings: inChange,
    suppressed,
    outOfScope,
    rules: allRuleMetas(),
    summary: {
      files: fileCount,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      parseErrors: parseErrorFiles,
      durationMs: Math.round(performance.now() - started),
      ...(cache !== null ? { cachedFiles: cache.stats.hits } : {})
    }
  }
}

function appLabel(project: LaravelProject): string {
  return `${project.root || '.'} (Laravel ${project.frameworkMajor ?? 'version unknown'})`
}

/** The project rules' reports on one app; a rule that throws becomes an internal-error report. */
function projectFindings(project: LaravelProject, enabled: (meta: RuleMeta) => boolean): FileReport[] {
  const pending: FileReport[] = []
  for (const rule of projectRules) {
    if (!enabled(rule.meta)) continue
    try {
      for (const report of rule.check(project)) pending.push({ meta: rule.meta, report, capAtNotice: false })
    } catch (err) {
      // One failing rule must not cost the other findings.
      const where =
        project.envFiles[0] ?? (project.root === '' ? 'composer.json' : `${project.root}/composer.json`)
      pending.push({
        meta: internalErrorRule,
        report: {
          path: where,
          span: wholeFileSpan(),
          message: `Rule ${rule.meta.id} failed on this app (${(err as Error).message}); other rules still ran. Please report this.`,
          evidence: [],
          fingerprintKey: `internal-error:${rule.meta.id}`
        },
        capAtNotice: false
      })
    }
  }
  return pending
}

function toFindings(
  pending: FileReport[],
  configured: (meta: RuleMeta) => RuleSetting | undefined,
  textOf: (path: string) => string | null,
  previousPaths?: ReadonlyMap<string, string>
): Finding[] {
  const lines = new Map<string, string[]>()
  const lineText = (path: string, line: number): string => {
    let l = lines.get(path)
    if (!l) {
      l = (textOf(path) ?? '').split('\n')
      lines.set(path, l)
    }
    return l[line - 1] ?? ''
  }
  const keys = pending.map(({ meta, report }) => ({
    ruleId: meta.id,
    path: report.path,
    key: report.fingerprintKey ?? normaliseSnippet(lineText(report.path, report.span.line)),
    line: report.span.line,
    column: report.span.column
  }))
  const prints = fingerprints(keys)
  // The same inputs under the old paths: occurrences count alike, so each finding gets its old print.
  const renamed = previousPaths !== undefined && keys.some((k) => previousPaths.has(k.path))
  const previous = renamed
    ? fingerprints(keys.map((k) => ({ ...k, path: previousPaths.get(k.path) ?? k.path })))
    : null
  return pending.map(({ meta, report, capAtNotice }, i) => {
    const setting = configured(meta)
    // A per-report severity (e.g. `array` sessions are a warning) applies unless the user configured the rule.
    let severity: Severity =
      setting !== undefined && setting !== 'off' ? setting : (report.severity ?? meta.defaultSeverity)
    if (capAtNotice) severity = lowerOf(severity, 'notice')
    const finding: Finding = {
      ruleId: meta.id,
      severity,
      path: report.path,
      line: report.span.line,
      column: report.span.column,
      endLine: report.span.endLine,
      endColumn: report.span.endColumn,
      message: report.message,
      fingerprint: prints[i],
      evidence: report.evidence
    }
    if (report.suggestion !== undefined) finding.suggestion = report.suggestion
    if (previous !== null && previousPaths?.has(report.path) === true)
      finding.previousFingerprint = previous[i]
    return finding
  })
}

/**
 * `workspace` for the project model: while `strict`, a file it reads that exists but cannot be read,
 * or a folder it lists that holds one it cannot open, is a UsageError naming it, not an absent file.
 */
function strictInputs(workspace: Workspace): { workspace: Workspace; strict: boolean } {
  const inputs = {
    strict: false,
    workspace: {
      read: (path: string): string | null => {
        const text = workspace.read(path)
        const why = text === null && inputs.strict ? (workspace.failure?.(path) ?? null) : null
        if (why !== null) {
          throw new UsageError(
            `cannot read ${path}: ${why}. The app's settings are resolved from it, so the audit stops rather than report on wrong settings.`
          )
        }
        return text
      },
      isFile: (path: string): boolean => workspace.isFile(path),
      list: (dir: string): string[] => {
        const listing = workspace.list(dir)
        if (!inputs.strict) return listing
        const own = workspace.failure?.(dir) ?? null
        const unlisted: Array<[string, string]> = own === null ? [] : [[dir, own]]
        for (const [sub, why] of workspace.unlisted?.() ?? []) {
          if (sub !== dir && (dir === '' || sub.startsWith(`${dir}/`))) unlisted.push([sub, why])
        }
        if (unlisted.length > 0) {
          const [path, why] = unlisted[0]
          throw new UsageError(
            `cannot list the folder ${path === '' ? '.' : path}: ${why}. The app's settings are read from the files in it, so the audit stops rather than report on wrong settings.`
          )
        }
        return listing
      },
      signature: workspace.signature?.bind(workspace),
      failure: workspace.failure?.bind(workspace),
      unlisted: workspace.unlisted?.bind(workspace)
    }
  }
  return inputs
}

/** The workspace with each directory listed at most once (the tree does not change during a run). */
function listingOnce(workspace: Workspace): Workspace {
  const listings = new Map<string, string[]>()
  return {
    read: (path) => workspace.read(path),
    isFile: (path) => workspace.isFile(path),
    signature: workspace.signature?.bind(workspace),
    failure: workspace.failure?.bind(workspace),
    unlisted: workspace.unlisted?.bind(workspace),
    list: (dir) => {
      let listing = listings.get(dir)
      if (listing === undefined) {
        listing = workspace.list(dir)
        listings.set(dir, listing)
      }
      return [...listing]
    }
  }
}
