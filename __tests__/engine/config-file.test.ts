import { describe, expect, it } from '@jest/globals'
import { parseConfig, UsageError } from '../../src/engine/config-file.js'

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
