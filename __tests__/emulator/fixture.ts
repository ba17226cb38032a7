// A Laravel-ish repository with a base and a head commit covering every kind of change the
// emulator must report: modified PHP, an .env.example change, a binary file, a rename, a removal,
// an added file and a file with a huge diff. `main` moves on after the branch point, so a correct
// three-dot diff must not show main's later change.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { createRepo, type GitRepo } from '../../test-support/github-emulator/git-fixture.js'
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../test-support/github-emulator/index.js'

export const OWNER = 'acme'
export const REPO = 'shop'
export const WRITE_TOKEN = 'ghs_write_token'
export const READ_TOKEN = 'ghs_read_token'
export const USER_TOKEN = 'ghp_maintainer'

export const CONTROLLER_BASE = [
  '<?php',
  '',
  'namespace App\\Http\\Controllers;',
  '',
  'use Illuminate\\Http\\Request;',
  '',
  'class UploadController extends Controller',
  '{',
  '    public function store(Request $request)',
  '    {',
  '        $request->validate([',
  "            'avatar' => 'required|image',",
  '        ]);',
  '',
  '        return back();',
  '    }',
  '',
  '    public function show()',
  '    {',
  "        return view('upload');",
  '    }',
  '',
  '    public function edit()',
  '    {',
  "        return view('edit');",
  '    }',
  '',
  '    public function update()',
  '    {',
  '        return back();',
  '    }',
  '',
  '    public function destroy()',
  '    {',
  '        return back();',
  '    }',
  '}',
  ''
]

/**
 * Head version. Hunk 1 covers head lines 12-19 (15 and 16 added); hunk 2 covers head lines 34-39
 * (base line 35 deleted, head line 37 added). Head lines 20-33 are outside the diff.
 */
export const CONTROLLER_HEAD = [
  ...CONTROLLER_BASE.slice(0, 14),
  "        $path = $request->file('avatar')->store('avatars', 'local');",
  "        session(['avatar' => $path]);",
  ...CONTROLLER_BASE.slice(14, 34),
  "        Storage::disk('local')->delete(session('avatar'));",
  ...CONTROLLER_BASE.slice(35)
]

export const LEGACY = Array.from({ length: 40 }, (_, i) => `// legacy helper line ${i + 1}`).join('\n') + '\n'
export const HUGE_LINES = 3500

export interface Fixture {
  dir: string
  repo: GitRepo
  baseSha: string
  headSha: string
  /** The commit on main after the branch point (the pull request's current base). */
  mainSha: string
  branchPoint: string
}

function png(seed: number): Buffer {
  const bytes = Buffer.alloc(256)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + seed) % 256
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]).copy(bytes)
  return bytes
}

export async function buildFixture(): Promise<Fixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-emulator-'))
  const repo = await createRepo(path.join(dir, 'repo'))
  const branchPoint = await repo.commitFiles(
    {
      'app/Http/Controllers/UploadController.php': CONTROLLER_BASE.join('\n'),
      'config/session.php': "<?php\n\nreturn [\n    'driver' => env('SESSION_DRIVER', 'file'),\n];\n",
      '.env.example': 'APP_NAME=Shop\nSESSION_DRIVER=file\nCACHE_STORE=file\n',
      'app/Support/Legacy.php': LEGACY,
      'app/Obsolete.php': '<?php\n\n// no longer used\n',
      'public/logo.png': png(1),
      'README.md': '# Shop\n'
    },
    'base'
  )
  await repo.checkoutNewBranch('feature')
  const headSha = await repo.commitFiles(
    {
      'app/Http/Controllers/UploadController.php': CONTROLLER_HEAD.join('\n'),
      '.env.example': 'APP_NAME=Shop\nSESSION_DRIVER=redis\nCACHE_STORE=file\nQUEUE_CONNECTION=sync\n',
      'app/Support/Legacy.php': null,
      'app/Legacy/Helpers.php': LEGACY.replace('line 40', 'line forty'),
      'app/Obsolete.php': null,
      'public/logo.png': png(2),
      'app/Services/AvatarCache.php': '<?php\n\nnamespace App\\Services;\n\nclass AvatarCache\n{\n}\n',
      'database/seeders/huge.php':
        Array.from({ length: HUGE_LINES }, (_, i) => `// seed row ${i + 1}`).join('\n') + '\n'
    },
    'head: uploads, env, rename, removal, binary, huge'
  )
  await repo.checkout('main')
  const mainSha = await repo.commitFiles(
    { 'README.md': '# Shop\n\nMoved on after the branch point.\n' },
    'main moves on'
  )
  return { dir, repo, baseSha: mainSha, headSha, mainSha, branchPoint }
}

export async function startWithFixture(
  options: EmulatorOptions = {}
): Promise<{ emulator: Emulator; fixture: Fixture }> {
  const fixture = await buildFixture()
  const emulator = await startEmulator(options)
  emulator.addRepo({ owner: OWNER, name: REPO, gitDir: fixture.repo.dir })
  emulator.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 1,
    baseSha: fixture.baseSha,
    headSha: fixture.headSha,
    baseRef: 'main',
    headRef: 'feature',
    author: 'contributor'
  })
  emulator.addToken(WRITE_TOKEN, { permissions: 'write' })
  emulator.addToken(READ_TOKEN, { permissions: 'read' })
  emulator.addToken(USER_TOKEN, { permissions: 'write', login: 'maintainer' })
  return { emulator, fixture }
}

export async function cleanup(emulator: Emulator | undefined, fixture: Fixture | undefined): Promise<void> {
  await emulator?.close()
  if (fixture) await rm(fixture.dir, { recursive: true, force: true })
}

export type Octokit = ReturnType<typeof getOctokit>

/** A real client: @actions/github's Octokit pointed at the emulator. */
export function client(emulator: Emulator, token = WRITE_TOKEN): Octokit {
  return getOctokit(token, { baseUrl: emulator.url })
}

/** Plain fetch against the emulator, returning status, headers and parsed JSON. */
export async function call(
  emulator: Emulator,
  method: string,
  pathAndQuery: string,
  options: { token?: string | null; body?: unknown; rawBody?: string; accept?: string } = {}
): Promise<{ status: number; headers: Headers; json: unknown; text: string }> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/vnd.github+json' }
  const token = options.token === undefined ? WRITE_TOKEN : options.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${emulator.url}${pathAndQuery}`, { method, headers, body })
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, json, text }
}

/** The status and body of a rejected Octokit request. */
export async function rejection(
  promise: Promise<unknown>
): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const e = error as { status?: number; response?: { data?: Record<string, unknown> } }
    if (typeof e.status === 'number') return { status: e.status, data: e.response?.data ?? {} }
    throw error
  }
  throw new Error('expected the request to be rejected')
}
