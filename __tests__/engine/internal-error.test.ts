// A rule that throws costs nothing but its own findings: the audit goes on and says what failed.
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { runAudit } from '../../src/engine/run.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { projectRules } from '../../src/rules/project-rules.js'
import type { CodeRule, ProjectRule } from '../../src/rules/types.js'
import { FIXTURE_APPS, removeTempApps, tempApp } from '../../test-support/temp-app.js'
import { auditFile } from '../../src/engine/audit-file.js'
import type { Prefilter } from '../../src/engine/prefilter.js'
import type { DiffScope } from '../../src/diff/filter.js'

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

describe('a file the parser recovers from badly', () => {
  afterEach(() => removeTempApps())

  it('a changed Blade template with a broken directive is a parse error, not the end of the run', async () => {
    const view = 'resources/views/broken.blade.php'
    const root = tempApp('laravel10', {
      [view]: "<p>@section(>title)</p>\n<p>{{ env('BROKEN_VIEW') }}</p>\n"
    })
    const scope: DiffScope = new Map([[view, { added: new Set([1, 2]), context: new Set() }]])
    for (const optimise of ['on', 'off']) {
      process.env.STATELESS_AUDIT_OPTIMISE = optimise
      try {
        const result = await runAudit({ root, base: null, filterMode: 'added', configFile: null, scope })
        expect([optimise, result.findings.map((f) => `${f.ruleId}:${f.line}`)]).toEqual([
          optimise,
          ['parse-error:1', 'env-outside-config:2']
        ])
      } finally {
        delete process.env.STATELESS_AUDIT_OPTIMISE
      }
    }
  })

  it('a parse that throws costs that file an internal-error notice, not the run', () => {
    const rule = codeRules.find((r) => r.meta.id === 'env-outside-config') as CodeRule
    const failing = {
      rulesFor: () => [rule],
      canReportIn: () => {
        throw new Error('boom in slicing')
      }
    } as unknown as Prefilter
    const text =
      "<?php\nclass A { public function a() { return env('A'); } public function b() { return 1; } }\n"
    const outcome = auditFile('app/A.php', text, {
      projects: [],
      rules: [rule],
      triggers: failing,
      prefilter: true,
      ruleTriggers: true,
      sliceBodies: true
    })
    expect(outcome.reports.map((r) => [r.meta.id, r.report.message])).toEqual([
      [
        'internal-error',
        'Parsing this file failed (boom in slicing); it was not audited. Please report this.'
      ]
    ])
    expect(outcome.text).toBe(text)
  })
})
