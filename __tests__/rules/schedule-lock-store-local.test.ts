import { describe, expect, it } from '@jest/globals'
import { scheduleLockStoreLocal } from '../../src/rules/schedule-lock-store-local.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject, type FakeProjectBuilder } from '../../test-support/fake-project.js'

const CONSOLE = `<?php

use Illuminate\\Support\\Facades\\Schedule;

Schedule::command('reports:send')->daily();
Schedule::command('invoices:close')->hourly()->onOneServer();
Schedule::job(new PruneJob)->everyFiveMinutes()->withoutOverlapping();
`

const KERNEL = `<?php

namespace App\\Console;

use Illuminate\\Console\\Scheduling\\Schedule;
use Illuminate\\Foundation\\Console\\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected function schedule(Schedule $schedule): void
    {
        $schedule->command('inspire')
            ->hourly()
            ->onOneServer();
    }
}
`

/** A default store with the given driver, selected by CACHE_STORE in .env line 1. */
function withStore(b: FakeProjectBuilder, driver: string): FakeProjectBuilder {
  const name = b.env('.env', 'CACHE_STORE', 'main', { config: { path: 'config/cache.php', line: 18 } })
  b.withDefaultCacheStore(b.cacheStore(name, b.config('config/cache.php', driver, { line: 50 })))
  return b
}

