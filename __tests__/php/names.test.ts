import { describe, it, expect } from '@jest/globals'
import { NameResolver, FQN, canonicalLaravelClass, sameName } from '../../src/php/names.js'
import { isKind, type PhpNode } from '../../src/php/nodes.js'
import { nodesOfKind, php } from '../../test-support/php.js'

function resolverFor(code: string) {
  const file = php(code)
  return { file, resolver: NameResolver.for(file.program as unknown as PhpNode) }
}

/** Resolved class of every static call's class, in order. */
function staticClasses(code: string, laravel = false): (string | null)[] {
  const { file, resolver } = resolverFor(code)
  return nodesOfKind(file, 'staticlookup').map(({ node }) =>
    laravel ? resolver.resolveLaravelClass(node.what) : resolver.resolveClass(node.what)
  )
}

/** Whether each function call is the global env(). */
function envCalls(code: string): boolean[] {
  const { file, resolver } = resolverFor(code)
  return nodesOfKind(file, 'call')
    .filter(({ node }) => isKind(node.what, 'name'))
    .map(({ node }) => resolver.isGlobalFunctionCall(node, 'env'))
}

describe('class name resolution', () => {
  it('resolves unqualified, qualified, fully qualified and relative names like PHP', () => {
    expect(
      staticClasses(`namespace App\\Http;
use Illuminate\\Support\\Facades\\Storage;
use Illuminate\\Support\\Facades\\Cache as C;
use Illuminate\\Support as S;
Storage::a(); C::b(); S\\Facades\\Log::c(); \\Foo\\Bar::d(); Baz::e(); Sub\\Qux::f(); namespace\\Rel::g(); self::h();`)
    ).toEqual([
      'Illuminate\\Support\\Facades\\Storage',
      'Illuminate\\Support\\Facades\\Cache',
      'Illuminate\\Support\\Facades\\Log',
      'Foo\\Bar',
      'App\\Http\\Baz',
      'App\\Http\\Sub\\Qux',
      'App\\Http\\Rel',
      null
    ])
  })

  it('handles group uses, mixed groups and case-insensitive aliases', () => {
    expect(
      staticClasses(`namespace A;
use Illuminate\\Support\\Facades\\{Storage as Disk, Schedule};
use X\\{Y, function z};
disk::a(); SCHEDULE::b(); y::c();`)
    ).toEqual(['Illuminate\\Support\\Facades\\Storage', 'Illuminate\\Support\\Facades\\Schedule', 'X\\Y'])
  })

  it('keeps each namespace block separate', () => {
    expect(
      staticClasses(`namespace A { use Foo\\Storage; Storage::x(); }
namespace B { Storage::y(); }
namespace { Storage::z(); }`)
    ).toEqual(['Foo\\Storage', 'B\\Storage', 'Storage'])
  })

  it('maps root facade aliases only where PHP reaches the global class', () => {
    // No namespace, `\Storage`, `use Storage;` → the alias → the facade.
    expect(staticClasses('Storage::put(1); \\Cache::get(1);', true)).toEqual([
      FQN.storageFacade,
      FQN.cacheFacade
    ])
    expect(staticClasses('namespace App; use Storage; Storage::put(1);', true)).toEqual([FQN.storageFacade])
    // In a namespace without an import, `Storage` is App\Storage: a user class, not the facade.
    expect(staticClasses('namespace App; Storage::put(1);', true)).toEqual(['App\\Storage'])
    expect(staticClasses('namespace App; use App\\Support\\Storage; Storage::put(1);', true)).toEqual([
      'App\\Support\\Storage'
    ])
  })

  it('names facades through imports, aliases and root aliases', () => {
    const { file, resolver } = resolverFor(`namespace App;
use Illuminate\\Support\\Facades\\Storage as Disk;
use Illuminate\\Support\\Facades\\Log;
Disk::put(1); Log::info(1); Other::x(); \\Schedule::call(1); \\Illuminate\\Support\\Facades\\File::put(1);`)
    expect(nodesOfKind(file, 'staticlookup').map(({ node }) => resolver.facadeName(node.what))).toEqual([
      'Storage',
      'Log',
      null,
      'Schedule',
      'File'
    ])
  })

  it('resolves type declarations, ignoring builtins', () => {
    const { file, resolver } = resolverFor(`namespace App;
use Illuminate\\Console\\Scheduling\\Schedule;
function f(?Schedule $a, int $b, Schedule|\\Other $c, namespace\\Local $d) {}`)
    expect(nodesOfKind(file, 'parameter').map(({ node }) => resolver.typeNames(node.type))).toEqual([
      [FQN.schedule],
      [],
      [FQN.schedule, 'Other'],
      ['App\\Local']
    ])
  })
})

describe('function name resolution', () => {
  it('treats env(), ENV() and \\env() as the global helper, in and out of namespaces', () => {
    expect(envCalls('env("A"); ENV("B"); \\env("C"); Env("D");')).toEqual([true, true, true, true])
    expect(envCalls('namespace App; env("A"); \\ENV("B");')).toEqual([true, true])
  })

  it('does not match namespaced, relative, imported or locally declared env functions', () => {
    expect(envCalls('namespace App; namespace\\env("A");')).toEqual([false])
    expect(envCalls('namespace App; \\Foo\\env("A"); Foo\\env("B");')).toEqual([false, false])
    expect(envCalls('namespace App; use function Foo\\env; env("A");')).toEqual([false])
    expect(envCalls('namespace App; use function Foo\\bar as env; env("A");')).toEqual([false])
    expect(envCalls('namespace App; use function Foo\\{env}; env("A");')).toEqual([false])
    expect(envCalls('namespace App; function env($k) { return 1; } env("A");')).toEqual([false])
  })

  it('follows an alias of the global env, and does not take other names for env', () => {
    // `use function env as e` imports the global helper under another name: e() is env().
    expect(envCalls('namespace App; use function env as e; e("A"); getenv("B"); create_env("C");')).toEqual([
      true,
      false,
      false
    ])
  })

  it('namespace\\env() in the global namespace is the global function itself', () => {
    expect(envCalls('namespace\\env("A");')).toEqual([true])
  })

  it('a function env declared in another namespace block does not shadow', () => {
    expect(envCalls('namespace A { function env() {} } namespace B { env("X"); }')).toEqual([true])
  })

  it('reports the global function name of a call', () => {
    const { file, resolver } = resolverFor('namespace App; Storage_Path("x"); Foo\\storage_path(); $f();')
    expect(nodesOfKind(file, 'call').map(({ node }) => resolver.globalFunctionName(node))).toEqual([
      'storage_path',
      null,
      null
    ])
  })
})

describe('helpers', () => {
  it('canonicalLaravelClass and sameName', () => {
    expect(canonicalLaravelClass('Storage')).toBe(FQN.storageFacade)
    expect(canonicalLaravelClass('Env')).toBe(FQN.env)
    expect(canonicalLaravelClass('App\\Storage')).toBe('App\\Storage')
    expect(canonicalLaravelClass('Unknown')).toBe('Unknown')
    expect(sameName('\\illuminate\\console\\scheduling\\SCHEDULE', FQN.schedule)).toBe(true)
    expect(sameName(null, FQN.schedule)).toBe(false)
  })

  it('caches one resolver per program', () => {
    const file = php('env(1);')
    const program = file.program as unknown as PhpNode
    expect(NameResolver.for(program)).toBe(NameResolver.for(program))
  })
})
