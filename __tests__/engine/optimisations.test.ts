// The engine's speed-ups (README "Performance") change no finding: on a generated app, with and
// without every optimisation, the whole result is the same (findings, fingerprints, suppressions,
// summary), for the whole app and for a pull-request scope. Also here: the triggers and the
// anchors of body slicing are conservative over every fixture app and a set of tricky spellings,
// and the documented consequences (a syntax error where no rule looks; untouched apps in a
// monorepo scope).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { generateApp, type GeneratedApp } from '../../scripts/bench/generate.js'
import type { DiffScope, FileScope } from '../../src/diff/filter.js'
import {
  ALL_OPTIMISATIONS,
  audit,
  NO_OPTIMISATIONS,
  optimisationsFor,
  type AuditRequest
} from '../../src/engine/audit.js'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { Prefilter } from '../../src/engine/prefilter.js'
import { bladeSegmentFilter, sliceable } from '../../src/engine/slice.js'
import { extractBlade } from '../../src/php/blade.js'
import { isBladePath } from '../../src/php/parse.js'
import { functionBodies } from '../../src/php/bodies.js'
import { LineIndex } from '../../src/php/lines.js'
import { loadConfig } from '../../src/engine/run.js'
import type { AuditResult } from '../../src/report/result.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { ESCAPE, methodCallPattern, type Trigger } from '../../src/rules/triggers.js'
import { FIXTURE_APPS } from '../../test-support/temp-app.js'

/**
 * Positive cases spelled the way a careless trigger would miss: an escape sequence, an import
 * alias, a comment after `->`, upper case, a concatenated container key, a heredoc, Blade @php, a
 * console Kernel's untyped $schedule. Each must be found with and without optimisations.
 */
