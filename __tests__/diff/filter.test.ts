import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  FILTER_MODES,
  diffScopeFromFiles,
  fileScope,
  inScope,
  isFilterMode,
  partitionByScope
} from '../../src/diff/filter.js'
import type { DiffScope, FilterMode } from '../../src/diff/filter.js'
import { GIT_DIFF_ARGS, parsePatch, parseUnifiedDiff } from '../../src/diff/parse.js'
import { GitRepo, numbered } from './git-fixture.js'

let repo: GitRepo
let scope: DiffScope

// config/session.php: line 10 changed; lines 21-22 added after line 20. With 3 lines of context the
// right side shows 7-13 and 18-25. app/Untouched.php is not in the diff; old.php is removed.
beforeAll(() => {
  repo = new GitRepo()
  repo.write('config/session.php', numbered('line', 30))
  repo.write('app/Untouched.php', numbered('x', 5))
  repo.write('old.php', numbered('old', 3))
  repo.write('apps/shop/config/cache.php', numbered('c', 10))
  const base = repo.commit('base')
  repo.write(
    'config/session.php',
    numbered('line', 30)
      .replace('line 10\n', "'driver' => 'file',\n")
      .replace('line 20\n', 'line 20\nnew 1\nnew 2\n')
  )
  repo.remove('old.php')
  repo.write('apps/shop/config/cache.php', numbered('c', 10).replace('c 5\n', 'C5\n'))
  const head = repo.commit('head')
  scope = diffScopeFromFiles(parseUnifiedDiff(repo.git('diff', ...GIT_DIFF_ARGS, base, head)))
})

afterAll(() => repo.dispose())

const at = (line: number, endLine = line) => ({ path: 'config/session.php', line, endLine })

describe('inScope', () => {
  it('added: only findings on added lines', () => {
    expect(inScope(at(10), 'added', scope)).toBe(true)
    expect(inScope(at(21), 'added', scope)).toBe(true)
    expect(inScope(at(22), 'added', scope)).toBe(true)
    expect(inScope(at(9), 'added', scope)).toBe(false)
    expect(inScope(at(23), 'added', scope)).toBe(false)
    expect(inScope(at(2), 'added', scope)).toBe(false)
  })

  it('added: a multi-line finding that overlaps an added line', () => {
    expect(inScope(at(5, 10), 'added', scope)).toBe(true)
    expect(inScope(at(22, 40), 'added', scope)).toBe(true)
    expect(inScope(at(11, 20), 'added', scope)).toBe(false)
    expect(inScope(at(1, 1000), 'added', scope)).toBe(true)
    expect(inScope(at(23, 100000), 'added', scope)).toBe(false)
  })

  it('diff-context: added and context lines', () => {
    for (const line of [7, 9, 10, 13, 18, 21, 25]) expect(inScope(at(line), 'diff-context', scope)).toBe(true)
    for (const line of [1, 6, 14, 17, 26, 30]) expect(inScope(at(line), 'diff-context', scope)).toBe(false)
    expect(inScope(at(14, 17), 'diff-context', scope)).toBe(false)
    expect(inScope(at(14, 18), 'diff-context', scope)).toBe(true)
  })

  it('file: anything in a file of the diff', () => {
    expect(inScope(at(1), 'file', scope)).toBe(true)
    expect(inScope(at(30), 'file', scope)).toBe(true)
    expect(inScope({ path: 'app/Untouched.php', line: 1, endLine: 1 }, 'file', scope)).toBe(false)
  })

  it('all, or no diff at all: everything', () => {
    expect(inScope({ path: 'app/Untouched.php', line: 1, endLine: 1 }, 'all', scope)).toBe(true)
    for (const mode of FILTER_MODES) {
      expect(inScope({ path: 'app/Untouched.php', line: 3, endLine: 3 }, mode, null)).toBe(true)
    }
  })

  it('files outside the diff are out of scope in every narrowing mode', () => {
    for (const mode of ['added', 'diff-context', 'file'] as FilterMode[]) {
      expect(inScope({ path: 'app/Untouched.php', line: 1, endLine: 5 }, mode, scope)).toBe(false)
    }
  })
})

describe('diffScopeFromFiles', () => {
  it('leaves removed files out and keys by the new path', () => {
    expect([...scope.keys()].sort()).toEqual(['apps/shop/config/cache.php', 'config/session.php'])
    expect([...(scope.get('config/session.php')?.added ?? [])].sort((a, b) => a - b)).toEqual([10, 21, 22])
  })

  it('rebases paths on a scan root below the repository root', () => {
    const files = parseUnifiedDiff(repo.git('diff', ...GIT_DIFF_ARGS, 'HEAD~1', 'HEAD'))
    for (const prefix of ['apps/shop', './apps/shop/', 'apps\\shop']) {
      const shop = diffScopeFromFiles(files, prefix)
      expect([...shop.keys()]).toEqual(['config/cache.php'])
      expect(inScope({ path: 'config/cache.php', line: 5, endLine: 5 }, 'added', shop)).toBe(true)
    }
  })
})

describe('fileScope from a GitHub patch', () => {
  it('separates added from context lines', () => {
    const file = fileScope(parsePatch('@@ -1,4 +1,5 @@\n a\n-b\n+B\n+B2\n c\n d'))
    expect([...file.added]).toEqual([2, 3])
    expect([...file.context]).toEqual([1, 4, 5])
  })
})

describe('partitionByScope', () => {
  it('splits in order, keeping the finding objects', () => {
    const findings = [at(10), at(2), at(21), { path: 'app/Untouched.php', line: 1, endLine: 1 }]
    const { inScope: kept, outOfScope } = partitionByScope(findings, 'added', scope)
    expect(kept).toEqual([findings[0], findings[2]])
    expect(kept[0]).toBe(findings[0])
    expect(outOfScope).toEqual([findings[1], findings[3]])
  })
})

describe('isFilterMode', () => {
  it('accepts the four modes only', () => {
    expect(FILTER_MODES.filter(isFilterMode)).toEqual(['added', 'diff-context', 'file', 'all'])
    expect(isFilterMode('nofilter')).toBe(false)
    expect(isFilterMode('ADDED')).toBe(false)
  })
})
