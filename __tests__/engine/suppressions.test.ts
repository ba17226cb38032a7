import { describe, expect, it } from '@jest/globals'
import {
  matchSuppressions,
  parseDirective,
  suppressionsInEnv,
  suppressionsInSource
} from '../../src/engine/suppressions.js'

describe('parseDirective', () => {
  it('reads ids and reason from every comment style', () => {
    expect(parseDirective('// stateless-audit-ignore env-outside-config -- read at boot only')).toEqual({
      ruleIds: ['env-outside-config'],
      reason: 'read at boot only'
    })
    expect(parseDirective('# stateless-audit-ignore a, b -- shared volume')).toEqual({
      ruleIds: ['a', 'b'],
      reason: 'shared volume'
    })
    expect(parseDirective('/* stateless-audit-ignore a -- why */')).toEqual({ ruleIds: ['a'], reason: 'why' })
    expect(parseDirective('{{-- stateless-audit-ignore a -- blade reason --}}')).toEqual({
      ruleIds: ['a'],
      reason: 'blade reason'
    })
  })

  it('gives a null reason when there is none', () => {
    expect(parseDirective('// stateless-audit-ignore a')).toEqual({ ruleIds: ['a'], reason: null })
    expect(parseDirective('// stateless-audit-ignore a --   ')).toEqual({ ruleIds: ['a'], reason: null })
  })

  it('ignores comments without the directive', () => {
    expect(parseDirective('// just a comment about stateless audits')).toBeNull()
  })
})

describe('suppressionsInSource', () => {
  const text = [
    '<?php',
    '// stateless-audit-ignore a -- r',
    '$x = 1;',
    '$y = 2; // stateless-audit-ignore b -- r'
  ].join('\n')
  it('targets the next line for a comment alone on its line, the same line for a trailing one', () => {
    const s = suppressionsInSource('f.php', text, [
      { text: '// stateless-audit-ignore a -- r', line: 2, column: 1, endLine: 2 },
      { text: '// stateless-audit-ignore b -- r', line: 4, column: 9, endLine: 4 }
    ])
    expect(s.map((x) => [x.ruleIds[0], x.targetLine])).toEqual([
      ['a', 3],
      ['b', 4]
    ])
  })
})

describe('suppressionsInEnv', () => {
  it('targets the key after a comment line, or its own line for a trailing comment', () => {
    const s = suppressionsInEnv(
      '.env',
      '# stateless-audit-ignore session-driver-local -- sticky sessions\nSESSION_DRIVER=file\nCACHE_STORE=file # stateless-audit-ignore cache-store-local\n'
    )
    expect(s.map((x) => [x.ruleIds[0], x.targetLine, x.reason])).toEqual([
      ['session-driver-local', 2, 'sticky sessions'],
      ['cache-store-local', 3, null]
    ])
  })

  it('counts lines as the env parser does (a lone CR ends a line)', () => {
    const s = suppressionsInEnv(
      '.env',
      'A=1\r# stateless-audit-ignore session-driver-local -- r\rSESSION_DRIVER=file\r'
    )
    expect(s.map((x) => [x.line, x.targetLine])).toEqual([[2, 3]])
  })

  it('finds the comment after a quoted value that holds a #', () => {
    const s = suppressionsInEnv(
      '.env',
      'SESSION_DRIVER="fi#le" # stateless-audit-ignore session-driver-local -- r\n'
    )
    expect(s.map((x) => [x.line, x.column, x.targetLine])).toEqual([[1, 24, 1]])
  })

  it('ignores the directive inside a quoted value', () => {
    const text = 'KEY="a\n# stateless-audit-ignore session-driver-local -- r\n"\nSESSION_DRIVER=file\n'
    expect(suppressionsInEnv('.env', text)).toEqual([])
  })
})

describe('matchSuppressions', () => {
  it('matches by path, rule and a target line inside the finding', () => {
    const sup = suppressionsInEnv('.env', '# stateless-audit-ignore r1 -- x\nK=v\n')
    const { matches, used } = matchSuppressions(
      [
        { ruleId: 'r1', path: '.env', line: 2, endLine: 2 },
        { ruleId: 'r2', path: '.env', line: 2, endLine: 2 },
        { ruleId: 'r1', path: 'other', line: 2, endLine: 2 },
        { ruleId: 'r1', path: '.env', line: 1, endLine: 1 }
      ],
      sup
    )
    expect(matches.map((m) => m !== null)).toEqual([true, false, false, false])
    expect(used.size).toBe(1)
  })

  it('covers a multi-line finding from a trailing comment on its last line', () => {
    const sup = suppressionsInSource('k.php', 'a\nb\nc', [
      { text: '// stateless-audit-ignore r -- y', line: 3, column: 3, endLine: 3 }
    ])
    const { matches } = matchSuppressions([{ ruleId: 'r', path: 'k.php', line: 1, endLine: 3 }], sup)
    expect(matches[0]).not.toBeNull()
  })
})
