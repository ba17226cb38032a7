// Suppressions end to end: they silence with a reason, and rot is reported.
import { afterAll, describe, expect, it } from '@jest/globals'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

async function audit(files: Record<string, string>) {
  const dir = tempApp('stateless', files)
  return runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
}

describe('inline suppressions in the engine', () => {
  it('silence findings in PHP, Blade and env files, keeping them as suppressed with their reason', async () => {
    const result = await audit({
      'app/A.php':
        "<?php\n\n// stateless-audit-ignore env-outside-config -- read once at boot\nreturn env('A');\n",
      'app/B.php': "<?php\n\nreturn env('B'); // stateless-audit-ignore env-outside-config -- legacy\n",
      'resources/views/v.blade.php':
        "{{-- stateless-audit-ignore env-outside-config -- build-time banner --}}\n<p>{{ env('V') }}</p>\n",
      '.env': '# stateless-audit-ignore session-driver-local -- one server only\nSESSION_DRIVER=file\n'
    })
    expect(result.findings).toEqual([])
    expect(result.suppressed.map((f) => [f.ruleId, `${f.path}:${f.line}`, f.suppressed?.reason])).toEqual([
      ['session-driver-local', '.env:2', 'one server only'],
      ['env-outside-config', 'app/A.php:4', 'read once at boot'],
      ['env-outside-config', 'app/B.php:3', 'legacy'],
      ['env-outside-config', 'resources/views/v.blade.php:2', 'build-time banner']
    ])
  })

  it('reports a suppression without a reason, and still applies it', async () => {
    const result = await audit({
      'app/A.php': "<?php\n\nreturn env('A'); // stateless-audit-ignore env-outside-config\n"
    })
    expect(result.suppressed).toHaveLength(1)
    expect(result.findings.map((f) => [f.ruleId, f.severity, `${f.path}:${f.line}`])).toEqual([
      ['suppression-without-reason', 'notice', 'app/A.php:3']
    ])
  })

  it('reports unused suppressions: nothing on the covered line, or an id that is no rule', async () => {
    const result = await audit({
      'app/A.php':
        "<?php\n\n// stateless-audit-ignore env-outside-config -- was here once\nreturn config('a');\n// stateless-audit-ignore env-outside-confg -- typo\nreturn env('B');\n",
      '.env': '# stateless-audit-ignore cache-store-local -- not any more\nCACHE_STORE=redis\n'
    })
    expect(result.findings.map((f) => [f.ruleId, `${f.path}:${f.line}`, f.message])).toEqual([
      [
        'unused-suppression',
        '.env:1',
        'Unused suppression: cache-store-local reports nothing on line 2. Remove it so it cannot hide a future finding.'
      ],
      [
        'unused-suppression',
        'app/A.php:3',
        'Unused suppression: env-outside-config reports nothing on line 4. Remove it so it cannot hide a future finding.'
      ],
      [
        'unused-suppression',
        'app/A.php:5',
        'Unused suppression: "env-outside-confg" is not a rule id of stateless-audit. Remove it so it cannot hide a future finding.'
      ],
      ['env-outside-config', 'app/A.php:6', expect.stringContaining("env('B')")]
    ])
  })

  it('reports a suppression of a rule switched off in the config as unused: it does nothing', async () => {
    const result = await audit({
      'stateless-audit.json': '{"rules": {"env-outside-config": "off"}}',
      'app/A.php': "<?php\n\nreturn env('A'); // stateless-audit-ignore env-outside-config -- x\n"
    })
    expect(result.findings.map((f) => f.ruleId)).toEqual(['unused-suppression'])
  })
})
