// Test helpers: an in-memory workspace and short views of resolved values.
import type { Workspace } from '../../src/engine/workspace.js'
import type { ResolvedValue } from '../../src/laravel/types.js'

export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, string>()

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, text)
  }

  read(path: string): string | null {
    return this.files.get(path) ?? null
  }

  isFile(path: string): boolean {
    return this.files.has(path)
  }

  list(dir: string): string[] {
    const prefix = dir === '' ? '' : `${dir.replace(/\/$/, '')}/`
    return [...this.files.keys()]
      .filter((p) => p.startsWith(prefix))
      .filter((p) => !p.split('/').some((s) => s === 'vendor' || s === 'node_modules' || s === '.git'))
      .sort()
  }
}

/** `path:line` of the anchor. */
export function at(value: ResolvedValue | null | undefined): string | null {
  return value ? `${value.anchor.path}:${value.anchor.line}` : null
}

/** `path:line` of every evidence step, in order. */
export function trail(value: ResolvedValue | null | undefined): string[] {
  return value ? value.evidence.map((e) => `${e.path}:${e.line}`) : []
}

export function notes(value: ResolvedValue | null | undefined): string[] {
  return value ? value.evidence.map((e) => e.note) : []
}

/** A PHP config file: `return [ ... ];` around the given body lines. */
export function php(...body: string[]): string {
  return ['<?php', '', 'return [', ...body.map((l) => `    ${l}`), '];', ''].join('\n')
}

/** composer files for an app of the given framework version (lock), or only a constraint. */
export function composer(root: string, version: string | null, constraint = '^12.0'): Record<string, string> {
  const p = (f: string): string => (root === '' ? f : `${root}/${f}`)
  const files: Record<string, string> = {
    [p('composer.json')]: JSON.stringify(
      { name: 'acme/app', type: 'project', require: { php: '^8.2', 'laravel/framework': constraint } },
      null,
      4
    ),
    [p('artisan')]: '#!/usr/bin/env php\n<?php\n'
  }
  if (version !== null) {
    files[p('composer.lock')] = JSON.stringify(
      { packages: [{ name: 'laravel/framework', version, type: 'library' }], 'packages-dev': [] },
      null,
      4
    )
  }
  return files
}
