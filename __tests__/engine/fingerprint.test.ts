import { describe, expect, it } from '@jest/globals'
import { fingerprints, normaliseSnippet } from '../../src/engine/fingerprint.js'

const base = { ruleId: 'env-outside-config', path: 'app/A.php', key: "env('X')" }

describe('fingerprints', () => {
  it('does not depend on the line number', () => {
    const [a] = fingerprints([{ ...base, line: 3, column: 5 }])
    const [b] = fingerprints([{ ...base, line: 13, column: 9 }])
    expect(a).toBe(b)
    expect(a).toMatch(/^[0-9a-f]{32}$/)
  })

  it('tells identical snippets in one file apart by their order, stable when both move', () => {
    const before = fingerprints([
      { ...base, line: 10, column: 1 },
      { ...base, line: 20, column: 1 }
    ])
    const after = fingerprints([
      { ...base, line: 40, column: 1 },
      { ...base, line: 30, column: 1 }
    ])
    expect(before[0]).not.toBe(before[1])
    expect(after[1]).toBe(before[0])
    expect(after[0]).toBe(before[1])
  })

  it('differs by rule, path and key', () => {
    const [a, b, c, d] = fingerprints([
      { ...base, line: 1, column: 1 },
      { ...base, ruleId: 'other', line: 1, column: 1 },
      { ...base, path: 'app/B.php', line: 1, column: 1 },
      { ...base, key: "env('Y')", line: 1, column: 1 }
    ])
    expect(new Set([a, b, c, d]).size).toBe(4)
  })

  it('normalises whitespace of snippets', () => {
    expect(normaliseSnippet("  $x =\tenv( 'X' );  ")).toBe("$x = env( 'X' );")
  })
})
