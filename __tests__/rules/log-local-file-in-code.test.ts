import { describe, expect, it } from '@jest/globals'
import type { RuleReport } from '../../src/engine/types.js'
import type { LaravelProject } from '../../src/laravel/types.js'
import { logLocalFileInCode } from '../../src/rules/log-local-file-in-code.js'
import { fakeProject } from '../../test-support/fake-project.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { checkRule, codeContext, php } from '../../test-support/php.js'

const CFG = 'config/logging.php'

/**
 * Channels: single (driver line 62, path 63), daily (69/70), stderr (monolog StreamHandler on
 * php://stderr), stack → single + stderr, containers (single on php://stdout), envpath (single whose
 * path comes from LOG_PATH in .env line 4), nopath (single with an unresolvable path), slack.
 */
function project(): LaravelProject {
  const b = fakeProject()
  const single = b.logTarget(
    ['single'],
    b.config(CFG, 'single', { line: 62, note: 'logging.channels.single.driver' }),
    b.config(CFG, 'storage/logs/laravel.log', { line: 63, note: 'logging.channels.single.path' })
  )
  const stderr = b.logTarget(
    ['stderr'],
    b.config(CFG, 'monolog', { line: 90 }),
    b.config(CFG, 'php://stderr', { line: 93 }),
    b.config(CFG, 'StreamHandler::class', { line: 91 })
  )
  b.withLogChannel('single', [single])
  b.withLogChannel('daily', [
    b.logTarget(
      ['daily'],
      b.config(CFG, 'daily', { line: 69, note: 'logging.channels.daily.driver' }),
      b.config(CFG, 'storage/logs/laravel.log', { line: 70, note: 'logging.channels.daily.path' })
    )
  ])
  b.withLogChannel('stderr', [stderr])
  b.withLogChannel('stack', [
    { ...single, via: ['stack', 'single'] },
    { ...stderr, via: ['stack', 'stderr'] }
  ])
  b.withLogChannel('containers', [
    b.logTarget(
      ['containers'],
      b.config(CFG, 'single', { line: 110 }),
      b.config(CFG, 'php://stdout', { line: 111 })
    )
  ])
  b.withLogChannel('envpath', [
    b.logTarget(
      ['envpath'],
      b.config(CFG, 'single', { line: 120 }),
      b.env('.env', 'LOG_PATH', '/srv/secret/app.log', { line: 4, config: { path: CFG, line: 121 } })
    )
  ])
  b.withLogChannel('nopath', [
    b.logTarget(['nopath'], b.config(CFG, 'single', { line: 130 }), b.config(CFG, null, { line: 131 }))
  ])
  b.withLogChannel('slack', [b.logTarget(['slack'], b.config(CFG, 'slack', { line: 100 }), null)])
  return b.build()
}

function run(code: string, p: LaravelProject | null = project()): RuleReport[] {
  return checkRule(logLocalFileInCode, php(code), codeContext({ project: p }))
}

function col(code: string, marker: string, line = 2): number {
  const text = `<?php\n${code}`.split('\n')[line - 1]
  const i = text.indexOf(marker)
  if (i < 0) throw new Error(`"${marker}" not on line ${line}: ${text}`)
  return i + 1
}

const monolog = 'use Monolog\\Handler\\StreamHandler;\nuse Monolog\\Handler\\RotatingFileHandler;\n'

