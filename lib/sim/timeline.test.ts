import { expect, test } from 'vitest'
import { applyActions, createSimulation } from './simulation'
import { buildTimeline, createTimeScale } from './timeline'

test('time maps linearly with a minimum step between events', () => {
  const { yOf, gaps } = createTimeScale([100, 200], { pxPerMs: 0.5, minStepPx: 24, topPx: 40 })
  expect(yOf(0)).toBe(40)
  expect(yOf(100)).toBe(90)
  expect(yOf(150)).toBe(115)
  expect(yOf(200)).toBe(140)
  expect(gaps).toEqual([])
})

test('long idle gaps are compressed and reported', () => {
  const { yOf, gaps, height } = createTimeScale([100, 7_200_000], { pxPerMs: 0.5, gapThresholdMs: 2000, gapPx: 40, topPx: 40 })
  expect(gaps).toEqual([{ from: 100, to: 7_200_000, y1: 90, y2: 130 }])
  expect(yOf(7_200_000)).toBe(130)
  expect(height).toBe(170)
})

test('a handshake becomes three arrows sloping from lane to lane with both notations', () => {
  const sim = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }, { type: 'run' }])
  const tl = buildTimeline(sim)
  expect(tl.arrows.map((a) => [a.from, a.to, a.fate, a.label.rfc])).toEqual([
    ['client', 'server', 'delivered', '<SEQ=100><CTL=SYN>'],
    ['server', 'client', 'delivered', '<SEQ=300><ACK=101><CTL=SYN,ACK>'],
    ['client', 'server', 'delivered', '<SEQ=101><ACK=301><CTL=ACK>'],
  ])
  expect(tl.arrows[1]?.label.textbook).toBe('SYN=1, ACK=1, seq=300, ack=101')
  for (const a of tl.arrows) expect(a.y2).toBeGreaterThan(a.y1)
  expect(tl.states.filter((s) => s.host === 'server').map((s) => s.state)).toEqual(['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
  expect(tl.timers.map((t) => [t.host, t.timer, t.end])).toEqual([
    ['client', 'retransmission', 'cancelled'],
    ['server', 'retransmission', 'cancelled'],
  ])
})

test('a dropped segment ends where it was dropped and held ones stay open', () => {
  const sim = applyActions(createSimulation({ channel: { mode: 'manual' } }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'fate', segmentId: 1, fate: 'duplicate' },
    { type: 'fate', segmentId: 1, fate: 'drop' },
  ])
  const tl = buildTimeline(sim)
  expect(tl.arrows.map((a) => [a.id, a.fate, a.copyOf])).toEqual([[1, 'dropped', null], [2, 'held', 1]])
})