describe('schedule-lock-store-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(scheduleLockStoreLocal.meta).toMatchObject({
      id: 'schedule-lock-store-local',
      level: 'project',
      defaultSeverity: 'error'
    })
  })

  it.each(['file', 'apc', 'array', 'octane'])(
    'fires when routes/console.php locks through a %s store, anchored on the store line',
    (driver) => {
      const b = withStore(fakeProject(), driver).file('routes/console.php', CONSOLE)
      const [r, ...rest] = scheduleLockStoreLocal.check(b.build())
      expect(rest).toEqual([])
      expect(r.severity).toBeUndefined()
      expect(r.path).toBe('.env')
      expect(r.span.line).toBe(1)
      expect(r.fingerprintKey).toBe('schedule.cache_store')
      expect(r.evidence).toEqual([
        {
          path: 'routes/console.php',
          line: 6,
          note: "onOneServer() takes its lock in the scheduler's cache store"
        },
        {
          path: 'routes/console.php',
          line: 7,
          note: "withoutOverlapping() takes its lock in the scheduler's cache store"
        },
        { path: 'config/cache.php', line: 18, note: "reads env('CACHE_STORE')" },
        { path: 'config/cache.php', line: 50, note: 'literal' }
      ])
      expect(r.message).toContain(
        'onOneServer()/withoutOverlapping() are used 2 times in the schedule (routes/console.php line 6)'
      )
      expect(r.message).toContain(
        `CACHE_STORE in .env line 1 makes the scheduler's cache store 'main', whose '${driver}' driver`
      )
      expect(r.message).toContain('set CACHE_STORE=redis')
    }
  )

  it('finds onOneServer() in a 10.x Kernel, on the line of the method name', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    b.withDefaultCacheStore(
      b.cacheStore(b.config('config/cache.php', 'file', { line: 18, envKey: 'CACHE_DRIVER' }), 'file')
    )
    b.file('app/Console/Kernel.php', KERNEL)
    const [r] = scheduleLockStoreLocal.check(b.build())
    expect(r.path).toBe('config/cache.php')
    expect(r.span.line).toBe(18)
    expect(r.evidence[0]).toEqual({
      path: 'app/Console/Kernel.php',
      line: 14,
      note: "onOneServer() takes its lock in the scheduler's cache store"
    })
    expect(r.message).toContain('onOneServer() is used in the schedule (app/Console/Kernel.php line 14)')
    expect(r.message).toContain('set CACHE_DRIVER=redis')
  })

  it('finds group attributes and withSchedule closures in bootstrap/app.php, under the app root', () => {
    const b = fakeProject({ root: 'apps/shop' })
    withStore(b, 'file')
    b.file(
      'apps/shop/bootstrap/app.php',
      `<?php
return Application::configure(basePath: dirname(__DIR__))
    ->withSchedule(function (Schedule $schedule) {
        $schedule->onOneServer()->daily()->group(function () use ($schedule) {
            $schedule->command('a');
        });
    })
    ->create();
`
    )
    b.file('routes/console.php', CONSOLE) // outside the app root: not this app's schedule
    const [r] = scheduleLockStoreLocal.check(b.build())
    expect(r.evidence[0]).toMatchObject({ path: 'apps/shop/bootstrap/app.php', line: 4 })
    expect(r.evidence.filter((e) => e.path === 'routes/console.php')).toEqual([])
  })

  it('anchors on a useCache() literal and resolves that store', () => {
    const b = fakeProject()
    withStore(b, 'redis')
    b.cacheStore('local_locks', 'file')
    b.file(
      'routes/console.php',
      `<?php\nSchedule::useCache('local_locks');\n${CONSOLE.replace('<?php\n', '')}`
    )
    const [r] = scheduleLockStoreLocal.check(b.build())
    expect(r.path).toBe('routes/console.php')
    expect(r.span).toMatchObject({ line: 2, column: 1 })
    expect(r.message).toContain(
      "useCache('local_locks') in routes/console.php line 2 makes the scheduler's cache store 'local_locks'"
    )
    expect(r.message).toContain("pass a shared store to useCache(), such as 'redis'")
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'routes/console.php:7',
      'routes/console.php:8',
      'config/cache.php:51',
      'config/cache.php:52'
    ])
  })

  it('does not fire when useCache() names a shared store although the default store is file', () => {
    const b = fakeProject()
    withStore(b, 'file')
    b.cacheStore('redis', 'redis')
    b.file(
      'routes/console.php',
      `<?php\n$schedule->useCache(store: 'redis');\n$schedule->command('x')->onOneServer();\n`
    )
    expect(scheduleLockStoreLocal.check(b.build())).toEqual([])
  })

  it('stays silent when useCache() gets a non-literal store', () => {
    const b = fakeProject()
    withStore(b, 'file')
    b.file(
      'routes/console.php',
      `<?php\nSchedule::useCache(config('x'));\nSchedule::command('x')->onOneServer();\n`
    )
    expect(scheduleLockStoreLocal.check(b.build())).toEqual([])
  })

  it('uses the dedicated schedule store (SCHEDULE_CACHE_DRIVER) over the default store', () => {
    const shared = fakeProject()
    withStore(shared, 'file')
    shared.withScheduleCacheStore(
      shared.cacheStore(shared.env('.env', 'SCHEDULE_CACHE_DRIVER', 'redis'), 'redis')
    )
    shared.file('routes/console.php', CONSOLE)
    expect(scheduleLockStoreLocal.check(shared.build())).toEqual([])

    const local = fakeProject()
    withStore(local, 'redis')
    local.withScheduleCacheStore(local.cacheStore(local.env('.env', 'SCHEDULE_CACHE_DRIVER', 'file'), 'file'))
    local.file('routes/console.php', CONSOLE)
    const [r] = scheduleLockStoreLocal.check(local.build())
    expect(r.span.line).toBe(2)
    expect(r.message).toContain('set SCHEDULE_CACHE_DRIVER=redis')
  })

  it('fires for a database store on a sqlite file', () => {
    const b = fakeProject()
    const conn = b.connection(
      b.env('.env.example', 'DB_CONNECTION', 'sqlite'),
      'sqlite',
      'database/database.sqlite'
    )
    b.withDefaultCacheStore(
      b.cacheStore(b.env('.env.example', 'CACHE_STORE', 'database'), 'database', { connection: conn })
    )
    b.file('routes/console.php', CONSOLE)
    const [r] = scheduleLockStoreLocal.check(b.build())
    expect(r.message).toContain("connection 'sqlite', a sqlite file")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it.each(['redis', 'memcached', 'dynamodb', 'database'])('does not fire for a shared %s store', (driver) => {
    const b = withStore(fakeProject(), driver).file('routes/console.php', CONSOLE)
    expect(scheduleLockStoreLocal.check(b.build())).toEqual([])
  })

  it('does not fire without onOneServer()/withoutOverlapping(), nor for look-alikes in comments and strings', () => {
    const b = withStore(fakeProject(), 'file')
    b.file(
      'routes/console.php',
      `<?php
// Schedule::command('x')->onOneServer();
/* ->withoutOverlapping() */
Schedule::command('x')->daily()->description('onOneServer() later');
onOneServer();
`
    )
    expect(scheduleLockStoreLocal.check(b.build())).toEqual([])
  })

  it('does not fire for onOneServer() outside the schedule files', () => {
    const b = withStore(fakeProject(), 'file')
    b.file('app/Providers/AppServiceProvider.php', CONSOLE)
    expect(scheduleLockStoreLocal.check(b.build())).toEqual([])
  })

  it('still reads the parsable part of a schedule file with a syntax error', () => {
    const b = withStore(fakeProject(), 'file')
    b.file('routes/console.php', "<?php\nSchedule::command('x')->onOneServer();\nSchedule::command(\n")
    const [r] = scheduleLockStoreLocal.check(b.build())
    expect(r.evidence[0]).toMatchObject({ path: 'routes/console.php', line: 2 })
  })
})

