// One measured run, in its own process (the benchmark spawns it and reads one JSON line):
//   audit <dir> [--scope <list>] [--optimise all|off|<name>,<name>,…]   the engine, as `runAudit` runs it
//         [--cache <file> [--cache-fresh] [--edit <list>]]              with the result cache (CLI --cache):
//                                                                    emptied first, or after editing the
//                                                                    listed files (a line added or removed)
//   parse <dir>                                                        list, read and parse every file
//   load                                                               nothing: Node's start and the modules
//   read <dir>                                                         list and read every file
//   prefilter <dir>                                                    list, read and the textual pre-filter
// The last three are floors: what a run costs before configuration, slicing, parsing and rules.
// The workspace counts what the engine lists and reads, so the benchmark can show that a PR scope
// does not touch the rest of the app.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { DiffScope, FileScope } from '../../src/diff/filter.js'
import { audit, NO_OPTIMISATIONS, type AuditRequest, type Optimisations } from '../../src/engine/audit.js'
import { fileCache } from '../../src/engine/cache-file.js'
import { FsWorkspace, hasNeverScannedSegment } from '../../src/engine/fs-workspace.js'
import { hasSuppressionComment, Prefilter } from '../../src/engine/prefilter.js'
import { loadConfig } from '../../src/engine/run.js'
import { parsePhpSource } from '../../src/php/parse.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { TOOL_VERSION } from '../../src/version.js'

export interface VariantResult {
  /** Milliseconds inside the process for the measured work (module loading excluded). */
  innerMs: number
  files: number
  bytes: number
  findings: number
  suppressed: number
  outOfScope: number
  parseErrors: number
  byRule: Record<string, number>
  /** Paths the engine read, and paths the listings returned. */
  reads: number
  listed: number
  /** Files whose signature the result cache asked for, and the files it answered. */
  signed?: number
  cached?: number
  maxRssKb: number
}

/** A floor variant's result: no findings. */
type FloorResult = Pick<VariantResult, 'innerMs' | 'files' | 'bytes' | 'reads' | 'listed' | 'maxRssKb'> & {
  /** prefilter: the files the pre-filter would have parsed. */
  candidates?: number
}

/** The working tree, counting what the engine lists and reads. */
class CountingWorkspace extends FsWorkspace {
  reads = 0
  listed = 0
  signed = 0
  bytes = 0
  override signature(p: string): string | null {
    this.signed++
    return super.signature(p)
  }
  override read(p: string): string | null {
    this.reads++
    const text = super.read(p)
    if (text !== null) this.bytes += text.length
    return text
  }
  override list(dir: string): string[] {
    const out = super.list(dir)
    this.listed += out.length
    return out
  }
}

/** `all`, `off`, or the optimisations to switch on: `prefilter,ruleTriggers`. */
function optimiseOption(value: string | undefined): AuditRequest['optimise'] {
  if (value === undefined || value === 'all') return true
  if (value === 'off') return false
  const chosen: Optimisations = { ...NO_OPTIMISATIONS }
  for (const item of value.split(',')) {
    if (!(item in chosen)) throw new Error(`unknown optimisation ${item}`)
    chosen[item as keyof Optimisations] = true
  }
  return chosen
}

function wholeFileScope(root: string, paths: string[]): DiffScope {
  const scope = new Map<string, FileScope>()
  for (const p of paths) {
    const lines = readFileSync(path.join(root, p), 'utf8').split('\n').length
    scope.set(p, { added: new Set(Array.from({ length: lines }, (_, i) => i + 1)), context: new Set() })
  }
  return scope
}

