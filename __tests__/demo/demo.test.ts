// `npm run demo`: the real action bundle on the sample pull request (examples/sample-pr over
// examples/laravel-app) through the GitHub emulator. The printed reviewer's view must show an inline
// comment and an annotation on each line that keeps state on one server, nothing on the look-alikes,
// and a failing check run; the script must clean up after itself.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../../test-support/action-harness.js'
import { runDemo, type DemoResult } from '../../test-support/demo/main.js'

const SAMPLE = path.join(PROJECT_ROOT, 'examples', 'sample-pr')

/** The 1-based line of the only line of `file` (in the sample PR) containing `needle`. */
async function lineIn(file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(SAMPLE, file), 'utf8')).split('\n')
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []))
  if (hits.length !== 1) throw new Error(`${file}: "${needle}" on ${hits.length} lines`)
  return hits[0]
}

interface Expected {
  file: string
  needle: string
  rule: string
  level: 'failure' | 'warning'
}

const STATEFUL: Expected[] = [
  {
    file: 'app/Http/Controllers/AvatarController.php',
    needle: "->store('avatars')",
    rule: 'upload-to-local-disk',
    level: 'failure'
  },
  { file: '.env.example', needle: 'SESSION_DRIVER=file', rule: 'session-driver-local', level: 'failure' },
  {
    file: 'routes/console.php',
    needle: "Schedule::command('reports:generate')",
    rule: 'schedule-without-on-one-server',
    level: 'warning'
  },
  {
    file: 'resources/views/profile/show.blade.php',
    needle: "{{ env('APP_NAME') }}",
    rule: 'env-outside-config',
    level: 'failure'
  }
]

const LOOK_ALIKES: Array<{ file: string; needle: string }> = [
  { file: 'app/Http/Controllers/AvatarController.php', needle: "->store('covers', 's3')" },
  { file: 'resources/views/profile/show.blade.php', needle: "{{ config('app.name') }}" },
  { file: 'routes/console.php', needle: "Schedule::command('photos:refresh-cdn-urls')" },
  { file: 'routes/console.php', needle: '->hourly()' },
  { file: 'app/Console/Commands/GenerateReports.php', needle: "getenv('HOSTNAME')" },
  { file: 'app/Console/Commands/GenerateReports.php', needle: "config('app.name')" },
  { file: 'app/Console/Commands/GenerateReports.php', needle: "Storage::disk('s3')->put(" }
]

/** The lines of one `━━ Title ━━━` section of the output. */
function section(output: string, title: string): string[] {
  const lines = output.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`━━ ${title}`))
  if (start < 0) throw new Error(`no section "${title}"`)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('━━ '))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** Inline comments as printed: `path:line` → the lines of its block. */
function commentBlocks(output: string): Map<string, string> {
  const blocks = new Map<string, string>()
  let current: string | null = null
  for (const line of section(output, 'Inline review comments')) {
    const header = /^(\S+:\d+(?:-\d+)?) {2}github-actions\[bot\]$/.exec(line)
    if (header !== null) current = header[1]
    if (current !== null) blocks.set(current, `${blocks.get(current) ?? ''}${line}\n`)
  }
  return blocks
}

/** Annotations as printed: `level path:line rule`. */
function annotations(output: string): string[] {
  return section(output, 'Check run annotations')
    .map((l) =>
      /^(failure|warning|notice)\s+(\S+:\d+(?:-\d+)?) {2}(\S+) \((?:error|warning|notice)\)$/.exec(l)
    )
    .flatMap((m) => (m === null ? [] : [`${m[1]} ${m[2]} ${m[3]}`]))
}

function run(
  file: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { ...options, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
      resolve({ code, stdout, stderr })
    })
  })
}

