// The fixture apps under __tests__/fixtures/apps, loaded through the real project model, for rule
// tests that must hold on realistic apps. A copy can get extra files (e.g. schedule definitions).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FsWorkspace } from '../src/engine/fs-workspace.js'
import { loadProject } from '../src/laravel/project.js'
import type { LaravelProject } from '../src/laravel/types.js'

/** Relative to the repository root, where Jest runs. */
export const FIXTURE_APPS = '__tests__/fixtures/apps'

export type FixtureApp =
  'laravel10' | 'laravel12-defaults' | 'upgraded-cache-driver' | 'stateless' | 'monorepo'

/** The app at `appRoot` (relative to the fixture) of a fixture, scanned from the fixture's root. */
export function fixtureProject(name: FixtureApp, appRoot = ''): LaravelProject {
  return loadProject(new FsWorkspace(path.join(FIXTURE_APPS, name)), appRoot)
}

/**
 * A temporary copy of a fixture with extra files written into it (paths relative to the fixture
 * root). Call `cleanup()` when done.
 */
export function fixtureCopy(
  name: FixtureApp,
  files: Record<string, string>,
  appRoot = ''
): { project: LaravelProject; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `stateless-audit-${name}-`))
  cpSync(path.join(FIXTURE_APPS, name), dir, { recursive: true })
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, text)
  }
  return {
    project: loadProject(new FsWorkspace(dir), appRoot),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
