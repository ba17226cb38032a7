import { describe, it, expect } from '@jest/globals'
import { classReference, NameResolver } from '../../src/php/names.js'
import type { PhpNode } from '../../src/php/nodes.js'
import { callNamed, php } from '../../test-support/php.js'

function refs(code: string): Array<string | null> {
  const file = php(code)
  const resolver = NameResolver.for(file.program as unknown as PhpNode)
  return callNamed(file, 'f').node.arguments.map((arg) => classReference(arg, resolver))
}

describe('classReference', () => {
  it('resolves X::class through imports, aliases and the current namespace', () => {
    expect(
      refs(
        'namespace App\\Logging;\nuse Monolog\\Handler\\StreamHandler;\nuse Monolog\\Handler as H;\n' +
          'f(StreamHandler::class, H\\RotatingFileHandler::CLASS, \\Other\\X::class, Local::class);'
      )
    ).toEqual([
      'Monolog\\Handler\\StreamHandler',
      'Monolog\\Handler\\RotatingFileHandler',
      'Other\\X',
      'App\\Logging\\Local'
    ])
  })

  it('takes class-name strings as fully qualified and rejects everything else', () => {
    expect(
      refs(
        "namespace App;\nf('Monolog\\\\Handler\\\\StreamHandler', '\\\\Foo\\\\Bar', 'not a class', 'php://stderr', X::CONSTANT, self::class, $x);"
      )
    ).toEqual(['Monolog\\Handler\\StreamHandler', 'Foo\\Bar', null, null, null, null, null])
  })
})
