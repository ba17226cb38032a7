import { describe, it, expect } from '@jest/globals'
import {
  variableTypes,
  variableHasType,
  variableDeclaration,
  assignedValue,
  variableName
} from '../../src/php/variables.js'
import { NameResolver, FQN } from '../../src/php/names.js'
import { stringValue } from '../../src/php/args.js'
import type { PhpNode } from '../../src/php/nodes.js'
import { nodesOfKind, php } from '../../test-support/php.js'

/** The declared types of every use of `$name` that is a call receiver or argument, in order. */
function typesOf(code: string, name: string): string[][] {
  const file = php(code)
  const resolver = NameResolver.for(file.program as unknown as PhpNode)
  return nodesOfKind(file, 'variable')
    .filter(
      ({ node, ancestors }) => node.name === name && ancestors[ancestors.length - 1]?.kind !== 'closure'
    )
    .filter(({ ancestors }) => ancestors[ancestors.length - 1]?.kind !== 'parameter')
    .map(({ node, ancestors }) => variableTypes(node, ancestors, resolver))
}

const scheduleImport = 'use Illuminate\\Console\\Scheduling\\Schedule;\n'

describe('variable types', () => {
  it('reads a method parameter type, resolved through imports', () => {
    expect(
      typesOf(
        `namespace App\\Console;\n${scheduleImport}class Kernel { protected function schedule(Schedule $schedule) { $schedule->command('x'); } }`,
        'schedule'
      )
    ).toEqual([[FQN.schedule]])
  })

  it('reads closure and arrow function parameters, and aliased imports', () => {
    expect(
      typesOf(
        `use Illuminate\\Console\\Scheduling\\Schedule as S;\n$app->withSchedule(function (S $s) { $s->job(1); });\n$f = fn (S $s) => $s->call(1);`,
        's'
      )
    ).toEqual([[FQN.schedule], [FQN.schedule]])
  })

  it("follows a closure's use () and arrow functions' automatic capture to the outer parameter", () => {
    expect(
      typesOf(
        `${scheduleImport}function f(Schedule $schedule) {\n  $schedule->group(function () use ($schedule) { $schedule->command('a'); });\n  $g = fn () => $schedule->command('b');\n  $h = function () { $schedule->command('c'); };\n}`,
        'schedule'
      )
    ).toEqual([[FQN.schedule], [FQN.schedule], [FQN.schedule], []])
  })

  it('never guesses from the variable name', () => {
    expect(
      typesOf(`${scheduleImport}function f($schedule) { $schedule->command('x'); }`, 'schedule')
    ).toEqual([[]])
    expect(typesOf(`$schedule = new Foo; $schedule->command('x');`, 'schedule')).toEqual([[], []])
    expect(typesOf(`function f(\\App\\Schedule $schedule) { $schedule->command('x'); }`, 'schedule')).toEqual(
      [['App\\Schedule']]
    )
  })

  it('types $this by the enclosing class', () => {
    expect(typesOf('namespace App; class K { function f() { $this->x(); } }', 'this')).toEqual([['App\\K']])
  })

  it('variableHasType and variableDeclaration', () => {
    const file = php(`${scheduleImport}function f(?Schedule $s = null) { $s->command('x'); }`)
    const resolver = NameResolver.for(file.program as unknown as PhpNode)
    const use = nodesOfKind(file, 'variable').find(
      ({ ancestors }) => ancestors[ancestors.length - 1]?.kind === 'propertylookup'
    )!
    expect(
      variableHasType(use.node, use.ancestors, resolver, '\\illuminate\\console\\scheduling\\schedule')
    ).toBe(true)
    expect(variableDeclaration(use.node, use.ancestors, resolver)?.owner.kind).toBe('function')
    expect(variableName(use.node)).toBe('s')
  })
})

describe('assignedValue', () => {
  it('returns the last assignment before the use in the same function', () => {
    const file = php("function f() { $p = 'a'; $p = 'b'; g($p); $p = 'c'; }\n$p = 'outer';")
    const use = nodesOfKind(file, 'variable').find(
      ({ ancestors }) => ancestors[ancestors.length - 1]?.kind === 'call'
    )!
    expect(stringValue(assignedValue(use.node, use.ancestors))).toBe('b')
  })

  it('does not look into nested closures or outside the function', () => {
    const file = php("$p = 'outer'; function f() { $x = function () { $p = 'inner'; }; g($p); }")
    const use = nodesOfKind(file, 'variable').find(
      ({ ancestors }) => ancestors[ancestors.length - 1]?.kind === 'call'
    )!
    expect(assignedValue(use.node, use.ancestors)).toBeNull()
  })
})
