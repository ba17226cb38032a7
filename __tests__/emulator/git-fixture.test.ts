import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, readlink, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commitFiles, createRepo, type GitRepo } from '../../test-support/github-emulator/git-fixture.js'

let dir: string
let repo: GitRepo

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'git-fixture-'))
  repo = await createRepo(path.join(dir, 'r'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('createRepo / commitFiles', () => {
  it('commits text, binary, symlinks and deletions and returns the new sha', async () => {
    const first = await repo.commitFiles(
      { 'a.php': '<?php\n', 'bin/x.dat': Buffer.from([0, 1, 2, 255]), link: { symlink: 'a.php' } },
      'first'
    )
    expect(first).toMatch(/^[0-9a-f]{40}$/)
    expect(await repo.revParse('HEAD')).toBe(first)
    expect(await repo.revParse('main')).toBe(first)
    expect(await readFile(path.join(repo.dir, 'bin/x.dat'))).toEqual(Buffer.from([0, 1, 2, 255]))
    expect(await readlink(path.join(repo.dir, 'link'))).toBe('a.php')

    const second = await commitFiles(repo.dir, { 'a.php': null, 'b.php': '<?php // b\n' }, 'second')
    expect(second).not.toBe(first)
    expect(existsSync(path.join(repo.dir, 'a.php'))).toBe(false)
    const changes = await repo.git(['diff', '--name-status', first, second])
    expect(changes.trim().split('\n').sort()).toEqual(['A\tb.php', 'D\ta.php'])
    expect((await repo.git(['log', '--format=%s'])).trim().split('\n')).toEqual(['second', 'first'])
  })

  it('creates branches from any commit and checks them out', async () => {
    const base = await repo.commitFiles({ 'a.txt': '1\n' }, 'base')
    await repo.checkoutNewBranch('feature')
    const head = await repo.commitFiles({ 'a.txt': '2\n' }, 'head')
    await repo.checkout('main')
    expect(await readFile(path.join(repo.dir, 'a.txt'), 'utf8')).toBe('1\n')
    await repo.checkoutNewBranch('other', head)
    expect(await repo.revParse('other')).toBe(head)
    expect(await repo.revParse('main')).toBe(base)
  })

  it('uses a fixed identity, unaffected by the machine configuration', async () => {
    await repo.commitFiles({ 'a.txt': 'x\n' }, 'c')
    expect((await repo.git(['log', '-1', '--format=%an <%ae>'])).trim()).toBe(
      'Fixture Author <fixture@example.com>'
    )
  })

  it('refuses paths that leave the repository', async () => {
    await expect(repo.commitFiles({ '../escape.txt': 'x' }, 'bad')).rejects.toThrow('escapes the repository')
  })
})