async function runAuditVariant(root: string, args: string[]): Promise<VariantResult> {
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i === -1 ? undefined : args[i + 1]
  }
  const scopeList = flag('--scope')
  const scope =
    scopeList === undefined
      ? null
      : wholeFileScope(root, readFileSync(scopeList, 'utf8').split('\n').filter(Boolean))
  const cacheFile = flag('--cache')
  if (cacheFile !== undefined && args.includes('--cache-fresh')) rmSync(cacheFile, { force: true })
  const edits = flag('--edit')
  if (edits !== undefined) for (const p of readFileSync(edits, 'utf8').split('\n').filter(Boolean)) toggleEdit(root, p)
  const started = performance.now()
  const workspace = new CountingWorkspace(root)
  const result = await audit({
    workspace,
    root,
    version: TOOL_VERSION,
    config: loadConfig(root, null),
    scope,
    filterMode: scope === null ? 'all' : 'added',
    optimise: optimiseOption(flag('--optimise')),
    cache:
      cacheFile === undefined
        ? undefined
        : fileCache(cacheFile, (message) => {
            process.stderr.write(`${message}\n`)
            process.exitCode = 1
          })
  })
  const innerMs = performance.now() - started
  const byRule: Record<string, number> = {}
  for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
  return {
    innerMs,
    files: result.summary.files,
    bytes: workspace.bytes,
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    outOfScope: result.outOfScope.length,
    parseErrors: result.summary.parseErrors,
    byRule,
    reads: workspace.reads,
    listed: workspace.listed,
    ...(cacheFile !== undefined ? { signed: workspace.signed, cached: result.summary.cachedFiles ?? 0 } : {}),
    maxRssKb: process.resourceUsage().maxRSS
  }
}

const EDIT_MARK = '// edited by the benchmark\n'

/** An edit of `rel` that changes no finding: a comment line at its end, added or taken away. */
function toggleEdit(root: string, rel: string): void {
  const file = path.join(root, rel)
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.endsWith(EDIT_MARK) ? text.slice(0, -EDIT_MARK.length) : text + EDIT_MARK)
}

/** The PHP and Blade files the engine audits in a whole-app run, with their texts, one at a time. */
function* auditedTexts(workspace: CountingWorkspace): Generator<{ path: string; text: string }> {
  for (const file of workspace.list('')) {
    if (!/\.php$/i.test(file) || hasNeverScannedSegment(file)) continue
    const text = workspace.read(file)
    if (text !== null) yield { path: file, text }
  }
}

/** Listing and reading every file (`read`), and the engine's textual pre-filter on each (`prefilter`). */
function runFloorVariant(root: string, prefilter: boolean): FloorResult {
  const started = performance.now()
  const workspace = new CountingWorkspace(root)
  const triggers = prefilter ? new Prefilter(codeRules) : null
  let files = 0
  let candidates = 0
  for (const { text } of auditedTexts(workspace)) {
    files++
    if (triggers !== null && (triggers.rulesFor(text).length > 0 || hasSuppressionComment(text))) candidates++
  }
  return {
    innerMs: performance.now() - started,
    files,
    bytes: workspace.bytes,
    reads: workspace.reads,
    listed: workspace.listed,
    maxRssKb: process.resourceUsage().maxRSS,
    ...(prefilter ? { candidates } : {})
  }
}

/** The same files the engine audits, parsed one after the other with the same parser; no rules. */
function runParseVariant(root: string): VariantResult {
  const started = performance.now()
  const workspace = new CountingWorkspace(root)
  let files = 0
  let parseErrors = 0
  for (const { path: p, text } of auditedTexts(workspace)) {
    files++
    // As the engine parses a changed file: comments only when a suppression needs them.
    const comments = hasSuppressionComment(text)
    if (parsePhpSource(p, text, { comments }).parseErrors.length > 0) parseErrors++
  }
  return {
    innerMs: performance.now() - started,
    files,
    bytes: workspace.bytes,
    findings: 0,
    suppressed: 0,
    outOfScope: 0,
    parseErrors,
    byRule: {},
    reads: workspace.reads,
    listed: workspace.listed,
    maxRssKb: process.resourceUsage().maxRSS
  }
}

const [kind, dir, ...rest] = process.argv.slice(2)
const root = path.resolve(dir ?? '.')
const result =
  kind === 'load'
    ? { maxRssKb: process.resourceUsage().maxRSS }
    : kind === 'read' || kind === 'prefilter'
      ? runFloorVariant(root, kind === 'prefilter')
      : kind === 'parse'
        ? runParseVariant(root)
        : await runAuditVariant(root, rest)
process.stdout.write(`${JSON.stringify(result)}\n`)
