// An input that exists but cannot be read is reported, never taken for absent: a source file or
// folder is a parse-error notice naming it with the reason; a settings input (config folder, env
// file) stops the run with a usage error. Permissions are simulated through the Workspace
// interface (they do not apply to root); the CLI test runs the real thing as another user.
import { afterAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { DiffScope } from '../../src/diff/filter.js'
import { FsWorkspace } from '../../src/engine/fs-workspace.js'
import { runAudit } from '../../src/engine/run.js'
import type { Workspace } from '../../src/engine/workspace.js'
import { FIXTURE_APPS, removeTempApps, tempApp } from '../../test-support/temp-app.js'

afterAll(removeTempApps)

const laravel10 = path.join(FIXTURE_APPS, 'laravel10')

/** The app on disk, with `denied` paths (files, or folders and all below them) that cannot be opened. */
class DenyingWorkspace implements Workspace {
  private readonly inner: FsWorkspace
  private readonly unlistedDirs = new Map<string, string>()

  constructor(
    root: string,
    private readonly denied: readonly string[]
  ) {
    this.inner = new FsWorkspace(root)
  }

  private deniedAt(path: string): string | undefined {
    return this.denied.find((d) => path === d || path.startsWith(`${d}/`))
  }

  read(path: string): string | null {
    return this.deniedAt(path) !== undefined ? null : this.inner.read(path)
  }

  isFile(path: string): boolean {
    return this.deniedAt(path) !== undefined ? false : this.inner.isFile(path)
  }

  list(dir: string): string[] {
    const files = this.inner.list(dir)
    const kept = files.filter((f) => {
      const at = this.deniedAt(f)
      // A denied folder: what a failed readdir records.
      if (at !== undefined && at !== f) this.unlistedDirs.set(at, 'permission denied')
      return at === undefined || at === f
    })
    return kept
  }

  failure(path: string): string | null {
    return this.deniedAt(path) !== undefined ? 'permission denied' : null
  }

  unlisted(): ReadonlyMap<string, string> {
    return this.unlistedDirs
  }
}

async function auditWith(denied: string[], options: { scope?: DiffScope; root?: string } = {}) {
  const root = options.root ?? laravel10
  return runAudit({
    root,
    base: null,
    filterMode: 'added',
    configFile: null,
    scope: options.scope,
    workspace: new DenyingWorkspace(root, denied)
  })
}

describe('unreadable inputs', () => {
  it('a folder of source files that cannot be listed is a notice naming it, with the reason', async () => {
    const all = await auditWith([])
    const result = await auditWith(['resources/views'])
    const notice = result.findings.filter((f) => f.path === 'resources/views')
    expect(notice.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'parse-error',
        'notice',
        'Not audited: the folder could not be listed (permission denied), so none of the files in it was audited.'
      ]
    ])
    // The folder's own findings are gone, and the notice says so.
    expect(all.findings.some((f) => f.path.startsWith('resources/views/'))).toBe(true)
    expect(result.findings.some((f) => f.path.startsWith('resources/views/'))).toBe(false)
    expect(result.summary.notices).toBe(all.summary.notices - countIn(all, 'resources/views/', 'notice') + 1)
  })

  it('a file that cannot be read is a parse-error that says why, also in a diff scope', async () => {
    const file = 'app/Http/Controllers/AvatarController.php'
    const expected = [
      ['parse-error', file, 1, 'Not audited: the file could not be read (permission denied).']
    ]
    const whole = await auditWith([file])
    expect(
      whole.findings.filter((f) => f.path === file).map((f) => [f.ruleId, f.path, f.line, f.message])
    ).toEqual(expected)
    // A changed file that cannot be read is not taken for one the change removed.
    const scope: DiffScope = new Map([[file, { added: new Set([5]), context: new Set<number>() }]])
    const scoped = await auditWith([file], { scope })
    expect(scoped.findings.map((f) => [f.ruleId, f.path, f.line, f.message])).toEqual(expected)
  })

  it('a config folder that cannot be listed stops the run with a usage error naming it', async () => {
    await expect(auditWith(['config'])).rejects.toThrow(
      "cannot list the folder config: permission denied. The app's settings are read from the files in it, so the audit stops rather than report on wrong settings."
    )
    await expect(auditWith(['config/session.php'])).rejects.toThrow(
      /^cannot read config\/session\.php: permission denied\./
    )
  })

  it('an env file that cannot be read stops the run instead of being taken for absent', async () => {
    await expect(auditWith(['.env.example'])).rejects.toThrow(
      "cannot read .env.example: permission denied. The app's settings are resolved from it, so the audit stops rather than report on wrong settings."
    )
    // Also when only its findings are ignored: it is still read for the settings.
    const app = tempApp('laravel10', { 'stateless-audit.json': '{"ignorePaths":[".env.example"]}' })
    await expect(auditWith(['.env.example'], { root: app })).rejects.toThrow(/^cannot read \.env\.example/)
  })

  it('a folder that cannot be listed is not reported when ignorePaths covers it', async () => {
    const app = tempApp('laravel10', { 'stateless-audit.json': '{"ignorePaths":["resources/views/**"]}' })
    const result = await auditWith(['resources/views'], { root: app })
    expect(result.findings.filter((f) => f.path.startsWith('resources/views'))).toEqual([])
  })
})

function countIn(result: Awaited<ReturnType<typeof auditWith>>, prefix: string, severity: string): number {
  return result.findings.filter((f) => f.path.startsWith(prefix) && f.severity === severity).length
}
