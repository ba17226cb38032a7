// The sample pull request of the demo: examples/sample-pr holds the head-side version of every file
// the pull request changes, overlaid on examples/laravel-app (the base). Its README.md describes the
// change and is not part of it.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { PROJECT_ROOT } from '../action-harness.js'

export const SAMPLE_PR_DIR = path.join(PROJECT_ROOT, 'examples', 'sample-pr')

/** The pull request as GitHub would show it. */
export const SAMPLE_PR = {
  number: 12,
  title: 'Profile page with avatar upload, daily upload report',
  body:
    'Adds /profile where users upload an avatar and a cover photo, a `reports:generate` command ' +
    'scheduled daily, and switches the example sessions to the file driver.',
  headRef: 'feature/profile-avatars',
  baseRef: 'main'
} as const

/** A line of the sample pull request, found by a piece of its text. */
export interface SampleLine {
  path: string
  /** Text that occurs on exactly one line of the head-side file. */
  needle: string
  /** Why the line matters, for a reader of the demo. */
  why: string
}

/** Changed lines that keep state on one server: each must get an inline comment. */
export const STATEFUL_LINES: readonly SampleLine[] = [
  {
    path: 'app/Http/Controllers/AvatarController.php',
    needle: "->store('avatars')",
    why: 'upload stored on the default disk, which is local'
  },
  {
    path: '.env.example',
    needle: 'SESSION_DRIVER=file',
    why: 'sessions kept in files on the server that answered'
  },
  {
    path: 'routes/console.php',
    needle: "Schedule::command('reports:generate')->daily();",
    why: 'runs on every server: no ->onOneServer()'
  },
  {
    path: 'resources/views/profile/show.blade.php',
    needle: "{{ env('APP_NAME') }}",
    why: 'env() outside config/ is null once config is cached'
  }
]

/** Changed lines that look similar but keep no local state: each must stay without a comment. */
export const LOOK_ALIKE_LINES: readonly SampleLine[] = [
  {
    path: 'app/Http/Controllers/AvatarController.php',
    needle: "->store('covers', 's3')",
    why: 'upload stored on the s3 disk'
  },
  {
    path: 'resources/views/profile/show.blade.php',
    needle: "{{ config('app.name') }}",
    why: 'config() read, cached with the config'
  },
  {
    path: 'routes/console.php',
    needle: "Schedule::command('photos:refresh-cdn-urls')",
    why: 'schedule with ->onOneServer()'
  },
  {
    path: 'app/Console/Commands/GenerateReports.php',
    needle: "getenv('HOSTNAME')",
    why: 'getenv() reads the process environment, not .env'
  },
  {
    path: 'app/Console/Commands/GenerateReports.php',
    needle: "config('app.name')",
    why: 'config() read'
  },
  {
    path: 'app/Console/Commands/GenerateReports.php',
    needle: "Storage::disk('s3')->put(",
    why: 'report written to the s3 disk'
  }
]

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)))
    else if (entry.isFile()) files.push(relative)
  }
  return files
}

/** The head-side files of the sample pull request, by path relative to the app (README.md excluded). */
export async function readSamplePr(dir = SAMPLE_PR_DIR): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {}
  for (const relative of (await listFiles(dir)).sort()) {
    if (relative === 'README.md') continue
    files[relative] = await readFile(path.join(dir, relative))
  }
  if (Object.keys(files).length === 0) throw new Error(`${dir} holds no files`)
  return files
}

/** The 1-based line of `line.needle` in the head-side file; throws unless it occurs on exactly one line. */
export function lineNumber(files: Record<string, Buffer>, line: SampleLine): number {
  const content = files[line.path]
  if (content === undefined) throw new Error(`${line.path} is not part of the sample pull request`)
  const lines = content.toString('utf8').split('\n')
  const hits = lines.flatMap((text, index) => (text.includes(line.needle) ? [index + 1] : []))
  if (hits.length !== 1) throw new Error(`"${line.needle}" occurs on ${hits.length} lines of ${line.path}`)
  return hits[0]
}
