// `npm run demo`: the sample pull request (examples/sample-pr over examples/laravel-app) on the local
// GitHub emulator, the real action bundle (dist/index.js) run against it as a runner would run it on
// `pull_request`, and what a reviewer would then see on GitHub, printed for a terminal.
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  commitOnBranch,
  createLaravelRepo,
  DIST_INDEX,
  EXAMPLE_APP,
  mergeCheckout,
  pullRequestPayload,
  runAction
} from '../action-harness.js'
import { startEmulator } from '../github-emulator/index.js'
import { renderReviewerView, type DemoView } from './render.js'
import {
  lineNumber,
  LOOK_ALIKE_LINES,
  readSamplePr,
  SAMPLE_PR,
  SAMPLE_PR_DIR,
  STATEFUL_LINES,
  type SampleLine
} from './sample-pr.js'

export const DEMO_OWNER = 'acme'
export const DEMO_REPO = 'photo-share'
const WRITE_TOKEN = 'ghs_demoWriteToken000000000000000000'

export interface DemoOptions {
  /** Where the report goes (default: process.stdout). */
  write?: (text: string) => void
  /** ANSI colours (default: stdout is a terminal and NO_COLOR is unset). */
  color?: boolean
  /** Summary lines shown before "… n more lines" (default 0: all). */
  summaryLines?: number
}

export interface DemoResult {
  view: DemoView
  /** The text written. */
  output: string
}

/** Resources to release, in reverse order, once (also on Ctrl-C, while the demo is still running). */
export class Cleanup {
  private readonly tasks: Array<() => Promise<void>> = []
  private running: Promise<void> | null = null

  add(task: () => Promise<void>): void {
    this.tasks.push(task)
  }

  /** Releases everything added so far; concurrent calls wait for the same pass. */
  run(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async drain(): Promise<void> {
    for (let task = this.tasks.pop(); task !== undefined; task = this.tasks.pop()) {
      try {
        await task()
      } catch {
        // Keep releasing the rest.
      }
    }
  }
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || '.'
}

/** Builds the sample pull request, runs the action on it and collects what GitHub would show. */
async function collect(cleanup: Cleanup): Promise<DemoView> {
  const head = await readSamplePr()
  const fixture = await createLaravelRepo()
  cleanup.add(fixture.cleanup)
  const headSha = await commitOnBranch(
    fixture.repo,
    SAMPLE_PR.headRef,
    fixture.baseSha,
    head,
    SAMPLE_PR.title
  )
  const emulator = await startEmulator()
  cleanup.add(() => emulator.close())
  emulator.addRepo({ owner: DEMO_OWNER, name: DEMO_REPO, gitDir: fixture.repo.dir })
  emulator.addPullRequest({
    owner: DEMO_OWNER,
    repo: DEMO_REPO,
    number: SAMPLE_PR.number,
    baseSha: fixture.baseSha,
    headSha,
    baseRef: SAMPLE_PR.baseRef,
    headRef: SAMPLE_PR.headRef,
    title: SAMPLE_PR.title,
    body: SAMPLE_PR.body
  })
  emulator.addToken(WRITE_TOKEN, { permissions: 'write' })
  // actions/checkout on pull_request: the test merge commit, full history (fetch-depth: 0).
  const checkout = await mergeCheckout(fixture.repo, fixture.baseSha, headSha)
  cleanup.add(() => rm(checkout.dir, { recursive: true, force: true }))

  const repository = `${DEMO_OWNER}/${DEMO_REPO}`
  const actionStarted = performance.now()
  const run = await runAction({
    api: emulator,
    repository,
    eventName: 'pull_request',
    payload: pullRequestPayload({
      repository,
      number: SAMPLE_PR.number,
      headSha,
      baseSha: fixture.baseSha,
      headRef: SAMPLE_PR.headRef,
      baseRef: SAMPLE_PR.baseRef,
      action: 'opened'
    }),
    workspace: checkout.dir,
    sha: checkout.mergeSha,
    inputs: { 'github-token': WRITE_TOKEN },
    timeoutMs: 60_000
  })
  const actionSeconds = (performance.now() - actionStarted) / 1000

  const state = emulator.state
  if (state.emulatorErrors.length > 0) {
    throw new Error(`the emulator answered with invalid responses:\n${state.emulatorErrors.join('\n')}`)
  }
  const checkRun = state.checkRuns.find((c) => c.headSha === headSha)
  if (checkRun === undefined) {
    throw new Error(
      `the action wrote no check run (exit code ${run.exitCode}).\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`
    )
  }
  const sampleLine = (line: SampleLine): SampleLine & { line: number } => ({
    ...line,
    line: lineNumber(head, line)
  })
  return {
    repository,
    pr: {
      number: SAMPLE_PR.number,
      title: SAMPLE_PR.title,
      headRef: SAMPLE_PR.headRef,
      baseRef: SAMPLE_PR.baseRef,
      baseSha: fixture.baseSha,
      headSha
    },
    changedFiles: Object.keys(head).sort(),
    baseDir: rel(EXAMPLE_APP),
    headDir: rel(SAMPLE_PR_DIR),
    apiUrl: emulator.url,
    exitCode: run.exitCode,
    actionSeconds,
    totalSeconds: 0,
    checkRun: {
      name: checkRun.name,
      status: checkRun.status,
      conclusion: checkRun.conclusion,
      title: checkRun.output.title,
      summary: checkRun.output.summary ?? ''
    },
    reviews: state.reviews
      .filter((r) => r.pullNumber === SAMPLE_PR.number)
      .map((r) => ({ user: r.user, state: r.state, body: r.body })),
    comments: state.reviewComments
      .filter((c) => c.pullNumber === SAMPLE_PR.number && c.inReplyToId === null)
      .sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0))
      .map((c) => ({
        path: c.path,
        line: c.line,
        startLine: c.startLine,
        user: c.user,
        body: c.body,
        diffHunk: c.diffHunk
      })),
    annotations: checkRun.annotations.map((a) => ({
      level: a.annotation_level,
      path: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      title: a.title,
      message: a.message
    })),
    stateful: STATEFUL_LINES.map(sampleLine),
    lookAlikes: LOOK_ALIKE_LINES.map(sampleLine)
  }
}

/**
 * Runs the demo once and writes the reviewer's view once the emulator is stopped and the temporary
 * repositories are gone; throws when the demo itself cannot run.
 */
export async function runDemo(options: DemoOptions = {}, cleanup = new Cleanup()): Promise<DemoResult> {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(`${rel(DIST_INDEX)} is missing: run \`npm run build\` first, then \`npm run demo\`.`)
  }
  const started = performance.now()
  let view: DemoView
  try {
    view = await collect(cleanup)
  } finally {
    await cleanup.run()
  }
  view.totalSeconds = (performance.now() - started) / 1000
  const output = renderReviewerView(view, {
    color: options.color ?? (process.stdout.isTTY === true && process.env.NO_COLOR === undefined),
    summaryLines: options.summaryLines ?? 0
  })
  ;(options.write ?? ((text: string) => process.stdout.write(text)))(output)
  return { view, output }
}

/** The entry point of scripts/demo.mjs: 0 when the demo ran (whatever the audit concluded), 1 otherwise. */
export async function main(): Promise<number> {
  const cleanup = new Cleanup()
  const onSignal = (): void => {
    void cleanup.run().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  try {
    await runDemo({}, cleanup)
    return 0
  } catch (error) {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    process.removeListener('SIGINT', onSignal)
  }
}
