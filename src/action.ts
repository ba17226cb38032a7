// The GitHub Action: event → scope → workspace → engine → reporters.
//
//   event      which commits (src/github/context.ts)
//   scope      which files and lines changed (GitHub's pull-request files, local git)
//   workspace  file contents at the audited commit (checkout or git objects)
//   engine     runAudit: knows nothing about GitHub
//   reporters  check run + annotations, one review, log annotations, job summary, outputs, SARIF
//
// The check run always completes: "nothing to audit" is a success, a crash is a failure with the
// error in its summary. A read-only token (fork pull requests) never crashes the run: no write is
// attempted once it is known, findings go to log annotations and the job summary, and the exit code
// decides.
import { existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { diffScopeFromFiles, type DiffScope, type FileScope } from './diff/filter.js'
import { failsOn, runAudit, type FailOn } from './engine/run.js'
import type { Finding } from './engine/types.js'
import type { Workspace } from './engine/workspace.js'
import { tokenActor } from './github/actor.js'
import {
  commitChanges,
  pullRequestChanges,
  pullRequestHead,
  rangeChanges,
  touchesAuditableFiles,
  isAuditablePath,
  type ChangeSet
} from './github/changed-files.js'
import { readEventContext, type AuditTarget, type EventContext } from './github/context.js'
import { WriteGate } from './github/gate.js'
import { ensureCommits, GitCommandError, gitTopLevel, pathsInCommit, short } from './github/git.js'
import { headWorkspace, type HeadWorkspace } from './github/head-workspace.js'
import { fetchBlobs, OverlayWorkspace } from './github/api-workspace.js'
import { readInputs, type Inputs } from './github/inputs.js'
import { createApiClient, errorMessage, type ApiClient } from './github/octokit.js'
import { readReviewState, type OwnComment } from './github/review-state.js'
import { CheckRun, toAnnotations } from './report/check-run.js'
import { normalizePathPrefix, type AuditResult } from './report/result.js'
import { reconcileReview, type ReviewOutcome } from './report/review.js'
import { toSarif } from './report/sarif.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  JOB_SUMMARY_LIMIT,
  renderSummary,
  summaryTitle,
  type AccountedFinding,
  type Conclusion,
  type SummaryInput,
  type SummaryLinks
} from './report/summary.js'
import { GITHUB_ANNOTATIONS_PER_TYPE, toWorkflowCommands } from './report/workflow-commands.js'
import { compareBySeverity } from './report/result.js'
import { DOCS_BASE_URL } from './version.js'

/** Base URL of the rule pages: the action's own copy when GitHub says which one runs. */
export function docsBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '')
  const repo = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  if (server && repo && ref) return `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/rules/`
  return DOCS_BASE_URL
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/')
}

export function summaryLinks(context: EventContext, sha: string | null, docsBase: string): SummaryLinks {
  const { owner, repo } = context.repository
  return {
    rule: (id) => `${docsBase}${encodeURIComponent(id)}.md`,
    file: (repoPath, line) =>
      sha === null
        ? null
        : `${context.serverUrl}/${owner}/${repo}/blob/${sha}/${encodePath(repoPath)}#L${line}`
  }
}

/** Everything the reporters need at the end of a run. */
interface Outcome {
  conclusion: Conclusion
  result: AuditResult | null
  summary: Omit<SummaryInput, 'fullListAt'>
}

interface Run {
  inputs: Inputs
  context: EventContext
  target: Exclude<AuditTarget, { kind: 'unsupported' }>
  api: ApiClient
  gate: WriteGate
  /** Repository work tree, null when GITHUB_WORKSPACE is not a git checkout. */
  repoDir: string | null
  /** Scan root on disk. */
  root: string
  /** Scan root relative to the repository root. */
  prefix: string
  links: SummaryLinks
}

export async function run(): Promise<void> {
  try {
    await main()
  } catch (error) {
    core.setFailed(`stateless-audit: ${errorMessage(error)}`)
  }
}

