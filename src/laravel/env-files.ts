// The production-like env files of one app, parsed once, looked up in precedence order.
import type { Workspace } from '../engine/workspace.js'
import { effectiveEntries, parseEnv, type EnvEntry } from '../env/parse.js'
import type { Anchor, EnvAssignment } from './types.js'

/** Default precedence: the first file that sets a key decides it (RULES.md "Files that count"). */
export const DEFAULT_ENV_FILES: readonly string[] = ['.env.production', '.env.prod', '.env', '.env.example']

/** `.env.example` and other `*.example` files describe a setup; they do not configure one. */
export function isExampleFile(path: string): boolean {
  return /(^|\.)example$/i.test(path.slice(path.lastIndexOf('/') + 1))
}

export interface EnvHit {
  /** Env file relative to the scan root. */
  file: string
  /** The assignment the loader keeps (the last one in that file). */
  entry: EnvEntry
  example: boolean
}

export function entryAnchor(file: string, entry: EnvEntry): Anchor {
  return {
    path: file,
    line: entry.line,
    column: entry.column,
    endLine: entry.valueEndLine,
    endColumn: Math.max(entry.valueEndColumn, entry.endColumn)
  }
}

export class EnvFiles {
  /** Existing files, relative to the scan root, in precedence order. */
  readonly files: string[]
  private readonly parsed = new Map<string, { entries: EnvEntry[]; last: Map<string, EnvEntry> }>()

  constructor(ws: Workspace, paths: readonly string[]) {
    this.files = []
    for (const path of paths) {
      if (this.parsed.has(path)) continue
      const text = ws.read(path)
      if (text === null) continue
      const result = parseEnv(text)
      this.parsed.set(path, { entries: result.entries, last: effectiveEntries(result) })
      this.files.push(path)
    }
  }

  lookup(key: string): EnvHit | null {
    for (const file of this.files) {
      const entry = this.parsed.get(file)?.last.get(key)
      if (entry) return { file, entry, example: isExampleFile(file) }
    }
    return null
  }

  assignments(): EnvAssignment[] {
    const out: EnvAssignment[] = []
    for (const file of this.files) {
      const entries = this.parsed.get(file)?.entries ?? []
      const used = new Set(entries.flatMap((e) => e.uses.map((u) => `${u.key}:${u.line}`)))
      for (const entry of entries) {
        const { path: _path, ...span } = entryAnchor(file, entry)
        const referenced = used.has(`${entry.key}:${entry.line}`)
        out.push({ key: entry.key, value: entry.value, file, span, ...(referenced ? { referenced } : {}) })
      }
    }
    return out
  }
}
