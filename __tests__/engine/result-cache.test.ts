// The result cache (CLI --cache): a run that takes outcomes from it returns exactly what a run
// without it returns, on a generated app and after each kind of change an outcome depends on — a
// file's text, the config and env files the rules read, the settings, the tool's build — and a
// damaged cache costs nothing but time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateApp, type GeneratedApp } from '../../scripts/bench/generate.js'
import type { DiffScope, FileScope } from '../../src/diff/filter.js'
import { audit, type AuditRequest } from '../../src/engine/audit.js'
import { checkCacheFile, defaultCacheFile, fileCacheStore } from '../../src/engine/cache-file.js'
import { type AuditConfig, UsageError } from '../../src/engine/config-file.js'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import type { CacheStore } from '../../src/engine/result-cache.js'
import { loadConfig } from '../../src/engine/run.js'
import type { AuditResult } from '../../src/report/result.js'

const EXAMPLE_APP = path.resolve('examples/laravel-app')

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-cache-'))
  dirs.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

class MemoryStore implements CacheStore {
  text: string | null = null
  writes = 0
  read(): string | null {
    return this.text
  }
  write(text: string): void {
    this.text = text
    this.writes++
  }
  stored(): {
    files: Record<string, string>
    details: Record<string, unknown>
    inputs: Record<string, string>
  } {
    return JSON.parse(this.text ?? 'null')
  }
}

interface RunOptions {
  store?: MemoryStore
  identity?: string
  /** FsWorkspace's racy window; 0 lets files written by the test have a signature at once. */
  racyMs?: number
  scope?: DiffScope | null
  optimise?: AuditRequest['optimise']
  config?: AuditConfig
}

async function run(root: string, options: RunOptions = {}): Promise<AuditResult> {
  const scope = options.scope ?? null
  return audit({
    workspace: new FsWorkspace(root, { racyMs: options.racyMs ?? 0 }),
    root,
    version: 'test',
    config: options.config ?? loadConfig(root, null),
    scope,
    filterMode: scope === null ? 'all' : 'added',
    optimise: options.optimise ?? true,
    cache: options.store ? { store: options.store, identity: options.identity ?? 'build-1' } : undefined
  })
}

/** The result without what differs between an uncached and a cached run by design. */
function comparable(result: AuditResult): unknown {
  const { durationMs: _duration, cachedFiles: _cached, ...summary } = result.summary
  return { ...result, summary }
}

/** Every line of `paths` added. */
function wholeFiles(root: string, paths: string[]): DiffScope {
  const scope = new Map<string, FileScope>()
  for (const p of paths) {
    const lines = readFileSync(path.join(root, p), 'utf8').split('\n').length
    scope.set(p, { added: new Set(Array.from({ length: lines }, (_, i) => i + 1)), context: new Set() })
  }
  return scope
}

/** A file's modification time moved, so that its signature changes whatever the clock's tick. */
function touchPast(file: string, secondsAgo: number): void {
  const when = Date.now() / 1000 - secondsAgo
  utimesSync(file, when, when)
}

