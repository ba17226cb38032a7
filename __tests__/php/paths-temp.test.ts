import { describe, it, expect } from '@jest/globals'
import { isTempPathLiteral, localPathOrigin, tempPathOrigin } from '../../src/php/paths.js'
import { NameResolver } from '../../src/php/names.js'
import type { PhpNode } from '../../src/php/nodes.js'
import { callNamed, php } from '../../test-support/php.js'

/** The temp-path kind of the first argument of the first `write()` call. */
function tempOf(code: string): string | null {
  const file = php(code)
  const resolver = NameResolver.for(file.program as unknown as PhpNode)
  const { node, ancestors } = callNamed(file, 'write')
  return tempPathOrigin(node.arguments[0], resolver, ancestors)?.kind ?? null
}

describe('tempPathOrigin', () => {
  it('recognises the temp directory, tempnam(), tmpfile() and /tmp literals', () => {
    expect(tempOf("write(sys_get_temp_dir() . '/export.csv');")).toBe('sys_get_temp_dir')
    expect(tempOf("write(tempnam(sys_get_temp_dir(), 'exp'));")).toBe('tempnam')
    expect(tempOf('write(TMPFILE());')).toBe('tmpfile')
    expect(tempOf('write("/tmp/{$id}.pdf");')).toBe('tmp-literal')
    expect(tempOf("write('/var/tmp/x');")).toBe('tmp-literal')
  })

  it('follows a variable to its last assignment', () => {
    expect(tempOf("function f() { $tmp = tempnam(sys_get_temp_dir(), 'x'); write($tmp); }")).toBe('tempnam')
    expect(tempOf("function f() { $d = sys_get_temp_dir(); $p = $d . '/x'; write($p); }")).toBe(
      'sys_get_temp_dir'
    )
  })

  it('does not match storage paths, look-alike literals, shadowed functions or unknown values', () => {
    expect(tempOf("write(storage_path('tmp/x'));")).toBeNull()
    expect(tempOf("write('/tmpfiles/x');")).toBeNull()
    expect(tempOf("write('tmp/x');")).toBeNull()
    expect(
      tempOf("namespace App; use function Foo\\sys_get_temp_dir; write(sys_get_temp_dir() . '/x');")
    ).toBeNull()
    expect(tempOf('function f($p) { write($p); }')).toBeNull()
  })

  it('counts tempnam() only when its directory is the temp directory', () => {
    expect(tempOf("write(tempnam('', 'x'));")).toBe('tempnam')
    expect(tempOf("write(tempnam('/tmp', 'x'));")).toBe('tempnam')
    expect(tempOf("write(tempnam(storage_path('framework/cache'), 'x'));")).toBeNull()
    expect(tempOf("write(tempnam(dirname($path), 'x'));")).toBeNull()
  })

  it('isTempPathLiteral', () => {
    expect(isTempPathLiteral('/tmp')).toBe(true)
    expect(isTempPathLiteral('/tmp/a/b')).toBe(true)
    expect(isTempPathLiteral('/var/tmp/a')).toBe(true)
    expect(isTempPathLiteral('/var/www/tmp/a')).toBe(false)
  })

  it('leaves localPathOrigin unchanged by the shared leftmost-part walk', () => {
    const file = php("function f() { $p = storage_path('x'); $q = $p; write($q, sys_get_temp_dir()); }")
    const resolver = NameResolver.for(file.program as unknown as PhpNode)
    const { node, ancestors } = callNamed(file, 'write')
    expect(localPathOrigin(node.arguments[0], resolver, ancestors)?.kind).toBe('storage_path')
    expect(localPathOrigin(node.arguments[1], resolver, ancestors)).toBeNull()
    expect(tempPathOrigin(node.arguments[0], resolver, ancestors)).toBeNull()
  })
})
