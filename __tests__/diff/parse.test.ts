import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  GIT_DIFF_ARGS,
  changedLines,
  contextLines,
  gitDiffEnv,
  parsePatch,
  parseUnifiedDiff,
  rightSideLines
} from '../../src/diff/parse.js'
import type { FileDiff, Hunk } from '../../src/diff/parse.js'
import { GitRepo, numbered, prng } from './git-fixture.js'

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
])

let repo: GitRepo
let base: string
let head: string
let diffText: string
let files: FileDiff[]
const oldText = new Map<string, string>()
const newText = new Map<string, string>()

function byNewPath(p: string): FileDiff {
  const file = files.find((f) => f.newPath === p)
  if (file === undefined) throw new Error(`no diff entry for ${p}: ${files.map((f) => f.newPath).join(', ')}`)
  return file
}

function byOldPath(p: string): FileDiff {
  const file = files.find((f) => f.oldPath === p)
  if (file === undefined) throw new Error(`no diff entry with old path ${p}`)
  return file
}

const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b)

/**
 * What any correct parse of a diff between two texts satisfies: context lines are equal on both
 * sides, each hunk covers exactly its header's ranges, and the lines neither added nor deleted are
 * the same sequence in both files.
 */
function expectConsistent(hunks: readonly Hunk[], before: string, after: string): void {
  const toLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'))
  const oldLines = toLines(before)
  const newLines = toLines(after)
  const deleted = new Set<number>()
  for (const hunk of hunks) {
    const olds = hunk.lines.filter((l) => l.kind !== 'add').map((l) => l.oldLine)
    const news = hunk.lines.filter((l) => l.kind !== 'del').map((l) => l.newLine)
    const start = (n: number, count: number) =>
      count === 0 ? [] : Array.from({ length: count }, (_, i) => n + i)
    expect(olds).toEqual(start(hunk.oldStart, hunk.oldLines))
    expect(news).toEqual(start(hunk.newStart, hunk.newLines))
    for (const line of hunk.lines) {
      if (line.kind === 'context') expect(oldLines[line.oldLine! - 1]).toBe(newLines[line.newLine! - 1])
      if (line.kind === 'del') deleted.add(line.oldLine!)
    }
  }
  const added = changedLines(hunks)
  const keptOld = oldLines.filter((_, i) => !deleted.has(i + 1))
  const keptNew = newLines.filter((_, i) => !added.has(i + 1))
  expect(keptNew).toEqual(keptOld)
}

beforeAll(() => {
  repo = new GitRepo()
  const baseFiles: Record<string, string | Buffer> = {
    'app/Http/Controllers/UploadController.php': numbered('line', 20),
    'config/session.php': numbered('session', 30),
    'old/Legacy.php': numbered('legacy', 12),
    'app/Pure.php': numbered('pure', 5),
    'removed.php': numbered('gone', 4),
    'app/My Controller.php': numbered('spaced', 6),
    'config/café.php': numbered('accent', 6),
    'public/logo.png': PNG,
    'bin/run.sh': '#!/bin/sh\necho hi\n',
    'noeol.php': 'one\ntwo\nthree',
    'database/schema.sql': '-- header\nCREATE TABLE a;\n++ x\nCREATE TABLE b;\n',
    'crlf.php': 'a\r\nb\r\nc\r\nd\r\n',
    'legacy/ü.php': numbered('umlaut', 3),
    'bin/run me.sh': '#!/bin/sh\n'
  }
  for (const [file, content] of Object.entries(baseFiles)) {
    repo.write(file, content)
    if (typeof content === 'string') oldText.set(file, content)
  }
  base = repo.commit('base')

  const upload = numbered('line', 20)
    .replace('line 5\n', 'changed 5\n')
    .replace('line 15\n', 'line 15\nnew a\nnew b\n')
  const edits: Record<string, string | Buffer> = {
    'app/Http/Controllers/UploadController.php': upload,
    'config/session.php': numbered('session', 30)
      .replace('session 1\n', '')
      .replace('session 30\n', 'session 30\nend\n'),
    'app/Legacy.php': numbered('legacy', 12).replace('legacy 6\n', 'legacy six\n'),
    'app/Moved.php': numbered('pure', 5),
    'app/My Controller.php': numbered('spaced', 6).replace('spaced 3\n', 'spaced three\n'),
    'config/café.php': numbered('accent', 6) + 'accent 7\n',
    'public/logo.png': Buffer.concat([PNG, Buffer.from([1, 2, 3, 0])]),
    'public/new.png': PNG,
    'noeol.php': 'one\ntwo\nTHREE',
    'database/schema.sql': 'CREATE TABLE a;\n++ y\nCREATE TABLE b;\n',
    'crlf.php': 'a\r\nB\r\nc\r\nd\r\n',
    'app/New.php': '<?php\n\nreturn [\n    "x" => env("X"),\n];\n',
    'empty.php': '',
    'app/we"ird.php': '<?php\n',
    'app/tab\there.php': '<?php\n',
    'app/new name.php': numbered('umlaut', 3),
    'public/lögo 2.png': PNG
  }
  repo.remove('legacy/ü.php')
  repo.remove('old/Legacy.php')
  repo.remove('app/Pure.php')
  repo.remove('removed.php')
  for (const [file, content] of Object.entries(edits)) {
    repo.write(file, content)
    if (typeof content === 'string') newText.set(file, content)
  }
  repo.chmod('bin/run.sh', 0o755)
  repo.chmod('bin/run me.sh', 0o755)
  head = repo.commit('head')
  diffText = repo.git('diff', ...GIT_DIFF_ARGS, base, head)
  files = parseUnifiedDiff(diffText)
})

