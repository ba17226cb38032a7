// `npm run bench`: generates a large Laravel app (scripts/bench/generate.ts) and times, side by side,
// the full audit (all optimisations, none, then step by step; with the result cache: filling it,
// nothing changed, 10 files edited), parse-only, the seed's grep audit and PHP's own
// token_get_all(TOKEN_PARSE) when `php` is installed, the floors (Node's start, loading the engine,
// reading every file, the textual pre-filter), plus pull-request scopes of 10 and 1000 files. Each
// variant runs in its own process: one warm-up, then the median of --runs runs.
// The apps are generated next to this bundle (a temp dir, see run.mjs); the report also goes to
// .bench/results.md. Not a test: nothing here gates CI.
//
//   npm run bench -- [--entities 400] [--seed 20260601] [--runs 5] [--out .bench/results.md]
//                    [--generate-only]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateApp, prng, type GeneratedApp } from './generate.js'
import type { VariantResult } from './variant.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const VARIANT = path.join(here, 'variant.mjs')
const BENCH_DIR = path.resolve(here, '..')

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}

const ENTITIES = Number(option('entities', '400'))
const SEED = Number(option('seed', '20260601'))
const RUNS = Math.max(1, Number(option('runs', '5')))
const OUT = path.resolve(option('out', '.bench/results.md'))

/** The seed's audit script (../shared/seed, "Automated statelessness audit"), verbatim. */
const SEED_SCRIPT = String.raw`#!/bin/bash
# audit-statelessness.sh
echo "Checking for stateful patterns..."
# Check session driver
grep "SESSION_DRIVER=file" .env && echo "β Sessions in files! Use Redis."
# Check cache driver
grep "CACHE_DRIVER=file" .env && echo "β Cache in files! Use Redis."
# Check filesystem
grep "FILESYSTEM_DRIVER=local" .env && echo "β Files on local disk! Use S3."
# Check for env() in app code (outside config)
grep -r "env(" --include="*.php" --exclude-dir=vendor \
--exclude-dir=config | grep -v "config/" && \
echo "β env() found outside config/! Use config()."
# Check for hardcoded paths
grep -r "storage/app/public" --include="*.php" --exclude-dir=vendor && \
echo "β Hardcoded storage path! Use Storage facade."
echo "Audit complete."
`

/** PHP's own tokenizer over the listed files, TOKEN_PARSE so that it parses as well. */
const PHP_TOKENIZE = String.raw`
$files = 0; $errors = 0; $bytes = 0;
foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $f) {
    $code = file_get_contents($f);
    $bytes += strlen($code);
    $files++;
    try { token_get_all($code, TOKEN_PARSE); } catch (ParseError $e) { $errors++; }
}
echo json_encode(['files' => $files, 'parseErrors' => $errors, 'bytes' => $bytes]), "\n";
`

interface Measured {
  name: string
  walls: number[]
  rssKb: number[]
  /** User plus system CPU time of each run, in ms (from /usr/bin/time; empty without it). */
  cpuMs: number[]
  /** The engine's own time in each run (node variants). */
  inner: number[]
  last: Partial<VariantResult> & { candidates?: number; stdout: string }
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/** Runs a command once: wall time from the parent; peak RSS and CPU time from /usr/bin/time (or the child's own report). */
function once(
  argv: string[],
  cwd: string
): { wall: number; rssKb: number; cpuMs: number | null; stdout: string } {
  const command = TIME ? [TIME, '-f', 'SA_BENCH_RSS_KB=%M SA_BENCH_CPU=%U+%S', ...argv] : argv
  const started = process.hrtime.bigint()
  const run = spawnSync(command[0], command.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, STATELESS_AUDIT_OPTIMISE: '' }
  })
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  if (run.error) throw run.error
  const rss = /SA_BENCH_RSS_KB=(\d+)/.exec(run.stderr ?? '')
  let rssKb = rss ? Number(rss[1]) : 0
  const cpu = /SA_BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '')
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null
  // grep exits 1 when it finds nothing; anything else is a failure of the variant itself.
  if (run.status !== 0 && !(argv[0] === 'bash' && run.status === 1)) {
    throw new Error(`${argv.join(' ')} exited ${run.status}:\n${run.stderr}`)
  }
  if (!rss) {
    const reported = /"maxRssKb":(\d+)/.exec(run.stdout)
    rssKb = reported ? Number(reported[1]) : 0
  }
  return { wall, rssKb, cpuMs, stdout: run.stdout }
}

