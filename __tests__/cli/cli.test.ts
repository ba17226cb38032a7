import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync
} from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { main, type CliIo } from '../../src/cli-main.js'
import { defaultCacheFile } from '../../src/engine/cache-file.js'
import { TOOL_VERSION } from '../../src/version.js'
import { validateJsonReport, validateSarif } from '../../test-support/schemas.js'
import { FIXTURE_APPS, removeTempApps, tempApp, writeFiles } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  args: string[],
  options: { isTty?: boolean; cwd?: string; tmpdir?: string; env?: Record<string, string> } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    isTty: options.isTty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    tmpdir: options.tmpdir
  }
  const code = await main(args, io)
  return { code, stdout, stderr }
}

const laravel10 = path.join(FIXTURE_APPS, 'laravel10')
const stateless = path.join(FIXTURE_APPS, 'stateless')

describe('stateless-audit CLI', () => {
  it('prints findings as text with file:line, rule, message and evidence, and exits 1 on errors', async () => {
    const run = await cli([laravel10])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(
      /^\.env\.example:22:1 +error +session-driver-local +Sessions stay on one server/m
    )
    expect(run.stdout).toMatch(/↳ config\/session\.php:21 +reads env\('SESSION_DRIVER', 'file'\)/)
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('colours only on a TTY', async () => {
    expect((await cli([laravel10], { isTty: true })).stdout).toContain('\u001b[')
  })

  it('exits 0 with no finding on the stateless app', async () => {
    const run = await cli([stateless, '--fail-on', 'notice'])
    expect(run.stdout).toMatch(/0 errors, 0 warnings, 0 notices/)
    expect(run.code).toBe(0)
  })

  it('honours --fail-on', async () => {
    expect((await cli([laravel10, '--fail-on', 'never'])).code).toBe(0)
    const app = tempApp('stateless', { '.env': 'LOG_CHANNEL=single\n' })
    expect((await cli([app])).code).toBe(0)
    expect((await cli([app, '--fail-on', 'warning'])).code).toBe(1)
  })

  it('prints the DESIGN.md JSON shape, valid against the published schema', async () => {
    const run = await cli([laravel10, '--format', 'json'])
    const report = JSON.parse(run.stdout) as { tool: { name: string; version: string }; findings: unknown[] }
    expect(validateJsonReport(report)).toBe(true)
    expect(validateJsonReport.errors ?? []).toEqual([])
    expect(report.tool).toEqual({ name: 'stateless-audit', version: TOOL_VERSION })
    expect(report.findings.length).toBeGreaterThan(5)
  })

  it('prints SARIF 2.1.0 that validates against the SARIF schema', async () => {
    const run = await cli([laravel10, '--format', 'sarif'])
    const log = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] }
    expect(validateSarif(log)).toBe(true)
    expect(validateSarif.errors ?? []).toEqual([])
    expect(log.runs[0].results.length).toBeGreaterThan(5)
  })

  it('prints workflow commands with --format github', async () => {
    const outside = tempApp('laravel10')
    const run = await cli([outside, '--format', 'github'])
    expect(run.stdout).toMatch(/^::error file=\.env\.example,line=22,/m)
  })

  it('gives --format github and sarif paths relative to the repository root, json and text relative to PATH', async () => {
    const repo = tempApp(null)
    const app = path.join(repo, 'apps', 'shop')
    cpSync(laravel10, app, { recursive: true })
    execFileSync('git', ['-C', repo, 'init', '-q'])
    const annotations = async (env: Record<string, string> = {}): Promise<string> =>
      (await cli([app, '--format', 'github'], { env })).stdout
    // From the git top level (none of these is committed: only the work tree counts).
    expect(await annotations()).toMatch(/^::error file=apps\/shop\/\.env\.example,line=22,/m)
    // GITHUB_WORKSPACE decides when it holds PATH (the runner resolves file= from there)...
    expect(await annotations({ GITHUB_WORKSPACE: path.join(repo, 'apps') })).toMatch(
      /^::error file=shop\/\.env\.example,line=22,/m
    )
    // ...and is passed over when it does not.
    expect(await annotations({ GITHUB_WORKSPACE: path.join(repo, 'elsewhere') })).toMatch(
      /^::error file=apps\/shop\/\.env\.example,line=22,/m
    )
    // A relative PATH from the repository root, as a workflow step runs it.
    expect((await cli(['apps/shop', '--format', 'github'], { cwd: repo })).stdout).toMatch(
      /^::error file=apps\/shop\/\.env\.example,line=22,/m
    )

    const sarif = JSON.parse((await cli([app, '--format', 'sarif'])).stdout) as {
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[]
        }[]
      }[]
    }
    expect(validateSarif(sarif)).toBe(true)
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)
    expect(uris).toContain('apps/shop/.env.example')
    expect(uris.every((u) => u.startsWith('apps/shop/'))).toBe(true)
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(
      `${pathToFileURL(realpathSync(repo)).href}/`
    )

    const json = JSON.parse((await cli([app, '--format', 'json'])).stdout) as { findings: { path: string }[] }
    expect(json.findings.map((f) => f.path)).toContain('.env.example')
    expect((await cli([app])).stdout).toMatch(/^\.env\.example:22:1 /m)
  })

  it('writes the report to --output instead of standard output', async () => {
    const dir = tempApp(null)
    const out = path.join(dir, 'report.json')
    const run = await cli([laravel10, '--format', 'json', '--output', out])
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0)
  })

  it('reads stateless-audit.json at PATH and --config FILE', async () => {
    const app = tempApp('laravel10', { 'stateless-audit.json': '{"rules": {"session-driver-local": "off"}}' })
    expect((await cli([app])).stdout).not.toMatch(/session-driver-local/)
    writeFiles(app, { 'other.json': '{"rules": {"session-driver-local": "notice"}}' })
    expect((await cli([app, '--config', path.join(app, 'other.json')])).stdout).toMatch(
      /notice +session-driver-local/
    )
  })

  it('exits 2 with one clear sentence for bad input, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['/no/such/dir'], /\/no\/such\/dir does not exist\./],
      [[tempApp(null, { 'README.md': 'hi' })], /is not a Laravel app: no artisan file/],
      [[laravel10, '--format', 'xml'], /--format must be one of text, json, sarif, github; got "xml"/],
      [[laravel10, '--fail-on', 'fatal'], /--fail-on must be one of error, warning, notice, never/],
      [[laravel10, '--nope'], /unknown option --nope\./],
      [[laravel10, '--config', '/no/such.json'], /config file \/no\/such\.json cannot be read/],
      [[tempApp('laravel10', { 'stateless-audit.json': '{"rulez": {}}' })], /unknown key "rulez"/],
      [[laravel10, '--filter-mode', 'added'], /--filter-mode only applies with --base/],
      [[laravel10, 'a', 'b'], /expected one PATH/]
    ]
    for (const [args, message] of cases) {
      const run = await cli(args)
      expect({ args, code: run.code }).toEqual({ args, code: 2 })
      expect(run.stderr).toMatch(message)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(run.stdout).toBe('')
    }
  })

  it('puts argument errors in one sentence of its own, then the --help line', async () => {
    const cases: [string[], string][] = [
      [['--bogus'], 'unknown option --bogus.'],
      [['--bogus=1'], 'unknown option --bogus.'],
      [['-hx'], 'unknown option -x.'],
      [['--base', '-x'], '--base needs a value (to pass one that starts with a dash, write --base=-x).'],
      [['--base', '--format', 'json'], '--base needs a value.'],
      [['--format'], '--format needs a value.'],
      [['--help=yes'], '--help does not take a value.']
    ]
    for (const [args, sentence] of cases) {
      const run = await cli([laravel10, ...args])
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({
        args,
        code: 2,
        stderr: `stateless-audit: ${sentence}\nRun stateless-audit --help for the options.\n`
      })
      expect(run.stdout).toBe('')
    }
  })

  it('rejects an empty PATH instead of auditing the current directory', async () => {
    const run = await cli([''], { cwd: laravel10 })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'stateless-audit: PATH is empty.\n' })
  })

  it('exits 2 with one sentence when --output cannot be written, before the audit', async () => {
    const dir = tempApp(null, { 'file.txt': 'x' })
    const cases: [string, string][] = [
      ['/nonexistent/dir/x.json', 'no such directory'],
      [dir, 'it is a directory'],
      [path.join(dir, 'file.txt', 'x.json'), 'a part of the path is not a directory']
    ]
    for (const [out, reason] of cases) {
      // A PATH that does not exist: the --output check comes first, so a long audit is not wasted.
      const run = await cli(['/no/such/dir', '--output', out])
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: `stateless-audit: cannot write --output ${out}: ${reason}.\n`
      })
    }
    // The check leaves no file behind when the audit then fails.
    const out = path.join(dir, 'report.json')
    expect((await cli(['/no/such/dir', '--output', out])).code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })

  it('exits 2, not 1 or 0, when writing --output fails after the audit', async () => {
    if (!existsSync('/dev/full')) return
    const run = await cli([laravel10, '--output', '/dev/full'])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'stateless-audit: cannot write --output /dev/full: no space left on the device.\n'
    })
  })

  it('says permission denied for an --output it may not write', async () => {
    // root may write anywhere.
    if (process.getuid?.() === 0) return
    const dir = tempApp(null)
    chmodSync(dir, 0o555)
    const out = path.join(dir, 'x.json')
    const run = await cli([laravel10, '--output', out])
    chmodSync(dir, 0o755)
    expect(run.stderr).toBe(`stateless-audit: cannot write --output ${out}: permission denied.\n`)
    expect(run.code).toBe(2)
  })

  it('shows help and version', async () => {
    const help = (await cli(['--help'])).stdout
    expect(help).toMatch(/Usage: stateless-audit \[PATH\]/)
    // The search findConfigFile() does: PATH, then the folders above it up to the repository root.
    expect(help).toMatch(
      /--config FILE +config file \(default: PATH\/stateless-audit\.json, else the nearest\n +stateless-audit\.json above PATH, up to the repository root\)/
    )
    expect((await cli(['--version'])).stdout).toBe(`stateless-audit ${TOOL_VERSION}\n`)
  })
})

