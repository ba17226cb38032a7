import { describe, expect, it } from '@jest/globals'
import type { RuleReport } from '../../src/engine/types.js'
import type { LaravelProject } from '../../src/laravel/types.js'
import { isWriteMode, storageLocalWrite } from '../../src/rules/storage-local-write.js'
import { fakeProject } from '../../test-support/fake-project.js'
import { fixtureProject } from '../../test-support/fixture-project.js'
import { checkRule, codeContext, php } from '../../test-support/php.js'

/**
 * Default disk 'local' chosen by FILESYSTEM_DISK in .env line 5 (config/filesystems.php:16), driver at
 * line 36, root at 37; 'public' (41-43) is local too; 's3' and 'cloudy' (a disk *named* like a local
 * one would be, driver s3) are shared; 'weird' has an unresolvable driver.
 */
function project(options: { defaultDisk?: 'local' | 's3' } = {}): LaravelProject {
  const b = fakeProject()
  const cfg = 'config/filesystems.php'
  const local = b.disk(
    b.config(cfg, 'local', { line: 35, note: "defines the disk 'local'" }),
    b.config(cfg, 'local', { line: 36, note: 'filesystems.disks.local.driver' }),
    b.config(cfg, 'storage/app/private', { line: 37, note: 'filesystems.disks.local.root' })
  )
  b.disk(
    b.config(cfg, 'public', { line: 41, note: "defines the disk 'public'" }),
    b.config(cfg, 'local', { line: 42, note: 'filesystems.disks.public.driver' }),
    b.config(cfg, 'storage/app/public', { line: 43, note: 'filesystems.disks.public.root' })
  )
  const s3 = b.disk(b.config(cfg, 's3', { line: 50 }), b.config(cfg, 's3', { line: 51 }))
  b.disk(b.config(cfg, 'cloudy', { line: 55 }), b.config(cfg, 's3', { line: 56 }))
  b.disk(b.config(cfg, 'weird', { line: 60 }), b.config(cfg, null, { line: 61, note: 'some_function()' }))
  const name = b.env('.env', 'FILESYSTEM_DISK', options.defaultDisk ?? 'local', {
    line: 5,
    config: { path: cfg, line: 16 }
  })
  const chosen = options.defaultDisk === 's3' ? s3 : local
  b.withDefaultDisk({ ...chosen, name: { ...name, value: chosen.name.value } })
  return b.build()
}

function run(code: string, p: LaravelProject | null = project()): RuleReport[] {
  return checkRule(storageLocalWrite, php(code), codeContext({ project: p }))
}

/** 1-based column where `marker` starts on line 2 (the first code line) of `php(code)`. */
function col(code: string, marker: string, line = 2): number {
  const text = `<?php\n${code}`.split('\n')[line - 1]
  const i = text.indexOf(marker)
  if (i < 0) throw new Error(`"${marker}" not on line ${line}: ${text}`)
  return i + 1
}

const defaultDiskEvidence = [
  { path: 'config/filesystems.php', line: 16, note: "reads env('FILESYSTEM_DISK')" },
  { path: '.env', line: 5, note: 'FILESYSTEM_DISK is set in .env' },
  { path: 'config/filesystems.php', line: 36, note: 'filesystems.disks.local.driver' },
  { path: 'config/filesystems.php', line: 37, note: 'filesystems.disks.local.root' }
]

const localDiskEvidence = [
  { path: 'config/filesystems.php', line: 35, note: "defines the disk 'local'" },
  ...defaultDiskEvidence.slice(2)
]

const publicDiskEvidence = [
  { path: 'config/filesystems.php', line: 41, note: "defines the disk 'public'" },
  { path: 'config/filesystems.php', line: 42, note: 'filesystems.disks.public.driver' },
  { path: 'config/filesystems.php', line: 43, note: 'filesystems.disks.public.root' }
]

const facade = 'use Illuminate\\Support\\Facades\\Storage;\n'

