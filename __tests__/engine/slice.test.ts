// Body slicing (src/engine/slice.ts): which bodies are cut, that lines keep their numbers, and when
// a file is not sliced at all. That the findings stay the same is proven on a generated app in
// optimisations.test.ts.
import { describe, expect, it } from '@jest/globals'
import { Prefilter } from '../../src/engine/prefilter.js'
import { bladeSegmentFilter, hasFunctionImport, sliceBodies, touchesCut } from '../../src/engine/slice.js'
import { extractBlade } from '../../src/php/blade.js'
import { codeRules } from '../../src/rules/code-rules.js'
import type { CodeRule } from '../../src/rules/types.js'

const rule = (id: string): CodeRule => {
  const found = codeRules.find((r) => r.meta.id === id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}
const env = rule('env-outside-config')
const upload = rule('upload-to-local-disk')
const prefilter = new Prefilter(codeRules)

const CONTROLLER = [
  '<?php',
  '',
  'namespace App\\Http\\Controllers;',
  '',
  'use Illuminate\\Http\\Request;',
  '',
  'class AvatarController',
  '{',
  '    public function __construct(private readonly Request $request)',
  '    {',
  "        $this->middleware('auth');",
  '    }',
  '',
  '    public function index(): array',
  '    {',
  "        return ['a' => '{', 'b' => \"}\"];",
  '    }',
  '',
  '    public function update(Request $request): string',
  '    {',
  "        return $request->file('avatar')->store('avatars');",
  '    }',
  '}',
  ''
].join('\n')

describe('sliceBodies', () => {
  it('cuts the bodies without an anchor of the file’s rules and keeps every line number', () => {
    const sliced = sliceBodies(CONTROLLER, [upload], prefilter)
    expect(sliced).not.toBeNull()
    if (!sliced) return
    const before = CONTROLLER.split('\n')
    const after = sliced.text.split('\n')
    expect(after).toHaveLength(before.length)
    // The constructor's body is cut to its braces and line breaks (its promoted parameters
    // declare properties); index() goes whole, doc comment and signature too, from just after the
    // constructor's `}`. Columns shift on a cut's last line only; update() is kept as written.
    expect(after.slice(9, 12)).toEqual(['    {', '', '}'])
    expect(after.slice(12, 17)).toEqual(['', '', '', '', ''])
    expect(after.slice(17, 22)).toEqual(before.slice(17, 22))
    expect(after.slice(0, 9)).toEqual(before.slice(0, 9))
    expect(sliced.cuts).toEqual([
      { first: 10, last: 12 },
      { first: 12, last: 17 }
    ])
  })

  it('keeps a body that declares a function, and cuts nothing when every body is anchored', () => {
    const declares = CONTROLLER.replace(
      "return ['a' => '{', 'b' => \"}\"];",
      'function helper() { return 1; }'
    )
    const sliced = sliceBodies(declares, [upload], prefilter)
    expect(sliced?.cuts).toEqual([{ first: 10, last: 12 }])
    const anchored = CONTROLLER.replace("$this->middleware('auth');", '$this->photo->store();').replace(
      "return ['a' => '{', 'b' => \"}\"];",
      "return Storage::putFile('x', $f) ?? $f->storeAs('y');"
    )
    expect(sliceBodies(anchored, [upload], prefilter)).toBeNull()
  })

  it('judges each body by the anchors of the rules given: env() keeps only the body that spells it', () => {
    const text = CONTROLLER.replace("$this->middleware('auth');", "$this->key = env('KEY');")
    expect(sliceBodies(text, [env], prefilter)?.cuts).toEqual([
      { first: 12, last: 17 },
      { first: 17, last: 22 }
    ])
    // Both rules: a body is kept when either can report in it.
    expect(sliceBodies(text, [env, upload], prefilter)?.cuts).toEqual([{ first: 12, last: 17 }])
  })

  it('does not slice what it cannot slice safely', () => {
    const variants: Record<string, string> = {
      'an escape sequence': CONTROLLER.replace("'avatars'", '"\\x61vatars"'),
      'a function import': CONTROLLER.replace(
        'use Illuminate\\Http\\Request;',
        'use function env as setting;'
      ),
      'a lone carriage return': CONTROLLER.replace('\n\nclass', '\r\rclass'),
      'a closing tag': CONTROLLER + '?>\n',
      'inline HTML first': `<html>\n${CONTROLLER}`
    }
    for (const [what, text] of Object.entries(variants))
      expect([what, sliceBodies(text, [upload], prefilter)]).toEqual([what, null])
    const anchorless: CodeRule = { ...upload, anchors: undefined }
    expect(sliceBodies(CONTROLLER, [anchorless], prefilter)).toBeNull()
  })

  it('keeps CRLF line endings inside a cut', () => {
    const crlf = CONTROLLER.replace(/\n/g, '\r\n')
    const sliced = sliceBodies(crlf, [upload], prefilter)
    expect(sliced?.text.split('\r\n')).toHaveLength(crlf.split('\r\n').length)
    expect(sliced?.cuts).toEqual([
      { first: 10, last: 12 },
      { first: 12, last: 17 }
    ])
  })
})

describe('hasFunctionImport', () => {
  it('answers as /\\buse\\b[^;]*\\bfunction\\b/i does, on 20,000 random token strings', () => {
    const regex = /\buse\b[^;]*\bfunction\b/i
    const tokens = [
      'use',
      'USE',
      'Use',
      'function',
      'FUNCTION',
      'functions',
      'user',
      'reuse',
      ';',
      ' ',
      '\n',
      '_',
      'x',
      '(',
      '$',
      '{',
      '}',
      '\\'
    ]
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    let positives = 0
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: 1 + next(14) }, () => tokens[next(tokens.length)]).join(
        next(2) ? ' ' : ''
      )
      expect([text, hasFunctionImport(text)]).toEqual([text, regex.test(text)])
      if (regex.test(text)) positives++
    }
    expect(positives).toBeGreaterThan(200)
  })

  it('the import forms, and a long text of `use` words without a `;`', () => {
    for (const text of [
      'use function App\\e;',
      'use App\\{Model, function helper};',
      'USE FUNCTION env AS e;'
    ]) {
      expect([text, hasFunctionImport(`<?php\n${text}\n`)]).toEqual([text, true])
    }
    expect(hasFunctionImport('<?php\nuse App\\Models\\User;\nfunction f() {}\n')).toBe(false)
    expect(hasFunctionImport(`<?php\nreturn ['a' => '${'please use this '.repeat(20000)}'];\n`)).toBe(false)
  })
})

