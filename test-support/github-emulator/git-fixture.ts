// Builds real git repositories in a temp dir for the emulator and the action's end-to-end tests.
// Git runs with a fixed identity and without the user's global or system configuration, so commits
// are reproducible and nothing on the machine (signing, hooks, templates) leaks in.
import { execFile } from 'node:child_process'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** File content to write; `null` deletes the file; `{ symlink }` creates a symbolic link. */
export type FixtureContent = string | Buffer | null | { symlink: string }

export interface GitRepo {
  /** The work tree (its `.git` is the repository the emulator reads). */
  readonly dir: string
  /** Write, replace or delete files, stage everything and commit on the current branch. Returns the sha. */
  commitFiles(files: Record<string, FixtureContent>, message: string): Promise<string>
  /** Create (or reset) `name` at `startPoint` (default HEAD) and check it out. */
  checkoutNewBranch(name: string, startPoint?: string): Promise<void>
  /** Check out an existing branch or commit. */
  checkout(ref: string): Promise<void>
  /** Full sha of a ref. */
  revParse(ref: string): Promise<string>
  /** Run any git command in the repository and return stdout. */
  git(args: readonly string[]): Promise<string>
}

export interface CreateRepoOptions {
  /** Name of the first branch (default `main`). */
  defaultBranch?: string
}

const FIXED_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'fixture@example.com',
  GIT_COMMITTER_NAME: 'Fixture Author',
  GIT_COMMITTER_EMAIL: 'fixture@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0'
}

/** Environment for git child processes: the caller's PATH etc. plus a fixed, isolated identity. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...FIXED_ENV, ...extra }
}

export function runGit(
  cwd: string,
  args: readonly string[],
  extraEnv: Record<string, string> = {}
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args],
      { cwd, env: gitEnv(extraEnv), maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`))
        } else {
          resolve(stdout)
        }
      }
    )
  })
}

let commitClock = 0

/** `git init` a fresh repository in `dir` (created if missing). */
export async function createRepo(dir: string, options: CreateRepoOptions = {}): Promise<GitRepo> {
  await mkdir(dir, { recursive: true })
  await runGit(dir, ['init', '-q', '-b', options.defaultBranch ?? 'main'])
  return repoAt(dir)
}

/** A {@link GitRepo} for an existing work tree (no `git init`). */
export function repoAt(dir: string): GitRepo {
  const git = (args: readonly string[]): Promise<string> => runGit(dir, args)
  return {
    dir,
    git,
    async commitFiles(files, message) {
      for (const [relative, content] of Object.entries(files)) {
        const target = safeJoin(dir, relative)
        await rm(target, { force: true })
        if (content === null) continue
        await mkdir(path.dirname(target), { recursive: true })
        if (typeof content === 'object' && !Buffer.isBuffer(content)) {
          await symlink(content.symlink, target)
        } else {
          await writeFile(target, content)
        }
      }
      await git(['add', '-A'])
      // Distinct, increasing commit dates keep `git log` order stable even within one second.
      commitClock += 1
      const date = `${1_700_000_000 + commitClock} +0000`
      await runGit(dir, ['commit', '-q', '--allow-empty', '-m', message], {
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date
      })
      return (await git(['rev-parse', 'HEAD'])).trim()
    },
    async checkoutNewBranch(name, startPoint = 'HEAD') {
      await git(['checkout', '-q', '-B', name, startPoint])
    },
    async checkout(ref) {
      await git(['checkout', '-q', ref])
    },
    async revParse(ref) {
      return (await git(['rev-parse', '--verify', `${ref}^{commit}`])).trim()
    }
  }
}

/** Commit files in an existing work tree (see {@link GitRepo.commitFiles}). Returns the new sha. */
export function commitFiles(
  dir: string,
  files: Record<string, FixtureContent>,
  message: string
): Promise<string> {
  return repoAt(dir).commitFiles(files, message)
}

function safeJoin(root: string, relative: string): string {
  const target = path.resolve(root, relative)
  if (!target.startsWith(path.resolve(root) + path.sep)) {
    throw new Error(`Fixture path escapes the repository: ${relative}`)
  }
  return target
}
