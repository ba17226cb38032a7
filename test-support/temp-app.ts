// Temporary copies of the fixture apps, with extra files, for engine and CLI tests.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURE_APPS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../__tests__/fixtures/apps'
)

const made: string[] = []

/** Copies fixture `name` (or nothing, for null) into a new temp dir and writes `files` over it. */
export function tempApp(name: string | null, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-app-'))
  made.push(dir)
  if (name !== null) cpSync(path.join(FIXTURE_APPS, name), dir, { recursive: true })
  writeFiles(dir, files)
  return dir
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, content)
  }
}

export function removeTempApps(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
