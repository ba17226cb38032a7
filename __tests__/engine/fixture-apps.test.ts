// Every rule fires where it should and nowhere else, on the fixture apps (see fixtures/apps/README.md).
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { runAudit } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import { FIXTURE_APPS, removeTempApps, tempApp, writeFiles } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

async function audit(dir: string, base: string | null = null): Promise<Finding[]> {
  return (await runAudit({ root: dir, base, filterMode: 'added', configFile: null })).findings
}

const brief = (f: Finding): string => `${f.severity} ${f.ruleId} ${f.path}:${f.line}`

describe('fixture apps', () => {
  it('laravel10: 10.x names and file drivers, and the code-level rules', async () => {
    expect((await audit(path.join(FIXTURE_APPS, 'laravel10'))).map(brief)).toEqual([
      'warning log-channel-local .env.example:7',
      'warning filesystem-disk-local .env.example:20',
      'warning queue-connection-local .env.example:21',
      'error session-driver-local .env.example:22',
      'warning cache-store-local .env.production:7',
      'error schedule-lock-store-local .env.production:7',
      'warning schedule-without-on-one-server app/Console/Kernel.php:15',
      'error upload-to-local-disk app/Http/Controllers/AvatarController.php:11',
      'error env-outside-config app/Http/Controllers/AvatarController.php:15',
      'error native-php-session app/Legacy/Cart.php:9',
      'error native-php-session app/Legacy/Cart.php:10',
      'warning storage-local-write app/Services/ReportWriter.php:13',
      'warning cache-store-explicit-local app/Services/ReportWriter.php:15',
      'notice log-local-file-in-code app/Services/ReportWriter.php:17',
      'warning hardcoded-storage-path app/Services/ReportWriter.php:22',
      'notice maintenance-driver-file config/app.php:143',
      'error env-outside-config resources/views/welcome.blade.php:4',
      'notice env-outside-config tests/Feature/AvatarTest.php:11'
    ])
  })

  it('laravel12-defaults: framework defaults (sqlite, database drivers, LOG_STACK=single)', async () => {
    expect((await audit(path.join(FIXTURE_APPS, 'laravel12-defaults'))).map(brief)).toEqual([
      'notice maintenance-driver-file .env.example:11',
      'warning log-channel-local .env.example:19',
      'error database-sqlite-file .env.example:23',
      'error session-driver-local .env.example:30',
      'warning filesystem-disk-local .env.example:37',
      'warning queue-connection-local .env.example:38',
      'warning cache-store-local .env.example:40',
      'error schedule-lock-store-local .env.example:40',
      'warning schedule-without-on-one-server bootstrap/app.php:13'
    ])
  })

  it('upgraded-cache-driver: .env.example sets the 10.x keys the 11 config no longer reads', async () => {
    const found = await audit(path.join(FIXTURE_APPS, 'upgraded-cache-driver'))
    expect(found.map(brief)).toEqual([
      'warning env-key-ignored .env.example:18',
      'warning env-key-ignored .env.example:19',
      'warning env-key-ignored .env.example:20',
      'notice maintenance-driver-file composer.lock:11',
      'warning filesystem-disk-local config/filesystems.php:16'
    ])
    expect(found.map((f) => f.message.match(/reads (\w+), so (\w+)/)?.slice(1))).toEqual([
      ['BROADCAST_CONNECTION', 'BROADCAST_DRIVER'],
      ['CACHE_STORE', 'CACHE_DRIVER'],
      ['FILESYSTEM_DISK', 'FILESYSTEM_DRIVER'],
      undefined,
      undefined
    ])
  })

  it('stateless: redis, s3, stderr and onOneServer() yield no finding at all', async () => {
    const result = await runAudit({
      root: path.join(FIXTURE_APPS, 'stateless'),
      base: null,
      filterMode: 'all',
      configFile: null
    })
    expect(result.findings).toEqual([])
    expect(result.suppressed).toEqual([])
    expect(result.summary.files).toBeGreaterThan(5)
  })

  it("stateless: PhpStorm's .phpstorm.meta.php (a file, or a directory of them) is never audited", async () => {
    const meta =
      "<?php\nnamespace PHPSTORM_META {\n    expectedArguments(\\env(), 0, argumentsSet('env'));\n    expectedArguments(\\Illuminate\\Support\\Env::get(), 0, argumentsSet('env'));\n}\n"
    const dir = tempApp('stateless', {
      '.phpstorm.meta.php': meta,
      'tools/.phpstorm.meta.php/laravel.meta.php': meta,
      'app/Meta.php': "<?php\n$a = env('X');\n"
    })
    const result = await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
    expect(result.findings.map(brief)).toEqual(['error env-outside-config app/Meta.php:2'])
  })

  it('stateless: code in an app nested in tests/ (a test fixture) is capped at notice, as tests/ is', async () => {
    const dir = tempApp('stateless', {
      'tests/Fixtures/legacy/artisan': '',
      'tests/Fixtures/legacy/app/Old.php': "<?php\n$a = env('X');\n"
    })
    const result = await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
    expect(result.findings.map(brief)).toEqual([
      'notice env-outside-config tests/Fixtures/legacy/app/Old.php:2'
    ])
  })

  it('monorepo: each app resolved on its own', async () => {
    expect((await audit(path.join(FIXTURE_APPS, 'monorepo'))).map(brief)).toEqual([
      'warning cache-store-local apps/admin/.env.production:4',
      'error session-driver-local apps/shop/.env.example:5',
      'notice maintenance-driver-file apps/shop/composer.lock:20'
    ])
  })
})