afterAll(() => repo.dispose())

describe('parseUnifiedDiff on real git diff output', () => {
  it('finds every changed file once', () => {
    expect(files.map((f) => f.newPath ?? `(removed) ${f.oldPath}`).sort()).toEqual(
      [
        '(removed) removed.php',
        'app/Http/Controllers/UploadController.php',
        'app/Legacy.php',
        'app/Moved.php',
        'app/My Controller.php',
        'app/New.php',
        'app/tab\there.php',
        'app/new name.php',
        'public/lögo 2.png',
        'bin/run me.sh',
        'app/we"ird.php',
        'bin/run.sh',
        'config/café.php',
        'config/session.php',
        'crlf.php',
        'database/schema.sql',
        'empty.php',
        'noeol.php',
        'public/logo.png',
        'public/new.png'
      ].sort()
    )
  })

  it('reads a modified file: added, context and right-side lines', () => {
    const file = byNewPath('app/Http/Controllers/UploadController.php')
    expect(file).toMatchObject({
      oldPath: 'app/Http/Controllers/UploadController.php',
      status: 'modified',
      binary: false
    })
    expect(
      file.hunks.map(({ oldStart, oldLines, newStart, newLines }) => [oldStart, oldLines, newStart, newLines])
    ).toEqual([
      [2, 7, 2, 7],
      [13, 6, 13, 8]
    ])
    expect(sorted(changedLines(file.hunks))).toEqual([5, 16, 17])
    expect(sorted(contextLines(file.hunks))).toEqual([2, 3, 4, 6, 7, 8, 13, 14, 15, 18, 19, 20])
    expect(sorted(rightSideLines(file.hunks))).toEqual([2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19, 20])
  })

  it('reads additions and deletions at the edges of a file', () => {
    const file = byNewPath('config/session.php')
    expect(sorted(changedLines(file.hunks))).toEqual([30])
    expect(file.hunks[0]?.lines[0]).toEqual({ kind: 'del', oldLine: 1 })
  })

  it('reads new files, an empty new file and a removed file', () => {
    const added = byNewPath('app/New.php')
    expect(added).toMatchObject({ oldPath: null, status: 'added', binary: false })
    expect(sorted(changedLines(added.hunks))).toEqual([1, 2, 3, 4, 5])
    expect(byNewPath('empty.php')).toEqual({
      oldPath: null,
      newPath: 'empty.php',
      status: 'added',
      binary: false,
      hunks: []
    })
    const removed = byOldPath('removed.php')
    expect(removed).toMatchObject({ newPath: null, status: 'removed' })
    expect(changedLines(removed.hunks).size).toBe(0)
    expect(removed.hunks[0]?.lines.map((l) => l.kind)).toEqual(['del', 'del', 'del', 'del'])
  })

  it('reads renames, with and without changes', () => {
    const edited = byNewPath('app/Legacy.php')
    expect(edited).toMatchObject({ oldPath: 'old/Legacy.php', status: 'renamed' })
    expect(sorted(changedLines(edited.hunks))).toEqual([6])
    expect(byNewPath('app/Moved.php')).toEqual({
      oldPath: 'app/Pure.php',
      newPath: 'app/Moved.php',
      status: 'renamed',
      binary: false,
      hunks: []
    })
  })

  it('reads binary files without hunks', () => {
    expect(byNewPath('public/logo.png')).toMatchObject({ status: 'modified', binary: true, hunks: [] })
    expect(byNewPath('public/new.png')).toMatchObject({
      oldPath: null,
      status: 'added',
      binary: true,
      hunks: []
    })
  })

  it('reads a mode change as a modification without hunks', () => {
    expect(diffText).toContain('new mode 100755')
    expect(byNewPath('bin/run.sh')).toEqual({
      oldPath: 'bin/run.sh',
      newPath: 'bin/run.sh',
      status: 'modified',
      binary: false,
      hunks: []
    })
  })

  it('reads paths with spaces, quotes, tabs and non-ASCII characters', () => {
    expect(diffText).toContain('"b/config/caf\\303\\251.php"')
    expect(diffText).toContain('"b/app/we\\"ird.php"')
    expect(sorted(changedLines(byNewPath('app/My Controller.php').hunks))).toEqual([3])
    expect(byNewPath('app/My Controller.php').oldPath).toBe('app/My Controller.php')
    expect(sorted(changedLines(byNewPath('config/café.php').hunks))).toEqual([7])
    expect(byNewPath('config/café.php').oldPath).toBe('config/café.php')
    expect(byNewPath('app/we"ird.php').status).toBe('added')
    expect(byNewPath('app/tab\there.php').status).toBe('added')
    // Only the `diff --git` line names these: a binary file, a mode change, a rename across quoting.
    expect(diffText).toContain('diff --git "a/public/l\\303\\266go 2.png" "b/public/l\\303\\266go 2.png"')
    expect(byNewPath('public/lögo 2.png')).toMatchObject({ oldPath: null, status: 'added', binary: true })
    expect(diffText).toContain('diff --git a/bin/run me.sh b/bin/run me.sh')
    expect(byNewPath('bin/run me.sh')).toMatchObject({
      oldPath: 'bin/run me.sh',
      status: 'modified',
      hunks: []
    })
    expect(diffText).toContain('diff --git "a/legacy/\\303\\274.php" b/app/new name.php')
    expect(byNewPath('app/new name.php')).toMatchObject({
      oldPath: 'legacy/ü.php',
      status: 'renamed',
      hunks: []
    })
  })

  it('handles "\\ No newline at end of file"', () => {
    expect(diffText).toContain('\\ No newline at end of file')
    const file = byNewPath('noeol.php')
    expect(sorted(changedLines(file.hunks))).toEqual([3])
    expect(file.hunks[0]?.lines.map((l) => l.kind)).toEqual(['context', 'context', 'del', 'add'])
  })

  it('reads content lines that look like headers as content', () => {
    // Deleting "-- header" gives a "--- header" line; adding "++ y" gives "+++ y".
    expect(diffText).toMatch(/^--- header$/m)
    expect(diffText).toMatch(/^\+\+\+ y$/m)
    const file = byNewPath('database/schema.sql')
    expect(sorted(changedLines(file.hunks))).toEqual([2])
    expect(file.hunks[0]?.lines.filter((l) => l.kind === 'del').map((l) => l.oldLine)).toEqual([1, 3])
  })

  it('handles CRLF content', () => {
    expect(sorted(changedLines(byNewPath('crlf.php').hunks))).toEqual([2])
  })

  it('is consistent with the files on both sides', () => {
    for (const file of files) {
      if (file.binary || file.newPath === null) continue
      const before = file.oldPath === null ? '' : (oldText.get(file.oldPath) ?? '')
      const after = newText.get(file.newPath) ?? oldText.get(file.newPath) ?? ''
      expectConsistent(file.hunks, before, after)
    }
  })

  it('gives the same result whatever the user configured (GIT_DIFF_ARGS)', () => {
    const hostile = repo.git(
      '-c',
      'diff.noprefix=true',
      '-c',
      'diff.mnemonicPrefix=true',
      '-c',
      'color.ui=always',
      '-c',
      'diff.context=10',
      '-c',
      'diff.renames=false',
      '-c',
      'diff.interHunkContext=10',
      'diff',
      ...GIT_DIFF_ARGS,
      base,
      head
    )
    expect(parseUnifiedDiff(hostile)).toEqual(files)
  })

  it('keeps three lines of context whatever GIT_DIFF_OPTS says (gitDiffEnv)', () => {
    const env = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
    const run = (extra: NodeJS.ProcessEnv): string =>
      execFileSync('git', ['diff', ...GIT_DIFF_ARGS, base, head], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: gitDiffEnv({ ...env, ...extra })
      })
    expect(parseUnifiedDiff(run({ GIT_DIFF_OPTS: '--unified=8' }))).toEqual(files)
  })

  it('skips commit headers in `git show` / `format-patch` output', () => {
    const patch = repo.git('format-patch', '--stdout', ...GIT_DIFF_ARGS, `${base}..${head}`)
    expect(patch).toMatch(/^Subject: \[PATCH\] head$/m)
    expect(parseUnifiedDiff(patch)).toEqual(files)
  })

  it('reads plain `diff -u` style output', () => {
    const text = repo.git(
      'diff',
      '--no-index',
      '--no-color',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '/dev/null',
      'noeol.php'
    )
    expect(parseUnifiedDiff(text)).toMatchObject([{ oldPath: null, newPath: 'noeol.php', status: 'added' }])
    const plain = [
      '--- old.php\t2024-01-01',
      '+++ new.php\t2024-01-02',
      '@@ -1,2 +1,2 @@',
      ' a',
      '-b',
      '+c',
      ''
    ].join('\n')
    const [file] = parseUnifiedDiff(plain)
    expect(file).toMatchObject({ oldPath: 'old.php', newPath: 'new.php', status: 'renamed' })
    expect(sorted(changedLines(file!.hunks))).toEqual([2])
  })

  it('returns nothing for an empty diff', () => {
    expect(parseUnifiedDiff('')).toEqual([])
    expect(parseUnifiedDiff(repo.git('diff', ...GIT_DIFF_ARGS, head, head))).toEqual([])
  })
})

