// Runs the built action (dist/index.js) the way a GitHub runner does: a child process with the
// event payload in a file, GITHUB_* variables, INPUT_* variables (names upper-cased, hyphens kept),
// GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, and the API URLs pointing at the emulator. Returns
// what the step printed and wrote. Also builds the Laravel fixture repositories the tests and the
// demo use: the example app as the base commit, a change on a branch as the head.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRepo, runGit, type FixtureContent, type GitRepo } from './github-emulator/git-fixture.js'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DIST_INDEX = path.join(PROJECT_ROOT, 'dist', 'index.js')
export const EXAMPLE_APP = path.join(PROJECT_ROOT, 'examples', 'laravel-app')

/** The inputs action.yml declares, with its defaults (a runner sets every input that has one). */
export const DEFAULT_INPUTS: Record<string, string> = {
  'working-directory': '.',
  'fail-on': 'error',
  'filter-mode': 'added',
  'review-comments': 'true',
  'check-run': 'true',
  'check-name': 'stateless-audit',
  config: '',
  'sarif-file': ''
}

export interface RunActionOptions {
  /** REST and GraphQL base URLs (the emulator's). */
  api: { url: string; graphqlUrl: string }
  /** `owner/name`. */
  repository: string
  eventName: string
  payload: Record<string, unknown>
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string
  /** Inputs by their action.yml names; merged over DEFAULT_INPUTS. `github-token` is required. */
  inputs: Record<string, string>
  /** GITHUB_SHA (the merge commit on pull_request). */
  sha?: string
  /** Extra or overriding environment variables. */
  env?: Record<string, string>
  /** Kill the action after this long (default 120 s). */
  timeoutMs?: number
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  /** The job summary the step wrote. */
  summary: string
  /** Step outputs (GITHUB_OUTPUT). */
  outputs: Record<string, string>
  /** `::error|warning|notice …::…` lines the step printed, unescaped. */
  annotations: WorkflowCommand[]
  /** Every workflow command printed (`::group::`, `::error`…). */
  commands: WorkflowCommand[]
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (match === null) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return commands
}

/** Parses the GITHUB_OUTPUT file format `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc !== null) {
      const value: string[] = []
      let j = i + 1
      while (j < lines.length && lines[j] !== heredoc[2]) value.push(lines[j++])
      outputs[heredoc[1]] = value.join('\n')
      i = j
      continue
    }
    const eq = lines[i].indexOf('=')
    if (eq > 0) outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
  }
  return outputs
}

/** Runs dist/index.js once, as a workflow step would. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run \`npm run build\` first.`)
  const temp = await mkdtemp(path.join(tmpdir(), 'action-run-'))
  try {
    const eventPath = path.join(temp, 'event.json')
    const summaryPath = path.join(temp, 'step_summary.md')
    const outputPath = path.join(temp, 'output.txt')
    await writeFile(eventPath, JSON.stringify(options.payload))
    await writeFile(summaryPath, '')
    await writeFile(outputPath, '')
    const inputs = { ...DEFAULT_INPUTS, ...options.inputs }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: temp,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0],
      GITHUB_API_URL: options.api.url,
      GITHUB_GRAPHQL_URL: options.api.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_RUN_ID: '4242',
      GITHUB_ACTOR: 'octocat',
      RUNNER_TEMP: temp,
      ...(options.sha !== undefined && { GITHUB_SHA: options.sha }),
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
      ),
      ...options.env
    }
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number
      stdout: string
      stderr: string
    }>((resolve) => {
      execFile(
        process.execPath,
        [DIST_INDEX],
        { cwd: options.workspace, env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
          resolve({ exitCode: code, stdout: out, stderr: err })
        }
      )
    })
    const commands = parseWorkflowCommands(stdout)
    return {
      exitCode,
      stdout,
      stderr,
      summary: await readFile(summaryPath, 'utf8'),
      outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
      commands,
      annotations: commands.filter(
        (c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'
      )
    }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

/** The event payload GitHub sends for `pull_request` (the fields the action reads, and a few more). */
export function pullRequestPayload(options: {
  repository: string
  number: number
  headSha: string
  baseSha: string
  headRef?: string
  baseRef?: string
  /** The head repository's full name when it is a fork. */
  forkRepository?: string
  action?: string
}): Record<string, unknown> {
  const [owner, name] = options.repository.split('/')
  const baseRepo = { full_name: options.repository, name, owner: { login: owner } }
  const headFull = options.forkRepository ?? options.repository
  const headRepo = {
    full_name: headFull,
    name: headFull.split('/')[1],
    owner: { login: headFull.split('/')[0] }
  }
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      number: options.number,
      head: { sha: options.headSha, ref: options.headRef ?? 'feature', repo: headRepo },
      base: { sha: options.baseSha, ref: options.baseRef ?? 'main', repo: baseRepo }
    },
    repository: baseRepo
  }
}