async function main(): Promise<void> {
  const inputs = readInputs()
  const context = readEventContext()
  const target = context.target
  const docsBase = docsBaseUrl()

  if (target.kind === 'unsupported') {
    core.notice(target.reason)
    if (inputs.checkRun && target.sha !== null && inputs.token !== '') {
      const api = createApiClient(inputs.token)
      const gate = new WriteGate(null)
      try {
        const check = await CheckRun.start({
          api,
          gate,
          repository: context.repository,
          name: inputs.checkName,
          headSha: target.sha,
          ...detailsUrl(context)
        })
        await check?.complete({
          conclusion: 'neutral',
          title: 'Nothing to audit',
          summary: target.reason,
          annotations: []
        })
      } catch (error) {
        core.warning(`Could not write the check run: ${errorMessage(error)}`)
      }
    }
    await writeJobSummary(`### ⚪ stateless-audit: nothing to audit\n\n${target.reason}\n`)
    setOutputs(null, 'neutral', '')
    return
  }

  const workspaceDir = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const root = path.resolve(workspaceDir, inputs.workingDirectory)
  const relative = path.relative(workspaceDir, root)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(
      `Input "working-directory" must be inside the repository (GITHUB_WORKSPACE), got "${inputs.workingDirectory}".`
    )
  }
  const repoDir = gitTopLevel(root)
  // git prints the top level with symlinks resolved (e.g. /tmp on macOS): compare like with like.
  const realRoot = existsSync(root) ? realpathSync(root) : root
  const prefix = normalizePathPrefix(repoDir === null ? relative : path.relative(repoDir, realRoot))
  if (inputs.token === '')
    throw new Error('Input "github-token" is empty: pass `github-token: ${{ github.token }}`.')
  const api = createApiClient(inputs.token)
  const readOnly =
    target.kind === 'pull_request' && target.readOnlyToken
      ? target.isFork
        ? 'this pull_request run comes from a fork, whose GITHUB_TOKEN is read-only'
        : 'Dependabot pull_request runs get a read-only GITHUB_TOKEN'
      : null
  const gate = new WriteGate(readOnly)
  const ctx: Run = {
    inputs,
    context,
    target,
    api,
    gate,
    repoDir,
    root,
    prefix,
    links: summaryLinks(context, target.headSha, docsBase)
  }
  if (readOnly !== null)
    core.info(`Read-only mode: ${readOnly}. Findings go to log annotations and the job summary.`)

  let check: CheckRun | null = null
  if (inputs.checkRun) {
    try {
      check = await CheckRun.start({
        api,
        gate,
        repository: context.repository,
        name: inputs.checkName,
        headSha: target.headSha,
        ...detailsUrl(context)
      })
    } catch (error) {
      core.warning(`Could not create the check run (${errorMessage(error)}); the exit code still decides.`)
    }
  }

  let outcome: Outcome
  try {
    outcome = await audit(ctx, check?.appSlug ?? null)
  } catch (error) {
    const message = errorMessage(error)
    core.error(`The audit failed: ${message}`)
    outcome = {
      conclusion: 'failure',
      result: null,
      summary: {
        conclusion: 'failure',
        scope: scopeSentence(ctx, null),
        failOn: inputs.failOn,
        findings: [],
        outOfScope: [],
        suppressed: [],
        pathPrefix: prefix,
        links: ctx.links,
        notes: [],
        error: message
      }
    }
  }
  await report(ctx, check, outcome, docsBase)
}

function detailsUrl(context: EventContext): { detailsUrl?: string } {
  const runId = process.env.GITHUB_RUN_ID
  if (!runId) return {}
  return {
    detailsUrl: `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/actions/runs/${runId}`
  }
}

