import { describe, expect, it } from '@jest/globals'
import type { RuleReport } from '../../src/engine/types.js'
import type { LaravelProject } from '../../src/laravel/types.js'
import { uploadToLocalDisk } from '../../src/rules/upload-to-local-disk.js'
import { fakeProject } from '../../test-support/fake-project.js'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { runAudit } from '../../src/engine/run.js'
import { fixtureCopy, fixtureProject } from '../../test-support/fixture-project.js'
import { checkRule, codeContext, php } from '../../test-support/php.js'

/**
 * An app whose default disk 'local' is chosen by FILESYSTEM_DISK in .env line 5 (read at
 * config/filesystems.php:16), with the disks local (driver line 36, root 37), public (41-43),
 * s3, and media (driver from MEDIA_DRIVER=local in .env line 9).
 */
function project(options: { defaultDisk?: 'local' | 's3'; major?: number } = {}): LaravelProject {
  const b = fakeProject({ frameworkMajor: options.major ?? 12 })
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
  b.disk(
    b.config(cfg, 'media', { line: 59 }),
    b.env('.env', 'MEDIA_DRIVER', 'local', { line: 9, config: { path: cfg, line: 60 } })
  )
  const name = b.env('.env', 'FILESYSTEM_DISK', options.defaultDisk ?? 'local', {
    line: 5,
    config: { path: cfg, line: 16 }
  })
  const chosen = options.defaultDisk === 's3' ? s3 : local
  b.withDefaultDisk({ ...chosen, name: { ...name, value: chosen.name.value } })
  return b.build()
}

const controller = (body: string): string =>
  `namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Illuminate\\Http\\UploadedFile;

class AvatarController
{
    public function update(Request $request)
    {
${body}
    }
}`

/** Line 11 of the file `php(controller(…))` makes holds the body's first line. */
const BODY = 11

function run(code: string, p: LaravelProject | null = project()): RuleReport[] {
  return checkRule(uploadToLocalDisk, php(code), codeContext({ project: p }))
}

