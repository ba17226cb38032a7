import { describe, expect, it } from '@jest/globals'
import { maintenanceDriverFile } from '../../src/rules/maintenance-driver-file.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('maintenance-driver-file', () => {
  it('has the catalogue id and default severity', () => {
    expect(maintenanceDriverFile.meta).toMatchObject({
      id: 'maintenance-driver-file',
      level: 'project',
      defaultSeverity: 'notice'
    })
  })

  it('fires for APP_MAINTENANCE_DRIVER=file, anchored on the env line', () => {
    const b = fakeProject()
    b.env('.env.example', 'APP_NAME', 'Laravel')
    b.withMaintenanceDriver(
      b.env('.env.example', 'APP_MAINTENANCE_DRIVER', 'file', {
        config: { path: 'config/app.php', line: 122 }
      })
    )
    const [r, ...rest] = maintenanceDriverFile.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env.example')
    expect(r.span.line).toBe(2)
    expect(r.evidence).toEqual([
      { path: 'config/app.php', line: 122, note: "reads env('APP_MAINTENANCE_DRIVER')" }
    ])
    expect(r.fingerprintKey).toBe('app.maintenance.driver')
    expect(r.message).toContain(
      "APP_MAINTENANCE_DRIVER in .env.example line 2 selects the 'file' maintenance driver"
    )
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
    expect(r.message).toContain('set APP_MAINTENANCE_DRIVER=cache and APP_MAINTENANCE_STORE')
  })

  it('fires for the hard-coded 10.x config and tells to edit config/app.php', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.withMaintenanceDriver(
      b.config('config/app.php', 'file', { line: 143, text: "        'driver' => 'file'," })
    )
    const [r] = maintenanceDriverFile.check(b.build())
    expect(r.path).toBe('config/app.php')
    expect(r.span).toEqual({
      line: 143,
      column: 1,
      endLine: 143,
      endColumn: "        'driver' => 'file',".length + 1
    })
    expect(r.message).toContain("config/app.php line 143 selects the 'file' maintenance driver")
    expect(r.message).toContain("change config/app.php line 143 to 'cache'")
  })

  it('names the env key of a framework default anchored on composer.lock', () => {
    const b = fakeProject({ frameworkMajor: 11 })
    b.withMaintenanceDriver(
      b.config('composer.lock', 'file', {
        line: 11,
        text: '            "version": "v11.44.2",',
        note: "Laravel 11 framework default (config/app.php is absent): app.maintenance.driver = env('APP_MAINTENANCE_DRIVER', 'file')"
      })
    )
    const [r] = maintenanceDriverFile.check(b.build())
    expect(r.path).toBe('composer.lock')
    expect(r.span.line).toBe(11)
    expect(r.message).toContain(
      "the Laravel 11 default (composer.lock line 11; no env file sets APP_MAINTENANCE_DRIVER) selects the 'file' maintenance driver"
    )
    expect(r.message).toContain(
      'set APP_MAINTENANCE_DRIVER=cache and APP_MAINTENANCE_STORE to a shared store'
    )
  })

  it.each(['cache', null])('does not fire for %s', (driver) => {
    const b = fakeProject()
    b.withMaintenanceDriver(
      driver === null ? b.config('config/app.php', null) : b.env('.env', 'APP_MAINTENANCE_DRIVER', driver)
    )
    expect(maintenanceDriverFile.check(b.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(maintenanceDriverFile.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('maintenance-driver-file on the fixture apps', () => {
  it('laravel10: hard-coded in config/app.php', () => {
    const [r, ...rest] = maintenanceDriverFile.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('config/app.php:143')
    expect(r.message).toContain("change config/app.php line 143 to 'cache'")
  })

  it("laravel10 without the 'maintenance' key: Laravel's own default is file", () => {
    const { project, cleanup } = fixtureCopy('laravel10', {
      'config/app.php': "<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n];\n"
    })
    try {
      const [r, ...rest] = maintenanceDriverFile.check(project)
      expect(rest).toEqual([])
      expect(`${r.path}:${r.span.line}:${r.span.endLine}`).toBe('config/app.php:3:3')
      expect(r.message).toContain("config/app.php line 3 selects the 'file' maintenance driver")
      expect(r.message).toContain(
        "add 'maintenance' => ['driver' => 'cache', 'store' => 'redis'] (a shared store) to config/app.php"
      )
    } finally {
      cleanup()
    }
  })

  it('laravel12-defaults: APP_MAINTENANCE_DRIVER=file in .env.example', () => {
    const [r] = maintenanceDriverFile.check(fixtureProject('laravel12-defaults'))
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:11')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['config/app.php:122'])
  })

  it('upgraded-cache-driver: the framework default, anchored on composer.lock', () => {
    const [r] = maintenanceDriverFile.check(fixtureProject('upgraded-cache-driver'))
    expect(r.path).toBe('composer.lock')
    expect(r.message).toContain('no env file sets APP_MAINTENANCE_DRIVER')
    expect(r.message).toContain('set APP_MAINTENANCE_DRIVER=cache')
  })

  it('stateless (cache driver on redis): nothing', () => {
    expect(maintenanceDriverFile.check(fixtureProject('stateless'))).toEqual([])
  })
})