/** `newerHead`: the pull request's head when it is no longer the audited commit. */
function scopeSentence(ctx: Run, changes: ChangeSet | null, newerHead: string | null = null): string {
  const t = ctx.target
  const where = ctx.prefix === '' ? '' : ` in \`${ctx.prefix}/\``
  const files = changes === null ? '' : `, ${changes.files.length} changed file(s)`
  switch (t.kind) {
    case 'pull_request':
      if (newerHead !== null)
        return `Audited pull request #${t.number} at commit \`${short(t.headSha)}\`, no longer its head (\`${short(newerHead)}\` is)${where}${files}; filter mode \`${ctx.inputs.filterMode}\`.`
      return `Audited pull request #${t.number} at its head commit \`${short(t.headSha)}\`${where}${files}; filter mode \`${ctx.inputs.filterMode}\`.`
    case 'range':
      return `Audited \`${short(t.baseSha)}...${short(t.headSha)}\` (${t.eventName})${where}${files}; filter mode \`${ctx.inputs.filterMode}\`.`
    case 'full':
      return `Audited the whole app${where} at \`${short(t.headSha)}\`: ${t.reason}`
  }
}

/** `checkRunApp`: the app that owns this run's check run, which tells whose comments are the action's own. */
async function audit(ctx: Run, checkRunApp: string | null): Promise<Outcome> {
  const { inputs, target } = ctx
  const notes: string[] = []
  // Set when a newer commit is the pull request's head: this run then leaves the review comments alone.
  const newerHead =
    target.kind === 'pull_request' ? await newerHeadOf(ctx, target.number, target.headSha) : null

  // Scope: what changed.
  const changes = await core.group('Changed files', async (): Promise<ChangeSet | null> => {
    const log = (m: string): void => core.info(m)
    if (target.kind === 'pull_request') {
      const options = {
        api: ctx.api,
        repository: ctx.context.repository,
        pullNumber: target.number,
        baseSha: target.baseSha,
        headSha: target.headSha,
        repoDir: ctx.repoDir,
        prefix: ctx.prefix,
        log
      }
      if (newerHead === null) return pullRequestChanges(options)
      // The pull request's files and comments describe the newer head: diff the audited commit itself.
      const stale = staleNote(newerHead)
      core.notice(`${stale} This run audits ${short(target.headSha)} and completes its check run.`)
      notes.push(stale)
      return commitChanges(options)
    }
    if (target.kind === 'range') {
      if (ctx.repoDir === null) {
        throw new Error(
          `A ${target.eventName} run needs a git checkout of the repository: add actions/checkout before this step.`
        )
      }
      try {
        return rangeChanges(ctx.repoDir, target.baseSha, target.headSha, log)
      } catch (error) {
        if (target.eventName !== 'push' || !(error instanceof GitCommandError)) throw error
        // A force push can leave `before` unreachable: without a range, the whole app is audited.
        const why = `The pushed range could not be computed (${error.message}), so the whole app was audited.`
        core.warning(why)
        notes.push(why)
        return null
      }
    }
    core.info(target.reason)
    return null
  })
  if (changes !== null) notes.push(...changes.notes)

  const base: Omit<SummaryInput, 'fullListAt' | 'conclusion' | 'findings' | 'outOfScope' | 'suppressed'> = {
    scope: scopeSentence(ctx, changes, newerHead),
    failOn: inputs.failOn,
    pathPrefix: ctx.prefix,
    links: ctx.links,
    notes
  }
  if (changes !== null && !touchesAuditableFiles(changes.files, ctx.prefix)) {
    const where = ctx.prefix === '' ? '' : ` under \`${ctx.prefix}/\``
    const nothing = `No PHP, Blade or env file changed${where}, so there is nothing to audit: the check passes.`
    core.info(nothing)
    // Comments from earlier runs, on files this pull request no longer changes, are answered all the same.
    if (target.kind === 'pull_request' && inputs.reviewComments && newerHead === null) {
      const reviewed = await reviewComments(ctx, checkRunApp, target.number, {
        findings: [],
        outOfScope: (own) => stillThere(ctx, changes, own),
        suppressed: new Set(),
        reviewable: changes.reviewable
      })
      if (reviewed !== null) {
        notes.push(...reviewed.notes)
        const { resolved } = reviewed.stats
        if (resolved > 0)
          notes.push(
            `${resolved} inline comment(s) from earlier runs were answered and resolved: the pull request no longer changes their files.`
          )
      }
    }
    return {
      conclusion: 'success',
      result: null,
      summary: {
        ...base,
        conclusion: 'success',
        findings: [],
        outOfScope: [],
        suppressed: [],
        nothingToAudit: nothing
      }
    }
  }

  // Workspace: the files at the audited commit.
  if (ctx.repoDir === null && isEmptyDirectory(ctx.root)) {
    throw new Error(
      `${ctx.root} is empty: add \`- uses: actions/checkout@v4\` (with \`fetch-depth: 0\`) before this step.`
    )
  }
  let ws = headWorkspace(ctx.repoDir, ctx.root, ctx.prefix, target.headSha, (m) => core.info(m))
  if (ws.headUnavailable === true && target.kind === 'pull_request' && changes !== null) {
    ws = await changedFilesFromApi(ctx, changes, ws)
  }
  core.info(`Reading ${ws.description}`)
  if (ws.warning !== undefined) {
    core.warning(ws.warning)
    notes.push(ws.warning)
  }
  const scope = changes === null ? null : scopeOf(changes, ctx.prefix, ws.workspace)
  const previousPaths = changes === null ? undefined : renamedFiles(changes, ctx.prefix)

  // Engine.
  const result = await core.group('Audit', () =>
    runAudit({
      root: ctx.root,
      base: null,
      filterMode: inputs.filterMode,
      configFile:
        inputs.config === ''
          ? null
          : path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.config),
      scope,
      workspace: ws.workspace,
      progress: (m) => core.info(m),
      previousPaths
    })
  )
  logFindings(result, ctx.prefix)

  // Inline review.
  let accounted: AccountedFinding[] = result.findings.map((finding) => ({ finding, delivery: 'annotation' }))
  if (target.kind === 'pull_request' && inputs.reviewComments && changes !== null) {
    if (newerHead !== null) {
      const note = `a newer commit (${short(newerHead)}) is the pull request's head; its run manages the review comments`
      accounted = accounted.map((a) => ({ ...a, note }))
    } else if (!ctx.gate.allows('pull-requests')) {
      accounted = accounted.map((a) => ({ ...a, note: 'inline comments need a token that may write' }))
    } else {
      // A comment made before its file was renamed carries the old path's fingerprint.
      const prints = (findings: readonly Finding[]): Set<string> =>
        new Set(
          findings.flatMap((f) =>
            f.previousFingerprint === undefined ? [f.fingerprint] : [f.fingerprint, f.previousFingerprint]
          )
        )
      const reviewed = await reviewComments(ctx, checkRunApp, target.number, {
        findings: result.findings,
        outOfScope: () => prints(result.outOfScope),
        suppressed: prints(result.suppressed),
        reviewable: changes.reviewable
      })
      if (reviewed !== null) {
        accounted = reviewed.accounted
        notes.push(...reviewed.notes)
      }
    }
  } else if (target.kind !== 'pull_request') {
    accounted = accounted.map((a) => ({ ...a, note: `no pull request (${target.eventName})` }))
  } else if (!inputs.reviewComments) {
    accounted = accounted.map((a) => ({ ...a, note: 'inline comments are off (`review-comments: false`)' }))
  }

  const conclusion: Conclusion = failsOn(result.findings, inputs.failOn) ? 'failure' : 'success'
  return {
    conclusion,
    result,
    summary: {
      ...base,
      conclusion,
      findings: accounted,
      outOfScope: result.outOfScope,
      suppressed: result.suppressed
    }
  }
}

