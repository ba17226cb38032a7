// docs/rules/parse-error.md shows how to suppress a syntax error: its example must be one.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

describe('docs/rules/parse-error.md', () => {
  it("the Suppressing section's example is a syntax error that its comment suppresses", async () => {
    const doc = readFileSync('docs/rules/parse-error.md', 'utf8')
    const section = doc.slice(doc.indexOf('## Suppressing'))
    const example = /```php\n([\s\S]*?)```/.exec(section)?.[1]
    expect(example).toContain('stateless-audit-ignore parse-error --')
    const root = tempApp('stateless', { 'app/Broken.php': example ?? '' })
    const result = await runAudit({ root, base: null, filterMode: 'all', configFile: null })
    expect(result.findings).toEqual([])
    expect(result.suppressed.map((f) => [f.ruleId, f.path])).toEqual([['parse-error', 'app/Broken.php']])
  })
})