describe('parsePatch (GitHub per-file patch field)', () => {
  /** GitHub's `patch` is the file's diff from its first hunk header on. */
  function githubPatch(file: string): string {
    const text = repo.git('diff', ...GIT_DIFF_ARGS, base, head, '--', file)
    return text.slice(text.indexOf('@@'))
  }

  it('reads the same hunks as the full diff', () => {
    for (const file of [
      'app/Http/Controllers/UploadController.php',
      'noeol.php',
      'database/schema.sql',
      'app/New.php'
    ]) {
      const patch = githubPatch(file)
      expect(patch.startsWith('@@ ')).toBe(true)
      expect(parsePatch(patch)).toEqual(byNewPath(file).hunks)
    }
  })

  it('reads one-line hunk headers without counts', () => {
    const hunks = parsePatch('@@ -3 +3 @@ function x()\n-old\n+new')
    expect(hunks).toEqual([
      {
        oldStart: 3,
        oldLines: 1,
        newStart: 3,
        newLines: 1,
        lines: [
          { kind: 'del', oldLine: 3 },
          { kind: 'add', newLine: 3 }
        ]
      }
    ])
  })

  it('reads a new file patch that starts at line 0 of the old side', () => {
    const hunks = parsePatch('@@ -0,0 +1,2 @@\n+a\n+b\n')
    expect(sorted(changedLines(hunks))).toEqual([1, 2])
    expect(rightSideLines(hunks).size).toBe(2)
  })

  it('keeps what a truncated patch has', () => {
    const hunks = parsePatch('@@ -1,5 +1,6 @@\n a\n+b\n c')
    expect(sorted(changedLines(hunks))).toEqual([2])
    expect(sorted(rightSideLines(hunks))).toEqual([1, 2, 3])
  })

  it('returns no hunks for an empty or missing patch', () => {
    expect(parsePatch('')).toEqual([])
  })
})