function measure(name: string, argv: string[], cwd: string): Measured {
  process.stderr.write(`  ${name} `)
  once(argv, cwd) // warm-up: page cache, lazy compilation caches
  const walls: number[] = []
  const rssKb: number[] = []
  const cpuMs: number[] = []
  const inner: number[] = []
  let stdout = ''
  for (let i = 0; i < RUNS; i++) {
    const r = once(argv, cwd)
    walls.push(r.wall)
    rssKb.push(r.rssKb)
    if (r.cpuMs !== null) cpuMs.push(r.cpuMs)
    const ms = /"innerMs":([\d.]+)/.exec(r.stdout)
    if (ms) inner.push(Number(ms[1]))
    stdout = r.stdout
    process.stderr.write('.')
  }
  process.stderr.write(` ${Math.round(median(walls))} ms\n`)
  const json = stdout.split('\n').find((l) => l.startsWith('{'))
  const parsed = json ? (JSON.parse(json) as Measured['last']) : {}
  return { name, walls, rssKb, cpuMs, inner, last: { ...parsed, stdout } }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

function firstLine(argv: string[]): string | null {
  const run = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' })
  return run.status === 0 ? run.stdout.split('\n')[0].trim() : null
}

function machine(): Record<string, string> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  return {
    nproc: String(os.availableParallelism()),
    cpu: model,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    node: process.version,
    php: firstLine(['php', '-v']) ?? 'php not installed (token_get_all baseline skipped)',
    grep: firstLine(['grep', '--version']) ?? 'unknown',
    os: `${os.type()} ${os.release()}`
  }
}

/** `count` PHP files outside config/ (which the project model reads anyway), chosen by `seed`. */
function pickScope(app: GeneratedApp, count: number, seed: number): string[] {
  const rng = prng(seed)
  const pool = app.phpFiles.filter((f) => !f.startsWith('config/'))
  const out: string[] = []
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0])
  return out.sort()
}

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`
}

// ---------------------------------------------------------------------------------------------

const info = machine()
const loadBefore = os.loadavg()
process.stderr.write(`Generating the app (${ENTITIES} entities, seed ${SEED})…\n`)
const app = generateApp(fresh(path.join(BENCH_DIR, 'app')), {
  seed: SEED,
  entities: ENTITIES,
  everyCase: true
})
const small = generateApp(fresh(path.join(BENCH_DIR, 'app-small')), {
  seed: SEED,
  entities: Math.max(10, Math.round(ENTITIES / 10)),
  everyCase: true
})
// The deployed .env the seed's script greps (the engine reads it too).
for (const a of [app, small])
  writeFileSync(path.join(a.dir, '.env'), readFileSync(path.join(a.dir, '.env.production')))
if (process.argv.includes('--generate-only')) process.exit(0)
const lists = fresh(path.join(BENCH_DIR, 'lists'))
const listFile = path.join(lists, 'php-files.txt')
writeFileSync(listFile, app.phpFiles.map((f) => path.join(app.dir, f)).join('\n') + '\n')
const scopes: Record<string, string> = {}
for (const [name, a, count] of [
  ['10', app, 10],
  ['1000', app, 1000],
  ['10-small', small, 10]
] as const) {
  scopes[name] = path.join(lists, `scope-${name}.txt`)
  writeFileSync(scopes[name], pickScope(a, count, SEED + count).join('\n') + '\n')
}
const mb = app.phpBytes / 1e6
process.stderr.write(
  `App: ${app.phpFiles.length} PHP files (${app.phpFiles.filter((f) => f.endsWith('.blade.php')).length} Blade), ${mb.toFixed(1)} MB; small app: ${small.phpFiles.length} files\n`
)

const node = (...args: string[]): string[] => [process.execPath, VARIANT, ...args]
const hasPhp = !info.php.startsWith('php not installed')
const results: Measured[] = []
process.stderr.write(
  `Measuring (${RUNS} runs each after a warm-up; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')})\n`
)
const full = measure('full audit', node('audit', app.dir), app.dir)
results.push(full)
const off = measure('full audit, optimisations off', node('audit', app.dir, '--optimise', 'off'), app.dir)
results.push(off)
// Each step switched on after the one before (README "Performance").
const steps = [
  ['listOnce', 'step 1: tree listed once'],
  ['listOnce,ruleTriggers', 'step 2: + only the rules whose triggers match'],
  ['listOnce,ruleTriggers,prefilter', 'step 3: + no parse without a trigger'],
  ['listOnce,ruleTriggers,prefilter,literalGate', 'step 4: + one pass for the triggers’ literals'],
  ['listOnce,ruleTriggers,prefilter,literalGate,sliceBodies', 'step 5: + bodies no rule can report in cut']
].map(([flags, label]) => {
  const m = measure(label, node('audit', app.dir, '--optimise', flags), app.dir)
  results.push(m)
  return m
})
// The result cache (CLI --cache), minutes after the app was written: its files have signatures.
const cacheFile = path.join(lists, 'result-cache.json')
const cacheRows = [
  measure(
    'full audit, --cache: filling it (first run)',
    node('audit', app.dir, '--cache', cacheFile, '--cache-fresh'),
    app.dir
  ),
  measure('full audit, --cache: nothing changed', node('audit', app.dir, '--cache', cacheFile), app.dir)
]
const edited = readFileSync(scopes['10'], 'utf8').split('\n').filter(Boolean)
const originals = edited.map((p) => readFileSync(path.join(app.dir, p)))
cacheRows.push(
  measure(
    'full audit, --cache: 10 files edited',
    node('audit', app.dir, '--cache', cacheFile, '--edit', scopes['10']),
    app.dir
  )
)
edited.forEach((p, i) => writeFileSync(path.join(app.dir, p), originals[i]))
results.push(...cacheRows)
const parse = measure('parse-only (same parser)', node('parse', app.dir), app.dir)
results.push(parse)
const grep = measure('seed grep script', ['bash', '-c', SEED_SCRIPT], app.dir)
results.push(grep)
const php = hasPhp
  ? measure('php token_get_all(TOKEN_PARSE)', ['php', '-r', PHP_TOKENIZE, listFile], app.dir)
  : null