describe('result cache on a generated app', () => {
  let app: GeneratedApp
  beforeAll(() => {
    app = generateApp(tempDir(), { seed: 20261203, entities: 13, everyCase: true })
  })

  it('a cached run returns exactly what an uncached run returns, and the next one takes every file from the cache', async () => {
    const uncached = await run(app.dir)
    expect(uncached.findings.length).toBeGreaterThan(20)
    expect(uncached.summary.cachedFiles).toBeUndefined()

    const store = new MemoryStore()
    const first = await run(app.dir, { store })
    expect(comparable(first)).toEqual(comparable(uncached))
    expect(first.summary.cachedFiles).toBe(0)
    expect(store.writes).toBe(1)
    const phpFiles = Object.keys(store.stored().files).length
    expect(phpFiles).toBe(app.phpFiles.length)

    const second = await run(app.dir, { store })
    expect(comparable(second)).toEqual(comparable(uncached))
    // And what a run with every optimisation off returns (__tests__/engine/optimisations.test.ts).
    expect(comparable(second)).toEqual(comparable(await run(app.dir, { optimise: false })))
    expect(second.summary.cachedFiles).toBe(phpFiles)
    // Nothing changed: the cache is not written again.
    expect(store.writes).toBe(1)

    // Files written in the last seconds have no signature: their contents decide, with the same result.
    const racy = await run(app.dir, { store, racyMs: 60_000 })
    expect(comparable(racy)).toEqual(comparable(uncached))
    expect(racy.summary.cachedFiles).toBe(phpFiles)
  })

  it('with every optimisation off, too (its outcomes are stored apart)', async () => {
    const store = new MemoryStore()
    const uncached = await run(app.dir, { optimise: false })
    await run(app.dir, { store, optimise: false })
    const warm = await run(app.dir, { store, optimise: false })
    expect(comparable(warm)).toEqual(comparable(uncached))
    expect(warm.summary.cachedFiles).toBe(app.phpFiles.length)
    // Switching the optimisations back on analyses again: a skipped file's outcome differs in mode.
    const on = await run(app.dir, { store })
    expect(on.summary.cachedFiles).toBe(0)
    expect(comparable(on)).toEqual(comparable(await run(app.dir)))
  })

  it('a scoped run takes its files from the cache, returns what an uncached scoped run returns, and keeps the other entries', async () => {
    const store = new MemoryStore()
    await run(app.dir, { store })
    const entries = Object.keys(store.stored().files).length
    const changed = app.phpFiles.filter((p) => p.startsWith('app/Http/Controllers/')).slice(0, 4)
    expect(changed.length).toBe(4)
    const scope = wholeFiles(app.dir, changed)
    const uncached = await run(app.dir, { scope })
    // A scope parses its files whole, unlike a whole-app run: its outcomes are its own.
    const cold = await run(app.dir, { store, scope: wholeFiles(app.dir, changed) })
    expect(cold.summary.cachedFiles).toBe(0)
    expect(comparable(cold)).toEqual(comparable(uncached))
    const warm = await run(app.dir, { store, scope: wholeFiles(app.dir, changed) })
    expect(warm.summary.cachedFiles).toBe(4)
    expect(comparable(warm)).toEqual(comparable(uncached))
    expect(Object.keys(store.stored().files).length).toBe(entries)
  })
})

