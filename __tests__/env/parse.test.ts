import { describe, expect, it } from '@jest/globals'
import dotenv from 'dotenv'
import { effectiveEntries, laravelEnvValue, parseEnv, type EnvEntry } from '../../src/env/parse.js'

function values(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, entry] of effectiveEntries(parseEnv(text))) out[key] = entry.value
  return out
}

function entry(text: string, key: string): EnvEntry {
  const found = parseEnv(text).entries.filter((e) => e.key === key)
  expect(found).toHaveLength(1)
  return found[0]
}

// Small deterministic PRNG so a failing fuzz case can be reproduced from its index.
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]
}

// Escapes and backticks, where phpdotenv (Laravel's loader) differs from npm dotenv, are checked
// against phpdotenv below, not here.
const ORACLE_CASES: string[] = [
  '',
  '\n\n\n',
  'A=1',
  'A=1\nB=2\n',
  'SESSION_DRIVER=file',
  'SESSION_DRIVER = file',
  'SESSION_DRIVER   =    file   ',
  'export SESSION_DRIVER=file',
  'export   SESSION_DRIVER = "file"',
  'SESSION_DRIVER="file"',
  "SESSION_DRIVER='file'",
  'A="a\\nb"',
  "A='a\\nb'",
  'A="a\\rb"',
  'A="line1\nline2\nline3"\nB=after',
  "A='line1\nline2'\nB=x",
  'A=value # comment',
  'A=value#nocomment-in-dotenv',
  'A="value # inside quotes"',
  "A='value # inside quotes' # outside",
  '# SESSION_DRIVER=file\nSESSION_DRIVER=redis',
  '  # indented comment\nA=1',
  'A=1\nA=2\nA=3',
  'A=',
  'A= ',
  'A=""',
  "A=''",
  'A="unterminated',
  "A='unterminated\nB=2",
  "A='esc \\' quote'",
  'KEY: value',
  'KEY:value',
  'KEY:  spaced',
  'DOT.KEY=1\nDASH-KEY=2',
  'lower_case=ok',
  '123=numeric key',
  'not a line\nA=1\n===\n=novalue\nB=2',
  'A=1\r\nB=2\r\n',
  'A="multi\r\nline"\r\nB=3',
  'A=1\rB=2\r',
  'A="a"b"',
  'A=a"b"',
  "A='a'b'",
  'A="  padded  "',
  'A=  padded  ',
  'A=${B}',
  'A=tab\tinside',
  'A=\tleadingtab',
  'A=ünïcödé',
  'A="emoji 🎉"',
  'A=x\n\n\n  B  =  y  \n',
  'export A',
  'export=1',
  'A==b',
  'A=b=c',
  'A="quoted" trailing',
  'A="a\n# not a comment\nb"',
  '#!shebang\nA=1',
  'A=1 #c\nB="2" #c\nC=\'3\' #c'
]

describe('parseEnv values match npm dotenv (the oracle)', () => {
  it.each(ORACLE_CASES.map((c, i) => [i, c]))('case %i', (_i, text) => {
    expect(values(text as string)).toEqual(dotenv.parse(text as string))
  })

  it('matches on 2000 generated files', () => {
    const keys = ['A', 'B', 'SESSION_DRIVER', 'CACHE_STORE', 'x.y', 'k-1', 'LOG_STACK']
    const seps = ['=', ' = ', '= ', ' =', ': ', '=  ', '\t=\t']
    const bodies = [
      'file',
      'redis',
      'a b c',
      '',
      ' spaced ',
      'with#hash',
      'with # comment',
      '"dq"',
      '"dq with # hash"',
      '"dq\\nnl"',
      '"multi\nline"',
      "'sq'",
      "'sq\\n'",
      "'multi\nsq'",
      '"unterminated',
      "'unterminated",
      'ü',
      '"a"b',
      '=x'
    ]
    const junk = ['', '# comment', '   ', 'garbage line', '=', '  # x = y', 'export', '\t']
    for (let n = 0; n < 2000; n++) {
      const r = rng(n + 1)
      const lines: string[] = []
      const count = 1 + Math.floor(r() * 8)
      for (let i = 0; i < count; i++) {
        if (r() < 0.25) {
          lines.push(pick(r, junk))
          continue
        }
        const exp = r() < 0.15 ? pick(r, ['export ', 'export  ', '  ']) : ''
        const tail = r() < 0.2 ? pick(r, [' # c', '#c', '   ']) : ''
        lines.push(`${exp}${pick(r, keys)}${pick(r, seps)}${pick(r, bodies)}${tail}`)
      }
      const text = lines.join(r() < 0.2 ? '\r\n' : '\n') + (r() < 0.5 ? '\n' : '')
      const expected = dotenv.parse(text)
      const actual = values(text)
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(
          `generated case ${n} differs:\n${JSON.stringify(text)}\n${JSON.stringify(actual)}\n${JSON.stringify(expected)}`
        )
      }
    }
  })
})