const TRICKY: Record<string, { rules: string[]; text: string }> = {
  'app/Tricky/Escaped.php': {
    rules: ['hardcoded-storage-path'],
    text: '<?php\n\nnamespace App\\Tricky;\n\nfunction dir(): string\n{\n    return "\\x73torage/app/reports";\n}\n'
  },
  'app/Tricky/AliasedFacade.php': {
    rules: ['storage-local-write'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nuse Illuminate\\Support\\Facades\\Storage as Disk;\n\nfunction save(string $csv): void\n{\n    Disk::put('exports/a.csv', $csv);\n}\n"
  },
  'app/Http/Controllers/Tricky/CommentedArrowController.php': {
    rules: ['upload-to-local-disk'],
    text: "<?php\n\nnamespace App\\Http\\Controllers\\Tricky;\n\nuse Illuminate\\Http\\Request;\n\nclass CommentedArrowController\n{\n    public function update(Request $request)\n    {\n        $request->file('avatar')-> /* keep the original name */ STOREAS('avatars', 'a.jpg');\n    }\n}\n"
  },
  'app/Tricky/MovedUpload.php': {
    rules: ['upload-to-local-disk', 'hardcoded-storage-path'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nfunction keep(string $tmp): void\n{\n    \\MOVE_UPLOADED_FILE($tmp, public_path('uploads/' . basename($tmp)));\n}\n"
  },
  'lang/en/help.php': {
    // A translation file: hardcoded-storage-path never applies there (prose), env-outside-config does.
    rules: ['env-outside-config'],
    text: "<?php\n\nreturn [\n    'logs' => 'see storage/logs/laravel.log',\n    'name' => env('APP_NAME'),\n];\n"
  },
  'lang/de/help.php': {
    rules: [],
    text: "<?php\n\n$lang = [\n    'logs' => 'siehe storage/logs/laravel.log',\n];\n\nreturn $lang;\n"
  },
  'app/Tricky/UpperEnv.php': {
    rules: ['env-outside-config'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nfunction key(): ?string\n{\n    return \\ENV('PARTNER_KEY');\n}\n"
  },
  'app/Tricky/ConcatenatedCache.php': {
    rules: ['cache-store-explicit-local'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nfunction cached(): mixed\n{\n    return app('ca' . 'che')\n        ->store('file')\n        ->get('k');\n}\n"
  },
  'app/Tricky/HeredocPath.php': {
    rules: ['storage-local-write', 'hardcoded-storage-path'],
    text: '<?php\n\nnamespace App\\Tricky;\n\nfunction save(string $json): void\n{\n    FILE_PUT_CONTENTS(<<<EOT\nstorage/app/state.json\nEOT, $json);\n}\n'
  },
  'app/Tricky/LoggerAlias.php': {
    rules: ['log-local-file-in-code'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nuse Illuminate\\Support\\Facades\\Log as Journal;\n\nfunction note(): void\n{\n    Journal::channel('daily')->info('x');\n}\n"
  },
  'app/Tricky/NativeSession.php': {
    rules: ['native-php-session'],
    text: '<?php\n\nnamespace App\\Tricky;\n\nfunction start(): void\n{\n    \\SESSION_START();\n}\n'
  },
  'app/Console/Kernel.php': {
    rules: ['schedule-without-on-one-server'],
    text: "<?php\n\nnamespace App\\Console;\n\nuse Illuminate\\Foundation\\Console\\Kernel as ConsoleKernel;\n\nclass Kernel extends ConsoleKernel\n{\n    protected function schedule($s): void\n    {\n        $s->command('reports:send')->daily();\n    }\n}\n"
  },
  // Body slicing: what a reported call spells inside its method, whatever the rest of the file says.
  'app/Tricky/AliasedEnvClass.php': {
    rules: ['env-outside-config'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nuse Illuminate\\Support\\Env as Settings;\n\nclass AliasedEnvClass\n{\n    public function first(): int\n    {\n        return 1;\n    }\n\n    public function key(): ?string\n    {\n        return Settings::get('ALIASED_KEY');\n    }\n}\n"
  },
  'app/Tricky/AliasedHandler.php': {
    rules: ['log-local-file-in-code'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nuse Monolog\\Handler\\StreamHandler as Sink;\nuse Monolog\\Logger;\n\nclass AliasedHandler\n{\n    public function name(): string\n    {\n        return 'audit';\n    }\n\n    public function logger(): Logger\n    {\n        return new Logger('audit', [new Sink(storage_path('logs/audit.log'))]);\n    }\n}\n"
  },
  'app/Tricky/FunctionAlias.php': {
    rules: ['env-outside-config'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nuse function env as setting;\n\nclass FunctionAlias\n{\n    public function first(): int\n    {\n        return 1;\n    }\n\n    public function key(): ?string\n    {\n        return setting('FUNCTION_ALIAS_KEY');\n    }\n}\n"
  },
  'app/Tricky/SameLine.php': {
    rules: ['env-outside-config'],
    text: "<?php\n\nnamespace App\\Tricky;\n\nclass SameLine { public function a(): int { return 1; } public function b(): ?string { return env('SAME_LINE_KEY'); } }\n"
  },
  'resources/views/tricky/disk.blade.php': {
    rules: ['storage-local-write'],
    text: "<p>{{ $name = 'public' }}</p>\n@foreach ($rows as $row)\n    {{ Storage::disk($name)->put('rows.csv', $row) }}\n@endforeach\n"
  },
  'resources/views/tricky/schedule.blade.php': {
    rules: [],
    text: "@use('Illuminate\\Support\\Facades\\Schedule')\n<p>{{ $event = Schedule::command('tricky:run')->daily() }}</p>\n<p>{{ $event->onOneServer() }}</p>\n"
  },
  'resources/views/tricky/key.blade.php': {
    rules: ['env-outside-config'],
    text: "<div>\n    @php\n        $key = env('BLADE_KEY');\n    @endphp\n    {{ $key }}\n</div>\n"
  }
}

const dirs: string[] = []
let app: GeneratedApp

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-optimise-'))
  dirs.push(dir)
  return dir
}

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), text)
  }
}

async function run(
  root: string,
  optimise: AuditRequest['optimise'],
  scope: DiffScope | null = null
): Promise<AuditResult> {
  return audit({
    workspace: new FsWorkspace(root),
    root,
    version: 'test',
    config: loadConfig(root, null),
    scope,
    filterMode: scope === null ? 'all' : 'added',
    optimise
  })
}

/** The result without the one field that differs between any two runs. */
function comparable(result: AuditResult): unknown {
  return { ...result, summary: { ...result.summary, durationMs: 0 } }
}

/** Every line of `paths` added (new files). */
function wholeFiles(root: string, paths: string[]): DiffScope {
  const scope = new Map<string, FileScope>()
  for (const p of paths) {
    const lines = readFileSync(path.join(root, p), 'utf8').split('\n').length
    scope.set(p, { added: new Set(Array.from({ length: lines }, (_, i) => i + 1)), context: new Set() })
  }
  return scope
}

function countBy(findings: AuditResult['findings']): Record<string, number> {
  const out: Record<string, number> = {}
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1
  return out
}

beforeAll(() => {
  app = generateApp(tempDir(), { seed: 20260601, entities: 13, everyCase: true })
  write(app.dir, Object.fromEntries(Object.entries(TRICKY).map(([p, { text }]) => [p, text])))
})

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('findings are identical with every optimisation switched off', () => {
  it('whole app: same findings, fingerprints, suppressions and summary', async () => {
    expect(app.phpFiles.length).toBeGreaterThanOrEqual(300)
    const off = await run(app.dir, false)
    const on = await run(app.dir, true)
    expect(comparable(on)).toEqual(comparable(off))

    // The app has what the generator planted (every code rule), plus each tricky spelling.
    const found = countBy(off.findings)
    const tricky: Record<string, number> = {}
    for (const { rules } of Object.values(TRICKY))
      for (const rule of rules) tricky[rule] = (tricky[rule] ?? 0) + 1
    for (const [rule, n] of Object.entries(app.expected))
      expect([rule, found[rule]]).toEqual([rule, n + (tricky[rule] ?? 0)])
    for (const rule of codeRules) expect(found[rule.meta.id] ?? 0).toBeGreaterThan(0)
    for (const [file, { rules }] of Object.entries(TRICKY)) {
      const here = off.findings.filter((f) => f.path === file).map((f) => f.ruleId)
      expect([file, [...new Set(here)].sort()]).toEqual([file, [...rules].sort()])
    }
    expect(countBy(off.suppressed)).toEqual(app.expectedSuppressed)
    expect(off.summary.parseErrors).toBe(1)
  })

  it('each optimisation on its own changes nothing either', async () => {
    const off = comparable(await run(app.dir, false))
    for (const name of Object.keys(ALL_OPTIMISATIONS) as Array<keyof typeof ALL_OPTIMISATIONS>) {
      const one = await run(app.dir, { ...NO_OPTIMISATIONS, [name]: true })
      expect([name, comparable(one)]).toEqual([name, off])
    }
  })

  it('pull-request scope: same in-scope and outside findings', async () => {
    const changed = [...Object.keys(TRICKY), ...app.phpFiles.filter((_, i) => i % 7 === 0)].sort()
    const scope = wholeFiles(app.dir, changed)
    const off = await run(app.dir, false, scope)
    const on = await run(app.dir, true, scope)
    expect(comparable(on)).toEqual(comparable(off))
    expect(on.findings.length).toBeGreaterThan(Object.keys(TRICKY).length)
  })

  it('STATELESS_AUDIT_OPTIMISE=off switches every optimisation off; an explicit option still wins', () => {
    expect(optimisationsFor(undefined, undefined)).toEqual(ALL_OPTIMISATIONS)
    expect(optimisationsFor(undefined, 'off')).toEqual(NO_OPTIMISATIONS)
    expect(optimisationsFor(undefined, '0')).toEqual(NO_OPTIMISATIONS)
    expect(optimisationsFor(false, undefined)).toEqual(NO_OPTIMISATIONS)
    expect(optimisationsFor({ prefilter: true }, 'off')).toEqual({ ...NO_OPTIMISATIONS, prefilter: true })
  })
})

describe('triggers are conservative', () => {
  const apps = ['laravel10', 'laravel12-defaults', 'monorepo', 'stateless', 'upgraded-cache-driver']
    .map((name) => path.join(FIXTURE_APPS, name))
    .concat(path.resolve(FIXTURE_APPS, '../../../examples/laravel-app'))

  it('every code-rule finding (optimisations off) is in a file whose text matches that rule’s trigger', async () => {
    const prefilter = new Prefilter(codeRules)
    const codeRuleIds = new Set(codeRules.map((r) => r.meta.id))
    let checked = 0
    for (const root of [...apps, app.dir]) {
      const result = await run(root, false)
      for (const f of [...result.findings, ...result.suppressed]) {
        if (!codeRuleIds.has(f.ruleId)) continue
        const text = readFileSync(path.join(root, f.path), 'utf8')
        expect([f.path, f.ruleId, prefilter.rulesFor(text).some((r) => r.meta.id === f.ruleId)]).toEqual([
          f.path,
          f.ruleId,
          true
        ])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('every code-rule finding inside a function body or a Blade segment is in one that matches that rule’s anchors', async () => {
    const prefilter = new Prefilter(codeRules)
    let checked = 0
    for (const root of [...apps, app.dir]) {
      const result = await run(root, false)
      for (const f of [...result.findings, ...result.suppressed]) {
        const rule = codeRules.find((r) => r.meta.id === f.ruleId)
        if (!rule) continue
        const text = readFileSync(path.join(root, f.path), 'utf8')
        if (isBladePath(f.path)) {
          // A Blade template: the finding is in a segment the engine parses (slice.ts).
          const keep = bladeSegmentFilter(text, [rule], prefilter)
          const offset = new LineIndex(text).offset(f.line, f.column - 1)
          const segment = extractBlade(text).segments.find(
            (s) => s.offset <= offset && offset < s.offset + s.code.length
          )
          if (keep === null || !segment) continue
          expect([f.path, f.line, f.ruleId, keep(segment)]).toEqual([f.path, f.line, f.ruleId, true])
          checked++
          continue
        }
        const bodies = sliceable(text) ? functionBodies(text) : null
        if (bodies === null) continue
        const offset = new LineIndex(text).offset(f.line, f.column - 1)
        const body = bodies.find((b) => b.open < offset && offset < b.close)
        if (!body) continue
        const anchored = prefilter.canReportIn(text.slice(body.open + 1, body.close), [rule])
        expect([f.path, f.line, f.ruleId, anchored]).toEqual([f.path, f.line, f.ruleId, true])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('no trigger backtracks without end on comment-like runs', async () => {
    // Every pattern the pre-filter uses, run in a worker that is stopped after 20 s: a pattern that
    // can match a run of `# # # …` in many ways takes years on it.
    const patterns: RegExp[] = [ESCAPE]
    const names = new Set<string>()
    const collect = (t: Trigger): void => {
      if (t instanceof RegExp) patterns.push(t)
      else if ('methods' in t) for (const n of t.methods) names.add(n)
      else for (const part of 'all' in t ? t.all : t.any) collect(part)
    }
    for (const rule of codeRules) {
      if (rule.triggers) collect(rule.triggers)
      if (rule.anchors) collect(rule.anchors)
    }
    patterns.push(methodCallPattern(names))
    const runs = ['app', 'cache', 'logger', 'storage', 'Foo->', 'Foo::', ')->'].map(
      (w) => `${w} ${'# '.repeat(60)}`
    )
    const text = `<?php\n${runs.join('\n')}\n/* ${'/* a */ '.repeat(60)}\n`
    const worker = new Worker(
      "const { parentPort, workerData } = require('node:worker_threads');\n" +
        'for (const [source, flags] of workerData.patterns) new RegExp(source, flags).test(workerData.text);\n' +
        "parentPort.postMessage('done')",
      { eval: true, workerData: { patterns: patterns.map((p) => [p.source, p.flags]), text } }
    )
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      new Promise((resolve) => worker.once('message', resolve)),
      new Promise((resolve) => (timer = setTimeout(() => resolve('still running after 20 s'), 20_000)))
    ])
    clearTimeout(timer)
    await worker.terminate()
    expect(outcome).toBe('done')
  })

  it('facade names and $_SESSION are matched as written, as the rules resolve them', async () => {
    // The triggers look for `Storage`, `Cache`, `Log`, `Artisan` and `_SESSION` case-sensitively
    // because NameResolver.facadeName() and variableName() compare them so. If a rule ever reports
    // on these spellings, make that part of its trigger case-insensitive (src/rules/triggers.ts).
    const root = tempDir()
    cpSync(app.dir, root, { recursive: true })
    const files: Record<string, string> = {
      'app/Case/Storage.php':
        "<?php\n\nnamespace App\\Case;\n\nuse Illuminate\\Support\\Facades\\STORAGE;\n\nSTORAGE::put('exports/a.csv', 'x');\n",
      'app/Case/Cache.php':
        "<?php\n\nnamespace App\\Case;\n\nuse Illuminate\\Support\\Facades\\CACHE;\n\nCACHE::store('file')->get('k');\n",
      'app/Case/Log.php':
        "<?php\n\nnamespace App\\Case;\n\nuse Illuminate\\Support\\Facades\\LOG;\n\nLOG::channel('daily')->info('x');\n",
      'app/Case/Session.php': "<?php\n\nnamespace App\\Case;\n\nreturn $_session['cart'] ?? [];\n"
    }
    write(root, files)
    const result = await run(root, false)
    const prefilter = new Prefilter(codeRules)
    for (const [file, text] of Object.entries(files)) {
      expect([file, result.findings.filter((f) => f.path === file).map((f) => f.ruleId)]).toEqual([file, []])
      expect([file, prefilter.rulesFor(text).map((r) => r.meta.id)]).toEqual([file, []])
    }
  })
})

describe('documented consequences (README "Performance", docs/rules/parse-error.md)', () => {
  it('a syntax error in a file no rule looks at is reported in a scope, not in a whole-app run', async () => {
    const root = tempDir()
    cpSync(app.dir, root, { recursive: true })
    const broken = 'app/Support/Half.php'
    write(root, {
      [broken]: '<?php\n\nnamespace App\\Support;\n\nclass Half\n{\n    public function x(\n}\n'
    })
    const parseErrors = (r: AuditResult): string[] =>
      r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.path)

    expect(parseErrors(await run(root, false))).toContain(broken)
    const whole = await run(root, true)
    expect(parseErrors(whole)).not.toContain(broken)
    expect(parseErrors(whole)).toContain('app/Support/BrokenExport.php') // it uses Storage: parsed
    expect(parseErrors(await run(root, true, wholeFiles(root, [broken])))).toEqual([broken])
  })

  it('a syntax error inside a method no rule can report in is not reported in a whole-app run', async () => {
    const root = tempDir()
    cpSync(app.dir, root, { recursive: true })
    const sliced = 'app/Support/HalfSliced.php'
    const text =
      "<?php\n\nnamespace App\\Support;\n\nclass HalfSliced\n{\n    public function broken(): int\n    {\n        return 1 +;\n    }\n\n    public function key(): ?string\n    {\n        return env('HALF_SLICED');\n    }\n}\n"
    write(root, { [sliced]: text })
    const here = (r: AuditResult): string[] =>
      r.findings.filter((f) => f.path === sliced).map((f) => `${f.ruleId}:${f.line}:${f.column}`)

    // Both runs report the env() call at the same place; only the parse error differs.
    expect(here(await run(root, false))).toEqual(['parse-error:9:19', 'env-outside-config:14:16'])
    expect(here(await run(root, true))).toEqual(['env-outside-config:14:16'])
    expect(here(await run(root, { sliceBodies: false }))).toEqual(here(await run(root, false)))
    expect(here(await run(root, true, wholeFiles(root, [sliced])))).toEqual(here(await run(root, false)))
  })

  it('a syntax error in a Blade segment no rule can report in is not reported in a whole-app run', async () => {
    const root = tempDir()
    cpSync(app.dir, root, { recursive: true })
    const view = 'resources/views/tricky/half.blade.php'
    write(root, { [view]: "<p>{{ $total + }}</p>\n<p>{{ env('HALF_VIEW') }}</p>\n" })
    const here = (r: AuditResult): string[] =>
      r.findings.filter((f) => f.path === view).map((f) => `${f.ruleId}:${f.line}:${f.column}`)

    expect(here(await run(root, false))).toEqual(['parse-error:1:4', 'env-outside-config:2:7'])
    expect(here(await run(root, true))).toEqual(['env-outside-config:2:7'])
    expect(here(await run(root, { sliceBodies: false }))).toEqual(here(await run(root, false)))
    expect(here(await run(root, true, wholeFiles(root, [view])))).toEqual(here(await run(root, false)))
  })

  it('monorepo scope: the same findings in the change; apps the change does not touch are not loaded', async () => {
    const root = tempDir()
    cpSync(path.join(FIXTURE_APPS, 'monorepo'), root, { recursive: true })
    const changed = 'apps/shop/app/Support/Key.php'
    write(root, { [changed]: "<?php\n\nnamespace App\\Support;\n\nreturn env('SHOP_KEY');\n" })
    const scope = wholeFiles(root, [changed])
    const off = await run(root, false, scope)
    const on = await run(root, true, scope)
    expect(on.findings).toEqual(off.findings)
    expect(on.findings.map((f) => f.ruleId)).toEqual(['env-outside-config'])
    expect(on.suppressed).toEqual(off.suppressed)
    // Outside the change: the touched app's findings are the same; apps/admin's are not looked for.
    const inShop = (r: AuditResult): AuditResult['outOfScope'] =>
      r.outOfScope.filter((f) => f.path.startsWith('apps/shop/'))
    expect(inShop(on)).toEqual(inShop(off))
    expect(on.outOfScope.filter((f) => !f.path.startsWith('apps/shop/'))).toEqual([])
    expect(off.outOfScope.some((f) => f.path.startsWith('apps/admin/'))).toBe(true)
  })
})
