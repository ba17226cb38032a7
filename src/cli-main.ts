// The command-line interface: argument parsing, exit codes, output. All analysis is in the engine.
import { execFileSync } from 'node:child_process'
import { accessSync, constants, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkCacheFile, defaultCacheFile, fileCache } from './engine/cache-file.js'
import { UsageError } from './engine/config-file.js'
import { runAudit, type FailOn, failsOn } from './engine/run.js'
import type { FilterMode } from './diff/filter.js'
import { toJson } from './report/json.js'
import { toSarif } from './report/sarif.js'
import { toText } from './report/text.js'
import { toWorkflowCommands } from './report/workflow-commands.js'
import { DOCS_BASE_URL, TOOL_VERSION } from './version.js'

const FORMATS = ['text', 'json', 'sarif', 'github'] as const
type Format = (typeof FORMATS)[number]
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never']
const FILTER_MODES: readonly FilterMode[] = ['added', 'diff-context', 'file', 'all']

export const USAGE = `Usage: stateless-audit [PATH] [options]

Audits a Laravel app (or a repository holding several) for state kept on one server.

Options:
  --base REF            only files changed since REF (git), findings on changed lines only
  --filter-mode MODE    with --base: added (default), diff-context, file, all
  --format FORMAT       text (default), json, sarif, github
  --fail-on LEVEL       error (default), warning, notice, never: exit 1 when a finding is at or above it
  --config FILE         config file (default: PATH/stateless-audit.json, else the nearest
                        stateless-audit.json above PATH, up to the repository root)
  --output FILE         write the report to FILE instead of standard output
  --cache               reuse the results of the last run for files that did not change
                        (kept in the system's temp directory; see README "Result cache")
  --cache-file FILE     keep that cache in FILE (implies --cache)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no finding at or above --fail-on, 1 there is one, 2 usage or internal error.
`

