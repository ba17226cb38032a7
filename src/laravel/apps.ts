// Where the Laravel apps are in a repository, and which framework version each one runs.
import { NEVER_SCANNED_APP_DIRS } from '../engine/fs-workspace.js'
import type { Workspace } from '../engine/workspace.js'
import type { Anchor } from './types.js'

export interface AppLocation {
  /** App root relative to the scan root, '' for the scan root itself. */
  root: string
  /** What made it an app: an `artisan` file, or a composer.json requiring laravel/framework. */
  detectedBy: 'artisan' | 'composer.json'
}

export interface FrameworkVersion {
  major: number | null
  /** "composer.lock laravel/framework v12.3.0", "composer.json requires laravel/framework ^11.0". */
  source: string | null
  /** The line that states the version (lock `version`, or the composer.json require line). */
  anchor: Anchor | null
}

const SKIPPED_SEGMENTS = new Set(['vendor', 'node_modules', '.git'])

export function joinPath(root: string, rel: string): string {
  if (root === '') return rel
  if (rel === '') return root
  return `${root}/${rel}`
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function parseJson(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return null
  }
}

function record(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

/** The `require` constraint on laravel/framework, null when composer.json does not require it. */
export function frameworkConstraint(composerJson: string | null): string | null {
  const require = record(record(parseJson(composerJson))?.require)
  const constraint = require?.['laravel/framework']
  return typeof constraint === 'string' ? constraint : null
}

function isApplicationComposer(ws: Workspace, dir: string, text: string | null): boolean {
  if (frameworkConstraint(text) === null) return false
  // A Laravel *package* also requires laravel/framework; an app is a project, or has the app's
  // bootstrap or config files next to composer.json.
  const type = record(parseJson(text))?.type
  if (type === 'project') return true
  return ws.isFile(joinPath(dir, 'bootstrap/app.php')) || ws.isFile(joinPath(dir, 'config/app.php'))
}

/** Every Laravel app root under the scan root, outermost first, with how each was recognised. */
export function locateApps(ws: Workspace): AppLocation[] {
  const found = new Map<string, AppLocation>()
  for (const file of ws.list('')) {
    if (file.split('/').some((s) => SKIPPED_SEGMENTS.has(s))) continue
    const name = baseOf(file)
    const dir = dirOf(file)
    if (name === 'artisan') {
      found.set(dir, { root: dir, detectedBy: 'artisan' })
    } else if (name === 'composer.json' && !found.has(dir)) {
      if (isApplicationComposer(ws, dir, ws.read(file)))
        found.set(dir, { root: dir, detectedBy: 'composer.json' })
    }
  }
  return [...found.values()].sort(outermostFirst)
}

function outermostFirst(a: AppLocation, b: AppLocation): number {
  const depth = a.root.split('/').length - b.root.split('/').length
  if (a.root === '' || b.root === '') return a.root === '' ? -1 : 1
  return depth !== 0 ? depth : a.root < b.root ? -1 : a.root > b.root ? 1 : 0
}

/**
 * The apps that contain one of `paths`, found by walking up from each path instead of listing the
 * tree (a pull request's scope): the same roots, order and detection as locateApps gives for them,
 * with work proportional to the paths and their depth. Apps that contain none of the paths are
 * not looked for.
 */
export function locateAppsAround(ws: Workspace, paths: Iterable<string>): AppLocation[] {
  const dirs = new Set<string>([''])
  for (const path of paths) {
    for (let dir = dirOf(path); dir !== ''; dir = dirOf(dir)) {
      if (dirs.has(dir)) break
      dirs.add(dir)
    }
  }
  const ordered = [...dirs].sort(
    (a, b) => (a === '' ? 0 : a.split('/').length) - (b === '' ? 0 : b.split('/').length)
  )
  // A listing never enters storage/ or bootstrap/cache/ next to artisan or composer.json, nor vendor/.
  const unlisted: string[] = []
  const found = new Map<string, AppLocation>()
  for (const dir of ordered) {
    if (dir.split('/').some((s) => SKIPPED_SEGMENTS.has(s))) continue
    if (unlisted.some((u) => dir === u || dir.startsWith(`${u}/`))) continue
    const artisan = ws.isFile(joinPath(dir, 'artisan'))
    const composer = ws.isFile(joinPath(dir, 'composer.json'))
    if (artisan || composer) unlisted.push(...NEVER_SCANNED_APP_DIRS.map((r) => joinPath(dir, r)))
    if (artisan) found.set(dir, { root: dir, detectedBy: 'artisan' })
    else if (composer && isApplicationComposer(ws, dir, ws.read(joinPath(dir, 'composer.json'))))
      found.set(dir, { root: dir, detectedBy: 'composer.json' })
  }
  return [...found.values()].sort(outermostFirst)
}

/** The app roots only (what the engine iterates). */
export function findApps(ws: Workspace): string[] {
  return locateApps(ws).map((a) => a.root)
}

/** 1-based line of the first line matching `re`, with the column of the match. */
function lineAnchor(path: string, text: string, re: RegExp, from = 0): Anchor | null {
  const lines = text.split(/\r\n|\n|\r/)
  for (let i = from; i < lines.length; i++) {
    const m = re.exec(lines[i])
    if (m) {
      const column = m.index + 1
      return { path, line: i + 1, column, endLine: i + 1, endColumn: column + m[0].length }
    }
  }
  return null
}

/**
 * The lowest major version a constraint allows: `^11.0` → 11, `^10.10|^11.0` → 10, `11.*` → 11,
 * `>=10 <12` → 10. Dev branches (`dev-master`, `11.x-dev`) count by their number when they have one.
 */
export function lowestMajor(constraint: string): number | null {
  let lowest: number | null = null
  for (const alternative of constraint.split(/\s*\|\|?\s*/)) {
    // `>= 10.0` is one token: glue operators to their version first.
    const glued = alternative.trim().replace(/([<>=!^~]+)\s+/g, '$1')
    for (const token of glued.split(/[\s,]+/)) {
      // Upper bounds and exclusions say nothing about the lowest version allowed.
      if (/^(<|!=)/.test(token)) continue
      const m = /^(?:\^|~|>=?|==?)?v?(\d+)/i.exec(token)
      if (!m) continue
      const major = Number(m[1])
      if (lowest === null || major < lowest) lowest = major
      break
    }
  }
  return lowest
}

/** Laravel's major version from composer.lock, else from the composer.json constraint. */
export function detectVersion(ws: Workspace, root: string): FrameworkVersion {
  const lockPath = joinPath(root, 'composer.lock')
  const lockText = ws.read(lockPath)
  const lock = record(parseJson(lockText))
  if (lock !== null && lockText !== null) {
    for (const section of ['packages', 'packages-dev']) {
      const list = lock[section]
      if (!Array.isArray(list)) continue
      const pkg = list.map(record).find((p) => p?.name === 'laravel/framework')
      const version = pkg?.version
      if (typeof version !== 'string') continue
      const m = /^v?(\d+)\./.exec(version)
      if (!m) continue
      const nameAt = lineAnchor(lockPath, lockText, /"name"\s*:\s*"laravel\/framework"/)
      const versionAt = lineAnchor(
        lockPath,
        lockText,
        new RegExp(`"version"\\s*:\\s*"${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
        nameAt ? nameAt.line - 1 : 0
      )
      return {
        major: Number(m[1]),
        source: `composer.lock laravel/framework ${version}`,
        anchor: versionAt ?? nameAt
      }
    }
  }
  const jsonPath = joinPath(root, 'composer.json')
  const jsonText = ws.read(jsonPath)
  const constraint = frameworkConstraint(jsonText)
  if (constraint !== null && jsonText !== null) {
    const major = lowestMajor(constraint)
    return {
      major,
      source: major === null ? null : `composer.json requires laravel/framework ${constraint}`,
      anchor: lineAnchor(jsonPath, jsonText, /"laravel\/framework"\s*:/)
    }
  }
  return { major: null, source: null, anchor: null }
}
