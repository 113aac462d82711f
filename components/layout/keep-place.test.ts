import { describe, expect, it } from 'vitest'
import { headingIndexAt } from './keep-place'

describe('headingIndexAt', () => {
  it('is the last section heading at or above the reading line', () => {
    expect(headingIndexAt([-900, -200, 150, 700], 260)).toBe(2)
    expect(headingIndexAt([-900, -200, 300, 700], 260)).toBe(1)
  })
  it('is -1 above the first heading, so the page opens at the top', () => {
    expect(headingIndexAt([400, 900], 260)).toBe(-1)
    expect(headingIndexAt([], 260)).toBe(-1)
  })
})