describe('schedule-lock-store-local on the fixture apps', () => {
  it('laravel10: onOneServer() in the Kernel with the file store from .env.production', () => {
    const [r, ...rest] = scheduleLockStoreLocal.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.production:7')
    expect(r.evidence[0]).toEqual({
      path: 'app/Console/Kernel.php',
      line: 19,
      note: "onOneServer() takes its lock in the scheduler's cache store"
    })
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('config/cache.php:53')
    expect(r.message).toContain("the scheduler's cache store 'file', whose 'file' driver")
    expect(r.message).toContain('set CACHE_DRIVER=redis')
    expect(r.message).not.toContain('set only in')
  })

  it('laravel12-defaults: onOneServer() in routes/console.php with the database store on sqlite', () => {
    const [r] = scheduleLockStoreLocal.check(fixtureProject('laravel12-defaults'))
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:40')
    expect(r.evidence[0]).toMatchObject({ path: 'routes/console.php', line: 5 })
    expect(r.message).toContain("connection 'sqlite', a sqlite file")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it('stateless (redis store) and upgraded-cache-driver (no schedule): nothing', () => {
    expect(scheduleLockStoreLocal.check(fixtureProject('stateless'))).toEqual([])
    expect(scheduleLockStoreLocal.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
  })

  it('upgraded-cache-driver with a schedule: the database store on mysql is shared', () => {
    const { project, cleanup } = fixtureCopy('upgraded-cache-driver', { 'routes/console.php': CONSOLE })
    try {
      expect(scheduleLockStoreLocal.check(project)).toEqual([])
    } finally {
      cleanup()
    }
  })

  it("stateless with routes/console.php: redis locks are shared; useCache('file') is not", () => {
    const shared = fixtureCopy('stateless', { 'routes/console.php': CONSOLE })
    try {
      expect(scheduleLockStoreLocal.check(shared.project)).toEqual([])
    } finally {
      shared.cleanup()
    }
    const local = fixtureCopy('stateless', {
      'routes/console.php': CONSOLE.replace('<?php\n', "<?php\nSchedule::useCache('file');\n")
    })
    try {
      const [r] = scheduleLockStoreLocal.check(local.project)
      expect(`${r.path}:${r.span.line}`).toBe('routes/console.php:2')
      expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(
        expect.arrayContaining(['routes/console.php:7', 'routes/console.php:8', 'config/cache.php:51'])
      )
    } finally {
      local.cleanup()
    }
  })
})
