// A syntax error the change made is reported, wherever the parser puts it: parse-error and
// internal-error are about a file's input, so they are in scope whenever their file is in the diff.
import { afterAll, describe, expect, it } from '@jest/globals'
import type { DiffScope, FilterMode } from '../../src/diff/filter.js'
import { inScope } from '../../src/diff/filter.js'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

// `return 1` lost its `;` on line 7: php-parser reports the error on line 8 (`}`).
const MISSING_SEMICOLON = '<?php\n\nclass K\n{\n    public function a()\n    {\n        return 1\n    }\n}\n'
// A deleted `}`: the change adds no line at all.
const MISSING_BRACE = '<?php\n\nclass K\n{\n    public function a()\n    {\n        return 1;\n\n}\n'

async function findingsOf(text: string, scope: DiffScope, filterMode: FilterMode): Promise<string[]> {
  const root = tempApp('stateless', { 'app/K.php': text })
  const result = await runAudit({ root, base: null, filterMode, configFile: null, scope })
  return result.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)
}

describe('file-level findings in a diff scope', () => {
  it('reports a syntax error reported on an unchanged line after the changed one', async () => {
    const scope: DiffScope = new Map([['app/K.php', { added: new Set([7]), context: new Set([6, 8]) }]])
    for (const mode of ['added', 'diff-context'] as const) {
      expect(await findingsOf(MISSING_SEMICOLON, scope, mode)).toEqual(['parse-error app/K.php:8'])
    }
  })

  it('reports a syntax error made by deleting lines only', async () => {
    const scope: DiffScope = new Map([['app/K.php', { added: new Set<number>(), context: new Set([7, 8]) }]])
    const found = await findingsOf(MISSING_BRACE, scope, 'added')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^parse-error app\/K\.php:/)
  })

  it('still leaves out a syntax error in a file outside the diff', async () => {
    const scope: DiffScope = new Map([['app/Other.php', { added: new Set([1]), context: new Set() }]])
    expect(await findingsOf(MISSING_SEMICOLON, scope, 'added')).toEqual([])
  })

  it('inScope: fileLevel puts a finding of a file in the diff in scope in every mode', () => {
    const scope: DiffScope = new Map([['a.php', { added: new Set([3]), context: new Set([4]) }]])
    const at9 = { path: 'a.php', line: 9, endLine: 9 }
    for (const mode of ['added', 'diff-context', 'file', 'all'] as const) {
      expect(inScope(at9, mode, scope, true)).toBe(true)
      expect(inScope({ ...at9, path: 'b.php' }, mode, scope, true)).toBe(mode === 'all')
    }
    expect(inScope(at9, 'added', scope)).toBe(false)
    expect(inScope(at9, 'diff-context', scope)).toBe(false)
  })
})
