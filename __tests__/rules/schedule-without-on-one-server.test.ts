import { describe, it, expect } from '@jest/globals'
import {
  scheduleWithoutOnOneServer,
  appendOnOneServer
} from '../../src/rules/schedule-without-on-one-server.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { runRule, starts } from '../../test-support/php.js'

const KERNEL = 'app/Console/Kernel.php'
const CONSOLE = 'routes/console.php'
const BOOTSTRAP = 'bootstrap/app.php'
const run = (text: string, path = CONSOLE) => runRule(scheduleWithoutOnOneServer, path, text)

const kernel = (body: string, param = 'Schedule $schedule') => `<?php

namespace App\\Console;

use Illuminate\\Console\\Scheduling\\Schedule;
use Illuminate\\Foundation\\Console\\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected function schedule(${param}): void
    {
${body}
    }
}
`

const facade = (body: string) => `<?php

use Illuminate\\Support\\Facades\\Schedule;

${body}
`

describe('schedule-without-on-one-server', () => {
  it('has the catalogue meta and is registered', () => {
    expect(scheduleWithoutOnOneServer.meta).toMatchObject({
      id: 'schedule-without-on-one-server',
      level: 'code',
      defaultSeverity: 'warning'
    })
    expect(codeRules).toContain(scheduleWithoutOnOneServer)
  })

  describe('fires', () => {
    it.each<[string, string, string, string[]]>([
      [
        'Kernel schedule(Schedule $schedule)',
        KERNEL,
        kernel("        $schedule->command('reports:generate')->daily();"),
        ['12:9']
      ],
      [
        'in a Blade template, the event kept in a variable without onOneServer() later',
        'resources/views/ops/schedule.blade.php',
        "@use('Illuminate\\Support\\Facades\\Schedule')\n<p>{{ $event = Schedule::command('a')->daily() }}</p>\n<p>{{ $event->withoutOverlapping() }}</p>\n",
        ['2:16']
      ],
      [
        'an untyped Kernel schedule($schedule) (the parent declares the type)',
        KERNEL,
        kernel("        $schedule->command('a')->daily();", '$schedule'),
        ['12:9']
      ],
      [
        'routes/console.php with the Schedule facade',
        CONSOLE,
        facade("Schedule::command('emails:send')->everyFiveMinutes();"),
        ['5:1']
      ],
      [
        'the root Schedule alias without an import',
        CONSOLE,
        '<?php\n\nSchedule::job(new ProcessPodcasts)->hourly();\n',
        ['3:1']
      ],
      [
        'an aliased facade import and a call() closure',
        CONSOLE,
        "<?php\nuse Illuminate\\Support\\Facades\\Schedule as Cron;\nCron::call(fn () => DB::table('x')->delete())->daily();\n",
        ['3:1']
      ],
      [
        'bootstrap/app.php withSchedule(function (Schedule $schedule))',
        BOOTSTRAP,
        "<?php\nuse Illuminate\\Console\\Scheduling\\Schedule;\nreturn Application::configure(basePath: dirname(__DIR__))\n    ->withSchedule(function (Schedule $schedule) {\n        $schedule->command('backup:run')->daily();\n    })->create();\n",
        ['5:9']
      ],
      [
        'an untyped withSchedule closure parameter',
        BOOTSTRAP,
        "<?php\nreturn Application::configure()\n    ->withSchedule(fn ($s) => $s->exec('node /srv/x.js')->hourly())\n    ->create();\n",
        ['3:31']
      ],
      [
        'an aliased Schedule class as parameter type',
        CONSOLE,
        '<?php\nuse Illuminate\\Console\\Scheduling\\Schedule as Scheduler;\n$register = function (Scheduler $s) {\n    $s->job(SendDigest::class)->weekly();\n};\n',
        ['4:5']
      ],
      [
        'app(Schedule::class)',
        'app/Providers/AppServiceProvider.php',
        "<?php\nuse Illuminate\\Console\\Scheduling\\Schedule;\napp(Schedule::class)->command('sync')->everyMinute();\n",
        ['3:1']
      ],
      [
        'a group without onOneServer',
        CONSOLE,
        facade(
          "Schedule::daily()->group(function () {\n    Schedule::command('a');\n    Schedule::command('b')->onOneServer();\n});"
        ),
        ['6:5']
      ],
      [
        'a group on a typed variable with use ($schedule)',
        KERNEL,
        kernel(
          "        $schedule->daily()->group(function () use ($schedule) {\n            $schedule->command('a');\n        });"
        ),
        ['13:13']
      ],
      [
        'Artisan::command closure with ->daily()',
        CONSOLE,
        "<?php\nuse Illuminate\\Support\\Facades\\Artisan;\nArtisan::command('users:prune', function () {\n    User::stale()->delete();\n})->purpose('Prune users')->daily();\n",
        ['3:1']
      ],
      [
        'Artisan::command closure with ->schedule()->everyHour-like chains',
        CONSOLE,
        "<?php\nArtisan::command('x', fn () => 1)->schedule(['--force'])->hourly();\n",
        ['2:1']
      ],
      [
        'Artisan::command closures scheduled by any Event method ClosureCommand forwards (11+)',
        CONSOLE,
        "<?php\nArtisan::command('a', fn () => 1)->withoutOverlapping()->at('10:00');\nArtisan::command('b', fn () => 1)->purpose('x')->runInBackground();\nArtisan::command('c', fn () => 1)->at('02:00');\nArtisan::command('d', fn () => 1)->evenInMaintenanceMode();\nArtisan::command('e', fn () => 1)->timezone('UTC')->between('8:00', '17:00');\n",
        ['2:1', '3:1', '4:1', '5:1', '6:1']
      ],
      [
        'a Schedule kept in a variable from app(), resolve() or the container make()',
        'app/Providers/AppServiceProvider.php',
        "<?php\nuse Illuminate\\Console\\Scheduling\\Schedule as S;\n$a = app(S::class);\n$a->command('a')->daily();\nfunction f() {\n    $b = resolve(S::class);\n    $b->command('b')->daily();\n}\n$this->app->booted(function () {\n    $c = $this->app->make(S::class);\n    $c->command('c')->daily();\n});\nApp::make(S::class)->command('d')->daily();\napp()->make(S::class)->job(new X)->hourly();\n",
        ['4:1', '7:5', '11:5', '13:1', '14:1']
      ],
      [
        'the untyped parameter of a group closure',
        CONSOLE,
        facade("Schedule::daily()->group(function ($schedule) {\n    $schedule->command('a');\n});"),
        ['6:5']
      ],
      [
        'the untyped parameter of an afterResolving(Schedule::class) callback',
        'app/Providers/AppServiceProvider.php',
        "<?php\nuse Illuminate\\Console\\Scheduling\\Schedule;\n$this->callAfterResolving(Schedule::class, function ($schedule) {\n    $schedule->command('a')->daily();\n});\n$this->app->afterResolving(Schedule::class, fn ($s) => $s->command('b')->daily());\n",
        ['4:5', '6:56']
      ],
      [
        'onOneServer() on a different event only',
        CONSOLE,
        facade("Schedule::command('a')->daily()->onOneServer();\nSchedule::command('b')->daily();"),
        ['6:1']
      ],
      [
        'an event kept in a variable that never gets onOneServer()',
        KERNEL,
        kernel(
          "        $event = $schedule->command('a')->daily();\n        $event->withoutOverlapping();\n        $other->onOneServer();"
        ),
        ['12:18']
      ],
      [
        'withoutOverlapping() is not onOneServer()',
        KERNEL,
        kernel("        $schedule->command('a')->withoutOverlapping()->daily();"),
        ['12:9']
      ],
      [
        'a Schedule received through a closure use () outside a group',
        KERNEL,
        kernel(
          "        collect(['a', 'b'])->each(function ($c) use ($schedule) {\n            $schedule->command($c)->daily();\n        });"
        ),
        ['13:13']
      ]
    ])('%s', (_title, path, text, expected) => {
      expect(starts(run(text, path))).toEqual(expected)
    })
  })

  describe('does not fire', () => {
    it.each<[string, string, string]>([
      [
        'a variable named $schedule that is not typed Schedule',
        CONSOLE,
        "<?php\nfunction register($schedule) {\n    $schedule->command('x')->daily();\n}\n"
      ],
      [
        'an untyped schedule() method outside a console Kernel',
        KERNEL,
        "<?php\nclass Planner { function schedule($schedule) { $schedule->command('x')->daily(); } }\n"
      ],
      [
        'a command() method on another class',
        CONSOLE,
        "<?php\nuse App\\Console\\Runner;\nfunction f(Runner $runner) { $runner->command('x')->daily(); }\n$this->command('y');\nArtisan::call('z');\n"
      ],
      [
        'a Schedule class from another namespace',
        CONSOLE,
        "<?php\nnamespace App\\Jobs;\nSchedule::command('x')->daily();\nfunction f(\\App\\Support\\Schedule $schedule) { $schedule->command('y')->daily(); }\n"
      ],
      [
        'onOneServer() in the middle of the chain',
        KERNEL,
        kernel(
          "        $schedule->command('a')->onOneServer()->daily();\n        $schedule->job(new Heartbeat)->ONONESERVER()->everyMinute();"
        )
      ],
      [
        'onOneServer() set before the event on the Schedule',
        CONSOLE,
        facade("Schedule::onOneServer()->command('a')->daily();")
      ],
      [
        'a group with onOneServer() (facade)',
        CONSOLE,
        facade("Schedule::daily()->onOneServer()->group(fn () => Schedule::command('a'));")
      ],
      [
        'a group with onOneServer() on a typed variable',
        KERNEL,
        kernel(
          "        $schedule->onOneServer()->daily()->group(function () use ($schedule) {\n            $schedule->command('b');\n            $schedule->call(fn () => 1);\n        });"
        )
      ],
      [
        'a nested group inside a group with onOneServer()',
        CONSOLE,
        facade(
          "Schedule::onOneServer()->group(function () {\n    Schedule::hourly()->group(fn () => Schedule::command('a'));\n});"
        )
      ],
      [
        'variables from other container calls, and untyped callbacks for other classes',
        'app/Providers/AppServiceProvider.php',
        "<?php\nuse Illuminate\\Console\\Scheduling\\Schedule;\nuse App\\Support\\Schedule as Planner;\n$a = app(Planner::class);\n$a->command('a')->daily();\n$b = $this->app->make(Runner::class);\n$b->command('b')->daily();\n$c = app();\n$c->command('c')->daily();\n$this->app->make(Planner::class)->command('d')->daily();\n$this->callAfterResolving(Planner::class, function ($schedule) {\n    $schedule->command('e')->daily();\n});\n$collection->group(function ($schedule) {\n    $schedule->command('f')->daily();\n});\n"
      ],
      [
        'an untyped group parameter inside a group with onOneServer()',
        CONSOLE,
        facade("Schedule::onOneServer()->group(function ($schedule) {\n    $schedule->command('a');\n});")
      ],
      [
        'Artisan::command without a frequency',
        CONSOLE,
        "<?php\nArtisan::command('inspire', function () {\n    $this->comment('x');\n})->purpose('Display an inspiring quote');\n"
      ],
      [
        'Artisan::command with only ClosureCommand and Command methods',
        CONSOLE,
        "<?php\nArtisan::command('x', fn () => 1)->purpose('p')->describe('d')->setHidden(true);\n"
      ],
      [
        'Artisan::command with onOneServer() forwarded first',
        CONSOLE,
        "<?php\nArtisan::command('x', fn () => 1)->purpose('p')->onOneServer()->at('10:00');\n"
      ],
      [
        'Artisan::command with ->daily()->onOneServer()',
        CONSOLE,
        "<?php\nArtisan::command('x', fn () => 1)->daily()->onOneServer();\n"
      ],
      [
        'the chain continued through a variable',
        KERNEL,
        kernel("        $event = $schedule->command('a')->daily();\n        $event->onOneServer();")
      ],
      [
        'in a Blade template, the chain continued through a variable in a later segment',
        'resources/views/ops/schedule.blade.php',
        "@use('Illuminate\\Support\\Facades\\Schedule')\n<p>{{ $event = Schedule::command('a')->daily() }}</p>\n<p>{{ $event->onOneServer() }}</p>\n"
      ],
      [
        'Schedule methods that create no event',
        CONSOLE,
        facade("Schedule::useCache('redis');\n$events = Schedule::events();")
      ],
      [
        'scheduling words in comments and strings',
        CONSOLE,
        "<?php\n// Schedule::command('x')->daily();\n$s = \"Schedule::command('x')\";\n"
      ]
    ])('%s', (_title, path, text) => {
      expect(run(text, path)).toEqual([])
    })
  })

  describe('reports', () => {
    it('anchors the whole chain, names the command and fingerprints it', () => {
      const [report] = run(kernel("        $schedule->command('reports:generate')->daily();"), KERNEL)
      expect(report).toEqual({
        path: KERNEL,
        span: { line: 12, column: 9, endLine: 12, endColumn: 56 },
        message:
          "Scheduled command 'reports:generate' runs on every server that runs `schedule:run`; add ->onOneServer() " +
          'so only one server runs it. The lock needs a shared cache store (redis, memcached, dynamodb or database).',
        evidence: [],
        fingerprintKey: 'schedule:command:reports:generate',
        suggestion: "        $schedule->command('reports:generate')->daily()->onOneServer();"
      })
    })

    it('appends a new line with the same indentation to a one-method-per-line chain', () => {
      const text = facade(
        "Schedule::command('reports:generate')\n    ->dailyAt('02:00')\n    ->emailOutputTo('ops@example.com'); // nightly"
      )
      const [report] = run(text)
      expect(report.span).toEqual({ line: 5, column: 1, endLine: 7, endColumn: 39 })
      expect(report.suggestion).toBe(
        "Schedule::command('reports:generate')\n    ->dailyAt('02:00')\n    ->emailOutputTo('ops@example.com')\n    ->onOneServer(); // nightly"
      )
    })

    it('appends inline when the chain ends after a closure', () => {
      const [report] = run(
        "<?php\nArtisan::command('users:prune', function () {\n    User::stale()->delete();\n})->daily();\n"
      )
      expect(report.span).toEqual({ line: 2, column: 1, endLine: 4, endColumn: 12 })
      expect(report.suggestion).toBe(
        "Artisan::command('users:prune', function () {\n    User::stale()->delete();\n})->daily()->onOneServer();"
      )
      expect(report.message).toMatch(/^Scheduled closure command 'users:prune' runs on every server/)
      expect(report.fingerprintKey).toBe('schedule:artisan:users:prune')
    })

    it('asks for a name first on call() events and gives no suggestion', () => {
      const [report] = run(facade('Schedule::call(function () {\n    Cache::forget(1);\n})->hourly();'))
      expect(report.message).toContain("add ->name('…')->onOneServer()")
      expect(report.message).toContain('LogicException')
      expect(report.suggestion).toBeUndefined()
      const [named] = run(facade("Schedule::call(fn () => 1)->name('flush')->hourly();"))
      expect(named.message).toMatch(/^Scheduled closure 'flush' runs/)
      expect(named.suggestion).toBe("Schedule::call(fn () => 1)->name('flush')->hourly()->onOneServer();")
      expect(named.fingerprintKey).toBe('schedule:call:flush')
    })

    it('mentions the group and gives no suggestion where the chain is not a statement', () => {
      const [report] = run(
        facade("Schedule::daily()->group(fn () => Schedule::job(new Digest)->at('09:00'));")
      )
      expect(report.message).toContain('the Schedule group around it does not set onOneServer() either')
      expect(report.message).toMatch(/^Scheduled job Digest/)
      expect(report.suggestion).toBeUndefined()
      expect(report.span).toEqual({ line: 5, column: 35, endLine: 5, endColumn: 73 })
    })

    it('keeps CRLF line endings in suggestions', () => {
      expect(
        appendOnOneServer("a\r\n  $s->command('x')\r\n    ->daily();\r\n", {
          line: 2,
          endLine: 3,
          endColumn: 14
        })
      ).toBe("  $s->command('x')\r\n    ->daily()\r\n    ->onOneServer();\r")
      expect(
        appendOnOneServer('$x = f($s->command("x"));', { line: 1, endLine: 1, endColumn: 24 })
      ).toBeNull()
    })
  })
})