describe('apps sharing an env file', () => {
  it('reports a suppression in it once, not once per app', async () => {
    const dir = tempApp('monorepo', {
      'stateless-audit.json': JSON.stringify({ envFiles: ['../.env', '.env.production', '.env.example'] }),
      'apps/.env': '# stateless-audit-ignore cache-store-local\nAPP_NAME=shared\n'
    })
    const result = await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
    expect(result.findings.filter((f) => f.path === 'apps/.env').map(brief)).toEqual([
      'notice suppression-without-reason apps/.env:1',
      'notice unused-suppression apps/.env:1'
    ])
  })
})

describe('a pull-request-shaped change on a fixture app', () => {
  function git(dir: string, ...args: string[]): void {
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      stdio: 'ignore'
    })
  }

  it('reports exactly what the change introduces, each with its cause', async () => {
    const dir = tempApp('laravel10')
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    writeFiles(dir, {
      'app/Http/Controllers/ProfileController.php': `<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Storage;

class ProfileController extends Controller
{
    public function avatar(Request $request)
    {
        $path = $request->file('avatar')->store('avatars');
        Storage::disk('public')->put('profiles/'.$request->user()->id.'.json', $request->user()->toJson());

        return back()->with('path', $path);
    }

    public function legacy()
    {
        session_start();

        return 'ok';
    }
}
`,
      'app/Console/Kernel.php': `<?php

namespace App\\Console;

use Illuminate\\Console\\Scheduling\\Schedule;
use Illuminate\\Foundation\\Console\\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    /**
     * Define the application's command schedule.
     */
    protected function schedule(Schedule $schedule): void
    {
        $schedule->command('reports:generate')->daily();

        $schedule->command('emails:send')
            ->hourly()
            ->onOneServer();

        $schedule->command('invoices:remind')->daily();
    }

    /**
     * Register the commands for the application.
     */
    protected function commands(): void
    {
        $this->load(__DIR__.'/Commands');

        require base_path('routes/console.php');
    }
}
`
    })
    const found = await audit(dir, 'main')
    expect(found.map(brief)).toEqual([
      'warning schedule-without-on-one-server app/Console/Kernel.php:21',
      'error upload-to-local-disk app/Http/Controllers/ProfileController.php:12',
      'warning storage-local-write app/Http/Controllers/ProfileController.php:13',
      'error native-php-session app/Http/Controllers/ProfileController.php:20'
    ])
    const [schedule, upload, write] = found
    expect(schedule.suggestion).toBe("        $schedule->command('invoices:remind')->daily()->onOneServer();")
    // The cause: the default disk resolves to the local driver, through the env and config lines.
    expect(upload.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(
      expect.arrayContaining(['config/filesystems.php:16', '.env.example:20', 'config/filesystems.php:34'])
    )
    expect(write.evidence.map((e) => `${e.path}:${e.line}`)).toContain('config/filesystems.php:40')
  })
})
