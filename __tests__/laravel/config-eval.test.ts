import { describe, expect, it } from '@jest/globals'
import { entryOf, parseConfigFile, shortText, type CNode } from '../../src/laravel/config-eval.js'

function root(text: string): CNode {
  const parsed = parseConfigFile(text, 'config/x.php')
  if (parsed.root === null) throw new Error(parsed.problems.join('\n'))
  return parsed.root
}

function get(node: CNode, ...path: (string | number)[]): CNode {
  let cur = node
  for (const key of path) {
    const e = entryOf(cur, key)
    if (!e) throw new Error(`no ${String(key)}`)
    cur = e.value
  }
  return cur
}

/** A compact view of a node for assertions. */
function view(node: CNode): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'array':
      return Object.fromEntries(node.entries.map((e) => [e.key, view(e.value)]))
    case 'env':
      return { env: node.key, default: node.fallback ? view(node.fallback) : undefined }
    case 'path':
      return { [node.helper]: node.arg ? view(node.arg) : undefined }
    case 'concat':
      return { concat: node.parts.map(view) }
    case 'call':
      return { [node.fn]: node.args.map(view) }
    case 'cast':
      return { [`(${node.to})`]: view(node.expr) }
    case 'coalesce':
      return { '??': [view(node.left), view(node.right)] }
    case 'class':
      return { class: node.name }
    case 'ternary':
      return { '?:': [view(node.test), node.then ? view(node.then) : null, view(node.else)] }
    case 'unknown':
      return { unknown: node.site.text }
  }
}

