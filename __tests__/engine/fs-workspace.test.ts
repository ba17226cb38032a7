import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'

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
})