describe('result cache: what invalidates an outcome', () => {
  const exportService =
    "<?php\n\nnamespace App\\Services;\n\nuse Illuminate\\Support\\Facades\\Storage;\n\nclass Export\n{\n    public function run(string $csv): void\n    {\n        Storage::put('exports/a.csv', $csv);\n    }\n}\n"

  function exampleApp(): string {
    const dir = tempDir()
    cpSync(EXAMPLE_APP, dir, { recursive: true })
    mkdirSync(path.join(dir, 'app/Services'), { recursive: true })
    writeFileSync(path.join(dir, 'app/Services/Export.php'), exportService)
    return dir
  }

  const ruleIds = (r: AuditResult): string[] => r.findings.map((f) => `${f.path} ${f.ruleId}`)

  it("a changed file is analysed again, the others are not; a file's own change of the same size too", async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    await run(dir, { store })
    const total = Object.keys(store.stored().files).length
    const file = path.join(dir, 'app/Services/Export.php')

    writeFileSync(
      file,
      exportService.replace("Storage::put('exports/a.csv', $csv);", "$k = env('EXPORT_KEY');")
    )
    const changed = await run(dir, { store })
    expect(changed.summary.cachedFiles).toBe(total - 1)
    expect(comparable(changed)).toEqual(comparable(await run(dir)))
    expect(ruleIds(changed)).toContain('app/Services/Export.php env-outside-config')
    expect(ruleIds(changed)).not.toContain('app/Services/Export.php storage-local-write')

    // Same size, same inode: the modification time tells (moved, so that the clock's tick cannot hide it).
    const sameSize = exportService.replace('a.csv', 'b.csv')
    expect(sameSize.length).toBe(exportService.length)
    writeFileSync(file, sameSize)
    touchPast(file, 5)
    const again = await run(dir, { store })
    expect(again.summary.cachedFiles).toBe(total - 1)
    expect(comparable(again)).toEqual(comparable(await run(dir)))
  })

  it('a changed file that needs no parse is screened without the project model, one that needs one with it', async () => {
    const dir = exampleApp()
    const plain = path.join(dir, 'app/Models/Plain.php')
    mkdirSync(path.dirname(plain), { recursive: true })
    const text = '<?php\n\nnamespace App\\Models;\n\nclass Plain\n{\n}\n'
    writeFileSync(plain, text)
    const store = new MemoryStore()
    await run(dir, { store })
    const total = Object.keys(store.stored().files).length
    writeFileSync(plain, text + '// a comment\n')
    const screened = await run(dir, { store })
    expect(screened.summary.cachedFiles).toBe(total - 1)
    expect(comparable(screened)).toEqual(comparable(await run(dir)))
    writeFileSync(
      plain,
      text.replace(
        '{\n}',
        "{\n    public function key(): ?string\n    {\n        return env('PLAIN_KEY');\n    }\n}"
      )
    )
    const parsed = await run(dir, { store })
    expect(parsed.summary.cachedFiles).toBe(total - 1)
    expect(ruleIds(parsed)).toContain('app/Models/Plain.php env-outside-config')
    expect(comparable(parsed)).toEqual(comparable(await run(dir)))
    // No trigger, but a suppression comment: parsed, so that the unused suppression is reported.
    writeFileSync(
      plain,
      text.replace('{\n}', '{\n    // stateless-audit-ignore no-such-rule -- none here\n}')
    )
    const suppression = await run(dir, { store })
    expect(ruleIds(suppression)).toContain('app/Models/Plain.php unused-suppression')
    expect(comparable(suppression)).toEqual(comparable(await run(dir)))
    // Binary now: reported as such, from the screen alone.
    writeFileSync(plain, Buffer.from([0x3c, 0x3f, 0x00, 0x01]))
    const binary = await run(dir, { store })
    expect(binary.findings.map((f) => `${f.path} ${f.ruleId}`)).toContain('app/Models/Plain.php parse-error')
    expect(comparable(binary)).toEqual(comparable(await run(dir)))
  })

  it('a file changed within the racy window is compared by its contents', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    const file = path.join(dir, 'app/Services/Export.php')
    // The default window: files the test just wrote get no signature.
    await run(dir, { store, racyMs: 3000 })
    writeFileSync(file, exportService.replace('a.csv', 'c.csv'))
    const after = await run(dir, { store, racyMs: 3000 })
    expect(comparable(after)).toEqual(comparable(await run(dir)))
    expect(after.findings.find((f) => f.path === 'app/Services/Export.php')?.message).toContain(
      'Storage::put()'
    )
    expect(after.summary.cachedFiles).toBe(Object.keys(store.stored().files).length - 1)
  })

  it('an env file the rules read changes the outcome of an unchanged file', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    const before = await run(dir, { store })
    expect(ruleIds(before)).toContain('app/Services/Export.php storage-local-write')
    const env = path.join(dir, '.env.example')
    writeFileSync(env, readFileSync(env, 'utf8').replace(/^FILESYSTEM_DISK=local$/m, 'FILESYSTEM_DISK=s3'))
    const after = await run(dir, { store })
    expect(ruleIds(after)).not.toContain('app/Services/Export.php storage-local-write')
    expect(after.summary.cachedFiles).toBe(0)
    expect(comparable(after)).toEqual(comparable(await run(dir)))
  })

  it('a config file the rules read changes the outcome of an unchanged file', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    await run(dir, { store })
    const config = path.join(dir, 'config/filesystems.php')
    writeFileSync(config, readFileSync(config, 'utf8').replace("env('FILESYSTEM_DISK', 'local')", "'s3'"))
    const after = await run(dir, { store })
    expect(ruleIds(after)).not.toContain('app/Services/Export.php storage-local-write')
    expect(after.summary.cachedFiles).toBe(0)
    expect(comparable(after)).toEqual(comparable(await run(dir)))
  })

  it('a config file that changes during a run, after the cache was checked, does not leave stale outcomes behind', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    const importer = path.join(dir, 'app/Services/Import.php')
    writeFileSync(importer, exportService.replace('class Export', 'class Import'))
    await run(dir, { store })
    // A changed file that needs a parse: the next run loads the project model.
    writeFileSync(importer, exportService.replace('class Export', 'class Import').replace('a.csv', 'i.csv'))
    const config = path.join(dir, 'config/filesystems.php')
    const s3 = readFileSync(config, 'utf8').replace("env('FILESYSTEM_DISK', 'local')", "'s3'")
    // The config file is edited just after the cache's check of it read it (the first read).
    class EditedDuringRun extends FsWorkspace {
      private edited = false
      override read(rel: string): string | null {
        const text = super.read(rel)
        if (rel === 'config/filesystems.php' && !this.edited) {
          this.edited = true
          writeFileSync(config, s3)
        }
        return text
      }
    }
    await audit({
      workspace: new EditedDuringRun(dir, { racyMs: 0 }),
      root: dir,
      version: 'test',
      config: loadConfig(dir, null),
      scope: null,
      filterMode: 'all',
      cache: { store, identity: 'build-1' }
    })
    const after = await run(dir, { store })
    expect(ruleIds(after)).not.toContain('app/Services/Export.php storage-local-write')
    expect(comparable(after)).toEqual(comparable(await run(dir)))
  })

  it('the settings and the build of the tool are part of the key', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    await run(dir, { store })
    const config = loadConfig(dir, null)
    const off: AuditConfig = { ...config, rules: { ...config.rules, 'storage-local-write': 'off' } }
    const withOff = await run(dir, { store, config: off })
    expect(withOff.summary.cachedFiles).toBe(0)
    expect(ruleIds(withOff)).not.toContain('app/Services/Export.php storage-local-write')
    expect(comparable(withOff)).toEqual(comparable(await run(dir, { config: off })))

    await run(dir, { store })
    expect((await run(dir, { store })).summary.cachedFiles).toBeGreaterThan(0)
    const otherBuild = await run(dir, { store, identity: 'build-2' })
    expect(otherBuild.summary.cachedFiles).toBe(0)
  })

  it('a removed file leaves the cache; a new one is analysed', async () => {
    const dir = exampleApp()
    const store = new MemoryStore()
    await run(dir, { store })
    rmSync(path.join(dir, 'app/Services/Export.php'))
    writeFileSync(
      path.join(dir, 'app/Services/Import.php'),
      exportService.replace('class Export', 'class Import')
    )
    const after = await run(dir, { store })
    expect(comparable(after)).toEqual(comparable(await run(dir)))
    const files = Object.keys(store.stored().files)
    expect(files).not.toContain('app/Services/Export.php')
    expect(files).toContain('app/Services/Import.php')
    expect(after.summary.cachedFiles).toBe(files.length - 1)
  })

  it('a damaged, foreign or tampered cache is an empty one, or loses only the entries it damaged', async () => {
    const dir = exampleApp()
    const uncached = comparable(await run(dir))
    for (const text of ['', 'not json', 'null', '[]', '{"format":3}', '{"format":1,"key":"x"}']) {
      const store = new MemoryStore()
      store.text = text
      const result = await run(dir, { store })
      expect([text, comparable(result)]).toEqual([text, uncached])
      expect(result.summary.cachedFiles).toBe(0)
      expect(store.writes).toBe(1)
    }
    const store = new MemoryStore()
    await run(dir, { store })
    const good = store.stored()
    const withReports = Object.keys(good.details)
    expect(withReports).toContain('app/Services/Export.php')
    const tampered = JSON.parse(JSON.stringify(good))
    tampered.details['app/Services/Export.php'][0][0][0] = 'no-such-rule'
    const [first, ...others] = Object.keys(good.files).filter((p) => !withReports.includes(p))
    tampered.files[first] = 'garbage'
    // The mode and signature still match; what follows them is damaged.
    const [flagsTooBig, extraField, noDigest, damagedDetail] = others
    const head = (p: string): string => good.files[p].split('|').slice(0, 2).join('|')
    tampered.files[flagsTooBig] = `${head(flagsTooBig)}|9|digest`
    tampered.files[extraField] = `${good.files[extraField]}|extra`
    tampered.files[noDigest] = `${head(noDigest)}|2`
    tampered.details[damagedDetail] = 'not a pair of lists'
    store.text = JSON.stringify(tampered)
    const result = await run(dir, { store })
    expect(comparable(result)).toEqual(uncached)
    expect(result.summary.cachedFiles).toBe(Object.keys(good.files).length - 6)
  })

  it('stored reports, suppressions and project parts of the wrong types are not used, and do not fail the run', async () => {
    const dir = exampleApp()
    const uncached = comparable(await run(dir))
    const store = new MemoryStore()
    await run(dir, { store })
    const good = store.stored() as ReturnType<MemoryStore['stored']> & {
      details: Record<string, [Array<[string, Record<string, unknown>, boolean]>, unknown[]]>
      project: { envFiles: unknown[]; reports: Array<[string, Record<string, unknown>, boolean]> }
    }
    const file = 'app/Services/Export.php'
    expect(good.details[file][0].length).toBeGreaterThan(0)
    const damages: Record<string, (c: typeof good) => void> = {
      'a null suppression': (c) => (c.details[file][1] = [null]),
      'an empty suppression': (c) => (c.details[file][1] = [{}]),
      'rule ids not a list': (c) =>
        (c.details[file][1] = [
          { path: file, line: 1, column: 1, endColumn: 2, targetLine: 2, ruleIds: 'x', reason: null }
        ]),
      'a null evidence': (c) => (c.details[file][0][0][1].evidence = [null]),
      'an unknown severity': (c) => (c.details[file][0][0][1].severity = 'fatal'),
      'a fingerprint key not a string': (c) => (c.details[file][0][0][1].fingerprintKey = 7),
      "a project's env file not a string": (c) => (c.project.envFiles = [null]),
      "a project report's evidence damaged": (c) => (c.project.reports[0][1].evidence = [5])
    }
    for (const [what, damage] of Object.entries(damages)) {
      const tampered = JSON.parse(JSON.stringify(good)) as typeof good
      damage(tampered)
      store.text = JSON.stringify(tampered)
      const result = await run(dir, { store })
      expect([what, comparable(result)]).toEqual([what, uncached])
    }
  })
})

