import { describe, expect, it } from '@jest/globals'
import { SEVERITIES, severityRank } from '../../src/engine/types.js'

describe('severityRank', () => {
  it('orders error before warning before notice', () => {
    expect(SEVERITIES.map(severityRank)).toEqual([0, 1, 2])
    expect(severityRank('error')).toBeLessThan(severityRank('notice'))
  })
})