/** What the log and the summary say when the audited commit is no longer the pull request's head. */
function staleNote(newerHead: string): string {
  return (
    `A newer commit ${short(newerHead)} is the pull request's head; its run manages the review comments. ` +
    'This run posts, edits and resolves none (use `concurrency` with `cancel-in-progress: true` to cancel such runs).'
  )
}

/**
 * The pull request's head when it is not `audited` (a re-run of an older run, or a push during this
 * run), else null. One request; when it fails the run goes on as if `audited` were the head.
 */
async function newerHeadOf(ctx: Run, pullNumber: number, audited: string): Promise<string | null> {
  try {
    const head = await pullRequestHead(ctx.api, ctx.context.repository, pullNumber)
    return head === audited ? null : head
  } catch (error) {
    core.warning(
      `Could not read pull request #${pullNumber} (${errorMessage(error).split('\n')[0]}): taking ${short(audited)} to be its head.`
    )
    return null
  }
}

/** Scan-root-relative paths of the renamed files (path now → path before), or undefined when there are none. */
function renamedFiles(changes: ChangeSet, prefix: string): Map<string, string> | undefined {
  const renamed = new Map<string, string>()
  const rel = (p: string): string | null =>
    prefix === '' ? p : p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : null
  for (const f of changes.files) {
    if (f.status !== 'renamed' || f.oldPath === null || f.newPath === null) continue
    const now = rel(f.newPath)
    const before = rel(f.oldPath)
    // A file moved into the scan root from outside it has no comment under the old path here.
    if (now !== null && before !== null && now !== before) renamed.set(now, before)
  }
  return renamed.size === 0 ? undefined : renamed
}

