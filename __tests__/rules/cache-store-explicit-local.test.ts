import { describe, expect, it } from '@jest/globals'
import type { Evidence, RuleReport } from '../../src/engine/types.js'
import type { LaravelProject } from '../../src/laravel/types.js'
import { cacheStoreExplicitLocal } from '../../src/rules/cache-store-explicit-local.js'
import { fakeProject } from '../../test-support/fake-project.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { checkRule, codeContext, php } from '../../test-support/php.js'

const CFG = 'config/cache.php'

/** Stores by name: [name line, driver line] in config/cache.php, or set up specially below. */
function project(options: { fileIsRedis?: boolean } = {}): LaravelProject {
  const b = fakeProject({ frameworkMajor: 13 })
  const store = (name: string, driver: string | null, line: number): void => {
    b.cacheStore(
      b.config(CFG, name, { line, note: `defines the cache store '${name}'` }),
      b.config(CFG, driver, { line: line + 1, note: `cache.stores.${name}.driver` })
    )
  }
  store('file', options.fileIsRedis ? 'redis' : 'file', 52)
  store('apc', 'apc', 40)
  store('array', 'array', 44)
  store('octane', 'octane', 90)
  store('redis', 'redis', 80)
  store('null', 'null', 95)
  store('mystery', null, 100)
  const sqlite = b.connection('sqlite', 'sqlite', 'database/database.sqlite')
  b.cacheStore(b.config(CFG, 'database', { line: 47 }), b.config(CFG, 'database', { line: 48 }), {
    connection: sqlite
  })
  const disk = b.disk(b.config('config/filesystems.php', 'local', { line: 35 }), 'local')
  b.cacheStore(b.config(CFG, 'files', { line: 60 }), b.config(CFG, 'storage', { line: 61 }), { disk })
  b.cacheStore(
    b.config(CFG, 'fast', { line: 70 }),
    b.env('.env', 'FAST_CACHE_DRIVER', 'file', { line: 3, config: { path: CFG, line: 71 } })
  )
  return b.build()
}

function run(code: string, p: LaravelProject | null = project(), path?: string): RuleReport[] {
  return checkRule(cacheStoreExplicitLocal, php(code, path), codeContext({ project: p }))
}

function col(code: string, marker: string, line = 2): number {
  const text = `<?php\n${code}`.split('\n')[line - 1]
  const i = text.indexOf(marker)
  if (i < 0) throw new Error(`"${marker}" not on line ${line}: ${text}`)
  return i + 1
}

const fileEvidence: Evidence[] = [
  { path: CFG, line: 52, note: "defines the cache store 'file'" },
  { path: CFG, line: 53, note: 'cache.stores.file.driver' }
]

