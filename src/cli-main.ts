// The command-line interface: argument parsing, exit codes, output. All analysis is in the engine.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
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
  --config FILE         config file (default: PATH/stateless-audit.json when present)
  --output FILE         write the report to FILE instead of standard output
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

export function parseCliArgs(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        base: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'filter-mode': { type: 'string' },
        config: { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nRun stateless-audit --help for the options.`)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  if (positionals.length > 1) {
    throw new UsageError(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')}`)
  }
  for (const flag of ['base', 'config', 'output'] as const) {
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
    output: values.output ?? null
  }
}

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTty: boolean
  env: Record<string, string | undefined>
  cwd: string
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
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
    const root = path.resolve(io.cwd, options.path)
    const result = await runAudit({
      root,
      base: options.base,
      filterMode: options.filterMode,
      configFile: options.config === null ? null : path.resolve(io.cwd, options.config)
    })
    const color = options.output === null && io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
    let report: string
    switch (options.format) {
      case 'json':
        report = toJson(result)
        break
      case 'sarif':
        report = JSON.stringify(toSarif(result, { docsBaseUrl: DOCS_BASE_URL }), null, 2) + '\n'
        break
      case 'github':
        report = toWorkflowCommands(result.findings, { maxPerSeverity: Infinity }).lines.join('\n') + '\n'
        break
      default:
        report = toText(result, { color })
    }
    if (options.output !== null) {
      writeFileSync(path.resolve(io.cwd, options.output), report)
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