/** A fixture repository: the example Laravel app committed on `main`. */
export interface LaravelRepo {
  repo: GitRepo
  baseSha: string
  /** Removes the temp directory. */
  cleanup(): Promise<void>
}

/** Creates a git repo in a temp dir with the example app (plus `extra` files) as the base commit. */
export async function createLaravelRepo(
  extra: Record<string, FixtureContent> = {},
  subdir = ''
): Promise<LaravelRepo> {
  const dir = await mkdtemp(path.join(tmpdir(), 'laravel-repo-'))
  const repo = await createRepo(dir)
  await cp(EXAMPLE_APP, subdir === '' ? dir : path.join(dir, subdir), { recursive: true })
  await writeFile(path.join(dir, 'README.md'), '# Photo Share\n')
  const baseSha = await repo.commitFiles(extra, 'Base: the example Laravel app')
  return { repo, baseSha, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Commits `files` on a new branch `branch` from `from` and returns the head sha (the repo stays on the branch). */
export async function commitOnBranch(
  repo: GitRepo,
  branch: string,
  from: string,
  files: Record<string, FixtureContent>,
  message = 'Change'
): Promise<string> {
  await repo.checkoutNewBranch(branch, from)
  return repo.commitFiles(files, message)
}

/**
 * A checkout as actions/checkout makes it on `pull_request`: a clone of `repo` with HEAD at the test
 * merge commit of `headSha` into `baseSha` (so HEAD is not the head sha). `depth` makes it shallow.
 */
export async function mergeCheckout(
  repo: GitRepo,
  baseSha: string,
  headSha: string,
  depth?: number
): Promise<{ dir: string; mergeSha: string }> {
  // The merge commit is made in the source repo on a detached HEAD (GitHub's refs/pull/N/merge).
  const current = (await repo.git(['rev-parse', '--abbrev-ref', 'HEAD'])).trim()
  await repo.git(['checkout', '-q', '--detach', baseSha])
  await runGit(repo.dir, [
    '-c',
    'commit.gpgsign=false',
    'merge',
    '-q',
    '--no-ff',
    '--no-edit',
    '-m',
    'Merge head into base',
    headSha
  ])
  const mergeSha = (await repo.git(['rev-parse', 'HEAD'])).trim()
  await repo.git(['update-ref', `refs/pull/merge-${mergeSha.slice(0, 8)}`, mergeSha])
  await repo.git(['checkout', '-q', current === 'HEAD' ? headSha : current])
  await repo.git(['config', 'uploadpack.allowAnySHA1InWant', 'true'])
  // As actions/checkout does: fetch only the merge ref (shallow with `depth`), check it out detached.
  const dir = await mkdtemp(path.join(tmpdir(), 'checkout-'))
  await runGit(dir, ['init', '-q'])
  await runGit(dir, ['remote', 'add', 'origin', `file://${repo.dir}`])
  const depthArgs = depth === undefined ? [] : [`--depth=${depth}`]
  await runGit(dir, ['fetch', '-q', '--no-tags', ...depthArgs, 'origin', mergeSha])
  await runGit(dir, ['checkout', '-q', '--detach', mergeSha])
  return { dir, mergeSha }
}