describe('cache-store-explicit-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(cacheStoreExplicitLocal.meta).toMatchObject({
      id: 'cache-store-explicit-local',
      level: 'code',
      defaultSeverity: 'warning'
    })
  })

  it("fires on Cache::store('file') with the store's config lines as evidence", () => {
    const code = "$v = Cache::store('file')->remember('k', 60, fn () => 1);"
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.span).toEqual({ line: 2, column: 13, endLine: 2, endColumn: 26 })
    expect(r.evidence).toEqual(fileEvidence)
    expect(r.fingerprintKey).toBe('cache-store:file')
    expect(r.message).toBe(
      "Cache::store('file') uses the cache store 'file' (driver file at config/cache.php line 53), which keeps " +
        'cached data in files under storage/framework/cache on each server: a value cached on one server is ' +
        'missing or stale on the others, and cache:clear or Cache::forget() reach one server only. Use a shared ' +
        "store such as redis, memcached or dynamodb (Cache::store('redis')), or give the store 'file' a shared driver."
    )
  })

  // [what, code, marker where the finding starts, the store's driver as the message names it]
  const firing: Array<[string, string, string, string]> = [
    ['Cache::driver()', "Cache::driver('apc')->get('k');", 'driver(', 'apc'],
    ['cache()->store()', "cache()->store('octane')->put('k', 1);", 'store(', 'octane'],
    ['the root alias in a namespace', "namespace App; \\Cache::store('file')->get('k');", 'store(', 'file'],
    [
      'an aliased facade import',
      "namespace App; use Illuminate\\Support\\Facades\\Cache as C; C::store('file')->get('k');",
      'store(',
      'file'
    ],
    [
      'the facade fully qualified',
      "namespace App; \\Illuminate\\Support\\Facades\\Cache::store('file')->get('k');",
      'store(',
      'file'
    ],
    ['a named argument', "Cache::store(name: 'file')->get('k');", 'store(', 'file'],
    ['a store name in a variable', "$s = 'file'; Cache::store($s)->get('k');", 'store(', 'file'],
    ["app('cache')", "app('cache')->store('apc')->get('k');", 'store(', 'apc'],
    ['Cache::memo()', "Cache::memo('file')->get('k');", 'memo(', 'file'],
    ['a database store on a sqlite file', "Cache::store('database')->get('k');", 'store(', 'database'],
    ['a storage store on a local disk (13+)', "Cache::store('files')->get('k');", 'store(', 'storage'],
    ['a store whose driver comes from an env line', "Cache::store('fast')->get('k');", 'store(', 'file']
  ]

  it.each(firing)('fires: %s', (_what, code, marker, driver) => {
    const reports = run(code)
    expect(reports).toHaveLength(1)
    expect(reports[0].span.line).toBe(2)
    expect(reports[0].span.column).toBe(col(code, marker))
    expect(reports[0].severity).toBeUndefined()
    expect(reports[0].message).toContain(`(driver ${driver} `)
    expect(reports[0].evidence.length).toBeGreaterThan(0)
  })

  it('explains a sqlite-backed database store and an env-chosen driver with their evidence', () => {
    const [db] = run("Cache::store('database')->get('k');")
    expect(db.message).toContain("writes cached data to the database connection 'sqlite', a sqlite file")
    expect(db.evidence.map((e) => `${e.path}:${e.line}`)).toContain(`${CFG}:48`)
    const [fast] = run("Cache::store('fast')->get('k');")
    expect(fast.message).toContain('(driver file chosen by FAST_CACHE_DRIVER in .env line 3)')
    expect(fast.evidence).toEqual([
      { path: CFG, line: 70, note: 'literal' },
      { path: CFG, line: 71, note: "reads env('FAST_CACHE_DRIVER')" },
      { path: '.env', line: 3, note: 'FAST_CACHE_DRIVER is set in .env' }
    ])
  })

  it('says when a lock is taken through the local store', () => {
    const code = "Cache::store('file')\n    ->lock('import', 10)\n    ->get(fn () => 1);"
    const [r] = run(code)
    expect(r.span).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 21 })
    expect(r.message).toContain(
      'the lock taken here locks this server only, so two servers can hold it at once'
    )
  })

  it('fires in Blade templates, at the template position', () => {
    const template = "<div>\n  {{ Cache::store('file')->get('motd') }}\n</div>\n"
    const [r] = run(template, project(), 'resources/views/home.blade.php')
    expect(r.path).toBe('resources/views/home.blade.php')
    expect(r.span).toMatchObject({ line: 2, column: 13 })
  })

  describe('notices when the store cannot be resolved', () => {
    const cases: Array<[string, string, LaravelProject | null, string]> = [
      ['a parameter', 'function f($s) { Cache::store($s)->get(1); }', project(), 'the store is given as $s'],
      ['a config() key', "Cache::store(config('cache.hot'))->get(1);", project(), "config('cache.hot')"],
      [
        'config(cache.default) with a fallback (the fallback may be used)',
        "Cache::store(config('cache.default', 'file'))->get(1);",
        project(),
        "config('cache.default', 'file')"
      ],
      ['an enum case', 'Cache::store(Store::Hot)->get(1);', project(), 'Store::Hot'],
      ['spread arguments', 'Cache::store(...$args)->get(1);', project(), 'the store is given as ...$args'],
      ['an unknown store', "Cache::store('hot')->get(1);", project(), "no cache store named 'hot'"],
      [
        'an unresolvable driver',
        "Cache::store('mystery')->get(1);",
        project(),
        "the driver of the cache store 'mystery' could not be resolved (config/cache.php line 101)"
      ],
      [
        'no project',
        "Cache::store('file')->get(1);",
        null,
        "outside every Laravel app found, so the store 'file'"
      ]
    ]
    it.each(cases)('%s', (_what, code, p, why) => {
      const [r, ...rest] = run(code, p)
      expect(rest).toEqual([])
      expect(r.severity).toBe('notice')
      expect(r.span.line).toBe(2)
      expect(r.message).toContain('selects a cache store that could not be resolved')
      expect(r.message).toContain(why)
    })
  })

  describe('look-alikes that must not fire', () => {
    const quiet: Array<[string, string, LaravelProject | null]> = [
      [
        'the array store (memoisation)',
        "Cache::store('array')->get('k'); cache()->store('array');",
        project()
      ],
      ['the array store without a project', "Cache::store('array')->get('k');", null],
      ['an undefined store named array', "Cache::driver('array');", fakeProject().build()],
      ['a shared store', "Cache::store('redis')->get('k'); Cache::driver('redis');", project()],
      [
        'the default store',
        'Cache::store()->get(1); Cache::store(null)->get(1); cache()->store();',
        project()
      ],
      [
        "the default store named through config('cache.default'), also in a variable",
        "Cache::store(config('cache.default'))->get(1); Cache::driver(\\config('cache.default')); $s = config('cache.default'); cache()->store($s);",
        project()
      ],
      [
        'a store named file whose driver is redis',
        "Cache::store('file')->get('k');",
        project({ fileIsRedis: true })
      ],
      ['a null-driver store', "Cache::store('null')->get('k');", project()],
      ['a user Cache class', "namespace App\\Support; Cache::store('file');", project()],
      [
        'an imported user Cache class',
        "namespace App; use App\\Support\\Cache; Cache::store('file');",
        project()
      ],
      ['the cache() value helper', "cache('file')->store('file'); cache(['k' => 1]);", project()],
      [
        'other store() and driver() methods',
        "$this->store('file'); $repo->store('file'); Session::driver('file');",
        project()
      ],
      [
        'cache reads and writes on the default store',
        "Cache::get('k'); Cache::put('k', 1); cache()->get('k');",
        project()
      ]
    ]
    it.each(quiet)('%s', (_what, code, p) => {
      expect(run(code, p)).toEqual([])
    })
  })

  describe('on the fixture apps (real project model)', () => {
    it("laravel10: Cache::store('file') resolves through config/cache.php", () => {
      const [r] = run("Cache::store('file')->get('k');", fixtureProject('laravel10'))
      expect(r.message).toContain('(driver file at config/cache.php line 53)')
      expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
        'config/cache.php:52',
        'config/cache.php:53'
      ])
    })

    it('laravel12-defaults: the framework default stores', () => {
      const p = fixtureProject('laravel12-defaults')
      const [r] = run("Cache::store('file')->get('k');", p)
      expect(r.message).toContain('(driver file from the Laravel 12 default (composer.lock line 20))')
      expect(run("Cache::store('array')->get('k'); Cache::store('redis')->get('k');", p)).toEqual([])
    })
  })
})
