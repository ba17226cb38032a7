// Bad input gets a clear message and nothing else is lost.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAudit } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

async function findings(dir: string): Promise<Finding[]> {
  return (await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })).findings
}

const brief = (f: Finding): string => `${f.ruleId} ${f.path}:${f.line}`
const GOOD = { 'app/Good.php': "<?php\n\nreturn env('STILL_FOUND');\n" }

describe('bad input', () => {
  it('a syntax error: one parse-error notice, the readable parts and other files still audited', async () => {
    const dir = tempApp('stateless', {
      ...GOOD,
      'app/Broken.php': "<?php\n\nfunction broken( {\n    return 1;\n}\n\n$key = env('AFTER_ERROR');\n"
    })
    const found = await findings(dir)
    const parseErrors = found.filter((f) => f.ruleId === 'parse-error')
    expect(parseErrors.map(brief)).toEqual(['parse-error app/Broken.php:3'])
    expect(parseErrors[0].severity).toBe('notice')
    expect(parseErrors[0].message).toMatch(/^Syntax error: .*The rest of the file was still audited\.$/)
    expect(found.map(brief)).toContain('env-outside-config app/Broken.php:7')
    expect(found.map(brief)).toContain('env-outside-config app/Good.php:3')
  })

  it('a binary file named .php: a notice saying it was not audited', async () => {
    const dir = tempApp('stateless', {
      ...GOOD,
      'app/Image.php': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])
    })
    const found = await findings(dir)
    const notice = found.find((f) => f.path === 'app/Image.php')
    expect(notice?.ruleId).toBe('parse-error')
    expect(notice?.message).toBe('Not audited: the file is binary, not PHP source.')
    expect(found.map(brief)).toContain('env-outside-config app/Good.php:3')
  })

  it('a non-UTF-8 (Latin-1) file is audited', async () => {
    const latin1 = Buffer.concat([
      Buffer.from("<?php\n\n$name = '"),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]), // "café" in Latin-1
      Buffer.from("';\nreturn env('LATIN');\n")
    ])
    const dir = tempApp('stateless', { 'app/Latin.php': latin1 })
    expect((await findings(dir)).map(brief)).toEqual(['env-outside-config app/Latin.php:4'])
  })

  it('a 10 MB file is audited whole', async () => {
    const chunk = "$rows[] = ['id' => 1, 'name' => 'row', 'tags' => ['a', 'b', 'c'], 'price' => 10.5];\n"
    const body = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length))
    const dir = tempApp('stateless', { 'app/Big.php': `<?php\n${body}return env('AT_THE_END');\n` })
    const lines = body.split('\n').length
    expect((await findings(dir)).map(brief)).toEqual([`env-outside-config app/Big.php:${lines + 1}`])
  }, 120_000)

  it('deeply nested expressions do not crash the audit', async () => {
    const depth = 20000
    const dir = tempApp('stateless', {
      ...GOOD,
      'app/Deep.php': `<?php\n$x = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`,
      'app/DeepArray.php': `<?php\n$x = ${'['.repeat(depth)}${']'.repeat(depth)};\n`
    })
    const found = await findings(dir)
    expect(found.map(brief)).toContain('env-outside-config app/Good.php:3')
    for (const f of found.filter((x) => x.path.startsWith('app/Deep'))) expect(f.ruleId).toBe('parse-error')
  })

  it('an empty or garbage env file: no crash, the other env files still decide', async () => {
    const empty = tempApp('stateless', { '.env': '' })
    expect(await findings(empty)).toEqual([])
    const garbage = tempApp('stateless', {
      '.env': '\u0000\u0001 not=an env\n===\n"unterminated\nexport\nSESSION_DRIVER\n\ud800'
    })
    expect(await findings(garbage)).toEqual([])
    const decides = tempApp('stateless', { '.env': '@@@\nSESSION_DRIVER=file\n%%%\n' })
    expect((await findings(decides)).map(brief)).toEqual(['session-driver-local .env:2'])
  })

  it('a symlink pointing outside the scanned tree is never followed', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'sa-outside-'))
    writeFileSync(path.join(outside, 'Secret.php'), "<?php\nreturn env('OUTSIDE');\n")
    const dir = tempApp('stateless', GOOD)
    symlinkSync(path.join(outside, 'Secret.php'), path.join(dir, 'app/Linked.php'))
    symlinkSync(outside, path.join(dir, 'app/LinkedDir'))
    const found = await findings(dir)
    expect(found.map(brief)).toEqual(['env-outside-config app/Good.php:3'])
  })

  it('a path that does not exist, or is not a Laravel app: a sentence that says so', async () => {
    await expect(
      runAudit({ root: '/no/such/app', base: null, filterMode: 'all', configFile: null })
    ).rejects.toThrow('/no/such/app does not exist.')
    const plain = tempApp(null, { 'index.php': '<?php echo 1;' })
    await expect(runAudit({ root: plain, base: null, filterMode: 'all', configFile: null })).rejects.toThrow(
      /is not a Laravel app: no artisan file and no composer.json requiring laravel\/framework/
    )
  })
})