describe('--base REF', () => {
  function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  }

  it('audits only files changed since REF and reports only changed lines', async () => {
    const app = tempApp('stateless', {
      'app/Old.php': "<?php\n\nfunction old() {\n    return env('OLD_KEY');\n}\n"
    })
    git(app, 'init', '-q', '-b', 'main')
    git(app, 'add', '-A')
    git(app, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
    writeFiles(app, {
      'app/Old.php': "<?php\n\nfunction old() {\n    return env('OLD_KEY');\n    $new = env('NEW_KEY');\n}\n",
      'app/Untracked.php': "<?php\n\nreturn env('UNTRACKED');\n",
      'app/Unchanged.php': '<?php\n\nreturn 1;\n'
    })
    const run = await cli([app, '--base', 'main', '--format', 'json'])
    const report = JSON.parse(run.stdout) as { findings: { path: string; line: number; message: string }[] }
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual([
      'app/Old.php:5',
      'app/Untracked.php:3'
    ])
    // The unchanged env('OLD_KEY') on line 4 was not introduced by this change.
    expect(run.code).toBe(1)

    const all = await cli([app, '--base', 'main', '--filter-mode', 'file', '--format', 'json'])
    const inFiles = JSON.parse(all.stdout) as { findings: { path: string; line: number }[] }
    expect(inFiles.findings.map((f) => `${f.path}:${f.line}`)).toEqual([
      'app/Old.php:4',
      'app/Old.php:5',
      'app/Untracked.php:3'
    ])

    const bad = await cli([app, '--base', 'no-such-branch'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/"no-such-branch" is not a commit in this repository/)
  })

  it('reports a syntax error the change made, though the parser puts it on an unchanged line', async () => {
    const method = (body: string): string =>
      `<?php\n\nclass K\n{\n    public function a()\n    {\n${body}    }\n}\n`
    const app = tempApp('stateless', { 'app/K.php': method('        return 1;\n') })
    git(app, 'init', '-q', '-b', 'main')
    git(app, 'add', '-A')
    git(app, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
    // The deleted `;` is on line 7; php-parser reports the error on line 8.
    writeFiles(app, { 'app/K.php': method('        return 1\n') })
    const run = await cli([app, '--base', 'main', '--fail-on', 'notice', '--format', 'json'])
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; path: string; line: number }[] }
    expect(report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['parse-error app/K.php:8'])
    expect(run.code).toBe(1)
    // A change that only deletes lines: the closing brace of the class.
    writeFiles(app, { 'app/K.php': method('        return 1;\n').replace(/}\n$/, '') })
    const deleted = await cli([app, '--base', 'main', '--fail-on', 'notice', '--format', 'json'])
    expect(JSON.parse(deleted.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'parse-error'
    ])
    expect(deleted.code).toBe(1)
  })

  it('says PATH is not in a work tree when it is inside .git', async () => {
    const app = tempApp('stateless')
    git(app, 'init', '-q', '-b', 'main')
    const dotGit = path.join(app, '.git')
    const run = await cli([dotGit, '--base', 'main'])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `stateless-audit: --base needs a git work tree, and ${dotGit} is not inside one.\n`
    })
  })
})

