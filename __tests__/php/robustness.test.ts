// Every prefix of real files is a broken file: parsing, the helpers and the rules built on them
// must survive all of them (the engine would otherwise report an internal error per file).
import { describe, it, expect } from '@jest/globals'
import { parsePhpSource } from '../../src/php/parse.js'
import { NameResolver } from '../../src/php/names.js'
import { walk } from '../../src/php/walk.js'
import { enclosingChain } from '../../src/php/chain.js'
import { variableTypes, assignedValue } from '../../src/php/variables.js'
import { localPathOrigin } from '../../src/php/paths.js'
import { isKind, type PhpNode } from '../../src/php/nodes.js'
import { envOutsideConfig } from '../../src/rules/env-outside-config.js'
import { nativePhpSession } from '../../src/rules/native-php-session.js'
import { hardcodedStoragePath } from '../../src/rules/hardcoded-storage-path.js'
import { scheduleWithoutOnOneServer } from '../../src/rules/schedule-without-on-one-server.js'
import { codeContext } from '../../test-support/php.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { eachWithin } from '../../src/engine/watchdog.js'

const PHP = `<?php
namespace App\\Console;
use Illuminate\\Console\\Scheduling\\Schedule;
use Illuminate\\Support\\Facades\\{Storage, Schedule as S};
class Kernel extends \\Illuminate\\Foundation\\Console\\Kernel {
    protected function schedule(Schedule $schedule): void {
        $schedule->command('a')->daily();
        S::daily()->group(fn () => S::call(fn () => $_SESSION['x'] = env('A'))->name('n'));
        $p = storage_path('app/x') . "/{$id}/storage/app";
        $e = $schedule->job(new X)->hourly(); $e->onOneServer();
        session_start(); file_put_contents($p, <<<TXT
        storage/app/{$x}
        TXT);
    }
}
`

const BLADE = `@extends('layouts.app')
{{-- c --}}
@section('content')
  <x-alert :message="env('A')" />
  @foreach ($items as $item)
    {{ $item->name }} {!! env('B') !!}
  @endforeach
  @php $x = $_SESSION['y'] ?? asset('storage/a/b.png'); @endphp
  @if(env('C')) <?php session_start(); ?> @endif
@endsection
`

const rules = [envOutsideConfig, nativePhpSession, hardcodedStoragePath, scheduleWithoutOnOneServer]

function exercise(path: string, text: string): void {
  const file = parsePhpSource(path, text)
  const program = file.program as unknown as PhpNode
  const resolver = NameResolver.for(program)
  walk(program, (node, context) => {
    if (isKind(node, 'call')) {
      enclosingChain(node, context.ancestors)
      resolver.resolveFunction(node.what)
      localPathOrigin(node.arguments[0], resolver, context.ancestors)
    }
    if (isKind(node, 'variable')) {
      variableTypes(node, context.ancestors, resolver)
      assignedValue(node, context.ancestors)
    }
  })
  for (const rule of rules) rule.check(file, codeContext())
}

describe('robustness on truncated input', () => {
  it.each([
    ['app/Console/Kernel.php', PHP],
    ['resources/views/page.blade.php', BLADE]
  ])('%s: every prefix parses and every rule runs without throwing', (path, text) => {
    for (let end = 0; end <= text.length; end++) {
      expect(() => exercise(path, text.slice(0, end))).not.toThrow()
    }
  })

  it('finds what it should in the complete files', () => {
    const kernel = parsePhpSource('app/Console/Kernel.php', PHP)
    const counts = rules.map((rule) => rule.check(kernel, codeContext()).length)
    // env A; $_SESSION + session_start; storage/app in the string and the heredoc; command 'a' and the unnamed call().
    expect(counts).toEqual([1, 2, 2, 2])
    const blade = parsePhpSource('resources/views/page.blade.php', BLADE)
    expect(rules.map((rule) => rule.check(blade, codeContext()).length)).toEqual([3, 2, 1, 0])
  })
})

/** Pieces of PHP and Blade that error recovery handles badly when they land in the wrong place. */
const SPLICES = [
  '(',
  ')',
  ',',
  ',,',
  '>',
  '=>',
  '{',
  '}',
  ';',
  '"',
  "'",
  '/*',
  '*/',
  '//',
  '?>',
  '<?php ',
  '{{',
  '}}',
  '{!!',
  '@php',
  '@endphp',
  '@foreach(',
  '@constructor(',
  '@section(>',
  '$x = ',
  '->put(',
  '::disk(',
  "env('A'",
  'match ($x) { ',
  'new Foo(',
  'fn () => ',
  '#[A(',
  ')]',
  '<<<TXT\n',
  '\nTXT;',
  '\r\n',
  'é'
]

describe('robustness on corrupted input', () => {
  it.each([
    [
      'resources/views/a.blade.php',
      '<p>@section(>title)</p>\n<p>@foo(,)</p>\n{{ Storage::disk($d)->put(,) }}\n'
    ],
    ['app/A.php', "<?php\nStorage::disk('local')->put(>a, 'b');\nf(,);\nnew Foo(,);\n"],
    ['app/B.php', '<?php\n#[A(,)] function f() {}\n$x = match ($y) { , => 1 };\n'],
    [
      'app/Console/Kernel.php',
      "<?php\nclass K { protected function schedule(Schedule): void { $schedule->command('a'); } }\n"
    ]
  ])('%s: the shapes php-parser recovers to with holes or nameless parameters', (path, text) => {
    const file = parsePhpSource(path, text)
    expect(file.parseErrors.length).toBeGreaterThan(0)
    expect(() => exercise(path, text)).not.toThrow()
    for (const rule of codeRules) expect(() => rule.check(file, codeContext())).not.toThrow()
  })

  it.each([
    ['app/Console/Kernel.php', PHP],
    ['resources/views/page.blade.php', BLADE]
  ])('%s: 600 seeded corruptions parse, and every code rule runs on them without throwing', (path, text) => {
    let seed = 20261128
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const corrupted = Array.from({ length: 600 }, () => {
      let t = text
      for (let k = 1 + random(3); k > 0; k--) {
        const at = random(t.length + 1)
        const choice = random(3)
        if (choice === 0) t = t.slice(0, at) + SPLICES[random(SPLICES.length)] + t.slice(at)
        else if (choice === 1) t = t.slice(0, at) + t.slice(at + 1 + random(12))
        else t = t.slice(0, at) + t.slice(random(t.length), random(t.length)) + t.slice(at)
      }
      return t
    })
    const failures: string[] = []
    let hung = 0
    // The watchdog, as in the engine: php-parser loops forever on a few broken texts.
    eachWithin(
      corrupted,
      (input) => {
        try {
          exercise(path, input)
          const file = parsePhpSource(path, input)
          for (const rule of codeRules) rule.check(file, codeContext())
        } catch (err) {
          failures.push(`${(err as Error).message}: ${JSON.stringify(input)}`)
        }
        return null
      },
      () => {
        hung++
        return null
      },
      // Short limits: each of these texts parses in milliseconds; a hang costs its limits.
      { chunkMs: 400, fileMs: 250 }
    )
    expect(failures.slice(0, 3)).toEqual([])
    expect(hung).toBeLessThan(corrupted.length / 20)
  })
})
