// The pre-filter's one-pass literal gate (src/engine/prefilter.ts) never changes which rules a file
// gets: compared with every trigger evaluated in full, on every PHP file of the fixture apps, the
// examples and a generated app (every rule's cases and look-alikes), and on texts built to trip the gate (literals that overlap, start one another, or
// appear only in another case).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateApp } from '../../scripts/bench/generate.js'
import { Prefilter } from '../../src/engine/prefilter.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { ESCAPE, literalsOf, methodCallPattern, type Trigger } from '../../src/rules/triggers.js'
import type { CodeRule } from '../../src/rules/types.js'
import { FIXTURE_APPS } from '../../test-support/temp-app.js'

/** The rules whose triggers match, every pattern tested: what the gate must reproduce. */
function reference(rules: readonly CodeRule[], text: string): string[] {
  if (ESCAPE.test(text)) return rules.map((r) => r.meta.id)
  const evaluate = (t: Trigger): boolean => {
    if (t instanceof RegExp) return t.test(text)
    if ('methods' in t)
      return [...text.matchAll(methodCallPattern(t.methods))].some((m) =>
        t.methods.includes(m[1].toLowerCase())
      )
    return 'all' in t ? t.all.every(evaluate) : t.any.some(evaluate)
  }
  return rules.filter((r) => r.triggers === undefined || evaluate(r.triggers)).map((r) => r.meta.id)
}

function phpFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (name === 'vendor' || name === 'node_modules') continue
    if (statSync(p).isDirectory()) out.push(...phpFiles(p))
    else if (name.endsWith('.php')) out.push(p)
  }
  return out
}

function leaves(t: Trigger, into: RegExp[] = []): RegExp[] {
  if (t instanceof RegExp) into.push(t)
  else if (!('methods' in t)) for (const part of 'all' in t ? t.all : t.any) leaves(part, into)
  return into
}

const prefilter = new Prefilter(codeRules)
const ids = (text: string): string[] => prefilter.rulesFor(text).map((r) => r.meta.id)

describe('the literal gate', () => {
  let generated: string
  let corpus: string[] = []
  beforeAll(() => {
    generated = mkdtempSync(path.join(tmpdir(), 'sa-prefilter-'))
    generateApp(generated, { seed: 20261128, entities: 13, everyCase: true })
    corpus = [FIXTURE_APPS, path.resolve(FIXTURE_APPS, '../../../examples'), generated].flatMap(phpFiles)
  })
  afterAll(() => rmSync(generated, { recursive: true, force: true }))

  it('gives every file the rules a full evaluation gives', () => {
    expect(corpus.length).toBeGreaterThan(300)
    let withRules = 0
    for (const file of corpus) {
      const text = readFileSync(file, 'utf8')
      const expected = reference(codeRules, text)
      if (expected.length > 0) withRules++
      expect([file, ids(text)]).toEqual([file, expected])
    }
    expect(withRules).toBeGreaterThan(20)
  })

  it('registers, for each pattern, literals that every match contains', () => {
    // On the corpus: whenever a pattern with literals matches, one of them is in the text.
    for (const rule of codeRules) {
      for (const leaf of [rule.triggers, rule.anchors].flatMap((t) => (t ? leaves(t) : []))) {
        const literals = literalsOf(leaf)
        if (literals === null) continue
        for (const file of corpus) {
          const text = readFileSync(file, 'utf8')
          if (!leaf.test(text)) continue
          const lower = text.toLowerCase()
          expect([rule.meta.id, leaf.source, file, literals.some((l) => lower.includes(l))]).toEqual([
            rule.meta.id,
            leaf.source,
            file,
            true
          ])
        }
      }
    }
  })

  it.each([
    ['a literal that starts a longer one', "<?php\nfile_put_contents(storage_path('x'), $y);\n"],
    ['a literal inside a longer one', "<?php\nfile_put_contents(public_path('x'), $y);\n"],
    ['only the longer literal', "<?php\n$p = 'storage/app/x';\n"],
    ['literals that overlap', "<?php\n$a = storagestore; Storage::put('a', $b);\n"],
    ['upper case', "<?php\n\\ENV('A'); \\SESSION_START(); Cache::STORE('file');\n"],
    ['a method name after a comment', "<?php\n$request->file('a')-> /* x */ STOREAS('b', 'c');\n"],
    ['an escape sequence', '<?php\n$p = "\\x73torage/app";\n'],
    ['an upper-case escape sequence', '<?php\n$p = "\\X73torage/app";\n'],
    ['a move_uploaded_file and a move', "<?php\nmove_uploaded_file($a, public_path('b'));\n"],
    ['nothing at all', '<?php\necho 1;\n']
  ])('matches a full evaluation: %s', (_what, text) => {
    expect(ids(text)).toEqual(reference(codeRules, text))
  })

  it('lets a file with none of the literals through to no rule, and one with an escape to every rule', () => {
    expect(ids("<?php\nclass Invoice extends Model { protected $fillable = ['total']; }\n")).toEqual([])
    expect(ids('<?php\n$a = "\\u{41}";\n')).toEqual(codeRules.map((r) => r.meta.id))
  })
})