describe('FsWorkspace.signature', () => {
  it('is null for a file changed in the racy window, a missing file, a directory and a symlink; it changes with the file', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.php'), '<?php\n')
    mkdirSync(path.join(dir, 'sub'))
    const fresh = new FsWorkspace(dir)
    expect(fresh.signature('a.php')).toBeNull()
    const ws = new FsWorkspace(dir, { racyMs: 0 })
    const first = ws.signature('a.php')
    expect(first).toMatch(/^[0-9a-z]+:6:[0-9a-z]+:[0-9a-z]+$/)
    expect(ws.signature('missing.php')).toBeNull()
    expect(ws.signature('sub')).toBeNull()
    expect(ws.signature('../a.php')).toBeNull()
    touchPast(path.join(dir, 'a.php'), 10)
    expect(ws.signature('a.php')).not.toBe(first)
    // Ten seconds old by its modification time, but just changed (its status change time): none yet.
    expect(fresh.signature('a.php')).toBeNull()
    // A symlink is never read by the workspace, nor signed.
    symlinkSync(path.join(dir, 'a.php'), path.join(dir, 'link.php'))
    expect(ws.signature('link.php')).toBeNull()
  })
})

describe('the cache file', () => {
  it('is written whole and read back; a write that fails warns and throws nothing', () => {
    const dir = tempDir()
    const file = path.join(dir, 'nested', 'cache.json')
    const warnings: string[] = []
    const store = fileCacheStore(file, (m) => warnings.push(m))
    expect(store.read()).toBeNull()
    store.write('{"a":1}')
    expect(store.read()).toBe('{"a":1}')
    expect(readdirSync(path.dirname(file))).toEqual(['cache.json'])
    expect(warnings).toEqual([])
    // Readable by its user only, in a directory of theirs.
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    // Another user's cache file is not read (tests run as root here: chown to someone else).
    if (process.getuid?.() === 0) {
      chownSync(file, 12345, 12345)
      expect(store.read()).toBeNull()
    }

    const broken = fileCacheStore('/proc/self/stateless-audit-cache.json', (m) => warnings.push(m))
    expect(() => broken.write('{}')).not.toThrow()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /result cache \/proc\/self\/stateless-audit-cache\.json could not be written \(E[A-Z]+\)/
    )
  })

  it('is never written through a symlink left at its temporary name (the directory may be shared)', () => {
    const dir = tempDir()
    const file = path.join(dir, 'cache.json')
    const victim = path.join(dir, 'victim.txt')
    writeFileSync(victim, 'precious\n')
    symlinkSync(victim, `${file}.${process.pid}.tmp`)
    const store = fileCacheStore(file, () => undefined)
    store.write('{"a":1}')
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(store.read()).toBe('{"a":1}')
  })

  it('is not read when it is not a regular file: a FIFO left in its place does not stop the run', () => {
    const dir = tempDir()
    const file = path.join(dir, 'cache.json')
    execFileSync('mkfifo', [file])
    // Without O_NONBLOCK the open waits for a writer: this one comes after 3 s, so the test ends.
    const writer = spawn('sh', ['-c', `sleep 3; : > '${file}'`], { stdio: 'ignore' })
    try {
      const started = Date.now()
      expect(fileCacheStore(file, () => undefined).read()).toBeNull()
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      writer.kill()
    }
  })

  it('--cache-file must name a file in an existing directory', () => {
    const dir = tempDir()
    expect(() => checkCacheFile(dir, 'x')).toThrow(UsageError)
    expect(() => checkCacheFile(dir, 'x')).toThrow('--cache-file x is a directory; give a file name.')
    expect(() => checkCacheFile(path.join(dir, 'no', 'c.json'), 'no/c.json')).toThrow(
      /the directory .* does not exist/
    )
    writeFileSync(path.join(dir, 'plain'), '')
    expect(() => checkCacheFile(path.join(dir, 'plain', 'c.json'), 'plain/c.json')).toThrow(UsageError)
    expect(() => checkCacheFile(path.join(dir, 'c.json'), 'c.json')).not.toThrow()
  })

  it('by default lives in the temp directory, one per scanned directory', () => {
    expect(defaultCacheFile('/a/app')).not.toBe(defaultCacheFile('/b/app'))
    expect(defaultCacheFile('/a/app')).toBe(defaultCacheFile('/a/app/'))
    expect(path.dirname(defaultCacheFile('/a/app'))).toBe(
      path.join(tmpdir(), `stateless-audit-${process.getuid?.() ?? ''}`)
    )
    expect(path.dirname(defaultCacheFile('/a/app', '/elsewhere'))).toMatch(
      /^\/elsewhere\/stateless-audit-\d+$/
    )
  })
})
