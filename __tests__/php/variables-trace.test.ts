import { describe, it, expect } from '@jest/globals'
import {
  enclosingClass,
  enclosingClassTraits,
  foreachSource,
  thisPropertyDeclaration,
  traceValue
} from '../../src/php/variables.js'
import { isNullLiteral, stringValue } from '../../src/php/args.js'
import { NameResolver } from '../../src/php/names.js'
import { isKind, type PhpNode } from '../../src/php/nodes.js'
import { sourceText } from '../../src/php/span.js'
import { callNamed, nodesOfKind, php } from '../../test-support/php.js'

/** The source text of what the first argument of `use_it()` traces to. */
function traced(code: string): string | null {
  const file = php(code)
  const { node, ancestors } = callNamed(file, 'use_it')
  const value = traceValue(node.arguments[0], [...ancestors, node])
  return value === null ? null : sourceText(file.text, value)
}

/** The source text of the foreach source for the first argument of `use_it()`. */
function loopOf(code: string): string | null {
  const file = php(code)
  const { node, ancestors } = callNamed(file, 'use_it')
  const arg = node.arguments[0]
  if (!isKind(arg, 'variable')) throw new Error('use_it() needs a variable')
  const source = foreachSource(arg, [...ancestors, node])
  return source === null ? null : sourceText(file.text, source)
}

describe('traceValue', () => {
  it('returns non-variables as they are and follows assignments through several variables', () => {
    expect(traced("use_it('s3');")).toBe("'s3'")
    expect(traced("function f() { $a = config('x.disk'); $b = $a; use_it($b); }")).toBe("config('x.disk')")
  })

  it('gives null for parameters, unassigned variables and assignment cycles past the hop limit', () => {
    expect(traced('function f($disk) { use_it($disk); }')).toBeNull()
    expect(traced('use_it($nowhere);')).toBeNull()
    expect(
      traced('function f() { $a = $b; $b = $c; $c = $d; $d = $e; $e = $f; $f = $g; use_it($a); }')
    ).toBeNull()
  })

  it("follows a closure's use () to the assignment outside it, not a plain closure", () => {
    expect(traced('function f() { $fs = new Fs; $g = function () use ($fs) { use_it($fs); }; }')).toBe(
      'new Fs'
    )
    expect(
      traced('function f() { $fs = new Fs; $g = function () use ($fs) { $fs = 1; use_it($fs); }; }')
    ).toBe('1')
    expect(traced('function f() { $fs = new Fs; $g = function () { use_it($fs); }; }')).toBeNull()
    expect(traced('function f() { $fs = new Fs; $g = fn () => use_it($fs); }')).toBe('new Fs')
  })

  it('uses the last assignment before the use, in the same function only', () => {
    expect(traced("function f() { $d = 'a'; $d = 'b'; use_it($d); $d = 'c'; }")).toBe("'b'")
    expect(traced("$d = 'outer'; function f() { use_it($d); }")).toBeNull()
  })
})

describe('foreachSource', () => {
  it('finds the collection a loop variable iterates, with or without a key', () => {
    expect(loopOf("foreach ($request->file('photos') as $photo) { use_it($photo); }")).toBe(
      "$request->file('photos')"
    )
    expect(loopOf('foreach ($files as $i => $f) use_it($f);')).toBe('$files')
    expect(loopOf('foreach ($outer as $f) { foreach ($inner as $g) { use_it($f); } }')).toBe('$outer')
  })

  it('ignores keys, reassigned loop variables, other functions and non-loop variables', () => {
    expect(loopOf('foreach ($files as $f => $v) { use_it($f); }')).toBeNull()
    expect(loopOf('foreach ($files as $f) { $f = other(); use_it($f); }')).toBeNull()
    expect(loopOf('foreach ($files as $f) { $g = function () use ($f) { use_it($f); }; }')).toBeNull()
    expect(loopOf('$f = x(); use_it($f);')).toBeNull()
  })

  it('still sees the element when the variable was assigned before the loop', () => {
    expect(loopOf('$f = null; foreach ($files as $f) { use_it($f); }')).toBe('$files')
  })
})

describe('class members', () => {
  const component = `namespace App\\Livewire;
use Livewire\\Component;
use Livewire\\WithFileUploads as Uploads;
use App\\Repositories\\UserRepository;
class Avatar extends Component {
  use Uploads, \\App\\Concerns\\Audits;
  public $photo;
  public ?UserRepository $users = null;
  public function __construct(private UserRepository $repo, $plain = null) {}
  public function save() { $this->photo->store('a'); $this->users->store(1); $this->repo->store(2); $this->plain->store(3); $this->missing->store(4); }
}`

  it('lists the traits of the enclosing class, resolved through imports', () => {
    const file = php(component)
    const resolver = NameResolver.for(file.program as unknown as PhpNode)
    const { ancestors } = callNamed(file, 'store')
    expect(enclosingClass(ancestors)?.name?.name).toBe('Avatar')
    expect(enclosingClassTraits(ancestors, resolver)).toEqual([
      'Livewire\\WithFileUploads',
      'App\\Concerns\\Audits'
    ])
    expect(enclosingClassTraits([], resolver)).toEqual([])
  })

  it('finds $this->x declarations: properties and promoted constructor parameters', () => {
    const file = php(component)
    const resolver = NameResolver.for(file.program as unknown as PhpNode)
    const found = nodesOfKind(file, 'propertylookup')
      .filter(({ node }) => isKind(node.offset, 'identifier') && node.offset.name !== 'store')
      .map(({ node, ancestors }) => {
        const decl = thisPropertyDeclaration(node, ancestors, resolver)
        return decl && { kind: decl.node.kind, typed: decl.typed, types: decl.types }
      })
    expect(found).toEqual([
      { kind: 'property', typed: false, types: [] },
      { kind: 'property', typed: true, types: ['App\\Repositories\\UserRepository'] },
      { kind: 'parameter', typed: true, types: ['App\\Repositories\\UserRepository'] },
      null, // $plain is a constructor parameter, but not promoted
      null
    ])
  })
})

describe('isNullLiteral', () => {
  it('matches null in any case and nothing else', () => {
    const args = callNamed(php("f(null, NULL, Null, 'null', 0, false, $null);"), 'f').node.arguments
    expect(args.map((a) => isNullLiteral(a))).toEqual([true, true, true, false, false, false, false])
    expect(stringValue(args[3])).toBe('null')
  })
})