// Laravel loads env files with vlucas/phpdotenv, whose grammar differs from npm dotenv in a few
// places. Expected values recorded from phpdotenv v5.6.4 (Dotenv::create(...)->load()).
describe('parseEnv follows phpdotenv where npm dotenv differs', () => {
  it.each([
    ['A="esc \\" quote"', 'esc " quote'],
    ['A="back\\\\slash"', 'back\\slash'],
    ['A="C:\\\\data\\\\"\nB=redis', 'C:\\data\\'],
    ['A="tab\\there"', 'tab\there'],
    ['A="f\\fv\\vr\\rn\\n"', 'f\fv\vr\rn\n'],
    ['A="cost \\$5"', 'cost $5'],
    ['X=1\nA="\\${X}"', '${X}'],
    ['X=1\nA="\\\\${X}"', '\\1'],
    ["A='sq \\\" stays'", 'sq \\" stays'],
    ['A=a\\"b', 'a\\"b'],
    ['A=`redis`', '`redis`'],
    ['APP_NAME=Shop\nA=`${APP_NAME}`', '`Shop`'],
    ['A=`back # tick`', '`back']
  ])('%j → %j', (text, expected) => {
    expect(values(text).A).toBe(expected)
  })

  it('unescapes double quotes in a value that spans lines', () => {
    expect(values('A="multi\\\\\nline"\nB=2')).toEqual({ A: 'multi\\\nline', B: '2' })
  })

  it('reads quoted key names', () => {
    expect(values('"SESSION_DRIVER"=redis')).toEqual({ SESSION_DRIVER: 'redis' })
    expect(values("'SESSION_DRIVER'=redis")).toEqual({ SESSION_DRIVER: 'redis' })
    expect(values('export "SESSION_DRIVER"=redis')).toEqual({ SESSION_DRIVER: 'redis' })
    expect(values('""=x\n"A=x\n\'B"=x')).toEqual({})
  })

  it('places a quoted key with its quotes', () => {
    expect(entry('"SESSION_DRIVER" = file\n', 'SESSION_DRIVER')).toMatchObject({
      line: 1,
      column: 1,
      endColumn: 17,
      valueColumn: 20,
      value: 'file'
    })
  })
})

describe('parseEnv positions', () => {
  it('locates key and value on a plain line', () => {
    const text = 'APP_NAME=Laravel\n\nSESSION_DRIVER=file\n'
    const e = entry(text, 'SESSION_DRIVER')
    expect(e).toMatchObject({
      line: 3,
      column: 1,
      endColumn: 15,
      valueLine: 3,
      valueColumn: 16,
      valueEndLine: 3,
      valueEndColumn: 20,
      exported: false,
      quote: null,
      rawValue: 'file',
      value: 'file'
    })
  })

  it('skips export and spacing', () => {
    const e = entry('  export   SESSION_DRIVER  =  "file"  # why\n', 'SESSION_DRIVER')
    expect(e).toMatchObject({
      line: 1,
      column: 12,
      endColumn: 26,
      valueColumn: 31,
      valueEndColumn: 37,
      exported: true,
      quote: '"',
      rawValue: '"file"',
      value: 'file'
    })
  })

  it('spans a multi-line double-quoted value', () => {
    const text = 'A=1\nKEY="first\nsecond\nthird"\nB=2'
    const e = entry(text, 'KEY')
    expect(e).toMatchObject({
      line: 2,
      column: 1,
      valueLine: 2,
      valueColumn: 5,
      valueEndLine: 4,
      valueEndColumn: 7
    })
    expect(e.value).toBe('first\nsecond\nthird')
    expect(entry(text, 'B')).toMatchObject({ line: 5, column: 1 })
  })

  it('counts CRLF files like LF files', () => {
    const e = entry('A=1\r\nB=2\r\nSESSION_DRIVER=file\r\n', 'SESSION_DRIVER')
    expect(e).toMatchObject({ line: 3, column: 1, valueColumn: 16, valueEndColumn: 20, value: 'file' })
  })

  it('places an empty value right after the separator', () => {
    expect(entry('APP_KEY=\n', 'APP_KEY')).toMatchObject({
      value: '',
      rawValue: '',
      valueLine: 1,
      valueColumn: 9,
      valueEndColumn: 9
    })
    expect(entry('APP_KEY = \nX=1', 'APP_KEY')).toMatchObject({ value: '', valueLine: 1 })
  })

  it('keeps the colon form apart from its separator', () => {
    expect(entry('KEY: value', 'KEY')).toMatchObject({
      column: 1,
      endColumn: 4,
      valueColumn: 6,
      value: 'value'
    })
  })

  it('keeps every duplicate in file order', () => {
    const parsed = parseEnv('A=1\nB=x\nA=2\n')
    expect(parsed.entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ['A', '1', 1],
      ['B', 'x', 2],
      ['A', '2', 3]
    ])
    expect(effectiveEntries(parsed).get('A')?.line).toBe(3)
  })
})

