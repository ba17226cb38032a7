import { describe, expect, it } from '@jest/globals'
import { logChannelLocal } from '../../src/rules/log-channel-local.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { fakeProject, type FakeProjectBuilder } from '../../test-support/fake-project.js'
import type { ResolvedValue } from '../../src/laravel/types.js'

const LOGGING = 'config/logging.php'

/** The 11+ skeleton: LOG_CHANNEL=stack, LOG_STACK=<stack> in `file`. */
function skeleton11(b: FakeProjectBuilder, stack: string, file = '.env'): ResolvedValue[] {
  const channel = b.env(file, 'LOG_CHANNEL', 'stack', { config: { path: LOGGING, line: 21 } })
  const leaves = b.env(file, 'LOG_STACK', stack, { via: [channel], config: { path: LOGGING, line: 57 } })
  return [channel, leaves]
}

function fileLeaf(b: FakeProjectBuilder, via: ResolvedValue[], driver: string, line: number) {
  return b.logTarget(
    ['stack', driver],
    b.config(LOGGING, driver, { line, via, note: `logging.channels.${driver}.driver` }),
    b.config(LOGGING, 'storage/logs/laravel.log', {
      line: line + 1,
      text: "'path' => storage_path('logs/laravel.log'),"
    })
  )
}

describe('log-channel-local', () => {
  it('has the catalogue id and default severity', () => {
    expect(logChannelLocal.meta).toMatchObject({
      id: 'log-channel-local',
      level: 'project',
      defaultSeverity: 'warning'
    })
  })

  it('fires for LOG_STACK=single, anchored on the LOG_STACK line', () => {
    const b = fakeProject()
    const via = skeleton11(b, 'single', '.env.example')
    b.withDefaultLogTargets([fileLeaf(b, via, 'single', 62)])
    const [r, ...rest] = logChannelLocal.check(b.build())
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('.env.example')
    expect(r.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 'LOG_STACK=single'.length + 1 })
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'config/logging.php:21',
      '.env.example:1',
      'config/logging.php:57',
      'config/logging.php:62',
      'config/logging.php:63'
    ])
    expect(r.fingerprintKey).toBe('logging.default:stack.single')
    expect(r.message).toContain(
      "LOG_STACK in .env.example line 2 sends the default log channel through 'stack' → 'single'"
    )
    expect(r.message).toContain(
      "the 'single' driver (storage/logs/laravel.log) writes log files on each server"
    )
    expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
    expect(r.message).toContain('set LOG_STACK=stderr')
  })

  it('anchors on LOG_CHANNEL for the 10.x hard-coded stack', () => {
    const b = fakeProject({ frameworkMajor: 10 })
    const channel = b.env('.env', 'LOG_CHANNEL', 'stack', { config: { path: LOGGING, line: 21 } })
    const stack = b.config(LOGGING, 'single', { line: 57, via: [channel], text: "'channels' => ['single']," })
    b.withDefaultLogTargets([fileLeaf(b, [stack], 'single', 62)])
    const [r] = logChannelLocal.check(b.build())
    expect(r.path).toBe('.env')
    expect(r.span.line).toBe(1)
    expect(r.message).toContain('LOG_CHANNEL in .env line 1')
    expect(r.message).toContain('set LOG_CHANNEL=stderr')
  })

  it('anchors on the config line when no env file is involved', () => {
    const b = fakeProject()
    const def = b.config(LOGGING, 'stack', { line: 21, envKey: 'LOG_CHANNEL' })
    b.withDefaultLogTargets([fileLeaf(b, [def], 'daily', 68)])
    const [r] = logChannelLocal.check(b.build())
    expect(r.path).toBe(LOGGING)
    expect(r.span.line).toBe(68)
    expect(r.evidence.map((e) => e.line)).toEqual([21, 69])
    expect(r.message).toContain('set LOG_CHANNEL=stderr')
  })

  it('reports each file leaf of a stack once, and skips the stderr leaf', () => {
    const b = fakeProject({ frameworkMajor: 13 })
    const via = skeleton11(b, 'single,daily,monthly,stderr')
    b.withDefaultLogTargets([
      fileLeaf(b, via, 'single', 62),
      fileLeaf(b, via, 'daily', 68),
      fileLeaf(b, via, 'monthly', 75),
      b.logTarget(
        ['stack', 'stderr'],
        b.config(LOGGING, 'monolog', { via }),
        'php://stderr',
        'StreamHandler::class'
      )
    ])
    const reports = logChannelLocal.check(b.build())
    expect(reports.map((r) => r.fingerprintKey)).toEqual([
      'logging.default:stack.single',
      'logging.default:stack.daily',
      'logging.default:stack.monthly'
    ])
    expect(new Set(reports.map((r) => `${r.path}:${r.span.line}`))).toEqual(new Set(['.env:2']))
  })

  it.each([
    'StreamHandler::class',
    '\\Monolog\\Handler\\StreamHandler',
    'Monolog\\Handler\\RotatingFileHandler::class'
  ])('fires for a monolog %s writing a file', (handler) => {
    const b = fakeProject()
    const channel = b.env('.env', 'LOG_CHANNEL', 'app')
    b.withDefaultLogTargets([
      b.logTarget(['app'], b.config(LOGGING, 'monolog', { via: [channel] }), '/var/log/app.log', handler)
    ])
    const [r] = logChannelLocal.check(b.build())
    expect(r.path).toBe('.env')
    expect(r.fingerprintKey).toBe('logging.default:app')
    expect(r.message).toContain(
      `sends the default log channel to 'app', where the monolog ${handler} (/var/log/app.log)`
    )
  })

  it('tells to repoint a channel named stderr that writes a file, instead of routing to it', () => {
    const b = fakeProject()
    const via = skeleton11(b, 'stderr')
    const stream = b.config(LOGGING, 'storage/logs/stderr.log', { line: 102 })
    b.withDefaultLogTargets([
      b.logTarget(
        ['stack', 'stderr'],
        b.config(LOGGING, 'monolog', { via, line: 98 }),
        stream,
        'StreamHandler::class'
      )
    ])
    const [r] = logChannelLocal.check(b.build())
    expect(r.message).toContain(
      "Fix: make the 'stderr' channel write to php://stderr (config/logging.php line 102)"
    )
    expect(r.message).not.toContain('set LOG_STACK=stderr')
  })

  it.each(['php://stderr', 'php://stdout', '/dev/stderr', '/dev/stdout', '/proc/self/fd/2'])(
    'does not fire for a single channel or stream handler writing %s',
    (path) => {
      const b = fakeProject()
      const via = skeleton11(b, 'single')
      b.withDefaultLogTargets([
        b.logTarget(['stack', 'single'], b.config(LOGGING, 'single', { via }), path),
        b.logTarget(['stack', 'stderr'], b.config(LOGGING, 'monolog', { via }), path, 'StreamHandler::class')
      ])
      expect(logChannelLocal.check(b.build())).toEqual([])
    }
  )

  it.each([
    ['syslog', null, null],
    ['errorlog', null, null],
    ['slack', null, null],
    ['null', null, null],
    ['custom', 'storage/logs/x.log', null],
    ['monolog', null, 'SyslogUdpHandler::class'],
    ['monolog', 'storage/logs/x.log', 'NullHandler::class']
  ])('does not fire for driver %s (path %s, handler %s)', (driver, path, handler) => {
    const b = fakeProject()
    b.withDefaultLogTargets([b.logTarget(['x'], driver, path, handler)])
    expect(logChannelLocal.check(b.build())).toEqual([])
  })

  it('stays silent when the path is missing or cannot be resolved', () => {
    const b = fakeProject()
    b.withDefaultLogTargets([
      b.logTarget(['stack', 'single'], 'single', null),
      b.logTarget(['stack', 'daily'], 'daily', b.config(LOGGING, null))
    ])
    expect(logChannelLocal.check(b.build())).toEqual([])
  })

  it('never echoes a log path that comes from an env file', () => {
    const b = fakeProject()
    const path = b.env('.env', 'LOG_SINGLE_PATH', '/mnt/private-volume/app.log')
    b.withDefaultLogTargets([
      b.logTarget(['single'], b.env('.env', 'LOG_CHANNEL', 'single', { resolved: 'single' }), path)
    ])
    const [r] = logChannelLocal.check(b.build())
    expect(r.message).not.toContain('private-volume')
  })

  it('does not fire for a stateless project', () => {
    expect(logChannelLocal.check(fakeProject().stateless().build())).toEqual([])
  })
})

