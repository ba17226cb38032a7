import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { TOOL_NAME, TOOL_VERSION } from '../src/version.js'

describe('version', () => {
  it('matches package.json, so reports, SARIF and --version name the published release', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
      bin: Record<string, string>
    }
    expect(TOOL_VERSION).toBe(pkg.version)
    expect(Object.keys(pkg.bin)).toEqual([TOOL_NAME])
  })
})