describe('parseConfigFile', () => {
  it('evaluates literals and nested arrays', () => {
    const node = root(`<?php
return [
    'a' => 'x', "b" => 2, 'c' => -3, 'd' => 1.5, 'e' => true, 'f' => FALSE, 'g' => null,
    'h' => ['i' => ['j' => 'deep']],
    'list' => ['one', 'two'],
    '7' => 'int key', 'a' => 'replaced',
];`)
    expect(view(node)).toEqual({
      a: 'replaced',
      b: 2,
      c: -3,
      d: 1.5,
      e: true,
      f: false,
      g: null,
      h: { i: { j: 'deep' } },
      list: { 0: 'one', 1: 'two' },
      7: 'int key'
    })
    expect(node.kind === 'array' && node.entries.map((e) => e.key)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'list',
      7
    ])
  })

  it('reads return array(...) and a returned variable', () => {
    expect(view(root("<?php\nreturn array('driver' => array('x' => 1));"))).toEqual({ driver: { x: 1 } })
    expect(view(root("<?php\n$config = ['driver' => 'redis'];\n\nreturn $config;"))).toEqual({
      driver: 'redis'
    })
    expect(view(root("<?php\nnamespace Acme;\n\nreturn ['a' => 1];"))).toEqual({ a: 1 })
    expect(view(root("<?php\ndeclare(strict_types=1);\nreturn ['a' => 1];"))).toEqual({ a: 1 })
  })

  it('keeps env() calls in every spelling, with their defaults', () => {
    const node = root(`<?php
use Illuminate\\Support\\Env;
use Illuminate\\Support\\Env as E;
return [
    'a' => env('A'),
    'b' => ENV('B', 'dflt'),
    'c' => \\env('C', storage_path('x')),
    'd' => Env::get('D', 1),
    'e' => \\Illuminate\\Support\\Env::getOrFail('E'),
    'f' => E::get('F'),
    'g' => env($key),
    'h' => Foo\\env('H'),
    'i' => $this->env('I'),
];`)
    expect(view(node)).toEqual({
      a: { env: 'A', default: undefined },
      b: { env: 'B', default: 'dflt' },
      c: { env: 'C', default: { storage_path: 'x' } },
      d: { env: 'D', default: 1 },
      e: { env: 'E', default: undefined },
      f: { env: 'F', default: undefined },
      g: { unknown: 'env($key)' },
      h: { unknown: "Foo\\env('H')" },
      i: { unknown: "$this->env('I')" }
    })
  })

  it('models path helpers, concatenation, explode, trims, casts, ?? and ternaries', () => {
    const node = root(`<?php
return [
    'p' => database_path('database.sqlite'),
    'q' => storage_path(),
    'url' => rtrim(env('APP_URL', 'http://localhost'), '/').'/storage',
    'stack' => explode(',', (string) env('LOG_STACK', 'single')),
    'n' => (int) env('N', '5'),
    'c' => env('X') ?? 'fallback',
    't' => env('T') ?: 'file',
    'u' => env('U') ? 'redis' : 'file',
];`)
    expect(view(node)).toEqual({
      p: { database_path: 'database.sqlite' },
      q: { storage_path: undefined },
      url: { concat: [{ rtrim: [{ env: 'APP_URL', default: 'http://localhost' }, '/'] }, '/storage'] },
      stack: { explode: [',', { '(string)': { env: 'LOG_STACK', default: 'single' } }] },
      n: { '(int)': { env: 'N', default: '5' } },
      c: { '??': [{ env: 'X', default: undefined }, 'fallback'] },
      t: { '?:': [{ env: 'T', default: undefined }, null, 'file'] },
      u: { '?:': [{ env: 'U', default: undefined }, 'redis', 'file'] }
    })
  })

  it('resolves ::class through use statements', () => {
    const node = root(`<?php
use Monolog\\Handler\\StreamHandler;
use Monolog\\Handler\\RotatingFileHandler as Rotating;
use Monolog\\Handler;
return [StreamHandler::class, Rotating::class, \\Foo\\Bar::class, Handler\\NullHandler::class, Plain::class];`)
    expect(view(node)).toEqual({
      0: { class: 'Monolog\\Handler\\StreamHandler' },
      1: { class: 'Monolog\\Handler\\RotatingFileHandler' },
      2: { class: 'Foo\\Bar' },
      3: { class: 'Monolog\\Handler\\NullHandler' },
      4: { class: 'Plain' }
    })
  })

  it('marks what it cannot evaluate as unknown, keeping the text and position', () => {
    const node = root(`<?php
return [
    'ternary' => $x ? 'a' : 'b',
    'call' => Str::slug(env('APP_NAME', 'laravel'), '_').'_session',
    'const' => LOG_USER,
    'multi' => some_function(
        'a',
        'b'
    ),
];`)
    const ternary = get(node, 'ternary')
    // A ternary is kept; its condition on a variable is what cannot be evaluated.
    expect(view(ternary)).toEqual({ '?:': [{ unknown: '$x' }, 'a', 'b'] })
    expect(ternary.site).toEqual({
      origin: { kind: 'app', path: 'config/x.php', line: 3, column: 18, endLine: 3, endColumn: 32 },
      text: "$x ? 'a' : 'b'"
    })
    expect(view(get(node, 'call'))).toEqual({
      concat: [{ unknown: "Str::slug(env('APP_NAME', 'laravel'), '_')" }, '_session']
    })
    expect(view(get(node, 'const'))).toEqual({ unknown: 'LOG_USER' })
    expect(get(node, 'multi').site.text).toBe("some_function('a', 'b')")
  })

  it('marks arrays with computed keys or unknown unpacking as open', () => {
    const node = root(`<?php
return [
    'links' => [public_path('storage') => storage_path('app/public')],
    'spread' => [...$others, 'a' => 1],
    'known' => [...['x' => 1], 'y' => 2, ...[3, 4]],
];`)
    const links = get(node, 'links')
    expect(links.kind === 'array' && links.open).toBe(true)
    const spread = get(node, 'spread')
    expect(spread.kind === 'array' && spread.open).toBe(true)
    expect(view(get(node, 'known'))).toEqual({ x: 1, y: 2, 0: 3, 1: 4 })
    const known = get(node, 'known')
    expect(known.kind === 'array' && known.open).toBe(false)
  })

  it('collects every env key read anywhere in the file', () => {
    const parsed = parseConfigFile(
      `<?php
use Illuminate\\Support\\Env;
$fn = fn () => env('IN_CLOSURE');
return [
    'a' => $flag ? env('IN_TERNARY') : Env::get('IN_ENV_GET'),
    'b' => getenv('IN_GETENV'),
    'c' => Foo\\env('NOT_GLOBAL'),
    'd' => env($dynamic),
];`,
      'config/x.php'
    )
    expect([...parsed.envReads].sort()).toEqual(['IN_CLOSURE', 'IN_ENV_GET', 'IN_GETENV', 'IN_TERNARY'])
  })

  it('evaluates what parses in a file with syntax errors', () => {
    const parsed = parseConfigFile(
      `<?php
return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'broken' => [ 'x' =>
    'lifetime' => 120,
];`,
      'config/session.php'
    )
    expect(parsed.problems.length).toBeGreaterThan(0)
    expect(parsed.problems[0]).toMatch(/^config\/session.php: /)
    expect(parsed.root && view(get(parsed.root, 'driver'))).toEqual({
      env: 'SESSION_DRIVER',
      default: 'file'
    })
    expect(parsed.envReads.has('SESSION_DRIVER')).toBe(true)
  })

  it('never throws on bad input', () => {
    const deep = `<?php return ${'['.repeat(5000)}1${']'.repeat(5000)};`
    const results = [
      parseConfigFile('', 'a.php'),
      parseConfigFile('<?php', 'a.php'),
      parseConfigFile('<?php echo "no return";', 'a.php'),
      parseConfigFile('not php at all', 'a.php'),
      parseConfigFile('\u0000\u0001\u00ff<?php return [', 'a.php'),
      parseConfigFile(deep, 'a.php'),
      parseConfigFile(`<?php return ${"['a' => ".repeat(300)}1${']'.repeat(300)};`, 'a.php')
    ]
    expect(results[0].root).toBeNull()
    expect(results[2].problems).toEqual(['a.php does not return an array'])
    expect(results[5].problems.length).toBeGreaterThan(0)
    expect(results[6].root?.kind).toBe('unknown')
    expect(results[6].problems).toEqual(['a.php: config array nested too deeply'])
  })

  it('shortens long expressions for notes', () => {
    expect(shortText('env(\n    "A",\n    "b"\n)')).toBe('env("A", "b")')
    expect(shortText('x'.repeat(200))).toHaveLength(100)
  })
})
