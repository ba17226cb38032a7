// The watchdog (src/engine/watchdog.ts): a file php-parser never finishes becomes a parse-error
// finding and the other files are still audited; a chunk that is merely slow loses nothing.
import { afterAll, describe, expect, it } from '@jest/globals'
import { audit } from '../../src/engine/audit.js'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { loadConfig } from '../../src/engine/run.js'
import { aloneIfLarge, eachWithin, LARGE_FILE_CHARS } from '../../src/engine/watchdog.js'
import type { DiffScope } from '../../src/diff/filter.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

function spin(ms: number): void {
  const end = Date.now() + ms
  while (Date.now() < end) {
    // busy, as a parse is
  }
}

describe('eachWithin', () => {
  it('gives a task that never ends its fallback and still does the items after it', () => {
    const results = eachWithin(
      ['a', 'loop', 'b', 'c'],
      (item) => {
        if (item === 'loop') for (;;) spin(1)
        return `done ${item}`
      },
      (item) => `hung ${item}`,
      { chunkMs: 300, fileMs: 150 }
    )
    expect(results).toEqual(['done a', 'hung loop', 'done b', 'done c'])
  })

  it('does not take a slow chunk for a hung item: each item still gets its own result', () => {
    const seen: string[] = []
    const results = eachWithin(
      ['a', 'b', 'c', 'd'],
      (item) => {
        seen.push(item)
        spin(120)
        return `done ${item}`
      },
      (item) => `hung ${item}`,
      { chunkMs: 200, fileMs: 1000 }
    )
    expect(results).toEqual(['done a', 'done b', 'done c', 'done d'])
    // The item the chunk stopped in was redone alone, nothing else twice.
    expect(seen.length).toBeLessThanOrEqual(6)
  })

  it('runs a large item alone, with a limit that grows with its size, and wastes no chunk on it', () => {
    const big = 'x'.repeat(LARGE_FILE_CHARS)
    const texts: Record<string, string> = { a: 'a', big, loop: big, b: 'b' }
    const seen: string[] = []
    const results = eachWithin(
      ['a', 'big', 'loop', 'b'],
      (item, alone) => {
        seen.push(`${item}${alone ? ' alone' : ''}`)
        aloneIfLarge(texts[item], alone)
        if (item === 'loop') for (;;) spin(1)
        // Longer than fileMs and than the chunk, shorter than fileMs + 1 MB's allowance.
        if (item === 'big') spin(400)
        return `done ${item}`
      },
      (item) => `hung ${item}`,
      { chunkMs: 300, fileMs: 100, fileMsPerMb: 800 }
    )
    expect(results).toEqual(['done a', 'done big', 'hung loop', 'done b'])
    expect(seen).toEqual(['a', 'big', 'big alone', 'loop', 'loop alone', 'b'])
  })

  it('lets an ordinary error through', () => {
    expect(() =>
      eachWithin(
        [1],
        () => {
          throw new Error('a bug')
        },
        () => 0
      )
    ).toThrow('a bug')
  })
})

describe('a file php-parser loops on', () => {
  it.each([
    ['`enum` at the end of the file', '<?php\n\nnamespace App;\n\nenum'],
    ['`#[` and whitespace at the end', '<?php\n\nnamespace App;\n\n#[ \n'],
    ['a nested interpolation', '<?php\n\nnamespace App;\n\nf "${a("{$b}")}";\n']
  ])(
    '%s: a parse-error finding, and the rest of the change is audited',
    async (_what, broken) => {
      const root = tempApp('laravel10', {
        'app/Broken.php': broken,
        'app/Key.php': "<?php\n\nnamespace App;\n\nreturn env('KEY_AFTER_BROKEN');\n"
      })
      const scope: DiffScope = new Map(
        ['app/Broken.php', 'app/Key.php'].map((p) => [
          p,
          { added: new Set([1, 2, 3, 4, 5]), context: new Set() }
        ])
      )
      const result = await audit({
        workspace: new FsWorkspace(root),
        root,
        version: 'test',
        config: loadConfig(root, null),
        scope,
        filterMode: 'added',
        timeLimits: { chunkMs: 1500, fileMs: 750 }
      })
      const found = result.findings.map((f) => `${f.path}:${f.ruleId}`)
      expect(found).toEqual(['app/Broken.php:parse-error', 'app/Key.php:env-outside-config'])
      expect(result.findings[0].message).toMatch(/^Not audited: the PHP parser did not finish on this file/)
      expect(result.summary.parseErrors).toBe(1)
    },
    30_000
  )
})

describe('a large file', () => {
  it('is audited alone, with time for its size: not reported as hung for being slow', async () => {
    // About 4 MB: its parse takes seconds, longer than the chunk's and a small file's limits here.
    const chunk = "$rows[] = ['id' => 1, 'name' => 'row', 'tags' => ['a', 'b', 'c'], 'price' => 10.5];\n"
    const body = chunk.repeat(Math.ceil((4 * LARGE_FILE_CHARS) / chunk.length))
    const root = tempApp('laravel10', { 'app/Big.php': `<?php\n${body}return env('AT_THE_END');\n` })
    const result = await audit({
      workspace: new FsWorkspace(root),
      root,
      version: 'test',
      config: loadConfig(root, null),
      scope: null,
      filterMode: 'all',
      timeLimits: { chunkMs: 1500, fileMs: 1500, fileMsPerMb: 30_000 }
    })
    const big = result.findings.filter((f) => f.path === 'app/Big.php')
    expect(big.map((f) => `${f.line}:${f.ruleId}`)).toEqual([
      `${body.split('\n').length + 1}:env-outside-config`
    ])
  }, 120_000)
})

describe('a config file php-parser loops on', () => {
  it('ends the run with a usage error that names the file, not a hang', async () => {
    const root = tempApp('laravel10', { 'config/broken.php': '<?php\n\nreturn [];\n\nenum' })
    await expect(
      audit({
        workspace: new FsWorkspace(root),
        root,
        version: 'test',
        config: loadConfig(root, null),
        scope: null,
        filterMode: 'all',
        timeLimits: { chunkMs: 1500, fileMs: 750 }
      })
    ).rejects.toThrow(
      /^The PHP parser did not finish on the config file config\/broken\.php \(.*\); check it with `php -l`\.$/
    )
  }, 30_000)
})
