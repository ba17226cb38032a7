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
