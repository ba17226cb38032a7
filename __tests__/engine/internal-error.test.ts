// A rule that throws costs nothing but its own findings: the audit goes on and says what failed.
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { runAudit } from '../../src/engine/run.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { projectRules } from '../../src/rules/project-rules.js'
import type { CodeRule, ProjectRule } from '../../src/rules/types.js'
import { FIXTURE_APPS } from '../../test-support/temp-app.js'

const meta = { level: 'code', defaultSeverity: 'error', summary: 'throws', help: 'throws' } as const

afterEach(() => {
  codeRules.splice(
    codeRules.findIndex((r) => r.meta.id === 'test-throwing-code'),
    1
  )
  projectRules.splice(
    projectRules.findIndex((r) => r.meta.id === 'test-throwing-project'),
    1
  )
})

describe('a rule that throws', () => {
  it('becomes one internal-error notice per file or app; every other finding is still reported', async () => {
    const baseline = await runAudit({
      root: path.join(FIXTURE_APPS, 'laravel10'),
      base: null,
      filterMode: 'all',
      configFile: null
    })
    const throwingCode: CodeRule = {
      meta: { ...meta, id: 'test-throwing-code' },
      check: (file) => {
        if (file.path.endsWith('Cart.php')) throw new Error('boom in code')
        return []
      }
    }
    const throwingProject: ProjectRule = {
      meta: { ...meta, level: 'project', id: 'test-throwing-project' },
      check: () => {
        throw new Error('boom in project')
      }
    }
    codeRules.push(throwingCode)
    projectRules.push(throwingProject)
    const result = await runAudit({
      root: path.join(FIXTURE_APPS, 'laravel10'),
      base: null,
      filterMode: 'all',
      configFile: null
    })
    const internal = result.findings.filter((f) => f.ruleId === 'internal-error')
    expect(internal.map((f) => [f.severity, f.path, f.message])).toEqual([
      [
        'notice',
        '.env.production',
        'Rule test-throwing-project failed on this app (boom in project); other rules still ran. Please report this.'
      ],
      [
        'notice',
        'app/Legacy/Cart.php',
        'Rule test-throwing-code failed on this file (boom in code); other rules still ran. Please report this.'
      ]
    ])
    const others = result.findings.filter((f) => f.ruleId !== 'internal-error')
    expect(others.map((f) => f.fingerprint)).toEqual(baseline.findings.map((f) => f.fingerprint))
  })
})
