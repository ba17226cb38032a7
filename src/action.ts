// The GitHub Action: event → scope → workspace → engine → reporters.
//
//   event      which commits (src/github/context.ts)
//   scope      which files and lines changed (GitHub's pull-request files, local git)
//   workspace  file contents at the audited commit (checkout or git objects)
//   engine     runAudit: knows nothing about GitHub
//   reporters  check run + annotations, one review, log annotations, job summary, outputs, SARIF
//
// The check run always completes: "nothing to audit" is a success, a crash is a failure with the
// error in its summary, and a report GitHub refuses still leaves the conclusion. Bad input stops the
// step before any audit, with its outputs set and, where one request can do it safely, a failing
// check run. A read-only token (fork pull requests) never crashes the run: no write is
// attempted once it is known, findings go to log annotations and the job summary, and the exit code
// decides.
import { existsSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { diffScopeFromFiles, type DiffScope, type FileScope } from './diff/filter.js'
import { failsOn, runAudit, type FailOn } from './engine/run.js'
import type { Finding, Severity } from './engine/types.js'
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
import { InputError, readCheckRunInputs, readInputs, type Inputs } from './github/inputs.js'
import { createApiClient, errorMessage, httpStatus, type ApiClient } from './github/octokit.js'
import { readReviewState, type OwnComment } from './github/review-state.js'
import { CheckRun, toAnnotations } from './report/check-run.js'
import { diagnostics } from './github/diagnostics.js'
import { normalizePathPrefix, truncateUtf8, utf8Length, type AuditResult } from './report/result.js'
import { reconcileReview, type ReviewOutcome } from './report/review.js'
import { toSarif } from './report/sarif.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  CHECK_RUN_TITLE_LIMIT,
  JOB_SUMMARY_LIMIT,
  renderSummary,
  summaryTitle,
  type AccountedFinding,
  type Conclusion,
  type SummaryInput,
  type SummaryLinks
} from './report/summary.js'
import { GITHUB_ANNOTATIONS_PER_TYPE, toWorkflowCommands } from './report/workflow-commands.js'
import { logLines } from './report/text.js'
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
    // Not expected (main reports its own failures): the outputs still say the run failed.
    if (!outputsWritten) setOutputs(null, 'failure', '')
    diagnostics.failed(`stateless-audit: ${errorMessage(error)}`)
  }
}

async function main(): Promise<void> {
  let inputs: Inputs
  let context: EventContext
  try {
    inputs = readInputs()
    context = readEventContext()
  } catch (error) {
    await setupFailed(errorMessage(error))
    return
  }
  const target = context.target
  const docsBase = docsBaseUrl()

  if (target.kind === 'unsupported') {
    diagnostics.notice(target.reason)
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
        diagnostics.warning(`Could not write the check run: ${errorMessage(error)}`)
      }
    }
    await writeJobSummary(`### ⚪ stateless-audit: nothing to audit\n\n${target.reason}\n`)
    setOutputs(null, 'neutral', '')
    return
  }

  let where: ScanRoot
  let api: ApiClient
  try {
    if (inputs.token === '')
      throw new InputError('Input "github-token" is empty: pass `github-token: ${{ github.token }}`.')
    where = scanRoot(inputs.workingDirectory)
    api = createApiClient(inputs.token)
    if (!where.checkout && where.prefix !== '' && target.kind === 'pull_request') {
      await requireHeadDirectory(
        api,
        context.repository,
        target.headSha,
        where.prefix,
        inputs.workingDirectory
      )
    }
  } catch (error) {
    await setupFailed(errorMessage(error))
    return
  }
  const { root, repoDir, prefix } = where
  const readOnly =
    target.kind === 'pull_request' && target.readOnlyToken
      ? 'this pull_request run comes from a fork, whose GITHUB_TOKEN is read-only'
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
  let checkError: string | null = null
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
      checkError = errorMessage(error).split('\n')[0]
    }
  }
  // Without a check run the findings are log annotations: they get the annotation slots first.
  diagnostics.findingsInLog = check === null
  if (checkError !== null)
    diagnostics.noted(`Could not create the check run (${checkError}); the exit code still decides.`)

  let outcome: Outcome
  try {
    outcome = await audit(ctx, check?.appSlug ?? null)
  } catch (error) {
    const message = errorMessage(error)
    diagnostics.error(`The audit failed: ${message}`)
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
  await report(ctx, check, checkError, outcome, docsBase)
}