describe('storage-local-write', () => {
  it('has the catalogue id and default severity', () => {
    expect(storageLocalWrite.meta).toMatchObject({
      id: 'storage-local-write',
      level: 'code',
      defaultSeverity: 'warning'
    })
  })

  it("fires on Storage::disk('public')->put() with the disk's config lines as evidence", () => {
    const code = "Storage::disk('public')->put('reports/today.csv', $csv);"
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.span).toEqual({ line: 2, column: 26, endLine: 2, endColumn: 56 })
    expect(r.evidence).toEqual(publicDiskEvidence)
    expect(r.fingerprintKey).toBe('storage:public:put:reports/today.csv')
    expect(r.message).toBe(
      "Storage::disk('public')->put() writes to the disk 'public' (driver local at config/filesystems.php line 42, " +
        'root storage/app/public), which writes files to a directory on the server that handled the request: ' +
        'other servers do not have the file, and it is lost with this server. Write it to a shared disk such as ' +
        "s3 (Storage::disk('s3')->put(...)), or mount shared storage on every server and suppress this finding " +
        'with the reason.'
    )
  })

  // [what, code on one line, marker where the finding starts, evidence]
  const diskWrites: Array<[string, string, string, typeof defaultDiskEvidence]> = [
    ['Storage::put() on the default disk', "Storage::put('a.txt', $x);", 'put(', defaultDiskEvidence],
    ['putFile on the default disk', "Storage::putFile('avatars', $file);", 'putFile(', defaultDiskEvidence],
    [
      'putFileAs on a named disk',
      "Storage::disk('public')->putFileAs('a', $file, 'b.jpg');",
      'putFileAs(',
      publicDiskEvidence
    ],
    [
      'writeStream through drive()',
      "Storage::drive('public')->writeStream('a', $stream);",
      'writeStream(',
      publicDiskEvidence
    ],
    ['append', "Storage::append('log.txt', $line);", 'append(', defaultDiskEvidence],
    [
      'prepend on disk() with no name',
      "Storage::disk()->prepend('log.txt', $line);",
      'prepend(',
      defaultDiskEvidence
    ],
    ['copy', "Storage::disk('local')->copy('a', 'b');", 'copy(', localDiskEvidence],
    ['move', "Storage::move('a', 'b');", 'move(', defaultDiskEvidence],
    [
      'makeDirectory',
      "Storage::disk('public')->makeDirectory('exports');",
      'makeDirectory(',
      publicDiskEvidence
    ],
    [
      'a disk held in a variable',
      "$disk = Storage::disk('public'); $disk->put('a', 'b');",
      'put(',
      publicDiskEvidence
    ],
    [
      'a disk name held in a variable',
      "$name = 'public'; Storage::disk($name)->put('a', 'b');",
      'put(',
      publicDiskEvidence
    ],
    ['the root facade alias, fully qualified', "\\Storage::put('a', 'b');", 'put(', defaultDiskEvidence]
  ]

  it.each(diskWrites)('fires: %s', (_what, code, marker, evidence) => {
    const full = `namespace App\\Jobs;\n${facade}${code}`
    const reports = run(full)
    expect(reports).toHaveLength(1)
    expect(reports[0].span.line).toBe(4)
    expect(reports[0].span.column).toBe(col(full, marker, 4))
    expect(reports[0].severity).toBeUndefined()
    expect(reports[0].evidence).toEqual(evidence)
  })

  it('resolves the facade through an alias, and Storage in the global namespace without an import', () => {
    const aliased =
      "namespace App;\nuse Illuminate\\Support\\Facades\\Storage as Disk;\nDisk::disk('public')->put('a', 'b');"
    expect(run(aliased).map((r) => [r.span.line, r.span.column])).toEqual([[4, col(aliased, 'put(', 4)]])
    const global = "Storage::disk('public')->put('a', 'b');"
    expect(run(global)).toHaveLength(1)
  })

  it('follows a disk name assigned in another segment of a Blade template', () => {
    const view = (name: string) =>
      php(
        `<p>{{ $name = '${name}' }}</p>\n@foreach ($rows as $row)\n  {{ Storage::disk($name)->put('a', $row) }}\n@endforeach\n`,
        'resources/views/export.blade.php'
      )
    const reports = checkRule(storageLocalWrite, view('public'), codeContext({ project: project() }))
    expect(reports.map((r) => [r.span.line, r.evidence])).toEqual([[3, publicDiskEvidence]])
    expect(checkRule(storageLocalWrite, view('s3'), codeContext({ project: project() }))).toEqual([])
  })

  it('says which env line chose the default disk', () => {
    const [r] = run("Storage::put('a.txt', 'x');")
    expect(r.message).toContain(
      "Storage::put() writes to the default disk 'local' (chosen by FILESYSTEM_DISK in .env line 5; driver local, root storage/app/private)"
    )
    expect(r.fingerprintKey).toBe('storage:default:put:a.txt')
  })

  it('fires on Storage::build() with the local driver, or a root string (a local disk)', () => {
    const code =
      "$a = Storage::build(['driver' => 'local', 'root' => storage_path('app/exports')]);\n" +
      "$b = Storage::build('/mnt/reports');\n" +
      "$a->put('x', 'y');"
    const reports = run(code)
    expect(reports.map((r) => [r.span.line, r.span.column, r.severity])).toEqual([
      [2, col(code, 'build('), undefined],
      [3, col(code, 'build(', 3), undefined]
    ])
    expect(reports[0].message).toContain(
      "Storage::build() creates a disk with the local driver at storage_path('app/exports')"
    )
    expect(reports[1].message).toContain("with the local driver at '/mnt/reports'")
  })

  const pathWrites: Array<[string, string, string]> = [
    [
      'file_put_contents into storage_path()',
      "file_put_contents(storage_path('app/report.csv'), $csv);",
      'file_put_contents'
    ],
    [
      'file_put_contents with interpolation',
      'file_put_contents(storage_path("app/{$id}.json"), $json);',
      'file_put_contents'
    ],
    ['fopen for writing into public_path()', "$h = fopen(public_path('exports/a.csv'), 'w');", 'fopen'],
    [
      "fopen in append mode with a 'storage/' literal",
      "$h = fopen('storage/logs/import.log', 'ab');",
      'fopen'
    ],
    ['fopen in r+ mode', "$h = fopen(storage_path('app/a'), 'r+');", 'fopen'],
    ['touch', "touch(storage_path('app/.ready'));", 'touch'],
    ['mkdir', "mkdir(storage_path('app/exports') . '/' . $id, 0755, true);", 'mkdir'],
    ['copy into public_path()', "copy($tmp, public_path('images/' . $name));", 'copy'],
    ['rename into storage', "rename($tmp, storage_path('app/final.pdf'));", 'rename'],
    ['File::put', "\\File::put(storage_path('app/a.txt'), 'x');", 'put('],
    ['File::append', "\\File::append(storage_path('logs/import.log'), $line);", 'append('],
    ['File::copy (target)', "\\File::copy($src, public_path('a.png'));", 'copy('],
    ['File::makeDirectory', "\\File::makeDirectory(public_path('uploads'));", 'makeDirectory('],
    ['base_path()', "file_put_contents(base_path('routes/generated.php'), $code);", 'file_put_contents'],
    ['named argument', "file_put_contents(data: $x, filename: storage_path('a'));", 'file_put_contents']
  ]

  it.each(pathWrites)('fires: %s', (_what, code, marker) => {
    const reports = run(code)
    expect(reports).toHaveLength(1)
    expect(reports[0].span.line).toBe(2)
    expect(reports[0].span.column).toBe(col(code, marker))
    expect(reports[0].severity).toBeUndefined()
    expect(reports[0].evidence).toEqual([])
    expect(reports[0].message).toMatch(/writes to .*, a path in(side)? the app's/)
  })

  it('fires on a typed Filesystem instance and follows a path variable, with evidence', () => {
    const code =
      'function export(\\Illuminate\\Filesystem\\Filesystem $files, $csv) {\n' +
      "    $path = storage_path('app/exports') . '/today.csv';\n" +
      '    $files->put($path, $csv);\n' +
      '}'
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.span).toMatchObject({ line: 4, column: col(code, 'put(', 4) })
    expect(r.message).toContain("$files->put() writes to $path, a path in the app's storage/ directory")
    expect(r.evidence).toEqual([
      { path: 'app/Example.php', line: 3, note: "the path starts with storage_path('app/exports') here" }
    ])
    expect(r.fingerprintKey).toBe('write:$files->put():$path')
  })

  it('fires on a new Filesystem captured by a closure', () => {
    const code =
      'use Illuminate\\Filesystem\\Filesystem;\n' +
      'function import(array $rows) {\n' +
      '    $fs = new Filesystem;\n' +
      '    collect($rows)->each(function ($row) use ($fs) {\n' +
      "        $fs->move($row['tmp'], storage_path('app/imports/' . $row['name']));\n" +
      '    });\n' +
      '}'
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.span).toMatchObject({ line: 6, column: col(code, 'move(', 6) })
    expect(r.message).toContain("$fs->move() writes to storage_path('app/imports/' . $row['name'])")
  })

  it('fires on a Filesystem created in place, its class resolved through the imports', () => {
    const code =
      'use Illuminate\\Filesystem\\Filesystem;\n' +
      "(new Filesystem)->put(storage_path('y'), 'a');\n" +
      "(new Filesystem())->append(storage_path('logs/y.log'), 'a');\n" +
      "(new \\Illuminate\\Filesystem\\Filesystem)->makeDirectory(public_path('x'));"
    const reports = run(code)
    expect(reports.map((r) => `${r.span.line}:${r.span.column}`)).toEqual([
      `3:${col(code, 'put(', 3)}`,
      `4:${col(code, 'append(', 4)}`,
      `5:${col(code, 'makeDirectory(', 5)}`
    ])
    expect(reports.map((r) => r.message.slice(0, r.message.indexOf(' writes')))).toEqual([
      '(new Filesystem)->put()',
      '(new Filesystem())->append()',
      '(new \\Illuminate\\Filesystem\\Filesystem)->makeDirectory()'
    ])
    // Another class named Filesystem, and a Filesystem created in place that only reads.
    expect(
      run(
        "use League\\Flysystem\\Filesystem;\n(new Filesystem($adapter))->put(storage_path('y'), 'a');\n(new \\Illuminate\\Filesystem\\Filesystem)->get(storage_path('y'));"
      )
    ).toEqual([])
  })

  describe('notices when the disk cannot be resolved', () => {
    const cases: Array<[string, string, LaravelProject | null, string]> = [
      [
        'a parameter',
        "function f($disk) { Storage::disk($disk)->put('a', 'b'); }",
        project(),
        'the disk is given as $disk'
      ],
      [
        'a config() key',
        "Storage::disk(config('media.disk'))->put('a', 'b');",
        project(),
        "config('media.disk')"
      ],
      ['an unknown disk', "Storage::disk('archive')->put('a', 'b');", project(), "no disk named 'archive'"],
      [
        'an unresolvable driver',
        "Storage::disk('weird')->put('a', 'b');",
        project(),
        "the driver of the disk 'weird' could not be resolved (config/filesystems.php line 61)"
      ],
      ['no project', "Storage::put('a', 'b');", null, 'outside every Laravel app found'],
      [
        'spread arguments',
        "Storage::disk(...$args)->put('a', 'b');",
        project(),
        'the disk is given as ...$args'
      ],
      [
        'Storage::build() with a config from elsewhere',
        'Storage::build($config);',
        project(),
        'disk configuration that could not be resolved'
      ]
    ]
    it.each(cases)('%s', (_what, code, p, why) => {
      const [r, ...rest] = run(code, p)
      expect(rest).toEqual([])
      expect(r.severity).toBe('notice')
      expect(r.span.line).toBe(2)
      expect(r.message).toContain(why)
    })
  })

  describe('look-alikes that must not fire', () => {
    const quiet: Array<[string, string]> = [
      [
        'reads through a local disk',
        "Storage::disk('public')->get('a'); Storage::exists('a'); Storage::path('a'); Storage::url('a');"
      ],
      [
        'writes to a shared disk',
        "Storage::disk('s3')->put('a', 'b'); Storage::disk('cloudy')->putFile('a', $f);"
      ],
      ['file_get_contents of storage_path()', "$key = file_get_contents(storage_path('oauth-private.key'));"],
      [
        'fopen for reading',
        "$h = fopen(storage_path('app/import.csv'), 'r'); $g = fopen(storage_path('a'), 'rb');"
      ],
      ['fopen with an unknown mode', "$h = fopen(storage_path('app/import.csv'), $mode);"],
      [
        'temp files',
        "file_put_contents(tempnam(sys_get_temp_dir(), 'x'), $d); $t = tmpfile(); mkdir(sys_get_temp_dir() . '/x');"
      ],
      [
        'a temp Storage::build() disk',
        "Storage::build(['driver' => 'local', 'root' => sys_get_temp_dir()])->put('a', 'b');"
      ],
      [
        'Storage::build() with a shared driver',
        "Storage::build(['driver' => 's3', 'bucket' => 'x'])->put('a', 'b');"
      ],
      [
        'copy/rename out of storage (the write is elsewhere)',
        "copy(storage_path('a'), '/mnt/efs/a'); rename(storage_path('a'), $dest);"
      ],
      [
        'paths that are not local',
        "file_put_contents('s3://bucket/storage/a', $x); file_put_contents($path, $x);"
      ],
      [
        'a user class named Storage in another namespace',
        "namespace App\\Support; Storage::put('a', 'b'); Storage::disk('public')->put('a', 'b');"
      ],
      ['an imported user Storage class', "namespace App; use App\\Support\\Storage; Storage::put('a', 'b');"],
      [
        'a user function file_put_contents',
        "namespace App; use function App\\Support\\file_put_contents; file_put_contents(storage_path('a'), 1);"
      ],
      [
        'a put() on something that is not a Storage disk',
        "$cache->put('a', 'b'); $this->put('x'); Cache::put('a', 'b');"
      ],
      [
        'File facade reads and File::copy from storage',
        "\\File::get(storage_path('a')); \\File::exists(public_path('x')); \\File::copy(storage_path('a'), '/mnt/shared/a');"
      ],
      ['an untyped $files->put()', "function f($files) { $files->put(storage_path('a'), 'x'); }"],
      ['a Storage::fake() disk setup', "Storage::fake('public');"]
    ]
    it.each(quiet)('%s', (_what, code) => {
      expect(run(code)).toEqual([])
    })

    it('a @php block inside a Blade comment (Blade deletes it with the comment)', () => {
      const view = 'resources/views/d.blade.php'
      const text =
        "{{-- Old code, disabled:\n@php\n    Storage::disk('local')->put('x', 'y');\n    file_put_contents(storage_path('a'), 1);\n@endphp\n--}}\n"
      expect(checkRule(storageLocalWrite, php(text, view), codeContext({ project: project() }))).toEqual([])
    })

    it('default-disk writes when the default disk is s3', () => {
      expect(
        run("Storage::put('a', 'b'); Storage::disk()->put('a', 'b');", project({ defaultDisk: 's3' }))
      ).toEqual([])
    })
  })

  it('knows the fopen write modes', () => {
    expect(['w', 'wb', 'a', 'ab+', 'x', 'c', 'r+', 'rb+'].every((m) => isWriteMode(m))).toBe(true)
    expect(['r', 'rb', 'rt', '', null].some((m) => isWriteMode(m))).toBe(false)
  })

  describe('on the fixture apps (real project model)', () => {
    it("laravel10: Storage::disk('public') resolves through config/filesystems.php", () => {
      const [r] = run("Storage::disk('public')->put('a', 'b');", fixtureProject('laravel10'))
      expect(r.message).toContain(
        "the disk 'public' (driver local at config/filesystems.php line 40, root storage/app/public)"
      )
      expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
        'config/filesystems.php:39',
        'config/filesystems.php:40',
        'config/filesystems.php:41'
      ])
    })

    it('stateless: default-disk writes go to s3; the local public disk still fires', () => {
      const p = fixtureProject('stateless')
      expect(run("Storage::put('a', 'b');", p)).toEqual([])
      expect(run("Storage::disk('public')->put('a', 'b');", p)).toHaveLength(1)
    })
  })
})
