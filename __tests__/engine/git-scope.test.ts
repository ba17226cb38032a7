// The --base scope from local git: untracked files are new files, their lines counted without
// reading what the audit never reads; and the run's duration includes this step.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { symlinkSync, truncateSync } from 'node:fs'
import path from 'node:path'
import { audit } from '../../src/engine/audit.js'
import { DEFAULT_CONFIG, UsageError } from '../../src/engine/config-file.js'
import { FsWorkspace, MAX_FILE_BYTES } from '../../src/engine/fs-workspace.js'
import { gitScope } from '../../src/engine/git-scope.js'
import { removeTempApps, tempApp, writeFiles } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' })
}

describe('gitScope', () => {
  it('counts the lines of untracked files, leaves out vendor/ and symlinks, and reads no huge file', () => {
    const repo = tempApp(null, { 'app/Old.php': '<?php\n' })
    git(repo, 'init', '-q')
    git(repo, 'add', '-A')
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
    writeFiles(repo, {
      'app/New.php': '<?php\n\nreturn 1;\n',
      'app/NoNewline.php': '<?php\nreturn 2;',
      'vendor/acme/Lib.php': '<?php\n',
      'big.sql': ''
    })
    // Sparse: 17 MB that would take a read and a split of every byte before.
    truncateSync(path.join(repo, 'big.sql'), MAX_FILE_BYTES + 1024 * 1024)
    symlinkSync('/etc/hostname', path.join(repo, 'app/Link.php'))
    const scope = gitScope(repo, 'HEAD')
    const lines = (p: string): number[] | undefined => {
      const file = scope.get(p)
      return file === undefined ? undefined : [...file.added]
    }
    expect([...scope.keys()].sort()).toEqual(['app/New.php', 'app/NoNewline.php', 'big.sql'])
    expect(lines('app/New.php')).toEqual([1, 2, 3, 4])
    expect(lines('app/NoNewline.php')).toEqual([1, 2])
    expect(lines('big.sql')).toEqual([1])
  })

  it('keeps binary files in scope, staged or not, so their parse-error is reported as in the action', () => {
    const repo = tempApp(null, { 'app/Old.php': '<?php\nreturn 1;\n' })
    git(repo, 'init', '-q')
    git(repo, 'add', '-A')
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
    writeFiles(repo, { 'app/Old.php': '<?php\n\0return 1;\n', 'app/Staged.php': '<?php\n\0\n' })
    git(repo, 'add', 'app/Staged.php')
    const scope = gitScope(repo, 'HEAD')
    expect([...scope.keys()].sort()).toEqual(['app/Old.php', 'app/Staged.php'])
    expect(scope.get('app/Old.php')?.added.size).toBe(0)
  })

  it('finds renames across the edge of a subfolder app, as the whole-repository diff of the action does', () => {
    const repo = tempApp(null, {
      'web/artisan': '',
      'web/app/Old.php': '<?php\nreturn 1;\n',
      'shared/Foo.php': '<?php\nreturn env("A");\n'
    })
    git(repo, 'init', '-q')
    git(repo, 'config', 'diff.relative', 'true')
    git(repo, 'add', '-A')
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
    git(repo, 'mv', 'shared/Foo.php', 'web/app/Foo.php')
    git(repo, 'mv', 'web/app/Old.php', 'shared/Old.php')
    writeFiles(repo, { 'web/app/New.php': '<?php\nreturn 1;\n' })
    git(repo, 'add', 'web/app/New.php')
    const scope = gitScope(path.join(repo, 'web'), 'HEAD')
    expect([...scope.keys()].sort()).toEqual(['app/Foo.php', 'app/New.php'])
    // Moved in unchanged: no line is new.
    expect(scope.get('app/Foo.php')?.added.size).toBe(0)
    expect([...(scope.get('app/New.php')?.added ?? [])]).toEqual([1, 2])
  })

  it('refuses a shallow clone that lacks the merge base instead of diffing against the base itself', () => {
    const origin = tempApp(null, { 'app/A.php': '<?php\nreturn env("A");\n' })
    const commit = (dir: string, message: string): void =>
      git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', message)
    git(origin, 'init', '-q', '-b', 'main')
    git(origin, 'add', '-A')
    commit(origin, 'base')
    git(origin, 'checkout', '-qb', 'feature')
    writeFiles(origin, { 'app/F.php': '<?php\n' })
    git(origin, 'add', '-A')
    commit(origin, 'feature')
    git(origin, 'checkout', '-q', 'main')
    // main moves on: a branch diffed against main's tip would "add" this line back.
    writeFiles(origin, { 'app/A.php': '<?php\n' })
    git(origin, 'add', '-A')
    commit(origin, 'fix A')
    const clone = `${tempApp(null)}/clone`
    git(origin, 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, clone)
    git(clone, 'fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main')
    expect(() => gitScope(clone, 'origin/main')).toThrow(UsageError)
    expect(() => gitScope(clone, 'origin/main')).toThrow(/shallow/)
  })
})

describe('summary.durationMs', () => {
  it('counts from request.startedAt, so the caller’s steps before audit() are included', async () => {
    const root = tempApp('stateless')
    const result = await audit({
      workspace: new FsWorkspace(root),
      root,
      version: 'test',
      config: DEFAULT_CONFIG,
      scope: null,
      filterMode: 'all',
      startedAt: performance.now() - 5000
    })
    expect(result.summary.durationMs).toBeGreaterThanOrEqual(5000)
  })
})