interface ScanRoot {
  /** Scan root on disk. */
  root: string
  /** Repository work tree, null when the scan root is not in a git checkout. */
  repoDir: string | null
  /** Scan root relative to the repository root. */
  prefix: string
  /** GITHUB_WORKSPACE holds a checkout (a git work tree, or at least some files). */
  checkout: boolean
}

/**
 * The scan root `working-directory` names: inside GITHUB_WORKSPACE, and a directory there whenever
 * the workspace holds a checkout, so a typo fails the step instead of passing as "nothing to
 * audit". Without any checkout (a pull_request step can run without actions/checkout while nothing
 * auditable changed) the head commit is asked instead: see requireHeadDirectory.
 */
function scanRoot(workingDirectory: string): ScanRoot {
  const workspaceDir = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const root = path.resolve(workspaceDir, workingDirectory)
  const relative = path.relative(workspaceDir, root)
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new InputError(
      `Input "working-directory" must be inside the repository (GITHUB_WORKSPACE), got "${workingDirectory}".`
    )
  }
  const stat = statSync(root, { throwIfNoEntry: false })
  const checkout = gitTopLevel(workspaceDir) !== null || !isEmptyDirectory(workspaceDir)
  if (stat?.isDirectory() !== true && checkout) {
    const what = stat === undefined ? 'does not exist' : 'is not a directory'
    throw new InputError(
      `Input "working-directory" is "${workingDirectory}", but ${relative} ${what} in the checkout (${workspaceDir}). ` +
        "It names the Laravel app's folder, relative to the repository root."
    )
  }
  const repoDir = gitTopLevel(root)
  // git prints the top level with symlinks resolved (e.g. /tmp on macOS): compare like with like.
  const realRoot = existsSync(root) ? realpathSync(root) : root
  const prefix = normalizePathPrefix(repoDir === null ? relative : path.relative(repoDir, realRoot))
  return { root, repoDir, prefix, checkout }
}

/** Without a checkout: `working-directory` must be a directory at the head commit (one contents request). */
async function requireHeadDirectory(
  api: ApiClient,
  repository: EventContext['repository'],
  headSha: string,
  prefix: string,
  workingDirectory: string
): Promise<void> {
  let type: string
  try {
    const { data } = await api.octokit.rest.repos.getContent({ ...repository, path: prefix, ref: headSha })
    type = Array.isArray(data) ? 'dir' : data.type
  } catch (error) {
    if (httpStatus(error) === 404) type = 'none'
    else {
      // Cannot tell: the audit goes on, as without this check.
      core.info(`Could not look up working-directory at ${short(headSha)}: ${errorMessage(error)}`)
      return
    }
  }
  if (type === 'dir') return
  throw new InputError(
    `Input "working-directory" is "${workingDirectory}", but ${prefix} ${type === 'none' ? 'does not exist' : 'is not a directory'} ` +
      `at the head commit ${short(headSha)} (there is no checkout to look in). ` +
      "It names the Laravel app's folder, relative to the repository root."
  )
}

/**
 * The step could not start: bad input, or an event it cannot read. Nothing was audited. The
 * outputs say so (`conclusion` failure, zero counts, no SARIF file), and so does a failing check run
 * when one can be written cheaply and safely (see failingCheckRun).
 */
async function setupFailed(message: string): Promise<void> {
  setOutputs(null, 'failure', '')
  await writeJobSummary(
    `### ❌ stateless-audit could not start\n\nNothing was audited:\n\n\`\`\`text\n${message}\n\`\`\`\n`
  )
  await failingCheckRun(message)
  diagnostics.failed(`stateless-audit: ${message}`)
}