describe('bladeSegmentFilter', () => {
  const VIEW = [
    '<form method="POST" action="{{ route(\'avatars.store\') }}" enctype="multipart/form-data">',
    "    <input name=\"name\" value=\"{{ old('name') }}\" @class(['input', 'is-invalid' => $errors->has('name')])>",
    '    <img src="{{ asset(\'storage/avatars/\' . $user->avatar) }}">',
    "    <p>{{ $key = env('VIEW_KEY') }} {{ $label = 'x' }}</p>",
    '    @foreach ($users as $user) {{ $user->name }} @endforeach',
    '</form>'
  ].join('\n')
  const kept = (text: string, rules: CodeRule[]): string[] => {
    const keep = bladeSegmentFilter(text, rules, prefilter)
    if (keep === null) throw new Error('not sliceable')
    return extractBlade(text)
      .segments.filter(keep)
      .map((s) => s.code.trim())
  }

  it('keeps the segments a rule can report in and those that bind a name, nothing else', () => {
    expect(kept(VIEW, [rule('hardcoded-storage-path')])).toEqual([
      "asset('storage/avatars/' . $user->avatar)",
      "$key = env('VIEW_KEY')",
      "$label = 'x'",
      '$users as $user'
    ])
    expect(kept(VIEW, [env])).toEqual(["$key = env('VIEW_KEY')", "$label = 'x'", '$users as $user'])
  })

  it('does not slice a template with an escape sequence or a rule without anchors', () => {
    expect(bladeSegmentFilter(VIEW.replace("'x'", '"\\x73"'), [env], prefilter)).toBeNull()
    expect(bladeSegmentFilter(VIEW, [{ ...env, anchors: undefined }], prefilter)).toBeNull()
  })
})

describe('touchesCut', () => {
  const cuts = [{ first: 10, last: 12 }]
  it('is true for a span on a cut’s lines, or across one', () => {
    expect(touchesCut({ line: 12, endLine: 12 }, cuts)).toBe(true)
    expect(touchesCut({ line: 9, endLine: 10 }, cuts)).toBe(true)
    expect(touchesCut({ line: 5, endLine: 20 }, cuts)).toBe(true)
    expect(touchesCut({ line: 9, endLine: 9 }, cuts)).toBe(false)
    expect(touchesCut({ line: 13, endLine: 14 }, cuts)).toBe(false)
  })
})
