import { expect, test } from 'vitest'
import { applyActions, createSimulation } from '@/lib/sim'
import { REVEAL_PER_FRAME, revealPerFrame, revealUpTo } from './reveal'

const open = applyActions(createSimulation(), [
  { type: 'listen', host: 'server' },
  { type: 'connect', host: 'client' },
  { type: 'step' },
  { type: 'step' },
  { type: 'step' },
])
const burst = applyActions(open, [{ type: 'send', host: 'client', bytes: 20_000 }])
const sends = (from: number, to: number) => burst.trace.slice(from, to).filter((e) => e.type === 'segment_sent').length

test('a burst is drawn a few segments at a time, each cut just before the next send', () => {
  const from = open.trace.length
  expect(sends(from, burst.trace.length)).toBeGreaterThan(6)
  const first = revealUpTo(burst.trace, from, 3)!
  expect(sends(from, first)).toBe(3)
  expect(burst.trace[first]!.type).toBe('segment_sent')
  const second = revealUpTo(burst.trace, first, 3)!
  expect(sends(from, second)).toBe(6)
})

test('when no more than a frame’s worth is left, everything is drawn', () => {
  const from = open.trace.length
  expect(revealUpTo(burst.trace, from, 1000)).toBeNull()
  expect(revealUpTo(open.trace, open.trace.length - 1)).toBeNull()
})

test('at the fastest speed a burst is drawn one segment per frame; reduced motion draws it at once', () => {
  expect(revealPerFrame('max', false)).toBe(1)
  for (const speed of ['slow', 'normal', 'fast'] as const) expect(revealPerFrame(speed, false)).toBe(REVEAL_PER_FRAME)
  for (const speed of ['slow', 'normal', 'fast', 'max'] as const) expect(revealPerFrame(speed, true)).toBe(Number.POSITIVE_INFINITY)
})