/**
 * Nothing audited: which earlier comments' files still exist at the head (their findings are no
 * longer part of the change, as a full audit would say if they are still there), as opposed to files
 * deleted since (their findings are fixed). Without the head commit, only GitHub's `removed` tells.
 */
function stillThere(ctx: Run, changes: ChangeSet, own: readonly OwnComment[]): Set<string> {
  const removed = new Set(changes.files.filter((f) => f.newPath === null).map((f) => f.oldPath))
  const paths = [...new Set(own.map((c) => c.path))]
  const log = (m: string): void => core.info(m)
  const present =
    ctx.repoDir === null ||
    paths.length === 0 ||
    ensureCommits(ctx.repoDir, [ctx.target.headSha], log).length > 0
      ? null
      : pathsInCommit(ctx.repoDir, ctx.target.headSha, paths)
  return new Set(
    own
      .filter((c) => (present === null ? !removed.has(c.path) : present.has(c.path)))
      .map((c) => c.fingerprint)
  )
}

interface ReviewFindings {
  findings: readonly Finding[]
  /** Given the earlier comments: the fingerprints whose comments get the "no longer part of the change" reply. */
  outOfScope: (own: readonly OwnComment[]) => ReadonlySet<string>
  suppressed: ReadonlySet<string>
  reviewable: ChangeSet['reviewable']
}

/**
 * Reconciles the action's inline comments with `findings`: posts the new ones, leaves or edits the
 * ones still there, answers and resolves the rest. Null when the token may not write comments.
 */
async function reviewComments(
  ctx: Run,
  checkRunApp: string | null,
  pullNumber: number,
  input: ReviewFindings
): Promise<ReviewOutcome | null> {
  if (!ctx.gate.allows('pull-requests')) return null
  const { inputs } = ctx
  return core.group('Review comments', async () => {
    const actor = await tokenActor(ctx.api, inputs.token, (m) => core.info(m), checkRunApp)
    core.info(
      `Comments of ${actor.login} (${actor.source}) with the stateless-audit marker are the action's own`
    )
    const state = await readReviewState(
      ctx.api,
      ctx.context.repository,
      pullNumber,
      actor.login,
      inputs.checkName,
      (p) => (ctx.prefix === '' ? true : p.startsWith(`${ctx.prefix}/`))
    )
    core.info(`${state.own.length} comment(s) from earlier runs`)
    const outcome = await reconcileReview({
      api: ctx.api,
      gate: ctx.gate,
      repository: ctx.context.repository,
      pullNumber,
      headSha: ctx.target.headSha,
      prefix: ctx.prefix,
      findings: input.findings,
      outOfScope: input.outOfScope(state.own),
      suppressed: input.suppressed,
      reviewable: input.reviewable,
      own: state.own,
      links: ctx.links,
      checkName: inputs.checkName,
      log: (m) => core.info(m)
    })
    const s = outcome.stats
    core.info(
      `Posted ${s.posted} new comment(s) in ${s.reviews} review(s); edited ${s.edited}, replied ${s.replied}, ` +
        `resolved ${s.resolved}, reopened ${s.reopened}, deleted ${s.deleted}`
    )
    return outcome
  })
}

