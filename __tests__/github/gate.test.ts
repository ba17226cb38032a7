import { describe, expect, test } from '@jest/globals'
import { WriteGate } from '../../src/github/gate.js'

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const refuse = (): Promise<never> =>
  Promise.reject(new HttpError(403, 'Resource not accessible by integration'))
const ok = (): Promise<string> => Promise.resolve('done')

describe('WriteGate', () => {
  test('read-only from the start: nothing is attempted', async () => {
    const gate = new WriteGate('fork')
    let called = false
    expect(await gate.write('checks', 'create', async () => (called = true))).toEqual({ ok: false })
    expect(called).toBe(false)
    expect(gate.attempted).toBe(0)
    expect(gate.skipped).toEqual(['create'])
  })

  test('a 403 on the first write makes the whole token read-only', async () => {
    const gate = new WriteGate(null)
    expect(await gate.write('checks', 'create the check run', refuse)).toEqual({ ok: false })
    expect(gate.readOnly).toBe(true)
    expect(gate.allows('pull-requests')).toBe(false)
    expect(gate.readOnlyReason).toContain('Resource not accessible by integration')
  })

  test('a 403 after a success stops only that kind of write', async () => {
    const gate = new WriteGate(null)
    expect(await gate.write('checks', 'create', ok)).toEqual({ ok: true, value: 'done' })
    expect(await gate.write('pull-requests', 'review', refuse)).toEqual({ ok: false })
    expect(gate.allows('checks')).toBe(true)
    expect(gate.allows('pull-requests')).toBe(false)
    expect(gate.refusal('pull-requests')).toContain('review')
  })

  test('other errors are not mistaken for a read-only token', async () => {
    const gate = new WriteGate(null)
    await expect(
      gate.write('checks', 'x', () => Promise.reject(new HttpError(422, 'Invalid')))
    ).rejects.toThrow('Invalid')
    await expect(
      gate.write('checks', 'x', () =>
        Promise.reject(new HttpError(403, 'You have exceeded a secondary rate limit'))
      )
    ).rejects.toThrow('secondary')
    expect(gate.allows('checks')).toBe(true)
  })
})