describe('random edits (git diff --no-index)', () => {
  const ALPHABET = ['a', 'b', 'c', '', '}', '-- x', '++ y', ' z', '\\ n', '@@ -1 +1 @@', 'diff --git a/x b/x']

  it('parses to hunks consistent with both files, 40 seeds', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = prng(seed)
      const pick = () => ALPHABET[Math.floor(random() * ALPHABET.length)]!
      const before = Array.from({ length: Math.floor(random() * 40) }, pick)
      const after = before.flatMap((line) => {
        const r = random()
        if (r < 0.1) return []
        if (r < 0.2) return [pick()]
        if (r < 0.3) return [line, pick(), pick()]
        return [line]
      })
      if (random() < 0.3) after.push(pick())
      const beforeText = before.join('\n') + (before.length > 0 && random() < 0.8 ? '\n' : '')
      const afterText = after.join('\n') + (after.length > 0 && random() < 0.8 ? '\n' : '')
      repo.write('rand/old.txt', beforeText)
      repo.write('rand/new.txt', afterText)
      const text = repo.git('diff', '--no-index', ...GIT_DIFF_ARGS, 'rand/old.txt', 'rand/new.txt')
      const parsed = parseUnifiedDiff(text)
      if (beforeText === afterText) {
        expect(parsed).toEqual([])
        continue
      }
      expect(parsed).toHaveLength(1)
      expectConsistent(parsed[0]!.hunks, beforeText, afterText)
      expect(parsePatch(text.slice(text.indexOf('@@')))).toEqual(parsed[0]!.hunks)
    }
  })
})