if (php) results.push(php)
// Floors: Node's start, then the engine's modules, then listing and reading every file, then the
// textual pre-filter on each; the full audit adds the configuration, slicing, parsing and rules.
const floors = [
  measure('floor: Node start-up (node -e 0)', [process.execPath, '-e', '0'], app.dir),
  measure('floor: + loading the engine', node('load'), app.dir),
  measure('floor: + listing and reading every file', node('read', app.dir), app.dir),
  measure('floor: + the textual pre-filter on every file', node('prefilter', app.dir), app.dir)
]
results.push(...floors)
const scope10 = measure('PR scope: 10 files', node('audit', app.dir, '--scope', scopes['10']), app.dir)
results.push(scope10)
const scope1000 = measure('PR scope: 1000 files', node('audit', app.dir, '--scope', scopes['1000']), app.dir)
results.push(scope1000)
const scopeSmall = measure(
  `PR scope: 10 files, app ${small.phpFiles.length} files`,
  node('audit', small.dir, '--scope', scopes['10-small']),
  small.dir
)
results.push(scopeSmall)
for (const size of ['10', '1000']) {
  results.push(
    measure(
      `PR scope: ${size} files, optimisations off`,
      node('audit', app.dir, '--scope', scopes[size], '--optimise', 'off'),
      app.dir
    )
  )
}
const loadAfter = os.loadavg()

// ---------------------------------------------------------------------------------------------

