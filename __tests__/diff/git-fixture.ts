// A throwaway git repository for the diff tests: real `git diff` output, not hand-written samples.

import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export class GitRepo {
  readonly dir: string
  private readonly home: string

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'sa-diff-'))
    this.home = mkdtempSync(path.join(tmpdir(), 'sa-diff-home-'))
    this.git('init', '-q', '-b', 'main')
  }

  /** Runs git with no user or system configuration; returns stdout. Exit codes 0 and 1 are fine (diff --no-index). */
  git(...args: string[]): string {
    const run = spawnSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: this.home,
        XDG_CONFIG_HOME: this.home,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        LC_ALL: 'C'
      }
    })
    if (run.error) throw run.error
    if (run.status !== 0 && run.status !== 1) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
    return run.stdout
  }

  write(file: string, content: string | Buffer): void {
    const full = path.join(this.dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  remove(file: string): void {
    unlinkSync(path.join(this.dir, file))
  }

  chmod(file: string, mode: number): void {
    chmodSync(path.join(this.dir, file), mode)
  }

  commit(message: string): string {
    this.git('add', '-A')
    this.git('commit', '-q', '-m', message)
    return this.git('rev-parse', 'HEAD').trim()
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
    rmSync(this.home, { recursive: true, force: true })
  }
}

/** `count` lines `prefix 1` … `prefix count`, each ending in a newline. */
export function numbered(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join('')
}

/** A small deterministic PRNG (mulberry32) so random cases are reproducible. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
