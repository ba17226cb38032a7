import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  FsWorkspace,
  hasNeverScannedSegment,
  inNeverScannedAppDir,
  MAX_FILE_BYTES
} from '../../src/engine/fs-workspace.js'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'

let dir: string
let outside: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sa-ws-'))
  outside = mkdtempSync(path.join(tmpdir(), 'sa-outside-'))
  writeFileSync(path.join(outside, 'secret.php'), "<?php env('SECRET');")
  const files: Record<string, string> = {
    artisan: '',
    'composer.json': '{}',
    'app/A.php': '<?php',
    'vendor/x/B.php': '<?php',
    'node_modules/y/c.php': '<?php',
    'storage/framework/views/v.php': '<?php',
    'bootstrap/cache/config.php': '<?php',
    'bootstrap/app.php': '<?php',
    'app/storage/Keep.php': '<?php'
  }
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), content)
  }
  symlinkSync(outside, path.join(dir, 'linked-dir'))
  symlinkSync(path.join(outside, 'secret.php'), path.join(dir, 'app/link.php'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

describe('FsWorkspace', () => {
  it('lists regular files, skipping vendor, node_modules, the app storage/ and bootstrap/cache', () => {
    expect(new FsWorkspace(dir).list('')).toEqual([
      'app/A.php',
      'app/storage/Keep.php',
      'artisan',
      'bootstrap/app.php',
      'composer.json'
    ])
  })

  it('never follows a symlink, to a file or a directory', () => {
    const ws = new FsWorkspace(dir)
    expect(ws.read('app/link.php')).toBeNull()
    expect(ws.read('linked-dir/secret.php')).toBeNull()
    expect(ws.isFile('app/link.php')).toBe(false)
    expect(ws.list('linked-dir')).toEqual([])
  })

  it('never reads outside its root', () => {
    const ws = new FsWorkspace(path.join(dir, 'app'))
    expect(ws.read('../composer.json')).toBeNull()
    expect(ws.read('A.php')).toBe('<?php')
  })

  it('reads files of every size exactly, one buffer reused, and refuses what is not a small regular file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sa-read-'))
    try {
      const sizes = [0, 1, 65535, 65536, 65537, 131072, 300001]
      // Exactly n bytes; a two-byte character first, so that a read cut at a byte count would show.
      const texts = new Map(sizes.map((n) => [`f${n}.php`, n >= 2 ? 'é' + 'x'.repeat(n - 2) : 'x'.repeat(n)]))
      for (const [name, text] of texts) writeFileSync(path.join(root, name), text)
      writeFileSync(path.join(root, 'big.php'), '')
      truncateSync(path.join(root, 'big.php'), MAX_FILE_BYTES + 1)
      writeFileSync(path.join(root, 'max.php'), '')
      truncateSync(path.join(root, 'max.php'), MAX_FILE_BYTES)
      mkdirSync(path.join(root, 'dir.php'))
      execFileSync('mkfifo', [path.join(root, 'fifo.php')])
      const ws = new FsWorkspace(root)
      // Big, small, big again: nothing of one read shows in the next.
      for (const name of [...texts.keys(), ...[...texts.keys()].reverse()])
        expect([name, ws.read(name)]).toEqual([name, texts.get(name)])
      expect(ws.read('max.php')?.length).toBe(MAX_FILE_BYTES)
      expect(ws.read('big.php')).toBeNull()
      expect(ws.read('dir.php')).toBeNull()
      expect(ws.read('fifo.php')).toBeNull()
      expect(ws.read('missing.php')).toBeNull()
      expect(ws.read('f1.php')).toBe('x')
      // Why each could not be read; an absent file is no failure.
      expect(['big.php', 'dir.php', 'fifo.php', 'missing.php', 'f1.php'].map((f) => ws.failure(f))).toEqual([
        'larger than 16 MB',
        'not a regular file',
        'not a regular file',
        null,
        null
      ])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('a symlink is absent, not a failure', () => {
    const ws = new FsWorkspace(dir)
    expect(ws.read('app/link.php')).toBeNull()
    expect(ws.failure('app/link.php')).toBeNull()
    expect(ws.list('linked-dir')).toEqual([])
    expect(ws.unlisted().size).toBe(0)
  })

  // Permissions do not apply to root; the CLI test runs this case as `nobody` there.
  const asRoot = process.getuid?.() === 0
  ;(asRoot ? it.skip : it)(
    'says permission denied for a file or folder it may not open (not as root)',
    () => {
      const root = mkdtempSync(path.join(tmpdir(), 'sa-perm-'))
      try {
        mkdirSync(path.join(root, 'app/closed'), { recursive: true })
        writeFileSync(path.join(root, 'app/A.php'), '<?php')
        writeFileSync(path.join(root, 'app/closed/B.php'), '<?php')
        chmodSync(path.join(root, 'app/A.php'), 0)
        chmodSync(path.join(root, 'app/closed'), 0)
        const ws = new FsWorkspace(root)
        expect(ws.list('')).toEqual(['app/A.php'])
        expect([...ws.unlisted()]).toEqual([['app/closed', 'permission denied']])
        expect(ws.read('app/A.php')).toBeNull()
        expect(ws.failure('app/A.php')).toBe('permission denied')
        expect(ws.read('app/closed/B.php')).toBeNull()
        expect(ws.failure('app/closed/B.php')).toBe('permission denied')
      } finally {
        chmodSync(path.join(root, 'app/closed'), 0o755)
        rmSync(root, { recursive: true, force: true })
      }
    }
  )
})

describe('hasNeverScannedSegment', () => {
  it('matches a whole segment named vendor, node_modules, .git or .phpstorm.meta.php, nothing else', () => {
    const never = [
      'vendor/a.php',
      'modules/Billing/vendor/b.php',
      'node_modules/x/y.php',
      '.git/hooks/x.php',
      '.phpstorm.meta.php',
      'app/.phpstorm.meta.php/Facades.php',
      'packages/vendor'
    ]
    const scanned = [
      'app/Vendor.php',
      'app/vendors/a.php',
      'xvendor/a.php',
      'app/vendor.php',
      'node_modulesx/a.php',
      '.github/workflows/x.php',
      'app/.gitkeep.php',
      'app/.phpstormXmetaXphp',
      'app/phpstorm.meta.php'
    ]
    expect(never.filter((p) => !hasNeverScannedSegment(p))).toEqual([])
    expect(scanned.filter((p) => hasNeverScannedSegment(p))).toEqual([])
  })
})

describe('inNeverScannedAppDir', () => {
  it('matches storage/ and bootstrap/cache/ next to artisan or composer.json, as list() skips them', () => {
    const ws = new FsWorkspace(dir)
    expect(inNeverScannedAppDir(ws, 'storage/framework/views/v.php')).toBe(true)
    expect(inNeverScannedAppDir(ws, 'bootstrap/cache/config.php')).toBe(true)
    expect(inNeverScannedAppDir(ws, 'app/storage/Keep.php')).toBe(false)
    expect(inNeverScannedAppDir(ws, 'bootstrap/app.php')).toBe(false)
    expect(inNeverScannedAppDir(ws, 'app/A.php')).toBe(false)
  })

  it('keeps a changed file in the app storage/ or bootstrap/cache/ out of a scoped audit', async () => {
    const envCall = "<?php\n$x = env('FOO');\n"
    const root = tempApp('stateless', {
      'storage/app/Export.php': envCall,
      'bootstrap/cache/services.php': envCall,
      'app/Storage/Uploader.php': envCall
    })
    try {
      const all = { added: new Set([1, 2]), context: new Set<number>() }
      const scope = new Map([
        ['storage/app/Export.php', all],
        ['bootstrap/cache/services.php', all],
        ['app/Storage/Uploader.php', all]
      ])
      const result = await runAudit({ root, base: null, filterMode: 'added', configFile: null, scope })
      expect(result.findings.map((f) => f.path)).toEqual(['app/Storage/Uploader.php'])
    } finally {
      removeTempApps()
    }
  })
})