interface CliOptions {
  path: string
  base: string | null
  format: Format
  failOn: FailOn
  filterMode: FilterMode
  config: string | null
  output: string | null
  /** Off: null; on: the file, or '' for the default location. */
  cacheFile: string | null
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`)
  }
  return value as T
}

const OPTIONS = {
  base: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'filter-mode': { type: 'string' },
  config: { type: 'string' },
  output: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

function isOurOption(arg: string): boolean {
  if (arg.startsWith('--')) return Object.hasOwn(OPTIONS, arg.slice(2).split('=')[0])
  return Object.values(OPTIONS).some((o) => 'short' in o && arg === `-${o.short}`)
}

/**
 * One sentence of our own for a parseArgs error: Node's messages run to several lines. The error
 * gives only a code, so the argument at fault is found in the tokens of a lenient parse.
 */
function argumentError(err: unknown, argv: string[]): string {
  const code = (err as NodeJS.ErrnoException).code
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true
  })
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const known = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : null
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && known === null) return `unknown option ${token.rawName}.`
    if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || known === null) continue
    const flag = `--${token.name}`
    if (known.type === 'boolean') {
      if (token.value !== undefined) return `${flag} does not take a value.`
      continue
    }
    if (token.value === undefined) return `${flag} needs a value.`
    // parseArgs refuses a separate value that looks like an option: most likely the value was left out.
    if (!token.inlineValue && /^-./.test(token.value)) {
      return isOurOption(token.value)
        ? `${flag} needs a value.`
        : `${flag} needs a value (to pass one that starts with a dash, write ${flag}=${token.value}).`
    }
  }
  // A code this does not know (a newer Node): its first line, still one sentence.
  const first = (err as Error).message.split('\n')[0].trim()
  return first.endsWith('.') ? first : `${first}.`
}

export function parseCliArgs(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
  } catch (err) {
    throw new UsageError(`${argumentError(err, argv)}\nRun stateless-audit --help for the options.`)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  if (positionals.length > 1) {
    throw new UsageError(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')}.`)
  }
  // An empty PATH (an unset shell variable) would otherwise audit the current directory.
  if (positionals[0] === '') throw new UsageError('PATH is empty.')
  for (const flag of ['base', 'config', 'output', 'cache-file'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a value.`)
  }
  if (values['filter-mode'] !== undefined && values.base === undefined) {
    throw new UsageError('--filter-mode only applies with --base REF.')
  }
  return {
    path: positionals[0] ?? '.',
    base: values.base ?? null,
    format: oneOf(values.format, FORMATS, '--format', 'text'),
    failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error'),
    filterMode: oneOf(values['filter-mode'], FILTER_MODES, '--filter-mode', 'added'),
    config: values.config ?? null,
    output: values.output ?? null,
    cacheFile: values['cache-file'] ?? (values.cache === true ? '' : null)
  }
}

const OUTPUT_REASONS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EPIPE: 'the pipe was closed by the program reading it',
  EIO: 'an input/output error'
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  return code !== undefined && Object.hasOwn(OUTPUT_REASONS, code)
    ? OUTPUT_REASONS[code]
    : (err as Error).message
}

/**
 * The sentence for a failed write to standard output (a closed pipe, a full disk). Exit code 1
 * means a finding, so such a failure exits 2 (src/cli.ts catches the stream's 'error' event).
 */
export function stdoutFailure(err: unknown): string {
  return `cannot write the report to standard output: ${reasonOf(err)}.`
}

/** A bad --output is the user's to fix, not a bug to report. */
function outputError(shown: string, err: unknown): UsageError {
  return new UsageError(`cannot write --output ${shown}: ${reasonOf(err)}.`)
}

/** Fails before a long audit when --output cannot be written, without creating anything. */
function checkOutput(file: string, shown: string): void {
  let stat
  try {
    stat = statSync(file, { throwIfNoEntry: false })
    if (stat === undefined) {
      // A new file needs a writable directory. (Node 20 throws ENOTDIR for a path under a regular
      // file; Node 24 returns undefined, so the parent is checked here.)
      const parent = path.dirname(file)
      if (!statSync(parent).isDirectory())
        throw new UsageError(`cannot write --output ${shown}: ${OUTPUT_REASONS.ENOTDIR}.`)
      accessSync(parent, constants.W_OK)
    } else {
      accessSync(file, constants.W_OK)
    }
  } catch (err) {
    throw err instanceof UsageError ? err : outputError(shown, err)
  }
  if (stat?.isDirectory()) throw new UsageError(`cannot write --output ${shown}: ${OUTPUT_REASONS.EISDIR}.`)
}

/** `dir` relative to `top` with `/`, or null when it is not inside it ('' when it is `top`). */
function inside(top: string, dir: string): string | null {
  const rel = path.relative(top, dir)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null
  return rel.split(path.sep).join('/')
}

function realpath(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return dir
  }
}

/**
 * The scan root as the repository-relative reports (`--format github`, `sarif`) need it: `prefix`
 * is PATH relative to `GITHUB_WORKSPACE` when that is set and holds PATH (GitHub resolves
 * annotation paths from there), else relative to the git top level, else ''. `root` is the scan
 * root spelled so that taking `prefix` off it gives that directory (git prints real paths).
 */
export function repositoryPrefix(
  root: string,
  env: Record<string, string | undefined>
): { prefix: string; root: string } {
  const tops: Array<() => string | null> = [
    () => (env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : null),
    () => {
      try {
        const top = execFileSync('git', ['-C', root, 'rev-parse', '--show-toplevel'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }).trim()
        return top === '' ? null : top
      } catch {
        // Not a repository, or no git: paths stay relative to PATH.
        return null
      }
    }
  ]
  for (const topOf of tops) {
    const top = topOf()
    if (top === null) continue
    const direct = inside(top, root)
    if (direct !== null) return { prefix: direct, root }
    const realRoot = realpath(root)
    const real = inside(realpath(top), realRoot)
    if (real !== null) return { prefix: real, root: realRoot }
  }
  return { prefix: '', root }
}

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTty: boolean
  env: Record<string, string | undefined>
  cwd: string
  /** Where --cache keeps its file (default: the system's temp directory). */
  tmpdir?: string
}

const processIo: CliIo = {
  stdout: (t) => {
    // Most failures arrive as the stream's 'error' event (src/cli.ts); a few throw here.
    try {
      process.stdout.write(t)
    } catch (err) {
      throw new UsageError(stdoutFailure(err))
    }
  },
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd()
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseCliArgs(argv)
    if (options === 'help') {
      io.stdout(USAGE)
      return 0
    }
    if (options === 'version') {
      io.stdout(`stateless-audit ${TOOL_VERSION}\n`)
      return 0
    }
    if (options.output !== null) checkOutput(path.resolve(io.cwd, options.output), options.output)
    const root = path.resolve(io.cwd, options.path)
    let cacheFile: string | null = null
    if (options.cacheFile !== null) {
      cacheFile =
        options.cacheFile === '' ? defaultCacheFile(root, io.tmpdir) : path.resolve(io.cwd, options.cacheFile)
      if (options.cacheFile !== '') checkCacheFile(cacheFile, options.cacheFile)
    }
    const warn = (message: string): void => io.stderr(`stateless-audit: warning: ${message}\n`)
    const result = await runAudit({
      root,
      base: options.base,
      filterMode: options.filterMode,
      configFile: options.config === null ? null : path.resolve(io.cwd, options.config),
      cache: cacheFile === null ? undefined : fileCache(cacheFile, warn)
    })
    const color = options.output === null && io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
    let report: string
    switch (options.format) {
      case 'json':
        report = toJson(result)
        break
      case 'sarif': {
        // Repository-relative URIs, as the action's (code scanning resolves them from the repository root).
        const repo = repositoryPrefix(root, io.env)
        const log = toSarif(
          { ...result, root: repo.root },
          { docsBaseUrl: DOCS_BASE_URL, pathPrefix: repo.prefix }
        )
        report = JSON.stringify(log, null, 2) + '\n'
        break
      }
      case 'github': {
        // GitHub resolves `file=` from the workspace root, not from PATH.
        const { prefix } = repositoryPrefix(root, io.env)
        const commands = toWorkflowCommands(result.findings, { maxPerSeverity: Infinity, pathPrefix: prefix })
        report = commands.lines.join('\n') + '\n'
        break
      }
      default:
        report = toText(result, { color })
    }
    if (options.output !== null) {
      // Still possible after the check (a full disk, /dev/full): exit 2 rather than lose the findings quietly.
      try {
        writeFileSync(path.resolve(io.cwd, options.output), report)
      } catch (err) {
        throw outputError(options.output, err)
      }
    } else {
      io.stdout(report)
    }
    return failsOn(result.findings, options.failOn) ? 1 : 0
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stateless-audit: ${err.message}\n`)
    } else {
      const e = err as Error
      io.stderr(
        `stateless-audit: internal error: ${e.message}\nPlease report this with the command you ran.\n`
      )
      if (io.env.STATELESS_AUDIT_DEBUG) io.stderr(`${e.stack ?? ''}\n`)
    }
    return 2
  }
}
