import { expect, test, vi } from 'vitest'
import { fitLines, labelWidth, rememberTranslations, type Translate } from './format'

test('a remembered translation formats each key and values once, and gives the same words', () => {
  const t = vi.fn<Translate>((key, values) => `${key}:${values ? JSON.stringify(values) : ''}`)
  const remembered = rememberTranslations(t)
  expect(remembered('clock', { time: '1 s' })).toBe('clock:{"time":"1 s"}')
  expect(remembered('clock', { time: '1 s' })).toBe('clock:{"time":"1 s"}')
  expect(remembered('clock', { time: '2 s' })).toBe('clock:{"time":"2 s"}')
  expect(remembered('step')).toBe('step:')
  expect(remembered('step')).toBe('step:')
  expect(t).toHaveBeenCalledTimes(3)
})

test('its memory is bounded and starts again when full', () => {
  const t = vi.fn<Translate>((key) => key.toUpperCase())
  const remembered = rememberTranslations(t, 2)
  remembered('a')
  remembered('b')
  remembered('c') // full: forgets a and b
  remembered('a')
  expect(t.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c', 'a'])
})

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