/** The changed files at the head commit from the API, over the checkout (the head commit is not available locally). */
async function changedFilesFromApi(
  ctx: Run,
  changes: ChangeSet,
  fallback: HeadWorkspace
): Promise<HeadWorkspace> {
  const wanted = new Map<string, string>()
  for (const [repoPath, sha] of changes.blobs) {
    if (!isAuditablePath(repoPath, ctx.prefix)) continue
    wanted.set(ctx.prefix === '' ? repoPath : repoPath.slice(ctx.prefix.length + 1), sha)
  }
  try {
    const files = await fetchBlobs(ctx.api, ctx.context.repository, wanted)
    if (files === null) return fallback
    for (const f of changes.files) {
      if (f.newPath === null && f.oldPath !== null && isAuditablePath(f.oldPath, ctx.prefix)) {
        files.set(ctx.prefix === '' ? f.oldPath : f.oldPath.slice(ctx.prefix.length + 1), null)
      }
    }
    return {
      workspace: new OverlayWorkspace(fallback.workspace, files),
      description: `the checkout, with the ${files.size} changed file(s) read from the API at the head commit`,
      warning:
        `Commit ${short(ctx.target.headSha)} is not in the checkout and could not be fetched: the changed files were read ` +
        'from the API at that commit, the rest of the app (config, env files) from the checkout. Use actions/checkout with ' +
        '`fetch-depth: 0` to audit exactly the head commit.'
    }
  } catch (error) {
    core.warning(`Could not read the changed files from the API: ${errorMessage(error)}`)
    return fallback
  }
}

/** The engine's scope: diff paths made relative to the scan root; files without a diff count whole. */
function scopeOf(changes: ChangeSet, prefix: string, workspace: Workspace): DiffScope {
  const scope = diffScopeFromFiles(changes.files, prefix)
  for (const repoPath of changes.wholeFiles) {
    if (!isAuditablePath(repoPath, prefix)) continue
    const rel = prefix === '' ? repoPath : repoPath.slice(prefix.length + 1)
    const text = workspace.read(rel)
    if (text === null) continue
    const lines = new Set(Array.from({ length: text.split('\n').length }, (_, i) => i + 1))
    const whole: FileScope = { added: lines, context: new Set() }
    scope.set(rel, whole)
  }
  return scope
}

function isEmptyDirectory(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0
  } catch {
    return true
  }
}

function logFindings(result: AuditResult, prefix: string): void {
  const findings = [...result.findings].sort(compareBySeverity)
  core.info(
    `${result.summary.files} file(s) audited: ${findings.length} finding(s) introduced by this change, ` +
      `${result.outOfScope.length} not introduced by it, ${result.suppressed.length} suppressed`
  )
  for (const f of findings) {
    const p = prefix === '' ? f.path : `${prefix}/${f.path}`
    core.info(`  ${f.severity.padEnd(7)} ${p}:${f.line}  ${f.ruleId}  ${f.message.split('\n')[0]}`)
  }
}

/** Log annotations for the findings no inline comment or check run carries, most severe first. */
function logAnnotations(accounted: AccountedFinding[], prefix: string, docsBase: string): AccountedFinding[] {
  const pending = accounted.filter((a) => a.delivery === 'annotation').map((a) => a.finding)
  const commands = toWorkflowCommands(pending, { pathPrefix: prefix, docsBaseUrl: docsBase })
  for (const line of commands.lines) process.stdout.write(`${line}\n`)
  // The same selection toWorkflowCommands made: per severity, the first 10 by priority.
  const shown = new Set<Finding>()
  const perSeverity = { error: 0, warning: 0, notice: 0 }
  for (const f of [...pending].sort(compareBySeverity)) {
    if (perSeverity[f.severity] < GITHUB_ANNOTATIONS_PER_TYPE) {
      perSeverity[f.severity]++
      shown.add(f)
    }
  }
  return accounted.map((a) =>
    a.delivery !== 'annotation'
      ? a
      : shown.has(a.finding)
        ? { ...a, delivery: 'log-annotation' }
        : {
            ...a,
            delivery: 'summary-only',
            note: `over GitHub's ${GITHUB_ANNOTATIONS_PER_TYPE} log annotations per type`
          }
  )
}

