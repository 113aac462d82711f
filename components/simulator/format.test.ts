import { expect, test } from 'vitest'
import { fitLines, labelWidth } from './format'

test('a label that does not fit beside a lane is broken between words', () => {
  expect(fitLines('900 ms left', 200, 9.5)).toEqual(['900 ms left'])
  expect(fitLines('900 ms left', 40, 9.5)).toEqual(['900 ms', 'left'])
  expect(fitLines('900 ms left', 10, 9.5)).toEqual(['900', 'ms', 'left'])
  expect(fitLines('expired', 10, 9.5)).toEqual(['expired'])
  expect(fitLines('还剩 900 毫秒', 50, 9.5)).toEqual(['还剩 900', '毫秒'])
})

test('Chinese characters count as wider than Latin ones', () => {
  expect(labelWidth('毫秒', 10)).toBe(20)
  expect(labelWidth('ms', 10)).toBeCloseTo(11.6)
})