const wholeApp = new Set(
  [full, off, ...steps, ...cacheRows, parse, grep, php, ...floors.slice(2)].filter(
    (m): m is Measured => m !== null
  )
)
const rows = results.map((m) => {
  const wall = median(m.walls)
  const spread = Math.max(...m.walls) - Math.min(...m.walls)
  const peak = Math.max(...m.rssKb) / 1024
  const files = m === grep ? app.phpFiles.length : (m.last.files ?? (m === php ? app.phpFiles.length : 0))
  const perSecond = wholeApp.has(m) ? `${(mb / (wall / 1000)).toFixed(1)}` : '—'
  const filesPerSecond = wholeApp.has(m) ? `${Math.round(app.phpFiles.length / (wall / 1000))}` : '—'
  const inner = m.inner.length > 0 ? formatMs(median(m.inner)) : '—'
  const cpu = m.cpuMs.length > 0 ? formatMs(median(m.cpuMs)) : '—'
  const ratio = (base: Measured | null): string => (base ? `${(wall / median(base.walls)).toFixed(2)}×` : '—')
  const signed = m.last.signed !== undefined ? `, ${m.last.signed} signed` : ''
  const read = m.last.reads !== undefined ? `${m.last.reads} read, ${m.last.listed} listed${signed}` : '—'
  const found =
    m.last.findings !== undefined
      ? `${m.last.findings}${m.last.outOfScope ? ` (+${m.last.outOfScope} outside)` : ''}${m.last.cached !== undefined ? `, ${m.last.cached} files from the cache` : ''}`
      : m === grep
        ? `${m.last.stdout.split('\n').filter((l) => /\.php:/.test(l)).length} lines`
        : m.last.candidates !== undefined
          ? `${m.last.candidates} to parse`
          : '—'
  return [
    m.name,
    `${formatMs(wall)} ±${formatMs(spread / 2)}`,
    inner,
    cpu,
    perSecond,
    filesPerSecond,
    `${Math.round(peak)} MB`,
    ratio(php),
    ratio(grep),
    found,
    read,
    String(files)
  ]
})
const header = [
  'Variant',
  'Wall (median)',
  'In-process',
  'CPU',
  'MB/s',
  'Files/s',
  'Peak RSS',
  '× token_get_all',
  '× grep',
  'Findings',
  'Engine I/O',
  'Files'
]
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`)
].join('\n')

/** The issue's two targets for one whole-app row. */
function targets(m: Measured, label: string): string[] {
  const wall = median(m.walls)
  return [
    php
      ? `${label} ≤ 1.0× token_get_all: ${(wall / median(php.walls)).toFixed(2)}× ${wall <= median(php.walls) ? 'yes' : 'NO'}`
      : `${label} ≤ 1.0× token_get_all: php not installed, not measured`,
    `${label} ≤ 3× grep: ${(wall / median(grep.walls)).toFixed(2)}× ${wall <= 3 * median(grep.walls) ? 'yes' : 'NO'}`
  ]
}
const checks = [
  ...targets(full, 'full audit'),
  ...targets(cacheRows[1], 'full audit with the result cache, nothing changed'),
  ...targets(cacheRows[2], 'full audit with the result cache, 10 files edited'),
  `findings identical with the result cache: ${cacheRows.every((m) => JSON.stringify(m.last.byRule) === JSON.stringify(off.last.byRule) && m.last.findings === off.last.findings) ? 'yes' : 'NO'} (${cacheRows.map((m) => m.last.findings).join(', ')} vs ${off.last.findings})`,
  `floor before configuration, slicing, parsing and rules (Node, the modules, reading, the pre-filter): ${formatMs(median(floors[3].walls))}${php ? `, ${(median(floors[3].walls) / median(php.walls)).toFixed(2)}× token_get_all` : ''}, ${(median(floors[3].walls) / median(grep.walls)).toFixed(2)}× grep`,
  ...(full.cpuMs.length > 0 && php
    ? [
        `the full audit's work on every core at once (CPU ${formatMs(median(full.cpuMs))} / ${info.nproc} cores): ${formatMs(median(full.cpuMs) / Number(info.nproc))}, ${(median(full.cpuMs) / Number(info.nproc) / median(php.walls)).toFixed(2)}× token_get_all's wall (its CPU: ${formatMs(median(php.cpuMs))})`
      ]
    : []),
  `10-file PR scope well under a second: ${formatMs(median(scope10.walls))} wall, ${formatMs(median(scope10.inner))} audit ${median(scope10.walls) < 1000 ? 'yes' : 'NO'}`,
  `10-file PR scope reads as much in a ${app.phpFiles.length}-file app as in a ${small.phpFiles.length}-file one: ${scope10.last.reads} vs ${scopeSmall.last.reads} files read, ${scope10.last.listed} vs ${scopeSmall.last.listed} listed ${scope10.last.reads === scopeSmall.last.reads && scope10.last.listed === scopeSmall.last.listed ? 'yes' : 'NO'}`,
  `peak RSS of the full audit < 300 MB: ${Math.round(Math.max(...full.rssKb) / 1024)} MB ${Math.max(...full.rssKb) / 1024 < 300 ? 'yes' : 'NO'}`,
  `findings identical with optimisations off: ${JSON.stringify(full.last.byRule) === JSON.stringify(off.last.byRule) && full.last.findings === off.last.findings ? 'yes' : 'NO'} (${full.last.findings} vs ${off.last.findings})`,
  `code-rule findings as the generator planted them: ${Object.entries(app.expected)
    .map(([rule, n]) => `${rule} ${full.last.byRule?.[rule] ?? 0}/${n}`)
    .join(', ')}`
]

const report = `Generated app: ${app.phpFiles.length} PHP files (${app.phpFiles.filter((f) => f.endsWith('.blade.php')).length} of them Blade), ${mb.toFixed(1)} MB (seed ${SEED}, ${ENTITIES} entities); median of ${RUNS} runs after a warm-up, each in its own process.

${table}

Machine: ${info.nproc} cores (nproc), ${info.cpu}, ${info.memory} RAM, ${info.os}; Node ${info.node}; ${info.php}; ${info.grep}.
Load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')} (other work on the machine inflates every row alike).

${checks.map((c) => `- ${c}`).join('\n')}
`
mkdirSync(path.dirname(OUT), { recursive: true })
writeFileSync(OUT, report)
process.stdout.write(`\n${report}\nWritten to ${path.relative(process.cwd(), OUT)}\n`)