describe('unreadable inputs, with real permissions', () => {
  const bin = path.resolve('dist/cli.js')
  // Permissions do not apply to root: as root, the CLI runs as `nobody` (runuser), when it can.
  const runAs = ((): string[] | null => {
    if (process.getuid?.() !== 0) return []
    const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p))
    if (runuser === undefined) return null
    const probe = spawnSync(runuser, [
      '-u',
      'nobody',
      '--',
      process.execPath,
      '-e',
      `require('fs').accessSync(${JSON.stringify(bin)})`
    ])
    return probe.status === 0 ? [runuser, '-u', 'nobody', '--'] : null
  })()
  const itWithPermissions = runAs === null ? it.skip : it
  if (runAs === null)
    console.warn(
      'Skipping the permission tests: running as root, and `runuser -u nobody` cannot run the CLI.'
    )

  function denied(part: string): string {
    const app = tempApp('laravel10')
    execFileSync('chmod', ['-R', 'a+rX', app])
    chmodSync(app, 0o755)
    chmodSync(path.join(app, part), 0)
    return app
  }

  function run(app: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const [cmd, ...rest] = [...(runAs ?? []), process.execPath, bin, app, ...args]
    // git refuses a repository another user owns unless told it is safe.
    const env = {
      ...process.env,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'safe.directory',
      GIT_CONFIG_VALUE_0: '*'
    }
    const result = spawnSync(cmd, rest, { encoding: 'utf8', env })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  itWithPermissions('reports a folder it cannot list and a file it cannot read, with the reason', () => {
    const views = denied('resources/views')
    const report = JSON.parse(run(views, '--format', 'json').stdout) as {
      findings: { ruleId: string; path: string; message: string }[]
    }
    expect(report.findings.filter((f) => f.path.startsWith('resources/views'))).toMatchObject([
      {
        ruleId: 'parse-error',
        path: 'resources/views',
        message: expect.stringMatching(/\(permission denied\)/)
      }
    ])
    chmodSync(path.join(views, 'resources/views'), 0o755)

    const file = 'app/Http/Controllers/AvatarController.php'
    const php = JSON.parse(run(denied(file), '--format', 'json').stdout) as typeof report
    expect(php.findings.filter((f) => f.path === file).map((f) => [f.ruleId, f.message])).toEqual([
      ['parse-error', 'Not audited: the file could not be read (permission denied).']
    ])
  })

  itWithPermissions('exits 2 naming a config folder or env file it cannot read', () => {
    const config = denied('config')
    expect(run(config)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "stateless-audit: cannot list the folder config: permission denied. The app's settings are read from the files in it, so the audit stops rather than report on wrong settings.\n"
    })
    chmodSync(path.join(config, 'config'), 0o755)
    const changed = tempApp('laravel10')
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base']
    ])
      execFileSync('git', ['-C', changed, ...args])
    writeFiles(changed, { 'app/New.php': '<?php\n' })
    execFileSync('chmod', ['-R', 'a+rX', changed])
    writeFiles(changed, { 'config/app.php': '<?php\n\nreturn [];\n' })
    chmodSync(path.join(changed, 'config/app.php'), 0)
    const base = run(changed, '--base', 'HEAD')
    expect(base.stderr).toMatch(/^stateless-audit: --base: git diff failed: .*config\/app\.php.*\n$/)
    expect(base.status).toBe(2)
    expect(run(denied('.env.example'))).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "stateless-audit: cannot read .env.example: permission denied. The app's settings are resolved from it, so the audit stops rather than report on wrong settings.\n"
    })
  })
})

