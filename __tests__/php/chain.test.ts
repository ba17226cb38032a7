import { describe, it, expect } from '@jest/globals'
import {
  flattenChain,
  enclosingChain,
  outermostCall,
  isMethodCall,
  chainHas,
  linkIndex
} from '../../src/php/chain.js'
import { isKind } from '../../src/php/nodes.js'
import { callNamed, nodesOfKind, php } from '../../test-support/php.js'

describe('call chains', () => {
  it('flattens a static-rooted chain into root and ordered links', () => {
    const file = php("Schedule::command('x', ['a'])->daily()->onOneServer();")
    const outer = nodesOfKind(file, 'call')[0].node
    const chain = flattenChain(outer)
    expect(chain).not.toBeNull()
    expect(isKind(chain?.root, 'name') && chain?.root.name).toBe('Schedule')
    expect(chain?.links.map((l) => [l.name, l.isStatic, l.args.length])).toEqual([
      ['command', true, 2],
      ['daily', false, 0],
      ['onOneServer', false, 0]
    ])
    expect(chain?.outer).toBe(outer)
    expect(chainHas(chain!, 'ONONESERVER')).toBe(true)
    expect(chainHas(chain!, ['command'], 1)).toBe(false)
  })

  it('roots chains at variables, helper calls, property fetches and new', () => {
    const roots = (code: string): string[] =>
      nodesOfKind(php(code), 'expressionstatement').map(
        ({ node }) => flattenChain(node.expression)?.root.kind ?? 'none'
      )
    expect(
      roots(
        "$s->command('x')->daily(); cache()->store('file')->put(1); $this->schedule->call(1); (new Foo)->a(); env('X');"
      )
    ).toEqual(['variable', 'call', 'propertylookup', 'new', 'none'])
  })

  it('finds the enclosing chain of an inner call, across lines', () => {
    const file = php("$schedule\n  ->command('reports:generate')\n  ->daily()\n  ->onOneServer();")
    const { node, ancestors } = callNamed(file, 'command')
    const chain = enclosingChain(node, ancestors)
    expect(chain?.links.map((l) => l.name)).toEqual(['command', 'daily', 'onOneServer'])
    expect(linkIndex(chain!, node)).toBe(0)
    expect(outermostCall(node, ancestors)).toBe(chain?.outer)
  })

  it('stops at argument boundaries: a chain inside an argument is its own chain', () => {
    const file = php("$a->group(fn () => $b->command('x')->daily())->then();")
    const { node, ancestors } = callNamed(file, 'command')
    expect(enclosingChain(node, ancestors)?.links.map((l) => l.name)).toEqual(['command', 'daily'])
  })

  it('tells method calls from function calls and handles nullsafe and dynamic names', () => {
    const file = php('f(); $a?->b(); $a->{$m}(); A::b();')
    const calls = nodesOfKind(file, 'call').map(({ node }) => node)
    expect(calls.map((c) => isMethodCall(c))).toEqual([false, true, true, true])
    expect(flattenChain(calls[2])?.links[0].name).toBeNull()
    expect(flattenChain(calls[0])).toBeNull()
  })
})
