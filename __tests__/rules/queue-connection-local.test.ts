import { describe, expect, it } from '@jest/globals'
import { queueConnectionLocal } from '../../src/rules/queue-connection-local.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject } from '../../test-support/fake-project.js'

describe('queue-connection-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(queueConnectionLocal.meta).toMatchObject({
      id: 'queue-connection-local',
      level: 'project',
      defaultSeverity: 'warning'
    })
  })

  it.each([
    ['sync', 'inside the web request'],
    ['deferred', 'after the response'],
    ['background', 'spawned on the same server'],
    ['null', 'discards every job']
  ])('fires for the %s driver', (driver, why) => {
    const b = fakeProject()
    const name = b.env('.env', 'QUEUE_CONNECTION', driver, { config: { path: 'config/queue.php', line: 16 } })
    b.withDefaultQueue(b.queueConnection(name, b.config('config/queue.php', driver, { line: 40 })))
    const [r, ...rest] = queueConnectionLocal.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env')
    expect(r.span.line).toBe(1)
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/queue.php:16',
      'config/queue.php:40'
    ])
    expect(r.fingerprintKey).toBe('queue.default')
    expect(r.message).toContain(`QUEUE_CONNECTION in .env line 1 selects the queue connection '${driver}'`)
    expect(r.message).toContain(why)
    expect(r.message).toContain('set QUEUE_CONNECTION=redis')
  })

  it('anchors on the config default of a 10.x app and says so', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    const name = b.config('config/queue.php', 'sync', { line: 16, envKey: 'QUEUE_CONNECTION' })
    b.withDefaultQueue(b.queueConnection(name, 'sync'))
    const [r] = queueConnectionLocal.check(b.build())
    expect(r.path).toBe('config/queue.php')
    expect(r.span.line).toBe(16)
    expect(r.message).toContain("config/queue.php line 16 (the env('QUEUE_CONNECTION') default")
  })

  it('fires for database on a sqlite file', () => {
    const b = fakeProject()
    const conn = b.connection('sqlite', 'sqlite', 'database/database.sqlite')
    b.withDefaultQueue(
      b.queueConnection(b.env('.env.example', 'QUEUE_CONNECTION', 'database'), 'database', conn)
    )
    const [r] = queueConnectionLocal.check(b.build())
    expect(r.path).toBe('.env.example')
    expect(r.message).toContain("writes jobs to the database connection 'sqlite'")
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
  })

  it.each(['redis', 'sqs', 'beanstalkd', 'failover'])('does not fire for %s', (driver) => {
    const b = fakeProject()
    b.withDefaultQueue(b.queueConnection(b.env('.env', 'QUEUE_CONNECTION', driver), driver))
    expect(queueConnectionLocal.check(b.build())).toEqual([])
  })

  it('does not fire for database on mysql, nor for a connection named sync with the redis driver', () => {
    const mysql = fakeProject()
    mysql.withDefaultQueue(
      mysql.queueConnection('database', 'database', mysql.connection('mysql', 'mysql', 'x'))
    )
    expect(queueConnectionLocal.check(mysql.build())).toEqual([])

    const named = fakeProject()
    named.withDefaultQueue(named.queueConnection(named.env('.env', 'QUEUE_CONNECTION', 'sync'), 'redis'))
    expect(queueConnectionLocal.check(named.build())).toEqual([])
  })

  it('does not fire for a stateless project', () => {
    expect(queueConnectionLocal.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('queue-connection-local on the fixture apps', () => {
  it('laravel10: sync', () => {
    const [r, ...rest] = queueConnectionLocal.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:21')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/queue.php:16',
      'config/queue.php:34'
    ])
    expect(r.message).toContain("the queue connection 'sync', whose 'sync' driver")
  })

  it('laravel12-defaults: database on the sqlite default connection', () => {
    const [r] = queueConnectionLocal.check(fixtureProject('laravel12-defaults'))
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:38')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('.env.example:23')
    expect(r.message).toContain("writes jobs to the database connection 'sqlite'")
  })

  it('upgraded-cache-driver (redis) and stateless (redis): nothing', () => {
    expect(queueConnectionLocal.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
    expect(queueConnectionLocal.check(fixtureProject('stateless'))).toEqual([])
  })

  describe('QUEUE_CONNECTION=null: no connection name, so Laravel uses the null driver', () => {
    // QueueManager::getConfig(): a null name, or the name 'null', gets ['driver' => 'null'].
    it.each([['null'], ['(null)'], ['NULL'], ['"null"']])('fires for QUEUE_CONNECTION=%s', (value) => {
      const app = fixtureCopy('laravel12-defaults', {
        '.env': `APP_ENV=production\nQUEUE_CONNECTION=${value}\n`
      })
      try {
        const [r, ...rest] = queueConnectionLocal.check(app.project)
        expect(rest).toEqual([])
        expect(`${r.path}:${r.span.line}`).toBe('.env:2')
        expect(r.message).toContain(
          "QUEUE_CONNECTION in .env line 2 sets no queue connection (null), so Laravel uses the 'null' driver, which discards every job"
        )
      } finally {
        app.cleanup()
      }
    })

    it("fires for the name 'null' even where a connection of that name is configured otherwise", () => {
      const app = fixtureCopy('laravel10', {
        '.env.example': 'QUEUE_CONNECTION=null\n',
        'config/queue.php':
          "<?php\n\nreturn [\n    'default' => env('QUEUE_CONNECTION', 'redis'),\n    'connections' => [\n        'null' => ['driver' => 'redis'],\n        'redis' => ['driver' => 'redis'],\n    ],\n];\n"
      })
      try {
        const [r] = queueConnectionLocal.check(app.project)
        expect(`${r.path}:${r.span.line}`).toBe('.env.example:1')
        expect(r.message).toContain('discards every job')
      } finally {
        app.cleanup()
      }
    })

    it('not for a name that only starts with null, an unresolvable value, or redis', () => {
      for (const env of [
        'QUEUE_CONNECTION=nullish\n',
        'QUEUE_CONNECTION=${UNSET_QUEUE}\n',
        'QUEUE_CONNECTION=redis\n'
      ]) {
        const app = fixtureCopy('laravel10', {
          '.env.example': env,
          'config/queue.php':
            "<?php\n\nreturn [\n    'default' => env('QUEUE_CONNECTION', 'redis'),\n    'connections' => [\n        'nullish' => ['driver' => 'redis'],\n        'redis' => ['driver' => 'redis'],\n    ],\n];\n"
        })
        try {
          expect([env, queueConnectionLocal.check(app.project)]).toEqual([env, []])
        } finally {
          app.cleanup()
        }
      }
    })
  })
})