describe('--cache and --cache-file', () => {
  it('a second run takes the unchanged files from the cache and reports the same findings', async () => {
    const app = tempApp('laravel10')
    const cacheFile = path.join(tempApp(null), 'cache.json')
    const first = await cli([app, '--format', 'json', '--cache-file', cacheFile])
    const second = await cli([app, '--format', 'json', '--cache-file', cacheFile])
    const plain = await cli([app, '--format', 'json'])
    expect([first.code, second.code, plain.code]).toEqual([1, 1, 1])
    expect(second.stderr).toBe('')
    const [a, b, c] = [first, second, plain].map((r) => JSON.parse(r.stdout))
    expect(a.summary.cachedFiles).toBe(0)
    expect(b.summary.cachedFiles).toBeGreaterThan(0)
    expect(c.summary.cachedFiles).toBeUndefined()
    expect(b.findings).toEqual(c.findings)
    expect(validateJsonReport(b)).toBe(true)
    const text = await cli([app, '--cache-file', cacheFile])
    expect(text.stdout).toMatch(
      new RegExp(`in \\d+ files \\([\\d.]+ s\\); ${b.summary.cachedFiles} unchanged since the cached run`)
    )
  })

  it('--cache keeps the cache in the temp directory', async () => {
    const app = tempApp('stateless')
    const temp = tempApp(null)
    const run = await cli([app, '--cache'], { tmpdir: temp })
    expect(run.code).toBe(0)
    const files = readdirSync(path.dirname(defaultCacheFile(app, temp)))
    expect(files).toEqual([path.basename(defaultCacheFile(app, temp))])
    expect((await cli([app, '--cache', '--format', 'json'], { tmpdir: temp })).stdout).toMatch(
      /"cachedFiles": [1-9]/
    )
  })

  it('a --cache-file that cannot be one is a usage error before the audit; one that cannot be written is a warning', async () => {
    const dir = tempApp(null)
    expect(await cli(['/no/such/dir', '--cache-file', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `stateless-audit: --cache-file ${dir} is a directory; give a file name.\n`
    })
    expect((await cli([laravel10, '--cache-file='])).stderr).toBe(
      'stateless-audit: --cache-file needs a value.\n'
    )
    expect((await cli([laravel10, '--cache', 'x'])).stderr).toMatch(/expected one PATH, got 2/)
    const run = await cli([laravel10, '--format', 'json', '--cache-file', '/proc/self/sa-cache.json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(5)
    expect(run.stderr).toMatch(
      /^stateless-audit: warning: the result cache \/proc\/self\/sa-cache\.json could not be written \(E[A-Z]+\); the next run analyses every file again\.\n$/
    )
  })
})

describe('dist/cli.js', () => {
  it('runs on its own with node, as npx runs it', () => {
    const bin = path.resolve('dist/cli.js')
    expect(existsSync(bin)).toBe(true)
    const run = spawnSync(process.execPath, [bin, laravel10, '--format', 'json'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(5)
  })

  const bin = path.resolve('dist/cli.js')

  it('exits 2 with one sentence when standard output is a full disk', () => {
    if (!existsSync('/dev/full')) return
    for (const args of [[laravel10, '--format', 'json'], ['--help']]) {
      const full = openSync('/dev/full', 'w')
      const run = spawnSync(process.execPath, [bin, ...args], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8'
      })
      closeSync(full)
      expect({ status: run.status, stderr: run.stderr }).toEqual({
        status: 2,
        stderr: 'stateless-audit: cannot write the report to standard output: no space left on the device.\n'
      })
    }
  })

  it('exits 2 with one sentence when the pipe on standard output is closed (`| head -c0`)', async () => {
    for (const args of [[laravel10, '--format', 'json'], ['--help']]) {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      // Closed before the child writes anything: its write fails with EPIPE.
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect({ status, stderr }).toEqual({
        status: 2,
        stderr:
          'stateless-audit: cannot write the report to standard output: the pipe was closed by the program reading it.\n'
      })
    }
  })
})