/** 1-based column where `marker` starts on `line` of the file `php(code)` makes. */
function col(code: string, line: number, marker: string): number {
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

const publicDiskEvidence = [
  { path: 'config/filesystems.php', line: 41, note: "defines the disk 'public'" },
  { path: 'config/filesystems.php', line: 42, note: 'filesystems.disks.public.driver' },
  { path: 'config/filesystems.php', line: 43, note: 'filesystems.disks.public.root' }
]

describe('upload-to-local-disk', () => {
  it('has the catalogue id and default severity', () => {
    expect(uploadToLocalDisk.meta).toMatchObject({
      id: 'upload-to-local-disk',
      level: 'code',
      defaultSeverity: 'error'
    })
  })

  it('fires on $request->file()->store() on the default local disk, with the env and config lines as evidence', () => {
    const code = controller("        $path = $request->file('avatar')->store('avatars');")
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.severity).toBeUndefined()
    expect(r.path).toBe('app/Example.php')
    expect(r.span).toEqual({ line: BODY, column: 43, endLine: BODY, endColumn: 59 })
    expect(r.evidence).toEqual(defaultDiskEvidence)
    expect(r.fingerprintKey).toBe('upload:store:avatars')
    expect(r.message).toBe(
      "Upload stored on the default disk 'local' (chosen by FILESYSTEM_DISK in .env line 5; driver local, root " +
        'storage/app/private): the file exists only on the server that handled the request; other servers return ' +
        '404 for it, and it is lost with this server. Store it on a shared disk such as s3: pass one ' +
        "(->store(…, 's3')) or set FILESYSTEM_DISK=s3 for the default disk."
    )
  })

  // Each case: [what, body (one line unless noted), marker where the finding starts, disk named in the message]
  const firing: Array<[string, string, string, string]> = [
    [
      'magic input property, explicit disk',
      "$request->avatar->store('avatars', 'public');",
      'store(',
      "disk 'public'"
    ],
    [
      'storeAs with a disk string',
      "$request->file('doc')->storeAs('docs', $name, 'public');",
      'storeAs(',
      "disk 'public'"
    ],
    [
      'storeAs whose name is the options array',
      "$request->file('doc')->storeAs('docs/a.pdf', ['disk' => 'public']);",
      'storeAs(',
      "disk 'public'"
    ],
    [
      'named arguments',
      "$request->file('a')->store(path: 'a', options: 'public');",
      'store(',
      "disk 'public'"
    ],
    [
      'storePublicly with an options array',
      "$request->file('a')->storePublicly('a', ['visibility' => 'public', 'disk' => 'public']);",
      'storePublicly(',
      "disk 'public'"
    ],
    [
      'storePubliclyAs on the default disk',
      "$request->file('a')->storePubliclyAs('a', 'b.jpg');",
      'storePubliclyAs(',
      "default disk 'local'"
    ],
    ['nullsafe call', "$request->file('a')?->store('a');", 'store(', "default disk 'local'"],
    [
      'a variable assigned the upload',
      "$file = $request->file('avatar');\n        $file->store('avatars');",
      'store(',
      "default disk 'local'"
    ],
    ['request() helper', "request()->file('avatar')->store('avatars');", 'store(', "default disk 'local'"],
    ["request('avatar') input", "request('avatar')->store('avatars', 'public');", 'store(', "disk 'public'"],
    [
      'Request facade, fully qualified',
      "\\Illuminate\\Support\\Facades\\Request::file('a')->store('a');",
      'store(',
      "default disk 'local'"
    ],
    [
      'an element of a multi-file input',
      "$request->file('photos')[0]->store('photos');",
      'store(',
      "default disk 'local'"
    ],
    [
      'foreach over the files',
      "foreach ($request->file('photos') as $photo) {\n            $photo->store('photos');\n        }",
      'store(',
      "default disk 'local'"
    ],
    [
      'a disk name held in a variable',
      "$disk = 'public';\n        $request->file('a')->store('a', $disk);",
      'store(',
      "disk 'public'"
    ],
    [
      'the disk config(filesystems.default)',
      "$request->file('a')->store('a', config('filesystems.default'));",
      'store(',
      "default disk 'local'"
    ]
  ]

  it.each(firing)('fires: %s', (_what, body, marker, disk) => {
    const code = controller(`        ${body}`)
    const reports = run(code)
    expect(reports).toHaveLength(1)
    const [r] = reports
    const line = BODY + body.split('\n').findIndex((l) => l.includes(marker))
    expect(r.span.line).toBe(line)
    expect(r.span.column).toBe(col(code, line, marker))
    expect(r.severity).toBeUndefined()
    expect(r.message).toContain(`Upload stored on the ${disk}`)
    expect(r.evidence).toEqual(disk === "disk 'public'" ? publicDiskEvidence : defaultDiskEvidence)
  })

  it('anchors on the store() line of a multi-line chain', () => {
    const code = controller(
      "        $path = $request\n            ->file('avatar')\n            ->store('avatars');"
    )
    const [r] = run(code)
    expect(r.span).toEqual({ line: BODY + 2, column: 15, endLine: BODY + 2, endColumn: 31 })
  })

  it('says that storeAs() without a name ignores its options and uses the default disk (Laravel 10+)', () => {
    const code = controller("        $request->file('a')->storeAs('docs/a.pdf', null, 's3');")
    const [r] = run(code)
    expect(r.span).toMatchObject({ line: BODY, column: col(code, BODY, 'storeAs(') })
    expect(r.message).toContain(
      "(storeAs() without a file name ignores its options argument 's3' and uses the default disk)"
    )
    expect(r.fingerprintKey).toBe('upload:storeas:docs/a.pdf')
    expect(r.message).toContain(
      "give storeAs() a file name so that its disk counts (->storeAs($dir, $name, 's3')), or set FILESYSTEM_DISK=s3"
    )
    // Laravel 9 had no argument shift: the third argument is the disk.
    expect(run(code, project({ major: 9 }))).toEqual([])
  })

  it('resolves typed UploadedFile parameters and form requests through imports', () => {
    const code = `namespace App\\Services;
use Illuminate\\Http\\UploadedFile as File;
use App\\Http\\Requests\\StoreAvatarRequest;
class Avatars {
    public function save(File $file) { return $file->store('avatars', 'local'); }
    public function fromRequest(StoreAvatarRequest $request) { return $request->file('a')->store('a'); }
}`
    const reports = run(code)
    expect(reports.map((r) => [r.span.line, r.span.column])).toEqual([
      [6, col(code, 6, 'store(')],
      [7, col(code, 7, 'store(')]
    ])
    expect(reports[0].message).toContain("the disk 'local' (driver local at config/filesystems.php line 36")
  })

  it('treats $this->photo in a Livewire component (WithFileUploads) as an upload', () => {
    const code = `namespace App\\Livewire;
use Livewire\\Component;
use Livewire\\WithFileUploads;
class Avatar extends Component {
    use WithFileUploads;
    public $photo;
    public function save() { $this->photo->store('photos', 'public'); }
}`
    const [r, ...rest] = run(code)
    expect(rest).toEqual([])
    expect(r.span).toMatchObject({ line: 8, column: col(code, 8, 'store(') })
    expect(r.evidence).toEqual(publicDiskEvidence)
  })

  it('explains a disk whose driver comes from an env line', () => {
    const [r] = run(controller("        $request->file('a')->store('a', 'media');"))
    expect(r.message).toContain("the disk 'media' (driver local chosen by MEDIA_DRIVER in .env line 9)")
    expect(r.evidence).toContainEqual({ path: '.env', line: 9, note: 'MEDIA_DRIVER is set in .env' })
  })

  it('fires on ->move(public_path()|storage_path()) of an upload, with where the path was built', () => {
    const code = controller(
      "        $request->file('avatar')->move(public_path('avatars'), $name);\n" +
        "        $dir = storage_path('app/uploads');\n" +
        "        $request->file('doc')->move($dir);"
    )
    const reports = run(code)
    expect(reports.map((r) => [r.span.line, r.span.column, r.severity])).toEqual([
      [BODY, col(code, BODY, 'move('), undefined],
      [BODY + 2, col(code, BODY + 2, 'move('), undefined]
    ])
    expect(reports[0].message).toContain(
      "Upload moved to public_path('avatars'), a path in the app's public/ directory"
    )
    expect(reports[0].fingerprintKey).toBe("upload:move:public_path('avatars')")
    expect(reports[1].evidence).toEqual([
      {
        path: 'app/Example.php',
        line: BODY + 1,
        note: "the path starts with storage_path('app/uploads') here"
      }
    ])
  })

  it('fires on move_uploaded_file() whatever the project says', () => {
    const code = "move_uploaded_file($_FILES['avatar']['tmp_name'], public_path('uploads/' . $name));"
    for (const p of [project(), project({ defaultDisk: 's3' }), null]) {
      const [r, ...rest] = run(code, p)
      expect(rest).toEqual([])
      expect(r.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: code.length })
      expect(r.severity).toBeUndefined()
      expect(r.message).toContain("move_uploaded_file() writes the upload to public_path('uploads/' . $name)")
    }
  })

  describe('notices when the disk cannot be resolved', () => {
    const cases: Array<[string, string, string]> = [
      ['a parameter', "$request->file('a')->store('a', $disk);", 'the disk is given as $disk'],
      ['a config() key', "$request->file('a')->store('a', config('media.disk'));", "config('media.disk')"],
      ['an unknown disk', "$request->file('a')->store('a', 'archive');", "no disk named 'archive'"],
      ['an enum case', "$request->file('a')->store('a', ['disk' => Disk::Uploads]);", 'Disk::Uploads'],
      ['spread arguments', "$request->file('a')->store(...$args);", 'the disk is given as ...$args']
    ]
    it.each(cases)('%s', (_what, body, why) => {
      const code = controller(`        ${body}`).replace(
        'update(Request $request)',
        'update(Request $request, $disk)'
      )
      const [r, ...rest] = run(code)
      expect(rest).toEqual([])
      expect(r.severity).toBe('notice')
      expect(r.span).toMatchObject({ line: BODY, column: col(code, BODY, 'store(') })
      expect(r.message).toContain('on a disk that could not be resolved')
      expect(r.message).toContain(why)
    })

    it('a file outside every Laravel app (no project)', () => {
      const [r] = run(controller("        $request->file('a')->store('a');"), null)
      expect(r.severity).toBe('notice')
      expect(r.message).toContain('outside every Laravel app found, so the default disk is unknown')
      expect(r.evidence).toEqual([])
    })

    it('a move() into a local directory on a receiver that is not known to be an upload', () => {
      const code = "function keep($file) { $file->move(public_path('uploads')); }"
      const [r] = run(code)
      expect(r.severity).toBe('notice')
      expect(r.span).toMatchObject({ line: 2, column: col(code, 2, 'move(') })
      expect(r.message).toContain('$file could not be identified as an uploaded file')
    })
  })

  describe('look-alikes that must not fire', () => {
    const quiet: Array<[string, string]> = [
      [
        'a typed repository store()',
        'function f(UserRepository $repo, array $data) { $repo->store($data); }'
      ],
      ["the class's own store()", 'class A { function f() { return $this->store(1); } }'],
      [
        'a typed property that is not an upload',
        'class A { private Repo $repo; function f() { $this->repo->store(1); } }'
      ],
      [
        'a promoted constructor property in a Livewire component',
        'use Livewire\\WithFileUploads; class A { use WithFileUploads; function __construct(private Repo $repo) {} function f() { $this->repo->store(1); } }'
      ],
      ['an untyped parameter (unknown receiver)', "function f($file) { $file->store('avatars'); }"],
      ['the request itself', "function f(\\Illuminate\\Http\\Request $request) { $request->store('x'); }"],
      [
        'an explicit s3 disk',
        "function f(\\Illuminate\\Http\\Request $r) { $r->file('a')->store('a', 's3'); }"
      ],
      [
        'storeAs with an s3 options array',
        "function f(\\Illuminate\\Http\\Request $r) { $r->file('a')->storeAs('a', 'b.jpg', ['disk' => 's3']); }"
      ],
      [
        'storeAs whose array name selects s3',
        "function f(\\Illuminate\\Http\\Request $r) { $r->file('a')->storeAs('a/b.jpg', ['disk' => 's3']); }"
      ],
      ['a static store()', "Avatar::store('a');"],
      ['a global store() function', "store('a');"],
      [
        'a user class named Request in another namespace',
        "namespace App; use App\\Support\\Request; Request::file('a')->store('a');"
      ],
      [
        'reads of the upload',
        "function f(\\Illuminate\\Http\\Request $r) { $r->file('a')->getClientOriginalName(); }"
      ],
      [
        'move() into the temp directory',
        "function f(\\Illuminate\\Http\\Request $r) { $r->file('a')->move(sys_get_temp_dir(), 'x'); }"
      ],
      [
        'move_uploaded_file() into a temp file',
        "move_uploaded_file($tmp, tempnam(sys_get_temp_dir(), 'up'));"
      ],
      ['move_uploaded_file() to a stream wrapper', "move_uploaded_file($tmp, 's3://bucket/avatars/a.jpg');"],
      [
        'Filesystem::move() on a typed instance',
        "function f(\\Illuminate\\Filesystem\\Filesystem $files) { $files->move(storage_path('a'), storage_path('b')); }"
      ],
      ['a fake upload in a test', "UploadedFile::fake()->image('a.jpg')->store('avatars');"],
      [
        'Filesystem::move() on a new Filesystem captured by a closure',
        "function f() { $fs = new \\Illuminate\\Filesystem\\Filesystem; $g = function () use ($fs) { $fs->move(storage_path('a'), storage_path('b')); }; }"
      ]
    ]
    it.each(quiet)('%s', (_what, code) => {
      expect(run(code)).toEqual([])
    })

    it('the default disk is shared (s3)', () => {
      expect(
        run(controller("        $request->file('a')->store('avatars');"), project({ defaultDisk: 's3' }))
      ).toEqual([])
    })
  })

  describe('on the fixture apps (real project model)', () => {
    const upload = controller("        $request->file('avatar')->store('avatars');")

    it('laravel10: the default disk local, decided by .env.example', () => {
      const [r, ...rest] = run(upload, fixtureProject('laravel10'))
      expect(rest).toEqual([])
      expect(r.message).toContain(
        "the default disk 'local' (chosen by FILESYSTEM_DISK in .env.example line 20; driver local, root storage/app)"
      )
      expect(r.message).toContain('(set only in .env.example; the real environment may differ)')
      expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
        'config/filesystems.php:16',
        '.env.example:20',
        'config/filesystems.php:34',
        'config/filesystems.php:35'
      ])
    })

    it('laravel12-defaults: the framework default disk, root storage/app/private', () => {
      const [r] = run(upload, fixtureProject('laravel12-defaults'))
      expect(r.message).toContain('driver local, root storage/app/private')
      expect(r.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['composer.lock:20', '.env.example:37'])
    })

    it('stateless: the default disk is s3, but the public disk is still local', () => {
      expect(run(upload, fixtureProject('stateless'))).toEqual([])
      const [r] = run(
        controller("        $request->file('avatar')->store('avatars', 'public');"),
        fixtureProject('stateless')
      )
      expect(r.message).toContain("the disk 'public' (driver local at config/filesystems.php line 42")
    })
  })

  describe('through the engine, on a copy of the laravel10 fixture', () => {
    const app = (extra: string): string =>
      `<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;

class AvatarController
{
    public function update(Request $request)
    {
        $path = $request->file('avatar')->store('avatars');
${extra}
    }
}
`

    it('reports with a line-independent fingerprint, honours suppressions and caps tests/ at notice', async () => {
      const { cleanup, dir } = copy({
        'app/Http/Controllers/AvatarController.php': app(
          '        // stateless-audit-ignore upload-to-local-disk -- storage/app is an EFS mount on every server\n' +
            "        $request->file('banner')->store('banners');"
        ),
        'tests/Feature/AvatarTest.php':
          "<?php\nfunction t(\\Illuminate\\Http\\Request $r) { $r->file('a')->store('a'); }\n"
      })
      try {
        const result = await runAudit({ root: dir, base: null, filterMode: 'all', configFile: null })
        // Only this rule, on the files written here (the fixture may hold other code).
        const written = ['app/Http/Controllers/AvatarController.php', 'tests/Feature/AvatarTest.php']
        const mine = (list: typeof result.findings) =>
          list.filter((f) => f.ruleId === 'upload-to-local-disk' && written.includes(f.path))
        expect(mine(result.findings).map((f) => [f.path, f.line, f.column, f.severity])).toEqual([
          ['app/Http/Controllers/AvatarController.php', 11, 43, 'error'],
          ['tests/Feature/AvatarTest.php', 2, 58, 'notice']
        ])
        expect(mine(result.suppressed).map((f) => [f.line, f.suppressed?.reason])).toEqual([
          [13, 'storage/app is an EFS mount on every server']
        ])
        const moved = copy({
          'app/Http/Controllers/AvatarController.php': '\n\n' + app('').replace('$path =', '$stored =')
        })
        try {
          const again = await runAudit({ root: moved.dir, base: null, filterMode: 'all', configFile: null })
          const [before] = mine(result.findings)
          const [after] = mine(again.findings)
          expect(after.line).toBe(13)
          expect(after.fingerprint).toBe(before.fingerprint)
        } finally {
          moved.cleanup()
        }
      } finally {
        cleanup()
      }
    })

    /** fixtureCopy, with the copy's directory (the project's workspace root). */
    function copy(files: Record<string, string>): { dir: string; cleanup: () => void } {
      const { project: p, cleanup } = fixtureCopy('laravel10', files)
      if (!(p.workspace instanceof FsWorkspace)) throw new Error('fixtureCopy should load from disk')
      return { dir: p.workspace.root, cleanup }
    }
  })
})
