import { expect, test, vi } from 'vitest'
import { rememberTranslations, type Translate } from './format'

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
