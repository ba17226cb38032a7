import { describe, expect, it } from '@jest/globals'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { detectVersion, findApps, locateApps, lowestMajor } from '../../src/laravel/apps.js'
import { loadProject } from '../../src/laravel/project.js'
import { at, MemoryWorkspace } from './helpers.js'

describe('locateApps / findApps', () => {
  it('finds every fixture app and skips the package that only requires illuminate/*', () => {
    const ws = new FsWorkspace('__tests__/fixtures/apps')
    expect(locateApps(ws)).toEqual([
      { root: 'laravel10', detectedBy: 'artisan' },
      { root: 'laravel12-defaults', detectedBy: 'artisan' },
      { root: 'stateless', detectedBy: 'artisan' },
      { root: 'upgraded-cache-driver', detectedBy: 'artisan' },
      { root: 'monorepo/apps/admin', detectedBy: 'composer.json' },
      { root: 'monorepo/apps/shop', detectedBy: 'artisan' }
    ])
  })

  it('returns the scan root as an app first', () => {
    const ws = new MemoryWorkspace({
      artisan: '',
      'composer.json': '{"require":{"laravel/framework":"^12.0"}}',
      'modules/legacy/artisan': ''
    })
    expect(findApps(ws)).toEqual(['', 'modules/legacy'])
  })

  it('ignores vendor and node_modules even when the workspace lists them', () => {
    const ws = new MemoryWorkspace({ 'vendor/laravel/laravel/artisan': '', 'node_modules/x/artisan': '' })
    ws.list = (): string[] => [...ws.files.keys()]
    expect(findApps(ws)).toEqual([])
  })

  it('does not take a Laravel package for an app', () => {
    const pkg = JSON.stringify({
      name: 'acme/pkg',
      type: 'library',
      require: { 'laravel/framework': '^11.0' }
    })
    const devOnly = JSON.stringify({
      name: 'acme/x',
      type: 'project',
      'require-dev': { 'laravel/framework': '^11.0' }
    })
    const untyped = JSON.stringify({ name: 'acme/y', require: { 'laravel/framework': '^11.0' } })
    const ws = new MemoryWorkspace({
      'packages/pkg/composer.json': pkg,
      'packages/dev/composer.json': devOnly,
      'apps/untyped/composer.json': untyped,
      'apps/untyped/bootstrap/app.php': '<?php',
      'apps/bare/composer.json': untyped,
      'broken/composer.json': '{ not json'
    })
    expect(locateApps(ws)).toEqual([{ root: 'apps/untyped', detectedBy: 'composer.json' }])
  })
})

describe('framework version', () => {
  it.each([
    ['^11.0', 11],
    ['^10.10|^11.0', 10],
    ['^11.0 || ^10.48', 10],
    ['~11.9', 11],
    ['11.*', 11],
    ['>=10.0 <12.0', 10],
    ['>= 10.0, < 12', 10],
    ['v12.1.0', 12],
    ['12.x-dev', 12],
    ['<12', null],
    ['dev-master', null],
    ['*', null]
  ])('lowestMajor(%j) = %j', (constraint, major) => {
    expect(lowestMajor(constraint)).toBe(major)
  })

  it('prefers composer.lock and anchors on its version line', () => {
    const v = detectVersion(new FsWorkspace('__tests__/fixtures/apps/laravel12-defaults'), '')
    expect(v.major).toBe(12)
    expect(v.source).toBe('composer.lock laravel/framework v12.3.0')
    expect(v.anchor).toEqual({ path: 'composer.lock', line: 20, column: 13, endLine: 20, endColumn: 33 })
  })

  it('falls back to the composer.json constraint', () => {
    const ws = new FsWorkspace('__tests__/fixtures/apps/monorepo')
    const v = detectVersion(ws, 'apps/admin')
    expect(v.major).toBe(10)
    expect(v.source).toBe('composer.json requires laravel/framework ^10.10|^11.0')
    expect(v.anchor).toMatchObject({ path: 'apps/admin/composer.json', line: 9, column: 9 })
  })

  it('uses the lock when the lock names a dev branch only through composer.json', () => {
    const ws = new MemoryWorkspace({
      'composer.lock': JSON.stringify({ packages: [{ name: 'laravel/framework', version: 'dev-master' }] }),
      'composer.json': JSON.stringify({ require: { 'laravel/framework': '^13.0' } })
    })
    expect(detectVersion(ws, '')).toMatchObject({
      major: 13,
      source: 'composer.json requires laravel/framework ^13.0'
    })
  })

  it('is unknown without composer files, and survives garbage', () => {
    expect(detectVersion(new MemoryWorkspace({ artisan: '' }), '')).toEqual({
      major: null,
      source: null,
      anchor: null
    })
    const garbage = new MemoryWorkspace({ 'composer.lock': '\u0000\u0001', 'composer.json': '[1,2' })
    expect(detectVersion(garbage, '').major).toBeNull()
    const wrongShape = new MemoryWorkspace({
      'composer.lock': '{"packages": {"a": 1}}',
      'composer.json': '"x"'
    })
    expect(detectVersion(wrongShape, '').major).toBeNull()
  })
})

describe('monorepo fixture', () => {
  const ws = new FsWorkspace('__tests__/fixtures/apps/monorepo')

  it('loads each app with paths relative to the scan root', () => {
    const shop = loadProject(ws, 'apps/shop')
    expect(shop.frameworkMajor).toBe(11)
    expect(shop.configDirs).toEqual(['apps/shop/config'])
    expect(shop.envFiles).toEqual(['apps/shop/.env.example'])
    const session = shop.session().driver
    expect(session.value).toBe('file')
    expect(at(session)).toBe('apps/shop/.env.example:5')
    expect(session.evidence[0]).toEqual({
      path: 'apps/shop/config/session.php',
      line: 6,
      note: "reads env('SESSION_DRIVER', 'database') for session.driver"
    })
    // Framework defaults fill in what the shop's short session.php leaves out.
    expect(shop.configValue('session.files')?.value).toBe('storage/framework/sessions')
    expect(shop.defaultDatabase().driver.value).toBe('pgsql')
    expect(at(shop.defaultDatabase().driver)).toBe('apps/shop/composer.lock:20')
    expect(shop.isConfigFile('apps/shop/config/session.php')).toBe(true)
    expect(shop.isConfigFile('apps/admin/config/session.php')).toBe(false)
  })

  it('reads the array() syntax and .env.production of the admin app (10.x: no framework defaults)', () => {
    const admin = loadProject(ws, 'apps/admin')
    expect(admin.frameworkMajor).toBe(10)
    expect(admin.envFiles).toEqual(['apps/admin/.env.production'])
    const driver = admin.session().driver
    expect(driver.value).toBe('cookie')
    expect(at(driver)).toBe('apps/admin/.env.production:3')
    expect(driver.exampleOnly).toBe(false)
    const store = admin.defaultCacheStore()
    expect([store.name.value, store.driver.value]).toEqual(['array', 'array'])
    // No queue.php and no framework defaults before 11: unknown, explained.
    const queue = admin.defaultQueue()
    expect(queue.name.value).toBeNull()
    expect(queue.driver.value).toBeNull()
    expect(queue.name.evidence.map((e) => e.note)[0]).toBe(
      'apps/admin/config/queue.php is absent, so queue.default is not set'
    )
    expect(admin.defaultLogTargets().map((t) => t.driver.value)).toEqual([null])
  })
})
