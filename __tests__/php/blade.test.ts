import { afterAll, describe, it, expect } from '@jest/globals'
import { runAudit } from '../../src/engine/run.js'
import { removeTempApps, tempApp } from '../../test-support/temp-app.js'
import { extractBlade, matchParen, LineIndex, segmentBindsNames } from '../../src/php/blade.js'
import { parsePhpSource } from '../../src/php/parse.js'
import { spanOf, sourceText } from '../../src/php/span.js'
import { NameResolver } from '../../src/php/names.js'
import type { PhpNode } from '../../src/php/nodes.js'
import type { SourceFile } from '../../src/php/source.js'
import { nodesOfKind } from '../../test-support/php.js'

afterAll(removeTempApps)

const blade = (text: string): SourceFile => parsePhpSource('resources/views/page.blade.php', text)

/** `line:column` and source text of every call of a global function `name`. */
function callsOf(file: SourceFile, name: string): string[] {
  const resolver = NameResolver.for(file.program as unknown as PhpNode)
  return nodesOfKind(file, 'call')
    .filter(({ node }) => resolver.isGlobalFunctionCall(node, name))
    .map(({ node }) => {
      const span = spanOf(node)
      return `${span.line}:${span.column} ${sourceText(file.text, node)}`
    })
}

describe('Blade extraction', () => {
  it('maps a finding on template line 7, column 12 to exactly that position', () => {
    const template = [
      '@extends("layouts.app")',
      '',
      '@section("content")',
      '  <div class="card">',
      '    <h1>{{ $title }}</h1>',
      '    <p>',
      "    <a href={{ env('APP_URL') }}>home</a>",
      '  </div>',
      '@endsection'
    ].join('\n')
    const file = blade(template)
    expect(callsOf(file, 'env')).toEqual(["7:16 env('APP_URL')"])
    // The template's column of `env` is 16; the echo tag `{{` opens at column 13.
    expect(template.split('\n')[6].indexOf("env('APP_URL')") + 1).toBe(16)
    const line7col12 = blade(`${'\n'.repeat(6)}<a href={{ env('X') }}>`)
    expect(callsOf(line7col12, 'env')).toEqual(["7:12 env('X')"])
  })

  it('extracts echo tags, raw echo tags, @php blocks, @php(expr) and plain PHP tags', () => {
    const file = blade(
      [
        "{{ env('A') }}",
        "{!! env('B') !!}",
        '@php',
        "  $c = env('C');",
        '@endphp',
        "@php($d = env('D'))",
        "<?php $e = env('E'); ?>",
        "<?= env('F') ?>"
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual([
      "1:4 env('A')",
      "2:5 env('B')",
      "4:8 env('C')",
      "6:11 env('D')",
      "7:12 env('E')",
      "8:5 env('F')"
    ])
    expect(file.parseErrors).toEqual([])
  })

  it('extracts triple-brace echoes {{{ }}}, which BladeCompiler::compileEscapedEchos still compiles', () => {
    const file = blade("<p>{{{ env('A') }}}</p>\n@{{{ env('B') }}} {{{ $name }}} {{ env('C') }}")
    expect(callsOf(file, 'env')).toEqual(["1:8 env('A')", "2:36 env('C')"])
    expect(file.parseErrors).toEqual([])
    expect(extractBlade('{{{ $a }}}').segments.map((s) => `${s.kind}:${s.code}:${s.offset}`)).toEqual([
      'echo: $a :3'
    ])
  })

  it('extracts directive arguments, loop headers and generic @name(args) with parens in strings', () => {
    const file = blade(
      [
        "@if (env('A'))",
        "@elseif(env('B') === 'x')",
        "@unless(env('C'))",
        "@isset($x[env('D')])",
        "@foreach (env('E') as $k => $v)",
        "@forelse(env('F') as $v) @empty @endforelse",
        "@for ($i = 0; $i < env('G'); $i++)",
        "@while(env('H'))",
        "@switch(env('I')) @case(env('J'))",
        "@include('partials.x', ['a' => ')', 'b' => env('K')])",
        '@myDirective("(", env(\'L\'))'
      ].join('\n')
    )
    expect(callsOf(file, 'env').map((s) => s.split(' ')[0])).toEqual([
      '1:6',
      '2:9',
      '3:9',
      '4:11',
      '5:11',
      '6:10',
      '7:20',
      '8:8',
      '9:9',
      '9:25',
      '10:44',
      '11:19'
    ])
    expect(file.parseErrors).toEqual([])
  })

  it('a parenthesis in a PHP comment inside directive arguments neither opens nor closes them', () => {
    // BladeCompiler::hasEvenNumberOfParentheses counts parentheses on PHP tokens: comments are one token.
    const file = blade(
      [
        "@include('partials.card', [",
        "    'a' => env('A'), // the (main) card, see :(",
        "    # 'b' => env('B'),)",
        '])',
        "@if ($x /* ) */ && env('C'))",
        '@endif'
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual(["2:12 env('A')", "5:20 env('C')"])
    expect(file.parseErrors).toEqual([])
  })

  it('skips escaped echoes, @verbatim blocks, escaped directives and e-mail addresses', () => {
    const file = blade(
      [
        "@{{ env('A') }}",
        '@verbatim',
        "  {{ env('B') }} @if(env('C'))",
        '@endverbatim',
        "@@if(env('D'))",
        "mail me: someone@if(env('E')).com",
        "@{!! env('F') !!}"
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual([])
  })

  it('parses an echo of a bare constant or keyword, which php-parser refuses right before ?>', () => {
    const file = blade(
      "<p>PHP {{ PHP_VERSION }} · {{ true }} · {!! null !!} · {{ \\PHP_OS }}</p>\n<p>{{ env('X') }}</p>\n"
    )
    expect(file.parseErrors).toEqual([])
    expect(callsOf(file, 'env')).toEqual(["2:7 env('X')"])
    // A broken echo is still one.
    expect(blade('<p>{{ $a + }}</p>\n').parseErrors).toHaveLength(1)
  })

  it("keeps @env('local') a string and CSS env() out of the PHP", () => {
    const file = blade(
      [
        '<style>',
        '  .bar { padding-top: env(safe-area-inset-top); }',
        '  @media (max-width: 600px) { .x { margin: env(safe-area-inset-left, 1px) } }',
        '  @supports (padding: env(safe-area-inset-top)) { }',
        '</style>',
        "@env('local') <p>dev</p> @endenv",
        "@env(['staging', 'local']) x @endenv"
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual([])
    const strings = nodesOfKind(file, 'string').map(({ node }) => node.value)
    expect(strings).toEqual(['local', 'staging', 'local'])
    expect(file.parseErrors).toEqual([])
  })

  it('collects {{-- --}} comments and PHP comments with template positions; Blade inside comments is ignored', () => {
    const file = blade(
      [
        '<p>',
        "  {{-- stateless-audit-ignore env-outside-config -- {{ env('A') }} --}}",
        '@php',
        '  // inside',
        '@endphp'
      ].join('\n')
    )
    expect(file.comments).toEqual([
      {
        text: "{{-- stateless-audit-ignore env-outside-config -- {{ env('A') }} --}}",
        line: 2,
        column: 3,
        endLine: 2
      },
      { text: '// inside', line: 4, column: 3, endLine: 4 }
    ])
    expect(callsOf(file, 'env')).toEqual([])
  })

  it('drops @php blocks inside {{-- --}} comments, as compileComments deletes their placeholders', () => {
    const file = blade(
      [
        '{{-- Old code, disabled:',
        '@php',
        '    session_start();',
        "    Storage::disk('local')->put('x', 'y');",
        '@endphp',
        '--}}',
        "{{-- @php env('C3') @endphp --}}",
        "@php $live = env('LIVE'); @endphp"
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual(["8:14 env('LIVE')"])
    expect(callsOf(file, 'session_start')).toEqual([])
    expect(file.comments.map((c) => `${c.line}-${c.endLine}`)).toEqual(['1-6', '7-7'])
    expect(file.parseErrors).toEqual([])
  })

  it('a --}} or {{-- inside a @php block neither closes nor opens a comment; @verbatim comes first', () => {
    // The @php block is set aside before comments are found, so its `--}}` does not end the
    // comment: the echo after it is still commented out.
    const closing = blade("{{-- @php $s = '--}}'; @endphp {{ env('A') }} --}}\n{{ env('B') }}")
    expect(callsOf(closing, 'env')).toEqual(["2:4 env('B')"])
    // A `{{--` inside a @php block opens nothing: the block and the echo after it run.
    const opening = blade("@php $s = '{{--'; $c = env('C'); @endphp {{ env('D') }} --}}")
    expect(callsOf(opening, 'env')).toEqual(["1:24 env('C')", "1:45 env('D')"])
    // A comment opened before a @php block whose @endphp lies past the `--}}` is no comment.
    const straddling = blade("{{-- @php --}} $e = env('E'); @endphp")
    expect(callsOf(straddling, 'env')).toEqual(["1:21 env('E')"])
    // @verbatim is set aside first: its `--}}` closes nothing, and a @php in it is text.
    const verbatim = blade(
      "{{-- @verbatim --}} @endverbatim @php $f = env('F'); @endphp --}}\n@verbatim {{-- @endverbatim @php $g = env('G'); @endphp --}}"
    )
    expect(callsOf(verbatim, 'env')).toEqual(["2:39 env('G')"])
  })

  it('does not compile Blade inside raw PHP regions', () => {
    const file = blade("<?php $a = '{{ env(\"A\") }}'; ?>\n{{ env('B') }}")
    expect(callsOf(file, 'env')).toEqual(["2:4 env('B')"])
  })

  it('reports an unparseable segment at its position and still audits the others', () => {
    const file = blade(
      ["{{ env('A') }}", '{{ $a + }}', '@if($x ==)', "{{ env('B') }}", '{{ unclosed'].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual(["1:4 env('A')", "4:4 env('B')"])
    expect(file.parseErrors.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '3:1', '5:1'])
    expect(file.parseErrors[1].message).toMatch(/^@if\(…\): /)
    expect(file.parseErrors[2].message).toMatch(/unclosed Blade echo/)
  })

  it('reports unbalanced known directives but ignores unknown @text( that is not PHP', () => {
    const file = blade(
      '@if(env(\'A\')\n<p>follow @taylorotwell (creator of Laravel)</p>\n@click("x") @keyframes spin {}'
    )
    expect(file.parseErrors.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 unbalanced parentheses in @if('
    ])
  })

  it('extracts bound attributes of Blade components, not escaped ::attrs or plain HTML/Alpine attributes', () => {
    const file = blade(
      [
        '<x-alert type="error" :message="env(\'A\')" />',
        "<x-layouts.app\n    :title=\"config('app.name') . env('B')\">",
        '<x-button ::class="{ env: open }" :disabled="false">x</x-button>',
        '<div :class="env(\'C\')" x-bind:title="env(\'D\')"></div>'
      ].join('\n')
    )
    expect(callsOf(file, 'env')).toEqual(["1:33 env('A')", "3:34 env('B')"])
    expect(file.parseErrors).toEqual([])
  })

  it('@use imports apply to the template', () => {
    const file = blade("@use('Illuminate\\Support\\Facades\\Storage', 'Disk')\n{{ Disk::url('x') }}")
    const resolver = NameResolver.for(file.program as unknown as PhpNode)
    const [lookup] = nodesOfKind(file, 'staticlookup')
    expect(resolver.facadeName(lookup.node.what)).toBe('Storage')
    expect(spanOf(lookup.node).line).toBe(2)
  })

  it('@use group imports and function/const modifiers, as BladeCompiler::compileUse compiles them (12.x)', () => {
    const grouped = blade(
      "@use('Illuminate\\Support\\Facades\\{Storage as Disk, Cache}')\n{{ Disk::url('x') }}"
    )
    const resolver = NameResolver.for(grouped.program as unknown as PhpNode)
    const [lookup] = nodesOfKind(grouped, 'staticlookup')
    expect(resolver.facadeName(lookup.node.what)).toBe('Storage')
    // The template calls the imported App\Support\env(), not the global env() helper.
    for (const use of ["@use('function App\\Support\\env')", '@use(function \\App\\Support\\{env, other})']) {
      const file = blade(`${use}\n{{ env('X') }}`)
      expect([use, callsOf(file, 'env')]).toEqual([use, []])
    }
    expect(callsOf(blade("@use('const App\\Support\\LIMIT')\n{{ env('X') }}"), 'env')).toEqual([
      "2:4 env('X')"
    ])
  })

  it('every node location lies inside the template', () => {
    const text =
      "{{ $a->b(env('X'), [1, 2]) }}\n@foreach($xs as $x) {{ $x }} @endforeach\n@php\n$y = 1;\n@endphp"
    const file = blade(text)
    const lines = text.split('\n')
    for (const { node } of nodesOfKind(file, 'variable')) {
      const span = spanOf(node)
      const line = lines[span.line - 1]
      expect(line.slice(span.column - 1, span.endColumn - 1)).toBe(`$${String(node.name)}`)
    }
  })
})

describe('Blade helpers', () => {
  it('matchParen skips strings and reports unbalanced input', () => {
    expect(matchParen('(a, \')\', "(", (b))x', 0)).toBe(18)
    expect(matchParen('(a', 0)).toBe(-1)
    expect(matchParen("('unterminated)", 0)).toBe(-1)
    expect(matchParen('(a /* ) */, b // )\n)x', 0)).toBe(20)
    expect(matchParen('(a # )\n, #[Attr] fn() => 1)x', 0)).toBe(27)
    expect(matchParen('(a /* )', 0)).toBe(-1)
  })

  it('LineIndex maps offsets to 1-based lines and 0-based columns', () => {
    const index = new LineIndex('ab\ncd\n')
    expect(index.position(0)).toEqual({ line: 1, column: 0, offset: 0 })
    expect(index.position(4)).toEqual({ line: 2, column: 1, offset: 4 })
    expect(index.position(6)).toEqual({ line: 3, column: 0, offset: 6 })
  })

  it('extractBlade lists segments in template order', () => {
    const { segments } = extractBlade('@if($a) {{ $b }} @endif <?php $c ?> @php $d @endphp')
    expect(segments.map((s) => `${s.kind}:${s.code.trim()}`)).toEqual([
      'directive:$a',
      'echo:$b',
      'php-tag:<?php $c ?>',
      'php-block:$d'
    ])
  })

  it('segmentBindsNames: segments that can give another segment a name or a value', () => {
    const binds = (template: string): boolean[] => extractBlade(template).segments.map(segmentBindsNames)
    expect(binds("{{ $a = 'x' }} {{ $a=1 }} {{ $a =& $b }} {{ $o->p = 2 }}")).toEqual([
      true,
      true,
      true,
      true
    ])
    expect(
      binds('{{ $a == 1 }} {{ $a === 1 }} {{ $a != 1 }} {{ $a <= 1 }} {{ $a >= 1 }} {{ $a <=> 1 }}')
    ).toEqual(Array(6).fill(false))
    expect(
      binds("{{ f(['k' => 1]) }} {{ $a .= 'x' }} {{ $a ??= 'x' }} {{ $a += 1 }} {{ old('name') }}")
    ).toEqual(Array(5).fill(false))
    expect(
      binds(
        '@foreach ($rows as $row) @endforeach @for ($i = 0; $i < 2; $i++) @endfor @while (next($rows)) @endwhile @forelse ($rows as $r) @empty @endforelse'
      )
    ).toEqual([true, true, true, true])
    expect(
      binds("@php $x = 1; @endphp <?php use App\\Support\\Paths; ?> @use('App\\Models\\Flight') @php(f())")
    ).toEqual([true, true, true, true])
    expect(binds("@if ($ok) @endif @include('row', ['a' => 1]) @constructor($x)")).toEqual([
      false,
      false,
      false
    ])
  })

  it('parses only the segments `keep` accepts, at their template positions', () => {
    const template =
      "<p>{{ storage_path('a') }}</p>\n<p>{{ $skipped + }}</p>\n<p>{{ storage_path('b') }}</p>\n"
    const all = blade(template)
    expect(all.parseErrors).toHaveLength(1)
    const kept = parsePhpSource('resources/views/page.blade.php', template, {
      bladeSegments: (s) => !s.code.includes('skipped')
    })
    expect(kept.parseErrors).toEqual([])
    expect(callsOf(kept, 'storage_path')).toEqual(callsOf(all, 'storage_path'))
    expect(callsOf(kept, 'storage_path')).toEqual(["1:7 storage_path('a')", "3:7 storage_path('b')"])
  })

  it('a directive named like a property of every JavaScript object is a plain call, not a loop', () => {
    // These names once reached Object.prototype and threw, which ended the whole run.
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const file = blade(`@${name}($x)\n`)
      expect([name, file.parseErrors]).toEqual([name, []])
      expect([name, nodesOfKind(file, 'variable').map(({ node }) => spanOf(node).column)]).toEqual([
        name,
        [name.length + 3]
      ])
    }
  })
})

describe('Blade comments in an audit', () => {
  it('a commented-out @php block reports nothing, and suppression comments still apply', async () => {
    const root = tempApp('stateless', {
      'resources/views/d.blade.php': [
        '{{-- Old code, disabled:',
        '@php',
        '    session_start();',
        "    Storage::disk('local')->put('x', 'y');",
        "    $p = 'storage/app/old.csv';",
        '@endphp',
        '--}}',
        "{{-- @php env('C3') @endphp --}}",
        '{{-- stateless-audit-ignore native-php-session -- legacy page, one server --}}',
        '@php session_start(); @endphp',
        "{{ env('LIVE') }} {{-- stateless-audit-ignore env-outside-config -- build-time banner --}}"
      ].join('\n')
    })
    const result = await runAudit({ root, base: null, filterMode: 'all', configFile: null })
    const at = (f: { ruleId: string; path: string; line: number }): string =>
      `${f.ruleId} ${f.path}:${f.line}`
    expect(result.findings.filter((f) => f.path.endsWith('.blade.php')).map(at)).toEqual([])
    expect(result.suppressed.map(at)).toEqual([
      'native-php-session resources/views/d.blade.php:10',
      'env-outside-config resources/views/d.blade.php:11'
    ])
  })
})
