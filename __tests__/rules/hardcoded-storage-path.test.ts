import { describe, it, expect } from '@jest/globals'
import { hardcodedStoragePath, matchStoragePath } from '../../src/rules/hardcoded-storage-path.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { runRule, starts } from '../../test-support/php.js'

const PATH = 'app/Services/ReportService.php'
const VIEW = 'resources/views/profile.blade.php'
const run = (text: string, path = PATH) => runRule(hardcodedStoragePath, path, text)

describe('hardcoded-storage-path', () => {
  it('has the catalogue meta and is registered', () => {
    expect(hardcodedStoragePath.meta).toMatchObject({
      id: 'hardcoded-storage-path',
      level: 'code',
      defaultSeverity: 'warning'
    })
    expect(codeRules).toContain(hardcodedStoragePath)
  })

  describe('fires', () => {
    it.each<[string, string, string, string[]]>([
      ['a storage/app literal', PATH, "<?php\n$path = 'storage/app/reports/daily.csv';\n", ['2:9']],
      [
        'an absolute path into storage',
        PATH,
        "<?php\nfopen('/var/www/html/storage/app/x.log', 'a');\n",
        ['2:7']
      ],
      ['a /storage/… web path', PATH, "<?php\n$url = '/storage/avatars/' . $user->id . '.png';\n", ['2:8']],
      [
        'storage/app inside an interpolated string',
        PATH,
        '<?php\n$p = "storage/app/invoices/{$invoice->id}.pdf";\n',
        ['2:6']
      ],
      [
        'storage/app inside a heredoc part',
        PATH,
        '<?php\n$cmd = <<<SH\ncd {$root}\ntar czf storage/app/backup.tgz .\nSH;\n',
        ['4:9']
      ],
      [
        'a public/uploads directory in a concatenation',
        PATH,
        "<?php\n$dest = 'public/uploads/' . $name;\n",
        ['2:9']
      ],
      [
        'a nested public/images/uploads directory',
        PATH,
        "<?php\n$dir = base_path('public/images/uploads');\n",
        ['2:18']
      ],
      ["public_path('uploads')", PATH, "<?php\n$file->move(public_path('uploads'), $name);\n", ['2:25']],
      ['public_path("uploads/{$id}")', PATH, '<?php\n$d = public_path("images/uploads/{$id}");\n', ['2:18']],
      [
        "asset('storage/…') relying on files under public/storage",
        PATH,
        "<?php\n$src = asset('storage/avatars/' . $file);\n",
        ['2:14']
      ],
      [
        'a Blade echo with a storage path',
        VIEW,
        '<p>\n  <img src="{{ asset(\'storage/avatars/me.png\') }}">\n</p>\n',
        ['2:22']
      ],
      ['HTML markup in a string', PATH, '<?php\n$html = "<img src=\'/storage/logos/a.png\'>";\n', ['2:9']],
      [
        'a nowdoc holding a log path',
        PATH,
        "<?php\n$p = <<<'P'\n/srv/app/storage/logs/worker.log\nP;\n",
        ['3:1']
      ],
      ['a relative storage path with ./', PATH, "<?php\ntouch('./storage/framework/down');\n", ['2:7']],
      [
        'several literals in one statement',
        PATH,
        "<?php\ncopy('storage/app/a', 'public/uploads/a');\n",
        ['2:6', '2:23']
      ],
      [
        'a server path read inside the argument of a disk call (not a key itself)',
        PATH,
        "<?php\nuse Illuminate\\Support\\Facades\\Storage;\nStorage::disk('s3')->put('x', file_get_contents('storage/app/x'));\nStorage::disk('s3')->putFile('p', new \\Illuminate\\Http\\File('/srv/storage/app/a.jpg'));\n",
        ['3:49', '4:61']
      ],
      [
        "Storage::build()'s root, a directory on this server",
        PATH,
        "<?php\nuse Illuminate\\Support\\Facades\\Storage;\n$d = Storage::build('/srv/app/storage/app/tmp');\n",
        ['3:21']
      ],
      [
        'store() on something that is not an upload, and a put() that is not a Storage disk',
        PATH,
        "<?php\n$repo->store('public/uploads');\n$cache->put('storage/app/x', 1);\n\\App\\Support\\Storage::put('storage/app/y', 1);\n",
        ['2:14', '3:13', '4:27']
      ]
    ])('%s', (_title, path, text, expected) => {
      expect(starts(run(text, path))).toEqual(expected)
    })
  })

  describe('does not fire', () => {
    it.each<[string, string]>([
      [
        'storage paths in comments',
        '<?php\n// writes to storage/app/reports\n/** @see /storage/app/x */\n# public/uploads\n$a = 1;\n'
      ],
      [
        'a URL on another host',
        "<?php\n$u = 'https://cdn.example.com/storage/app/x.png';\n$s = 's3://bucket/storage/app/x';\n$p = '//cdn.example.com/storage/x';\n"
      ],
      [
        "storage_path('app/x') (the path is built from the helper)",
        "<?php\n$p = storage_path('app/reports/x.csv');\n"
      ],
      [
        'paths relative to a disk',
        "<?php\nStorage::disk('s3')->put('app/public/avatars/1.png', $c);\n$f->store('uploads/avatars', 's3');\n"
      ],
      [
        'keys of a shared disk that look like server paths',
        "<?php\nuse Illuminate\\Support\\Facades\\Storage;\nStorage::disk('s3')->put('public/uploads/x.png', 'a');\nStorage::disk('s3')->put('storage/app/x', 'a');\nStorage::disk('s3')->url('storage/avatars/x.png');\nStorage::drive('s3')->delete(['storage/app/a', \"storage/app/{$id}\"]);\n"
      ],
      [
        'keys of the default disk, a disk in a variable and a built disk',
        "<?php\nuse Illuminate\\Support\\Facades\\Storage;\nStorage::putFileAs('public/uploads', $f, 'x');\nStorage::url('storage/avatars/' . $name);\n$disk = Storage::disk(config('filesystems.default'));\n$disk->path('storage/app/x');\nStorage::build(['driver' => 's3'])->put(path: 'public/uploads/a', contents: 'b');\n"
      ],
      [
        "an upload's store() path and name",
        "<?php\nuse Illuminate\\Http\\Request;\nclass C { function a(Request $request) {\n$request->file('a')->store('public/uploads', 's3');\n$request->file('a')->storeAs('public/avatars', 'a.png', 's3');\nrequest()->file('b')->storePublicly('storage/app/x');\n} }\n"
      ],
      [
        'disk keys in a Blade template',
        "{{ Storage::disk('s3')->url('storage/avatars/x.png') }}\n@php Storage::disk('s3')->put('public/uploads/x.png', 'a'); @endphp\n"
      ],
      [
        'the bare word storage and look-alike names',
        "<?php\n$a = ['storage', 'storage/', 'mystorage/app', 'storages/x', 'storage.index', 'storage:link'];\n"
      ],
      [
        'other public_path() files',
        "<?php\n$m = public_path('build/manifest.json'); $c = public_path('css/app.css');\n"
      ],
      [
        'public/ without an upload directory',
        "<?php\n$a = 'public/images/logo.png'; $b = 'public/uploader.js';\n"
      ],
      [
        'Blade template text (not PHP)',
        '<img src="/storage/avatars/me.png">\n<a href="storage/app/x">x</a>\n'
      ],
      [
        'a @php block inside a Blade comment',
        "{{-- @php $p = '/storage/app/x'; Storage::disk('local')->put('storage/app/y', 'z'); @endphp --}}\n"
      ],
      ['variables and properties named like storage', '<?php\n$storage_app = $this->storage->app;\n'],
      ['a dynamic prefix before storage', '<?php\n$p = $root . "-storage/app";\n'],
      ['storage/app text with no path token', "<?php\n$a = 'storage /app';\n"],
      [
        "a bare 'storage/' prefix (too generic to call a location)",
        "<?php\n$u = asset('storage/' . $f); $ok = str_starts_with($p, '/storage/');\n"
      ]
    ])('%s', (_title, text) => {
      const path = text.startsWith('<?php') ? PATH : VIEW
      expect(run(text, path)).toEqual([])
    })

    it('stays silent in config files', () => {
      const text =
        "<?php\nreturn ['disks' => ['public' => ['root' => 'storage/app/public', 'url' => '/storage']]];\n"
      expect(runRule(hardcodedStoragePath, 'config/filesystems.php', text, { isConfigFile: true })).toEqual(
        []
      )
      expect(run(text)).toHaveLength(1)
    })
  })

  describe('reports', () => {
    it('anchors the literal, names the token and fingerprints by it', () => {
      const [report] = run("<?php\n$path = 'storage/app/reports/daily.csv';\n")
      expect(report).toEqual({
        path: PATH,
        span: { line: 2, column: 9, endLine: 2, endColumn: 40 },
        message:
          "'storage/app/reports/daily.csv' hard-codes a path on this server's local disk: files there exist only on " +
          "the server that wrote them. Use a Storage disk with a shared driver (Storage::disk('s3')) and paths relative to it.",
        evidence: [],
        fingerprintKey: 'path:storage/app/reports/daily.csv'
      })
    })

    it('anchors the token inside a multi-line heredoc', () => {
      const [report] = run("<?php\n$sql = <<<SQL\n  COPY t\n  TO '/srv/app/storage/exports/t.csv';\nSQL;\n")
      expect(report.span).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 37 })
    })

    it('explains upload directories', () => {
      const [report] = run("<?php\n$file->move(public_path('uploads/avatars'), $name);\n")
      expect(report.message).toMatch(/^'public\/uploads\/avatars' hard-codes an upload directory/)
      expect(report.span).toEqual({ line: 2, column: 25, endLine: 2, endColumn: 42 })
    })
  })

  it("not Laravel's own maintenance-mode check in public/index.php (that is maintenance-driver-file's)", () => {
    const skeleton =
      "<?php\n\nuse Illuminate\\Http\\Request;\n\ndefine('LARAVEL_START', microtime(true));\n\n" +
      "if (file_exists($maintenance = __DIR__.'/../storage/framework/maintenance.php')) {\n    require $maintenance;\n}\n" +
      "if (file_exists(__DIR__ . '/../storage/framework/maintenance.php')) {\n    require __DIR__ . '/../storage/framework/maintenance.php';\n}\n"
    expect(run(skeleton, 'public/index.php')).toEqual([])
    // Only that file: the directory, or another file beside it, is still a hard-coded location.
    expect(
      starts(
        run("<?php\n$a = 'storage/framework/maintenance.php.bak';\n$b = '/../storage/framework/down';\n")
      )
    ).toEqual(['2:6', '3:6'])
  })

  describe('prose: messages for a person, not locations the code uses', () => {
    it('not in translation files, console output, log and exception messages, or a command description', () => {
      // Seen in invoiceninja, firefly-iii, pixelfed, akaunting and Lychee.
      const translations =
        "<?php\n\nreturn [\n    'help' => 'include logs from storage/logs/laravel-error.log',\n];\n"
      expect(run(translations, 'lang/en/texts.php')).toEqual([])
      expect(run(translations, 'resources/lang/en_US/errors.php')).toEqual([])
      // invoiceninja's shape.
      expect(
        run(
          "<?php\n$lang = array(\n    'help' => 'see storage/logs/laravel-error.log',\n);\n\nreturn $lang;\n",
          'lang/de/texts.php'
        )
      ).toEqual([])
      const command = [
        '<?php',
        'class ClearTemp extends Command {',
        "    protected $description = 'Clear all storage/app/temp files';",
        '    public function handle() {',
        "        $this->info('Check storage/logs/laravel.log for the result.');",
        "        $this->error('Missing storage/app/cities.json file!');",
        '        Log::warning("Could not write storage/app/{$name}");',
        "        $this->line('See ' . 'storage/logs/laravel.log');",
        "        throw new RuntimeException('storage/app/x is not writable');",
        "        echo __('installer.folder', ['directory' => 'storage/app']);",
        '    }',
        '}',
        ''
      ].join('\n')
      expect(run(command, 'app/Console/Commands/ClearTemp.php')).toEqual([])
    })

    it('not in a route URI (pixelfed), nor a route prefix', () => {
      const routes = [
        '<?php',
        'use Illuminate\\Support\\Facades\\Route;',
        "Route::get('storage/m/_v2/{pid}/{mhash}/{uhash}/{f}', 'MediaController@fallbackRedirect');",
        "Route::redirect('/storage/avatars/{file}', '/avatars/{file}');",
        "\\Route::prefix('storage/app')->group(function () {});",
        ''
      ].join('\n')
      expect(run(routes, 'routes/web.php')).toEqual([])
      // Another class's get(), or a path handed to the route's action, is still judged.
      expect(
        starts(
          run(
            "<?php\n$cache->get('storage/app/x.json');\nRoute::get('/export', fn () => file_get_contents('storage/app/e.csv'));\n",
            'routes/web.php'
          )
        )
      ).toEqual(['2:13', '3:50'])
    })

    it('still a location where the message holds a call that uses it, or the file is not a translation file', () => {
      expect(
        starts(run("<?php\n$this->info(file_put_contents('storage/app/x.txt', $data));\n", 'app/C.php'))
      ).toEqual(['2:31'])
      // lang/ in a path, but not in a locale directory.
      expect(starts(run("<?php\n$path = 'storage/app/x.csv';\n", 'lang/helpers.php'))).toEqual(['2:9'])
      expect(starts(run("<?php\nreturn ['path' => 'storage/app/x.csv'];\n", 'app/Data/paths.php'))).toEqual([
        '2:19'
      ])
      // A property that is not a description.
      expect(
        starts(run("<?php\nclass A { protected $dir = 'storage/app/exports'; }\n", 'app/A.php'))
      ).toEqual(['2:28'])
    })
  })

  it('matchStoragePath finds tokens inside markup and skips URLs', () => {
    expect(matchStoragePath("url('/storage/bg.png')")?.token).toBe('/storage/bg.png')
    expect(matchStoragePath('see https://x.io/storage/app then storage/app/y')?.token).toBe('storage/app/y')
    expect(matchStoragePath('nothing here')).toBeNull()
  })
})