async function report(ctx: Run, check: CheckRun | null, outcome: Outcome, docsBase: string): Promise<void> {
  const { inputs } = ctx
  const summary = outcome.summary
  let accounted = summary.findings
  let checkDelivered = false
  const notes = [...summary.notes]

  if (check !== null) {
    const checkSummary = renderSummary(
      { ...summary, fullListAt: 'the job summary of this workflow run (and the SARIF file, when enabled)' },
      { maxLength: CHECK_RUN_SUMMARY_LIMIT }
    )
    const annotations = toAnnotations(
      accounted.map((a) => a.finding),
      ctx.prefix,
      (id) => ctx.links.rule(id)
    )
    try {
      const done = await core.group('Check run', async () => {
        const r = await check.complete({
          conclusion: outcome.conclusion,
          title: summaryTitle(summary),
          summary: checkSummary,
          annotations
        })
        core.info(
          r.ok
            ? `Check run "${inputs.checkName}" completed: ${outcome.conclusion}, ${r.annotations} annotation(s)`
            : 'The check run could not be completed'
        )
        return r
      })
      checkDelivered = done.ok
    } catch (error) {
      core.warning(`Could not complete the check run: ${errorMessage(error)}`)
      notes.push(`The check run could not be completed (${errorMessage(error).split('\n')[0]}).`)
    }
  } else if (inputs.checkRun) {
    notes.push(
      ctx.gate.readOnly
        ? `No check run: ${ctx.gate.readOnlyReason}. Findings are log annotations (GitHub shows ${GITHUB_ANNOTATIONS_PER_TYPE} per type) and all are listed here.`
        : 'No check run could be created; findings are log annotations and all are listed here.'
    )
  }

  if (!checkDelivered) accounted = logAnnotations(accounted, ctx.prefix, docsBase)
  if (ctx.gate.readOnly && ctx.gate.skipped.length > 0)
    core.info(`Skipped ${ctx.gate.skipped.length} API write(s): the token is read-only`)

  const jobSummary = renderSummary(
    {
      ...summary,
      findings: accounted,
      notes,
      fullListAt: 'the SARIF file (input `sarif-file`)',
      checkRunAnnotations: checkDelivered
    },
    { maxLength: JOB_SUMMARY_LIMIT, measure: (t) => Buffer.byteLength(t, 'utf8') }
  )
  await writeJobSummary(jobSummary)

  let sarifPath = ''
  if (inputs.sarifFile !== '' && outcome.result !== null) {
    sarifPath = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.sarifFile)
    try {
      mkdirSync(path.dirname(sarifPath), { recursive: true })
      writeFileSync(
        sarifPath,
        JSON.stringify(toSarif(outcome.result, { docsBaseUrl: docsBase, pathPrefix: ctx.prefix }), null, 2) +
          '\n'
      )
      core.info(`SARIF written to ${sarifPath}`)
    } catch (error) {
      core.warning(`Could not write SARIF to ${sarifPath}: ${errorMessage(error)}`)
      sarifPath = ''
    }
  }
  core.info(`GitHub API requests: ${ctx.api.requests()} (retries not counted)`)
  setOutputs(outcome.result, outcome.conclusion, sarifPath)

  if (summary.error !== undefined) {
    core.setFailed(`stateless-audit could not finish: ${summary.error}`)
  } else if (outcome.conclusion === 'failure') {
    const failing = outcome.result?.findings.filter((f) => failsOn([f], inputs.failOn as FailOn)).length ?? 0
    core.setFailed(`stateless-audit: ${failing} finding(s) at or above "${inputs.failOn}" (input fail-on).`)
  }
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

function setOutputs(result: AuditResult | null, conclusion: Conclusion, sarifFile: string): void {
  core.setOutput('findings', result?.findings.length ?? 0)
  core.setOutput('errors', result?.summary.errors ?? 0)
  core.setOutput('warnings', result?.summary.warnings ?? 0)
  core.setOutput('notices', result?.summary.notices ?? 0)
  core.setOutput('conclusion', conclusion)
  core.setOutput('sarif-file', sarifFile)
}
