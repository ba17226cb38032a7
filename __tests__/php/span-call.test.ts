import { describe, it, expect } from '@jest/globals'
import { callSpan } from '../../src/php/span.js'
import { callNamed, nodesOfKind, php } from '../../test-support/php.js'

describe('callSpan', () => {
  it('runs from the method name to the closing parenthesis of a method call, across lines', () => {
    const file = php("$p = $request\n    ->file('avatar')\n    ->store('avatars');")
    expect(callSpan(callNamed(file, 'store').node)).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 23 })
    expect(callSpan(callNamed(file, 'file').node)).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 21 })
  })

  it('covers static calls from the method name, and whole function calls and new expressions', () => {
    const file = php("Storage::disk('public')->put('a', 'b'); mkdir($d); new StreamHandler('x');")
    expect(callSpan(callNamed(file, 'disk').node)).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 24 })
    expect(callSpan(callNamed(file, 'mkdir').node)).toEqual({
      line: 2,
      column: 41,
      endLine: 2,
      endColumn: 50
    })
    const [created] = nodesOfKind(file, 'new')
    expect(callSpan(created.node)).toEqual({ line: 2, column: 52, endLine: 2, endColumn: 74 })
  })

  it('falls back to the whole call for a dynamic method name', () => {
    const file = php('$f->{$method}(1);')
    const [call] = nodesOfKind(file, 'call')
    expect(callSpan(call.node)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 17 })
  })
})
