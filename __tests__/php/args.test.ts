import { describe, it, expect } from '@jest/globals'
import {
  argument,
  namedArgument,
  positionalArguments,
  hasSpread,
  stringValue,
  concatParts,
  arrayValue,
  arrayString,
  entryKey,
  literalText
} from '../../src/php/args.js'
import { isKind } from '../../src/php/nodes.js'
import { callNamed, nodesOfKind, php } from '../../test-support/php.js'

const valueOfAssign = (code: string) => {
  const [assign] = nodesOfKind(php(code), 'assign')
  return assign.node.right
}

describe('arguments', () => {
  it('finds positional and named arguments; named wins', () => {
    const call = callNamed(php("$f->store('avatars', disk: 's3');"), 'store').node
    expect(stringValue(argument(call, 0))).toBe('avatars')
    expect(argument(call, 1)).toBeNull()
    expect(stringValue(argument(call, 1, 'disk'))).toBe('s3')
    expect(stringValue(namedArgument(call, 'disk'))).toBe('s3')
    expect(namedArgument(call, 'Disk')).toBeNull()
    expect(positionalArguments(call)).toHaveLength(1)
  })

  it('gives up on positions after a spread', () => {
    const call = callNamed(php("f(...$args, 'x');"), 'f').node
    expect(hasSpread(call)).toBe(true)
    expect(argument(call, 0)).toBeNull()
    expect(argument(call, 1)).toBeNull()
  })
})

describe('literal strings', () => {
  it('reads single, double, nowdoc, heredoc-without-interpolation and concatenated literals', () => {
    expect(stringValue(valueOfAssign("$a = 'x';"))).toBe('x')
    expect(stringValue(valueOfAssign('$a = "x\\ty";'))).toBe('x\ty')
    expect(stringValue(valueOfAssign("$a = <<<'EOT'\nraw $x\nEOT;"))).toBe('raw $x')
    expect(stringValue(valueOfAssign("$a = 'a' . 'b' . ('c' . 1);"))).toBe('abc1')
  })

  it('returns null for anything dynamic', () => {
    expect(stringValue(valueOfAssign('$a = "x{$y}";'))).toBeNull()
    expect(stringValue(valueOfAssign("$a = 'a' . $b;"))).toBeNull()
    expect(stringValue(valueOfAssign('$a = f();'))).toBeNull()
    expect(stringValue(valueOfAssign('$a = 1;'))).toBeNull()
    expect(stringValue(null)).toBeNull()
  })

  it('splits concatenations and interpolations into leaves, left to right', () => {
    const parts = concatParts(valueOfAssign('$a = storage_path("app") . "/{$dir}/x" . $name;'))
    expect(parts.map((p) => p.kind)).toEqual(['call', 'string', 'variable', 'string', 'variable'])
    expect(parts.map((p) => literalText(p))).toEqual([null, '/', null, '/x', null])
  })
})

describe('array literals', () => {
  it('looks up literal keys; the last duplicate wins', () => {
    const array = valueOfAssign(
      "$a = ['disk' => 'local', 'visibility' => 'public', 'disk' => 's3', 0 => 'z', 'n' => $v];"
    )
    expect(arrayString(array, 'disk')).toBe('s3')
    expect(arrayString(array, '0')).toBe('z')
    expect(isKind(arrayValue(array, 'n'), 'variable')).toBe(true)
    expect(arrayValue(array, 'missing')).toBeNull()
    expect(arrayValue(valueOfAssign('$a = 1;'), 'disk')).toBeNull()
    const [first] = nodesOfKind(php("$a = ['k' => 1, 2];"), 'entry')
    expect(entryKey(first.node)).toBe('k')
  })
})
