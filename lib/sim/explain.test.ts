import { expect, test } from 'vitest'
import { applyActions, createSimulation } from './simulation'
import { explainEntry, lastExplainable, sentIndex } from './explain'

const handshake = () =>
  applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }, { type: 'step' }, { type: 'step' }, { type: 'step' }])

test('the server’s SYN,ACK is explained by the listener’s SYN rule, started by the SYN’s arrival, with the TCB variables it set', () => {
  const sim = handshake()
  const e = explainEntry(sim.trace, sentIndex(sim.trace, 2))!
  expect(e.rule).toBe('listen-syn')
  expect(e.stepRule).toBeNull()
  expect(e.host).toBe('server')
  expect(e.trigger).toMatchObject({ type: 'segment_delivered', id: 1, to: 'server' })
  expect(e.state).toEqual({ from: 'LISTEN', to: 'SYN-RECEIVED' })
  expect(e.changes).toContainEqual({ field: 'sndNxt', from: 0, to: 301 })
  expect(e.changes).toContainEqual({ field: 'rcvNxt', from: 0, to: 101 })
  expect(e.changes).toContainEqual({ field: 'irs', from: 0, to: 100 })
})

test('the third segment’s arrival establishes the server; a timer cancelled in that step names the ACK rule, the step the SYN-RECEIVED one', () => {
  const sim = handshake()
  const cancel = sim.trace.findIndex((x) => x.type === 'timer_cancel' && x.host === 'server')
  const e = explainEntry(sim.trace, cancel)!
  expect(e.rule).toBe('ack-new')
  expect(e.stepRule).toBe('syn-received-ack')
  expect(e.state).toEqual({ from: 'SYN-RECEIVED', to: 'ESTABLISHED' })
  expect(e.changes.map((c) => c.field)).toContain('sndUna')
})

test('a step that changes no state says the host stayed where it was; a fate the learner chose has no rule', () => {
  let sim = handshake()
  sim = applyActions(sim, [{ type: 'send', host: 'client', bytes: 100 }, { type: 'fate_last', from: 'client', fate: 'drop' }])
  const sent = explainEntry(sim.trace, sentIndex(sim.trace, 4))!
  expect(sent.rule).toBe('send-data')
  expect(sent.state).toEqual({ from: 'ESTABLISHED', to: 'ESTABLISHED' })
  expect(sent.changes).toContainEqual({ field: 'sndNxt', from: 101, to: 201 })
  const dropped = sim.trace.findIndex((x) => x.type === 'segment_dropped')
  expect(explainEntry(sim.trace, dropped)).toBeNull()
})

test('"why did that happen?" points at the start of the latest engine step', () => {
  const sim = handshake()
  const i = lastExplainable(sim.trace)
  expect(sim.trace[i]).toMatchObject({ type: 'segment_delivered', id: 3, to: 'server' })
  expect(explainEntry(sim.trace, i)!.rule).toBe('syn-received-ack')
  expect(lastExplainable([])).toBe(-1)
})

test('a crash explains the lost TCB without an engine step', () => {
  const sim = applyActions(handshake(), [{ type: 'crash', host: 'client' }])
  const i = sim.trace.findLastIndex((x) => x.type === 'state_change')
  const e = explainEntry(sim.trace, i)!
  expect(e.rule).toBe('host-crash')
  expect(e.trigger).toBeNull()
  expect(e.state).toEqual({ from: 'ESTABLISHED', to: 'CLOSED' })
})
