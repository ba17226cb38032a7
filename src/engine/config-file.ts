// stateless-audit.json: optional, strict. A typo must never silently switch a rule off.
import type { Severity } from './types.js'

export type RuleSetting = Severity | 'off'

export interface AuditConfig {
  rules: Record<string, RuleSetting>
  ignorePaths: string[]
  configPaths: string[]
  envFiles: string[] | null
}

export const CONFIG_FILE_NAME = 'stateless-audit.json'

export const DEFAULT_CONFIG: AuditConfig = { rules: {}, ignorePaths: [], configPaths: [], envFiles: null }

/** Bad user input (config file, CLI flags, paths): the message is shown as is, with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const KNOWN_KEYS = ['rules', 'ignorePaths', 'configPaths', 'envFiles'] as const
const RULE_SETTINGS: readonly string[] = ['error', 'warning', 'notice', 'off']

/** Edit distance, for "did you mean" hints on misspelled keys and rule ids. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = above
    }
  }
  return prev[b.length]
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | null = null
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? ` (did you mean "${best}"?)`
    : ''
}

function stringArray(value: unknown, key: string, source: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new UsageError(`${source}: "${key}" must be an array of non-empty strings.`)
  }
  return value as string[]
}

/** Parses and validates a config file's text. Throws UsageError naming the bad key, value or rule id. */
export function parseConfig(text: string, source: string, knownRuleIds: readonly string[]): AuditConfig {
  let data: unknown
  try {
    // A byte order mark, as some Windows editors write: not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (err) {
    throw new UsageError(`${source} is not valid JSON: ${(err as Error).message}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${source} must contain a JSON object.`)
  }
  const record = data as Record<string, unknown>
  const unknown = Object.keys(record).filter((k) => !(KNOWN_KEYS as readonly string[]).includes(k))
  if (unknown.length > 0) {
    const names = unknown.map((k) => `"${k}"${didYouMean(k, KNOWN_KEYS)}`).join(', ')
    throw new UsageError(`${source}: unknown key ${names}. Known keys: ${KNOWN_KEYS.join(', ')}.`)
  }

  const config: AuditConfig = { rules: {}, ignorePaths: [], configPaths: [], envFiles: null }
  if (record.rules !== undefined) {
    const rules = record.rules
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
      throw new UsageError(
        `${source}: "rules" must be an object mapping rule ids to error, warning, notice or off.`
      )
    }
    // Every unknown id at once, as for unknown keys: one run to fix them all.
    const unknownIds = Object.keys(rules).filter((id) => !knownRuleIds.includes(id))
    if (unknownIds.length > 0) {
      const names = unknownIds.map((id) => `"${id}"${didYouMean(id, knownRuleIds)}`).join(', ')
      throw new UsageError(
        `${source}: unknown rule id${unknownIds.length > 1 ? 's' : ''} ${names} in "rules".`
      )
    }
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
        throw new UsageError(
          `${source}: rule "${id}" is set to ${JSON.stringify(setting)}; use one of error, warning, notice, off.`
        )
      }
      config.rules[id] = setting as RuleSetting
    }
  }
  if (record.ignorePaths !== undefined)
    config.ignorePaths = stringArray(record.ignorePaths, 'ignorePaths', source)
  if (record.configPaths !== undefined)
    config.configPaths = stringArray(record.configPaths, 'configPaths', source)
  if (record.envFiles !== undefined) {
    config.envFiles = stringArray(record.envFiles, 'envFiles', source)
    // An empty list would read no env file at all; leaving the key out is how to get the default list.
    if (config.envFiles.length === 0)
      throw new UsageError(
        `${source}: "envFiles" is empty; list the env files to read, or leave the key out for the default list.`
      )
  }
  return config
}