describe('log-channel-local on the fixture apps', () => {
  it('laravel10: LOG_CHANNEL=stack with the stack hard-coded to single', () => {
    const [r, ...rest] = logChannelLocal.check(fixtureProject('laravel10'))
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:7')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(
      expect.arrayContaining(['config/logging.php:21', 'config/logging.php:57', 'config/logging.php:62'])
    )
    expect(r.fingerprintKey).toBe('logging.default:stack.single')
    expect(r.message).toContain('set LOG_CHANNEL=stderr')
  })

  it('laravel12-defaults: anchored on LOG_STACK=single', () => {
    const [r, ...rest] = logChannelLocal.check(fixtureProject('laravel12-defaults'))
    expect(rest).toEqual([])
    expect(`${r.path}:${r.span.line}`).toBe('.env.example:19')
    expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toContain('.env.example:18')
    expect(r.message).toContain(
      "LOG_STACK in .env.example line 19 sends the default log channel through 'stack' → 'single'"
    )
    expect(r.message).toContain('set LOG_STACK=stderr')
  })

  it('upgraded-cache-driver (LOG_CHANNEL=stderr) and stateless (LOG_STACK=stderr): nothing', () => {
    expect(logChannelLocal.check(fixtureProject('upgraded-cache-driver'))).toEqual([])
    expect(logChannelLocal.check(fixtureProject('stateless'))).toEqual([])
  })

  it("a hard-coded route: names no env key that another setting on the channel's line reads", () => {
    // The channel's line also reads env('IMPORT_LOG') for its path, which .env sets.
    const app = fixtureCopy('laravel10', {
      '.env': 'IMPORT_LOG=/var/secret/import.log\n',
      'config/logging.php':
        "<?php\n\nreturn [\n    'default' => 'imp',\n    'channels' => [\n        'imp' => ['driver' => 'single', 'path' => env('IMPORT_LOG')],\n    ],\n];\n"
    })
    try {
      const [r, ...rest] = logChannelLocal.check(app.project)
      expect(rest).toEqual([])
      expect(`${r.path}:${r.span.line}`).toBe('config/logging.php:6')
      expect(r.message).toContain("config/logging.php line 6 sends the default log channel to 'imp'")
      expect(r.message).not.toContain('no env file sets')
      expect(r.message).not.toContain('IMPORT_LOG')
      expect(r.message).not.toContain('/var/secret')
      expect(r.message).toContain(
        'Fix: change config/logging.php line 6 so that the default channel logs to php://stderr'
      )
    } finally {
      app.cleanup()
    }
  })
})
