import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parsePhpSource } from '../../src/php/parse.js'
import { FIXTURE_APPS } from '../../test-support/temp-app.js'
import { walk, childrenOf, findAll, ParentIndex } from '../../src/php/walk.js'
import { isKind, type PhpNode } from '../../src/php/nodes.js'
import { php } from '../../test-support/php.js'

const root = (code: string): PhpNode => php(code).program as unknown as PhpNode

describe('walk', () => {
  it('visits in pre-order with parent, key and ancestors', () => {
    const seen: string[] = []
    walk(root('f($a);'), (node, context) => {
      seen.push(
        `${node.kind}<${context.parent?.kind ?? '-'}.${context.key ?? '-'}>#${context.ancestors.length}`
      )
    })
    expect(seen).toEqual([
      'program<-.->#0',
      'expressionstatement<program.children>#1',
      'call<expressionstatement.expression>#2',
      'name<call.what>#3',
      'variable<call.arguments>#3'
    ])
  })

  it("does not descend when enter returns 'skip', and calls leave after the subtree", () => {
    const events: string[] = []
    walk(root('function f() { g(); } h();'), {
      enter(node) {
        events.push(`enter ${node.kind}`)
        if (node.kind === 'function') return 'skip'
      },
      leave(node) {
        if (node.kind === 'function' || node.kind === 'call') events.push(`leave ${node.kind}`)
      }
    })
    expect(events.filter((e) => e.includes('function') || e.includes('call'))).toEqual([
      'enter function',
      'leave function',
      'enter call',
      'leave call'
    ])
  })

  it('handles a 100,000-deep tree built by hand (no recursion)', () => {
    let node: PhpNode = { kind: 'variable', loc: null }
    for (let i = 0; i < 100000; i++) {
      node = { kind: 'bin', loc: null, left: node, right: { kind: 'number', loc: null } } as PhpNode
    }
    let count = 0
    let maxDepth = 0
    walk(node, (_n, context) => {
      count++
      maxDepth = Math.max(maxDepth, context.ancestors.length)
    })
    expect(count).toBe(200001)
    expect(maxDepth).toBe(100000)
    const index = new ParentIndex(node)
    let leaf: PhpNode = node
    while (isKind(leaf, 'bin')) leaf = leaf.left
    expect(index.ancestors(leaf)).toHaveLength(100000)
  })

  it('visits exactly what a recursive descent over childrenOf visits, on every fixture and example file', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && e.name.endsWith('.php'))
        .map((e) => path.join(e.parentPath, e.name))
    let checked = 0
    for (const file of [...files(FIXTURE_APPS), ...files(path.resolve('examples'))]) {
      const program = parsePhpSource(file, readFileSync(file, 'utf8')).program as unknown as PhpNode
      const expected: string[] = []
      const descend = (node: PhpNode, parent: PhpNode | null, key: string | null, depth: number): void => {
        expected.push(`enter ${node.kind}@${node.loc?.start.offset} ${parent?.kind}.${key} #${depth}`)
        for (const child of childrenOf(node)) descend(child.node, node, child.key, depth + 1)
        expected.push(`leave ${node.kind}@${node.loc?.start.offset} ${parent?.kind}.${key}`)
      }
      descend(program, null, null, 0)
      const seen: string[] = []
      walk(program, {
        enter: (node, c) =>
          void seen.push(
            `enter ${node.kind}@${node.loc?.start.offset} ${c.parent?.kind}.${c.key} #${c.ancestors.length}`
          ),
        leave: (node, c) =>
          void seen.push(`leave ${node.kind}@${node.loc?.start.offset} ${c.parent?.kind}.${c.key}`)
      })
      expect(seen).toEqual(expected)
      checked++
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('skips comments and locations as children', () => {
    const program = root('/** doc */\n$a = 1;')
    const statement = childrenOf(program)[0].node
    expect(statement.leadingComments?.length).toBe(1)
    expect(childrenOf(statement).map((c) => c.key)).toEqual(['expression'])
  })

  it('findAll and ParentIndex agree with the walk', () => {
    const program = root('$a->b(c(1));')
    const calls = findAll(program, (n) => isKind(n, 'call'))
    expect(calls).toHaveLength(2)
    const index = new ParentIndex(program)
    const inner = calls[1]
    expect(index.parent(inner)?.kind).toBe('call')
    expect(index.key(inner)).toBe('arguments')
    expect(index.ancestors(inner).map((n) => n.kind)).toEqual(['program', 'expressionstatement', 'call'])
    expect(index.parent(program)).toBeNull()
  })
})