describe('parseEnv comments', () => {
  it('collects whole-line and trailing comments with columns', () => {
    const text = [
      '# stateless-audit-ignore session-driver-local -- single server',
      'SESSION_DRIVER=file',
      '   # indented',
      'CACHE_STORE=redis   # shared',
      'Q="a # not a comment"',
      'M="x',
      '# inside a quoted value',
      'y"'
    ].join('\n')
    expect(parseEnv(text).comments).toEqual([
      { line: 1, column: 1, text: '# stateless-audit-ignore session-driver-local -- single server' },
      { line: 3, column: 4, text: '# indented' },
      { line: 4, column: 21, text: '# shared' }
    ])
    expect(entry(text, 'M').value).toBe('x\n# inside a quoted value\ny')
  })

  it('does not treat a commented-out assignment as an entry', () => {
    const parsed = parseEnv('# SESSION_DRIVER=file\n#CACHE_STORE=file\n')
    expect(parsed.entries).toEqual([])
    expect(parsed.comments.map((c) => c.line)).toEqual([1, 2])
  })
})

describe('parseEnv ${VAR} nesting (phpdotenv)', () => {
  it('expands unquoted and double-quoted values from earlier keys', () => {
    const v = values('APP_NAME=Shop\nA=${APP_NAME}\nB="${APP_NAME} mail"\nC=\'${APP_NAME}\'')
    expect(v).toMatchObject({ A: 'Shop', B: 'Shop mail', C: '${APP_NAME}' })
  })

  it('uses the value at that point of the file and leaves unknown names as written', () => {
    const v = values('A=${LATER}\nX=1\nB=${X}\nX=2\nC=${X}\nLATER=z')
    expect(v).toMatchObject({ A: '${LATER}', B: '1', C: '2' })
  })

  it('does not read the process environment', () => {
    process.env.STATELESS_AUDIT_TEST_VAR = 'leaked'
    try {
      expect(values('A=${STATELESS_AUDIT_TEST_VAR}').A).toBe('${STATELESS_AUDIT_TEST_VAR}')
    } finally {
      delete process.env.STATELESS_AUDIT_TEST_VAR
    }
  })

  it('records which earlier assignment each reference took its value from', () => {
    const parsed = parseEnv('A=1\nA=2\nB=${A}${MISSING}\nC="${B}\\${A}"\nD=\'${A}\'')
    expect(parsed.entries.map((e) => [e.key, e.uses])).toEqual([
      ['A', []],
      ['A', []],
      ['B', [{ key: 'A', line: 2 }]],
      ['C', [{ key: 'B', line: 3 }]],
      ['D', []]
    ])
  })

  it('expands nested references in order', () => {
    expect(values('A=a\nB=${A}b\nC="${B}c"').C).toBe('abc')
  })
})

describe('parseEnv on bad input', () => {
  it('ignores garbage lines and survives binary content', () => {
    expect(parseEnv('this is not\n=== env ===\n\u0000\u0001\u0002').entries).toEqual([])
    const r = rng(42)
    let binary = ''
    for (let i = 0; i < 65536; i++) binary += String.fromCharCode(Math.floor(r() * 256))
    expect(() => parseEnv(binary)).not.toThrow()
    expect(values(binary)).toEqual(dotenv.parse(binary))
  })

  it('handles a large file with a long unterminated quote in reasonable time', () => {
    const text = 'A="' + 'x\\"'.repeat(20000) + '\n' + 'B=1\n'.repeat(5000)
    const started = Date.now()
    const parsed = parseEnv(text)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(parsed.entries.length).toBeGreaterThan(1)
    expect(values(text).B).toBe('1')
  })
})

describe('laravelEnvValue', () => {
  it.each([
    ['true', true],
    ['(true)', true],
    ['TRUE', true],
    ['false', false],
    ['(False)', false],
    ['empty', ''],
    ['(empty)', ''],
    ['null', null],
    ['(NULL)', null],
    ['"quoted"', 'quoted'],
    ["'single'", 'single'],
    ['"mismatched\'', '"mismatched\''],
    ['file', 'file'],
    ['', ''],
    ['nullable', 'nullable'],
    ['""', '']
  ])('%j → %j', (raw, expected) => {
    expect(laravelEnvValue(raw)).toBe(expected)
  })
})