describe('the demo, run in-process', () => {
  let result: DemoResult
  let output = ''
  let stateful: Array<Expected & { place: string }>

  beforeAll(async () => {
    result = await runDemo({ write: (text) => (output += text), color: false })
    stateful = await Promise.all(
      STATEFUL.map(async (e) => ({ ...e, place: `${e.file}:${await lineIn(e.file, e.needle)}` }))
    )
  }, 60_000)

  test('prints the check run: its name, a failing conclusion and the summary', () => {
    expect(output).toContain('stateless-audit · completed · conclusion: failure')
    expect(output).toContain('Title: 4 findings (3 errors, 1 warning)')
    const summary = section(output, 'Check run').join('\n')
    expect(summary).toMatch(/Inline review comment, new in this run \(also an annotation\) +4\n/)
    expect(summary).toMatch(/Not introduced by this change \(outside the changed lines\): not commented +2\n/)
    for (const e of STATEFUL) expect(summary).toContain(e.rule)
    expect(result.view.exitCode).toBe(1)
  })

  test('prints exactly one inline comment per stateful line, at its file:line, naming its rule', () => {
    const blocks = commentBlocks(output)
    expect([...blocks.keys()].sort()).toEqual(stateful.map((e) => e.place).sort())
    for (const e of stateful) {
      const block = blocks.get(e.place) ?? ''
      expect(block).toContain(e.rule)
      // The code line GitHub shows above the comment is the stateful line itself.
      expect(block.split('\n')[1]).toMatch(/^ {2}│ \+/)
      expect(block.split('\n')[1]).toContain(e.needle)
    }
    expect(blocks.get(stateful[2].place)).toContain(
      "+ Schedule::command('reports:generate')->daily()->onOneServer();"
    )
  })

  test('prints one annotation per stateful line with its level, and none elsewhere', () => {
    expect(annotations(output).sort()).toEqual(stateful.map((e) => `${e.level} ${e.place} ${e.rule}`).sort())
  })

  test('prints nothing on the look-alikes', async () => {
    const posted = [...section(output, 'Inline review comments'), ...section(output, 'Check run annotations')]
    for (const look of LOOK_ALIKES) {
      const place = `${look.file}:${await lineIn(look.file, look.needle)}`
      expect(posted.some((l) => l.includes(place))).toBe(false)
    }
    for (const file of ['app/Console/Commands/GenerateReports.php', 'routes/web.php']) {
      expect(posted.some((l) => l.includes(file))).toBe(false)
    }
    const lineByLine = section(output, 'The sample pull request, line by line').join('\n')
    expect(lineByLine).toContain(
      '4 of 4 stateful lines got an inline comment; 0 of 6 look-alikes got anything.'
    )
    expect(lineByLine).not.toMatch(/MISSED|FLAGGED/)
  })

  test('prints plain text without colour when asked, and a wall time of seconds', () => {
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/\u001b\[/)
    expect(result.view.totalSeconds).toBeLessThan(30)
  })

  test('stops the emulator before printing', async () => {
    await expect(fetch(`${result.view.apiUrl}/repos/acme/photo-share`)).rejects.toThrow()
  })
})

describe('npm run demo (scripts/demo.mjs as a child process)', () => {
  let temp: string

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'demo-test-'))
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  test('bundles and runs the demo, prints the same comments, and leaves no temporary files', async () => {
    const privateTmp = path.join(temp, 'tmp')
    await mkdir(privateTmp)
    const cache = path.join(PROJECT_ROOT, 'node_modules', '.cache')
    const bundlesBefore = (await readdir(cache).catch(() => [])).filter((n) =>
      n.startsWith('stateless-audit-demo-')
    )
    const started = Date.now()
    const child = await run(process.execPath, ['scripts/demo.mjs'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, TMPDIR: privateTmp, NO_COLOR: '1', HOME: temp }
    })
    expect(child.stderr).toBe('')
    expect(child.code).toBe(0)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(child.stdout).toContain('stateless-audit · completed · conclusion: failure')
    const places = await Promise.all(STATEFUL.map(async (e) => `${e.file}:${await lineIn(e.file, e.needle)}`))
    expect([...commentBlocks(child.stdout).keys()].sort()).toEqual(places.sort())
    // Fixture repo, checkout and the action's runner temp all lived in TMPDIR and are gone.
    expect(await readdir(privateTmp)).toEqual([])
    const bundlesAfter = (await readdir(cache)).filter((n) => n.startsWith('stateless-audit-demo-'))
    expect(bundlesAfter).toEqual(bundlesBefore)
  }, 60_000)

  test('without dist/index.js it says to run npm run build', async () => {
    // A copy of the project's layout with node_modules but no dist/.
    const project = path.join(temp, 'fresh-clone')
    await mkdir(path.join(project, 'scripts'), { recursive: true })
    await copyFile(path.join(PROJECT_ROOT, 'scripts', 'demo.mjs'), path.join(project, 'scripts', 'demo.mjs'))
    await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'))
    const child = await run(process.execPath, ['scripts/demo.mjs'], {
      cwd: project,
      env: { PATH: process.env.PATH, HOME: temp }
    })
    expect(child.code).toBe(1)
    expect(child.stderr).toContain('run `npm run build`')
    expect(child.stdout).toBe('')
  })
})
