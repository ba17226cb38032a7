import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRepo, type GitRepo } from '../../test-support/github-emulator/git-fixture.js'
import { cleanRelativePath, GitObjectsWorkspace } from '../../src/github/git-workspace.js'
import { isAuditablePath, touchesAuditableFiles } from '../../src/github/changed-files.js'

describe('GitObjectsWorkspace', () => {
  let repo: GitRepo
  let sha: string

  beforeAll(async () => {
    repo = await createRepo(await mkdtemp(path.join(tmpdir(), 'gitws-')))
    sha = await repo.commitFiles(
      {
        'apps/web/artisan': '#!/usr/bin/env php\n',
        'apps/web/config/app.php': "<?php return ['name' => 'x'];\n",
        'apps/web/app/A.php': '<?php // head version\n',
        'apps/web/storage/framework/x.php': '<?php\n',
        'apps/web/vendor/lib/B.php': '<?php\n',
        'apps/web/app/Link.php': { symlink: '/etc/passwd' },
        'apps/web/linked': { symlink: '../../outside' },
        'README.md': 'hi\n'
      },
      'head'
    )
    // The work tree moves on: the workspace still reads the commit.
    await repo.commitFiles({ 'apps/web/app/A.php': '<?php // later version\n' }, 'later')
  }, 60_000)
  afterAll(() => rm(repo.dir, { recursive: true, force: true }))

  test('reads files at the commit, relative to the scan root', () => {
    const ws = new GitObjectsWorkspace(repo.dir, sha, 'apps/web')
    expect(ws.read('app/A.php')).toBe('<?php // head version\n')
    expect(ws.isFile('config/app.php')).toBe(true)
    expect(ws.read('README.md')).toBeNull() // outside the scan root
  })

  test('never follows a symlink and never leaves the scan root', () => {
    const ws = new GitObjectsWorkspace(repo.dir, sha, 'apps/web')
    expect(ws.read('app/Link.php')).toBeNull()
    expect(ws.isFile('app/Link.php')).toBe(false)
    expect(ws.read('linked')).toBeNull()
    expect(ws.read('../../README.md')).toBeNull()
    expect(ws.read('/etc/passwd')).toBeNull()
  })

  test('lists regular files, skipping vendor/ and the app’s storage/', () => {
    const ws = new GitObjectsWorkspace(repo.dir, sha, 'apps/web')
    expect(ws.list('')).toEqual(['app/A.php', 'artisan', 'config/app.php'])
    expect(ws.list('config')).toEqual(['config/app.php'])
  })

  test('cleanRelativePath', () => {
    expect(cleanRelativePath('./a//b/')).toBe('a/b')
    expect(cleanRelativePath('a/../../b')).toBeNull()
    expect(cleanRelativePath('C:/x')).toBeNull()
  })
})

describe('which changed files are auditable', () => {
  test('PHP, Blade and env files under the scan root, never vendor/', () => {
    expect(isAuditablePath('app/A.php', '')).toBe(true)
    expect(isAuditablePath('resources/views/a.blade.php', '')).toBe(true)
    expect(isAuditablePath('.env.example', '')).toBe(true)
    expect(isAuditablePath('apps/web/.env.production', 'apps/web')).toBe(true)
    expect(isAuditablePath('apps/api/app/A.php', 'apps/web')).toBe(false)
    expect(isAuditablePath('vendor/x/A.php', '')).toBe(false)
    expect(isAuditablePath('README.md', '')).toBe(false)
    expect(isAuditablePath('.environment.md', '')).toBe(false)
  })

  test('a change that only removes PHP files has nothing to audit', () => {
    const removed = {
      oldPath: 'app/A.php',
      newPath: null,
      status: 'removed' as const,
      binary: false,
      hunks: []
    }
    const readme = {
      oldPath: 'README.md',
      newPath: 'README.md',
      status: 'modified' as const,
      binary: false,
      hunks: []
    }
    expect(touchesAuditableFiles([removed, readme], '')).toBe(false)
    expect(
      touchesAuditableFiles([{ ...readme, oldPath: 'a.php', newPath: 'b.php', status: 'renamed' }], '')
    ).toBe(true)
  })
})
