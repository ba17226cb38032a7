// ignorePaths: nothing located in an ignored path is reported (env files and project-level
// findings included), but an ignored env or config file is still read for the app's settings.
import { afterAll, describe, expect, it } from '@jest/globals'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

async function auditWith(fixture: string, config: object, files: Record<string, string> = {}) {
  const root = tempApp(fixture, { 'stateless-audit.json': JSON.stringify(config), ...files })
  return runAudit({ root, base: null, filterMode: 'all', configFile: null })
}

const located = (result: Awaited<ReturnType<typeof auditWith>>): string[] =>
  [...result.findings, ...result.suppressed, ...result.outOfScope].map((f) => f.path)

describe('ignorePaths', () => {
  it('drops the findings of an ignored env file, which is still read for the settings', async () => {
    const result = await auditWith('laravel10', { ignorePaths: ['.env.example'] })
    expect(located(result)).not.toContain('.env.example')
    // FILESYSTEM_DISK still comes from .env.example: its line is the evidence of a code finding.
    const upload = result.findings.find((f) => f.ruleId === 'upload-to-local-disk')
    expect(upload?.evidence.map((e) => e.path)).toContain('.env.example')
    // Without the ignore, the env file's own findings are there.
    expect(located(await auditWith('laravel10', {}))).toContain('.env.example')
  })

  it('drops the project-level findings of an ignored app of a monorepo', async () => {
    const all = await auditWith('monorepo', {})
    expect(located(all).some((p) => p.startsWith('apps/shop/'))).toBe(true)
    const result = await auditWith('monorepo', { ignorePaths: ['apps/shop/**'] })
    expect(located(result).filter((p) => p.startsWith('apps/shop/'))).toEqual([])
    expect(located(result)).toContain('apps/admin/.env.production')
  })

  it('takes a glob ending in / for everything in that folder', async () => {
    const files = { 'legacy/Old.php': "<?php\n$a = env('X');\n", 'app/New.php': "<?php\n$a = env('X');\n" }
    const result = await auditWith('stateless', { ignorePaths: ['legacy/', './app/'] }, files)
    expect(located(result)).toEqual([])
    expect(located(await auditWith('stateless', {}, files)).sort()).toEqual(['app/New.php', 'legacy/Old.php'])
  })

  it('does not report a suppression in an ignored env file as unused', async () => {
    const result = await auditWith(
      'laravel10',
      { ignorePaths: ['.env.production'] },
      { '.env.production': '# stateless-audit-ignore session-driver-local -- nothing here\nAPP_NAME=x\n' }
    )
    expect(result.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([])
    expect(located(result)).not.toContain('.env.production')
  })
})
