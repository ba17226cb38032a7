// Fingerprints identify a finding across pushes: they never include a line number, so a finding
// that moves keeps its identity (its review comment is re-anchored, not duplicated).
import { createHash } from 'node:crypto'

export interface FingerprintInput {
  ruleId: string
  path: string
  /** A line-independent key: the rule's own, else the anchor line's normalised text. */
  key: string
  line: number
  column: number
}

/** Collapses whitespace so re-indentation does not change identity. */
export function normaliseSnippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Returns one fingerprint per input, in input order. Identical (rule, path, key) triples are told
 * apart by their order in the file, which survives moves of the whole block.
 */
export function fingerprints(inputs: FingerprintInput[]): string[] {
  const order = inputs
    .map((input, index) => ({ input, index }))
    .sort((a, b) => a.input.line - b.input.line || a.input.column - b.input.column || a.index - b.index)
  const seen = new Map<string, number>()
  const result: string[] = new Array(inputs.length)
  for (const { input, index } of order) {
    const identity = `${input.ruleId}\u0000${input.path}\u0000${input.key}`
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    result[index] = createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex').slice(0, 32)
  }
  return result
}
