import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseConfig, UsageError } from '../../src/engine/config-file.js'
import { findConfigFile, loadConfig } from '../../src/engine/run.js'

const ids = ['session-driver-local', 'log-channel-local', 'schedule-without-on-one-server']

describe('parseConfig', () => {
  it('reads every documented key', () => {
    const config = parseConfig(
      JSON.stringify({
        rules: { 'log-channel-local': 'off', 'schedule-without-on-one-server': 'notice' },
        ignorePaths: ['legacy/**'],
        configPaths: ['config', 'modules/*/config'],
        envFiles: ['.env.production', '.env']
      }),
      'stateless-audit.json',
      ids
    )
    expect(config.rules).toEqual({ 'log-channel-local': 'off', 'schedule-without-on-one-server': 'notice' })
    expect(config.ignorePaths).toEqual(['legacy/**'])
    expect(config.configPaths).toEqual(['config', 'modules/*/config'])
    expect(config.envFiles).toEqual(['.env.production', '.env'])
  })

  it('defaults envFiles to null (the built-in order) and the rest to empty', () => {
    expect(parseConfig('{}', 'x.json', ids)).toEqual({
      rules: {},
      ignorePaths: [],
      configPaths: [],
      envFiles: null
    })
  })

  it('rejects an empty envFiles list (which would read no env file) and says how to get the default', () => {
    expect(() => parseConfig('{"envFiles": []}', 'stateless-audit.json', ids)).toThrow(
      'stateless-audit.json: "envFiles" is empty; list the env files to read, or leave the key out for the default list.'
    )
  })

  it('rejects an unknown key, naming it and suggesting the right one', () => {
    expect(() => parseConfig('{"ignorePath": []}', 'stateless-audit.json', ids)).toThrow(
      /unknown key "ignorePath" \(did you mean "ignorePaths"\?\)/
    )
  })

  it('rejects an unknown rule id, naming it', () => {
    expect(() => parseConfig('{"rules": {"session-driver-locl": "off"}}', 'c.json', ids)).toThrow(
      /unknown rule id "session-driver-locl" \(did you mean "session-driver-local"\?\)/
    )
  })

  it('names every unknown rule id, not only the first', () => {
    expect(() =>
      parseConfig(
        '{"rules": {"session-driver-locl": "off", "log-channel-local": "off", "nope": "off"}}',
        'c.json',
        ids
      )
    ).toThrow(
      'c.json: unknown rule ids "session-driver-locl" (did you mean "session-driver-local"?), "nope" in "rules".'
    )
  })

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    expect(parseConfig('\uFEFF{"rules": {"log-channel-local": "off"}}', 'c.json', ids).rules).toEqual({
      'log-channel-local': 'off'
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'sa-bom-'))
    try {
      const file = path.join(dir, 'stateless-audit.json')
      writeFileSync(
        file,
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"ignorePaths": ["x/**"]}')])
      )
      expect(loadConfig(dir, file).ignorePaths).toEqual(['x/**'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rejects a bad severity', () => {
    expect(() => parseConfig('{"rules": {"log-channel-local": "warn"}}', 'c.json', ids)).toThrow(
      /rule "log-channel-local" is set to "warn"; use one of error, warning, notice, off/
    )
  })

  it('rejects invalid JSON and non-objects with UsageError', () => {
    expect(() => parseConfig('{rules:', 'c.json', ids)).toThrow(UsageError)
    expect(() => parseConfig('[]', 'c.json', ids)).toThrow(/must contain a JSON object/)
    expect(() => parseConfig('{"ignorePaths": "legacy"}', 'c.json', ids)).toThrow(
      /"ignorePaths" must be an array/
    )
  })
})

describe('findConfigFile: at PATH, else above it up to the repository root', () => {
  const made: string[] = []
  const tree = (files: string[]): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sa-config-'))
    made.push(dir)
    // A name ending in `/` is a directory; others are files (a config file holds `{}`).
    for (const f of files) {
      if (f.endsWith('/')) {
        mkdirSync(path.join(dir, f), { recursive: true })
        continue
      }
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
      writeFileSync(path.join(dir, f), f.endsWith('.json') ? '{}' : '')
    }
    return dir
  }
  const cleanup = (): void => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  }

  it('prefers PATH own file, then the nearest above, up to and including the repository root', () => {
    try {
      const repo = tree([
        '.git/',
        'stateless-audit.json',
        'apps/shop/artisan',
        'apps/blog/stateless-audit.json',
        'apps/blog/sub/x.php'
      ])
      expect(findConfigFile(path.join(repo, 'apps/shop'))).toBe(path.join(repo, 'stateless-audit.json'))
      expect(findConfigFile(path.join(repo, 'apps/blog'))).toBe(
        path.join(repo, 'apps/blog/stateless-audit.json')
      )
      expect(findConfigFile(path.join(repo, 'apps/blog/sub'))).toBe(
        path.join(repo, 'apps/blog/stateless-audit.json')
      )
      expect(findConfigFile(repo)).toBe(path.join(repo, 'stateless-audit.json'))
    } finally {
      cleanup()
    }
  })

  it('never looks above the repository root, nor above PATH outside a repository', () => {
    try {
      const outer = tree(['stateless-audit.json', 'repo/.git/', 'repo/app/artisan', 'plain/app/artisan'])
      expect(findConfigFile(path.join(outer, 'repo/app'))).toBeNull()
      expect(findConfigFile(path.join(outer, 'plain/app'))).toBeNull()
      // A worktree or submodule has a .git file, not a directory: it is a repository root too.
      const sub = tree(['stateless-audit.json', 'sub/.git', 'sub/app/artisan'])
      expect(findConfigFile(path.join(sub, 'sub/app'))).toBeNull()
    } finally {
      cleanup()
    }
  })

  it('loadConfig reads the file found above PATH and reports its errors', () => {
    try {
      const repo = tree(['.git/', 'apps/shop/artisan'])
      writeFileSync(path.join(repo, 'stateless-audit.json'), '{"rules": {"log-channel-local": "off"}}')
      expect(loadConfig(path.join(repo, 'apps/shop'), null).rules).toEqual({ 'log-channel-local': 'off' })
      writeFileSync(path.join(repo, 'stateless-audit.json'), '{"bad": 1}')
      expect(() => loadConfig(path.join(repo, 'apps/shop'), null)).toThrow(/unknown key "bad"/)
    } finally {
      cleanup()
    }
  })
})
