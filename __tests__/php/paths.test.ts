import { describe, it, expect } from '@jest/globals'
import { localPathOrigin, isStoragePathLiteral, isUrlLike } from '../../src/php/paths.js'
import { NameResolver } from '../../src/php/names.js'
import type { PhpNode } from '../../src/php/nodes.js'
import { callNamed, php } from '../../test-support/php.js'

/** The local-path kind of the first argument of the first `write()` call. */
function originOf(code: string): string | null {
  const file = php(code)
  const resolver = NameResolver.for(file.program as unknown as PhpNode)
  const { node, ancestors } = callNamed(file, 'write')
  return localPathOrigin(node.arguments[0], resolver, ancestors)?.kind ?? null
}

describe('localPathOrigin', () => {
  it('recognises Laravel path helpers at the start of the path', () => {
    expect(originOf("write(storage_path('app/x.txt'));")).toBe('storage_path')
    expect(originOf("write(public_path('uploads') . '/' . $name);")).toBe('public_path')
    expect(originOf('write(BASE_PATH("storage/{$id}.json"));')).toBe('base_path')
    expect(originOf('namespace App; write(\\storage_path() . "/{$x}");')).toBe('storage_path')
  })

  it("recognises 'storage/…' literals, also interpolated and absolute", () => {
    expect(originOf("write('storage/app/report.csv');")).toBe('storage-literal')
    expect(originOf('write("storage/app/{$id}.csv");')).toBe('storage-literal')
    expect(originOf("write('/var/www/html/storage/logs/x.log');")).toBe('storage-literal')
  })

  it('follows a variable to its last assignment in the same function', () => {
    expect(originOf("function f() { $path = storage_path('app/x'); write($path); }")).toBe('storage_path')
    expect(originOf("function f() { $dir = 'storage/app'; $path = $dir . '/x'; write($path); }")).toBe(
      'storage-literal'
    )
  })

  it('does not match other paths, URLs, dynamic prefixes or shadowed helpers', () => {
    expect(originOf("write(sys_get_temp_dir() . '/x');")).toBeNull()
    expect(originOf("write('https://cdn.example.com/storage/x.png');")).toBeNull()
    expect(originOf("write($base . 'storage/x');")).toBeNull()
    expect(originOf("write('app/storage-notes.txt');")).toBeNull()
    expect(originOf("namespace App; use function Foo\\storage_path; write(storage_path('x'));")).toBeNull()
    expect(originOf('function f($path) { write($path); }')).toBeNull()
  })
})

describe('path literal predicates', () => {
  it('isStoragePathLiteral / isUrlLike', () => {
    expect(isStoragePathLiteral('storage/app/x')).toBe(true)
    expect(isStoragePathLiteral('./storage/x')).toBe(true)
    expect(isStoragePathLiteral('storage')).toBe(true)
    expect(isStoragePathLiteral('storages/x')).toBe(false)
    expect(isStoragePathLiteral('s3://bucket/storage/x')).toBe(false)
    expect(isUrlLike('php://stderr')).toBe(true)
    expect(isUrlLike('//cdn.example.com/a')).toBe(true)
    expect(isUrlLike('/var/www')).toBe(false)
  })
})