/**
 * A failing check run for a step that could not start, written only when that takes one request and
 * cannot mislead: the token is set, `check-run` reads as true, the event names a commit to audit,
 * and the token is not known to be read-only (a fork's `pull_request` run, where no write is tried).
 */
async function failingCheckRun(message: string): Promise<void> {
  const { token, checkRun, checkName } = readCheckRunInputs()
  if (token === '' || checkRun !== true) return
  let context: EventContext
  try {
    context = readEventContext()
  } catch {
    return
  }
  const target = context.target
  if (target.kind === 'unsupported' || (target.kind === 'pull_request' && target.readOnlyToken)) return
  try {
    const ok = await CheckRun.report(
      {
        api: createApiClient(token),
        gate: new WriteGate(null),
        repository: context.repository,
        name: checkName,
        headSha: target.headSha,
        ...detailsUrl(context)
      },
      {
        conclusion: 'failure',
        title: 'stateless-audit could not start',
        summary:
          'The step stopped before auditing anything:\n\n```text\n' +
          truncateUtf8(message, 4000) +
          '\n```\n\nFix the step in the workflow file and re-run it.\n'
      }
    )
    if (ok) core.info(`Check run "${checkName}" completed: failure (the step could not start)`)
  } catch (error) {
    diagnostics.warning(`Could not write the failing check run: ${errorMessage(error).split('\n')[0]}`)
  }
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
        diagnostics.noted(why)
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
    diagnostics.noted(ws.warning)
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
    diagnostics.warning(
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
    diagnostics.warning(`Could not read the changed files from the API: ${errorMessage(error)}`)
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
  for (const line of logLines(result, prefix)) core.info(line)
}

/**
 * Log annotations for the findings no inline comment or check run carries, most severe first, in
 * the slots of GitHub's 10 per type that the action's own messages left.
 */
function logAnnotations(accounted: AccountedFinding[], prefix: string, docsBase: string): AccountedFinding[] {
  const pending = accounted.filter((a) => a.delivery === 'annotation').map((a) => a.finding)
  const taken = diagnostics.emitted()
  const slots = (s: Severity): number => Math.max(0, GITHUB_ANNOTATIONS_PER_TYPE - taken[s])
  const commands = toWorkflowCommands(pending, {
    pathPrefix: prefix,
    docsBaseUrl: docsBase,
    maxPerSeverity: { error: slots('error'), warning: slots('warning'), notice: slots('notice') }
  })
  for (const line of commands.lines) process.stdout.write(`${line}\n`)
  const shown = new Set<Finding>(commands.shownFindings)
  const over = (s: Severity): string =>
    `over GitHub's ${GITHUB_ANNOTATIONS_PER_TYPE} log annotations per type` +
    (taken[s] > 0 ? ` (${taken[s]} ${s} slot(s) taken by the action's own messages)` : '')
  return accounted.map((a) =>
    a.delivery !== 'annotation'
      ? a
      : shown.has(a.finding)
        ? { ...a, delivery: 'log-annotation' }
        : { ...a, delivery: 'summary-only', note: over(a.finding.severity) }
  )
}

async function report(
  ctx: Run,
  check: CheckRun | null,
  checkError: string | null,
  outcome: Outcome,
  docsBase: string
): Promise<void> {
  const { inputs } = ctx
  const summary = outcome.summary
  let accounted = summary.findings
  let checkDelivered = false
  const notes = [...summary.notes]

  if (check !== null) {
    const checkSummary = renderSummary(
      { ...summary, fullListAt: 'the job summary of this workflow run (and the SARIF file, when enabled)' },
      // GitHub counts the check run's summary in UTF-8 bytes, not characters.
      { maxLength: CHECK_RUN_SUMMARY_LIMIT, measure: utf8Length }
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
      if (!done.ok) {
        // Refused (403) after it was created: a smaller update would be refused as well.
        diagnostics.findingsInLog = true
        const why = ctx.gate.refusal('checks') ?? 'the token may not write checks'
        diagnostics.error(
          `The check run "${inputs.checkName}" stays in progress: ${why}. The exit code still decides.`
        )
        notes.push(`The check run could not be completed and stays in progress (${why}).`)
      }
    } catch (error) {
      notes.push(await completeWithoutReport(ctx, check, outcome, errorMessage(error).split('\n')[0]))
    }
  } else if (inputs.checkRun) {
    notes.push(
      ctx.gate.readOnly
        ? `No check run: ${ctx.gate.readOnlyReason}. Findings are log annotations (GitHub shows ${GITHUB_ANNOTATIONS_PER_TYPE} per type) and all are listed here.`
        : `No check run could be created${checkError === null ? '' : ` (${checkError})`}; findings are log annotations and all are listed here.`
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
    { maxLength: JOB_SUMMARY_LIMIT, measure: utf8Length }
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
      diagnostics.warning(`Could not write SARIF to ${sarifPath}: ${errorMessage(error)}`)
      sarifPath = ''
    }
  }
  core.info(`GitHub API requests: ${ctx.api.requests()} (retries not counted)`)
  setOutputs(outcome.result, outcome.conclusion, sarifPath)

  if (summary.error !== undefined) {
    diagnostics.failed(`stateless-audit could not finish: ${summary.error}`)
  } else if (outcome.conclusion === 'failure') {
    const failing = outcome.result?.findings.filter((f) => failsOn([f], inputs.failOn as FailOn)).length ?? 0
    diagnostics.failed(
      `stateless-audit: ${failing} finding(s) at or above "${inputs.failOn}" (input fail-on).`
    )
  }
}

/**
 * The report could not be attached (a 5xx after the retries, a 422): complete the check run with its
 * conclusion and a pointer to the job summary, so a required check never stays in progress. Returns
 * the note for the job summary.
 */
async function completeWithoutReport(
  ctx: Run,
  check: CheckRun,
  outcome: Outcome,
  why: string
): Promise<string> {
  const name = ctx.inputs.checkName
  // Findings not commented inline go to the log now; the job summary carries this as a note.
  diagnostics.findingsInLog = true
  diagnostics.noted(`Could not attach the report to the check run "${name}": ${why}`)
  const url = detailsUrl(ctx.context).detailsUrl
  const where =
    url === undefined
      ? 'the job summary of the workflow run'
      : `the job summary of [the workflow run](${url})`
  let second: string
  try {
    const ok = await check.completeBare({
      conclusion: outcome.conclusion,
      title: truncateUtf8(
        `${summaryTitle(outcome.summary)}: the report is in the job summary`,
        CHECK_RUN_TITLE_LIMIT
      ),
      summary:
        `The full report could not be attached to this check run (GitHub answered: ${truncateUtf8(why, 2000)}). ` +
        `The conclusion stands. The complete report is in ${where}, and the findings not commented inline are annotations in its log.\n`
    })
    if (ok) {
      core.info(`Check run "${name}" completed without its report: ${outcome.conclusion}`)
      return `The check run could not take the full report (${why}): it was completed with its conclusion and a pointer to this summary.`
    }
    second = ctx.gate.refusal('checks') ?? 'the token may not write checks'
  } catch (error) {
    second = errorMessage(error).split('\n')[0]
  }
  diagnostics.error(
    `The check run "${name}" could not be completed and stays in progress: ${second}. The exit code still decides.`
  )
  return `The check run could not be completed (${why}; then ${second}): it stays in progress.`
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    diagnostics.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

/** Set once the outputs are written, so a late failure does not write them again. */
let outputsWritten = false

function setOutputs(result: AuditResult | null, conclusion: Conclusion, sarifFile: string): void {
  outputsWritten = true
  core.setOutput('findings', result?.findings.length ?? 0)
  core.setOutput('errors', result?.summary.errors ?? 0)
  core.setOutput('warnings', result?.summary.warnings ?? 0)
  core.setOutput('notices', result?.summary.notices ?? 0)
  core.setOutput('conclusion', conclusion)
  core.setOutput('sarif-file', sarifFile)
}