describe('log-local-file-in-code', () => {
  it('has the catalogue id and default severity', () => {
    expect(logLocalFileInCode.meta).toMatchObject({
      id: 'log-local-file-in-code',
      level: 'code',
      defaultSeverity: 'notice'
    })
  })

  it("fires on Log::channel('daily') resolved through the project, with the channel's config lines", () => {
    const code = "Log::channel('daily')->info('imported', ['rows' => $n]);"
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.span).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 22 })
    expect(r.evidence).toEqual([
      { path: CFG, line: 69, note: 'logging.channels.daily.driver' },
      { path: CFG, line: 70, note: 'logging.channels.daily.path' }
    ])
    expect(r.fingerprintKey).toBe('log:channel:daily')
    expect(r.message).toBe(
      "Log::channel('daily') logs to the channel 'daily' (driver daily at config/logging.php line 69, file " +
        'storage/logs/laravel.log): each server writes its own file, so logs are split across servers and lost ' +
        'when a server is replaced. Log to php://stderr (the stderr channel) or a central log service instead; if ' +
        'an agent ships these files, suppress this finding with the reason.'
    )
  })

  // [what, code, marker where the finding starts, text the message contains]
  const firing: Array<[string, string, string, string]> = [
    ['Log::driver()', "Log::driver('single')->info('x');", 'driver(', "the channel 'single' (driver single"],
    ['logger()->channel()', "logger()->channel('daily')->info('x');", 'channel(', "the channel 'daily'"],
    [
      'through a stack channel',
      "Log::channel('stack')->info('x');",
      'channel(',
      "through 'stack' → 'single'"
    ],
    ['Log::stack()', "Log::stack(['slack', 'single'])->info('x');", 'stack(', "the channel 'single'"],
    [
      'an aliased facade',
      "namespace App; use Illuminate\\Support\\Facades\\Log as L; L::channel('daily')->info('x');",
      'channel(',
      "the channel 'daily'"
    ],
    [
      'a channel name in a variable',
      "$c = 'daily'; Log::channel($c)->info('x');",
      'channel(',
      "the channel 'daily'"
    ],
    [
      'Log::build() single',
      "Log::build(['driver' => 'single', 'path' => storage_path('logs/import.log')])->info('x');",
      'build(',
      "Log::build() creates a 'single' channel that writes the log file storage_path('logs/import.log'), a path in the app's storage/ directory"
    ],
    [
      'Log::build() daily on an absolute path',
      "Log::build(['driver' => 'daily', 'path' => '/var/log/app/import.log', 'days' => 14]);",
      'build(',
      "a 'daily' channel that writes the log file '/var/log/app/import.log':"
    ],
    [
      'Log::build() monthly',
      "Log::build(['driver' => 'monthly', 'path' => storage_path('logs/m.log')]);",
      'build(',
      "a 'monthly' channel"
    ],
    [
      'Log::build() monolog StreamHandler',
      `${monolog.replace(/\n/g, ' ')}Log::build(['driver' => 'monolog', 'handler' => StreamHandler::class, 'with' => ['stream' => storage_path('logs/a.log')]]);`,
      'build(',
      'a monolog StreamHandler channel that writes'
    ],
    [
      'Log::build() monolog RotatingFileHandler in handler_with',
      "Log::build(['driver' => 'monolog', 'handler' => 'Monolog\\\\Handler\\\\RotatingFileHandler', 'handler_with' => ['filename' => storage_path('logs/r.log')]]);",
      'build(',
      'a monolog RotatingFileHandler channel'
    ],
    [
      'a Log::build() config in a variable',
      "$cfg = ['driver' => 'single', 'path' => storage_path('logs/x.log')]; Log::build($cfg);",
      'build(',
      "a 'single' channel"
    ],
    [
      'new StreamHandler(storage_path())',
      `${monolog.replace(/\n/g, ' ')}$h = new StreamHandler(storage_path('logs/a.log'));`,
      'new ',
      "new StreamHandler() writes the log file storage_path('logs/a.log')"
    ],
    [
      'new RotatingFileHandler, fully qualified',
      "$h = new \\Monolog\\Handler\\RotatingFileHandler(storage_path('logs/a.log'), 7);",
      'new ',
      'new RotatingFileHandler() writes'
    ]
  ]

  it.each(firing)('fires: %s', (_what, code, marker, text) => {
    const reports = run(code)
    expect(reports).toHaveLength(1)
    expect(reports[0].span.line).toBe(2)
    expect(reports[0].span.column).toBe(col(code, marker))
    expect(reports[0].severity).toBeUndefined()
    expect(reports[0].message).toContain(text)
    expect(reports[0].message).not.toContain('could not be resolved')
  })

  it('fires on a handler imported under another name, in one of several methods', () => {
    const code = [
      'use Monolog\\Handler\\StreamHandler as Sink;',
      'class Audit',
      '{',
      '    public function name(): string',
      '    {',
      "        return 'audit';",
      '    }',
      '',
      '    public function handler(): Sink',
      '    {',
      "        return new Sink(storage_path('logs/audit.log'));",
      '    }',
      '}'
    ].join('\n')
    const reports = run(code)
    expect(reports.map((r) => `${r.span.line}:${r.span.column}`)).toEqual([`12:${col(code, 'new ', 12)}`])
    expect(reports[0].message).toContain('new StreamHandler() writes')
  })

  it('points at the line that built the path', () => {
    const code =
      "$path = storage_path('logs/import.log');\nLog::build(['driver' => 'single', 'path' => $path]);"
    const [r] = run(code)
    expect(r.span).toMatchObject({ line: 3, column: 6 })
    expect(r.evidence).toEqual([
      { path: 'app/Example.php', line: 2, note: "the path starts with storage_path('logs/import.log') here" }
    ])
    expect(r.fingerprintKey).toBe('log:build:single:$path')
  })

  it('never echoes a path that comes from an env file, only the line that set it', () => {
    const [r] = run("Log::channel('envpath')->info('x');")
    expect(r.message).not.toContain('/srv/secret')
    expect(r.message).toContain("the channel 'envpath' (driver single at config/logging.php line 120)")
    expect(r.evidence).toContainEqual({ path: '.env', line: 4, note: 'LOG_PATH is set in .env' })
  })

  describe('says when the channel or path cannot be resolved', () => {
    const cases: Array<[string, string, LaravelProject | null, string]> = [
      [
        'a channel parameter',
        'function f($c) { Log::channel($c)->info(1); }',
        project(),
        'the channel is given as $c'
      ],
      ['an unknown channel', "Log::channel('audit')->info(1);", project(), "no log channel named 'audit'"],
      [
        'another config() key',
        "Log::channel(config('logging.audit'))->info(1);",
        project(),
        "the channel is given as config('logging.audit')"
      ],
      [
        'no project',
        "Log::channel('daily')->info(1);",
        null,
        "outside every Laravel app found, so the channel 'daily'"
      ],
      [
        'a channel whose path is unresolvable',
        "Log::channel('nopath')->info(1);",
        project(),
        "the path of the channel 'nopath' could not be resolved (config/logging.php line 131)"
      ],
      [
        'a Log::build() path from config()',
        "Log::build(['driver' => 'single', 'path' => config('logging.import')]);",
        project(),
        "its path is config('logging.import')"
      ],
      [
        'a Log::build() config from elsewhere',
        'function f(array $c) { Log::build($c); }',
        project(),
        'the channel configuration is given as $c'
      ],
      [
        'a handler stream from elsewhere',
        'function f($s) { new \\Monolog\\Handler\\StreamHandler($s); }',
        project(),
        'its path is $s'
      ]
    ]
    it.each(cases)('%s', (_what, code, p, why) => {
      const [r, ...rest] = run(code, p)
      expect(rest).toEqual([])
      expect(r.severity).toBeUndefined() // the rule is a notice already
      expect(r.span.line).toBe(2)
      expect(r.message).toContain('could not be resolved')
      expect(r.message).toContain(why)
    })
  })

  describe('look-alikes that must not fire', () => {
    const quiet: Array<[string, string]> = [
      ['stream and service channels', "Log::channel('stderr')->info(1); Log::channel('slack')->info(1);"],
      ['a single channel on php://stdout', "Log::channel('containers')->info(1);"],
      ['Log::stack() of non-file channels', "Log::stack(['stderr', 'slack'])->info(1);"],
      [
        'Log::build() single on php://stderr',
        "Log::build(['driver' => 'single', 'path' => 'php://stderr']);"
      ],
      ['Log::build() on /dev/stderr', "Log::build(['driver' => 'daily', 'path' => '/dev/stderr']);"],
      [
        'Log::build() with other drivers',
        "Log::build(['driver' => 'errorlog']); Log::build(['driver' => 'syslog']);"
      ],
      [
        'Log::build() monolog with a non-file handler',
        "Log::build(['driver' => 'monolog', 'handler' => \\Monolog\\Handler\\SyslogUdpHandler::class, 'with' => ['host' => 'x']]);"
      ],
      [
        'StreamHandler on a process stream',
        "new \\Monolog\\Handler\\StreamHandler('php://stderr'); new \\Monolog\\Handler\\StreamHandler(fopen('php://stdout', 'w'));"
      ],
      [
        'StreamHandler on a temp file',
        "new \\Monolog\\Handler\\StreamHandler(sys_get_temp_dir() . '/job.log');"
      ],
      [
        'a user StreamHandler class in another namespace',
        "namespace App\\Logging; new StreamHandler(storage_path('logs/x.log'));"
      ],
      [
        'the default channel and plain logging',
        "Log::channel()->info(1); Log::info('x'); logger('x'); logger()->info('x');"
      ],
      [
        "the default channel named through config('logging.default'), also in a variable and a stack",
        "Log::channel(config('logging.default'))->info(1); Log::driver(config('logging.default')); $c = config('logging.default'); logger()->channel($c)->info(1); Log::stack([config('logging.default'), 'slack'])->info(1);"
      ],
      [
        'channel() on something that is not the log manager',
        "$this->channel('daily'); $mail->driver('single'); Broadcast::channel('daily', fn () => true);"
      ],
      ['a user Log class', "namespace App\\Support; Log::channel('daily');"]
    ]
    it.each(quiet)('%s', (_what, code) => {
      expect(run(code)).toEqual([])
    })
  })

  describe('on the fixture apps (real project model)', () => {
    it("laravel10: Log::channel('daily') and Log::channel('stack') → single", () => {
      const p = fixtureProject('laravel10')
      const [daily] = run("Log::channel('daily')->info(1);", p)
      expect(daily.message).toContain(
        '(driver daily at config/logging.php line 69, file storage/logs/laravel.log)'
      )
      expect(daily.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
        'config/logging.php:68',
        'config/logging.php:69',
        'config/logging.php:70'
      ])
      const [stack] = run("Log::channel('stack')->info(1);", p)
      expect(stack.message).toContain("the channel 'single' (through 'stack' → 'single')")
    })

    it('laravel12-defaults: the stack follows LOG_STACK from .env.example', () => {
      const [r] = run("Log::channel('stack')->info(1);", fixtureProject('laravel12-defaults'))
      expect(r.message).toContain('chosen by LOG_STACK in .env.example line 19')
      expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
    })

    it('stateless: the stderr channel is fine', () => {
      expect(run("Log::channel('stderr')->info(1);", fixtureProject('stateless'))).toEqual([])
    })
  })
})
