import { expect, test } from 'vitest'
import { getScenario } from './index'
import { firstDivergence, runChoice, runUnder } from './compare'

const scenario = (id: string) => getScenario(id)!

test('RFC against Linux on a dead peer: the runs part where Linux sends RST,ACK on giving up, both by the keep-alive give-up rule', () => {
  const s = scenario('keepalive-dead-peer-short')
  const d = firstDivergence(runUnder(s, runChoice(s, 'rfc')!), runUnder(s, runChoice(s, 'linux')!))
  expect(d).not.toBeNull()
  expect(d!.a).toBeNull()
  expect(d!.b).toMatchObject({ type: 'segment_sent', from: 'server', segment: { flags: { rst: true, ack: true } } })
  expect(d!.ruleA).toBe('keepalive-give-up')
  expect(d!.ruleB).toBe('keepalive-give-up')
})

test('TCP against the hypothetical two-way handshake: the first difference is the client’s third segment', () => {
  const s = scenario('three-way-handshake')
  const d = firstDivergence(runUnder(s, runChoice(s, 'standard')!), runUnder(s, runChoice(s, 'two_way_handshake')!))
  expect(d).not.toBeNull()
  expect([d!.ruleA, d!.ruleB]).toContain('two-way-listen-syn')
})

test('a run compared with itself does not part; a TIME-WAIT of another length does, at the state change', () => {
  const s = scenario('four-way-close')
  const rfc = runUnder(s, runChoice(s, 'rfc')!)
  expect(firstDivergence(rfc, rfc)).toBeNull()
  const d = firstDivergence(rfc, runUnder(s, runChoice(s, 'linux')!))
  expect(d?.a).toMatchObject({ type: 'state_change', from: 'TIME-WAIT', to: 'CLOSED' })
  expect(d?.b).toMatchObject({ type: 'state_change', from: 'TIME-WAIT', to: 'CLOSED' })
  expect(d!.a!.time).toBeGreaterThan(d!.b!.time)
})

test('with data, the Linux run parts first at the PSH of the data segment', () => {
  const s = scenario('whole-lifecycle')
  const d = firstDivergence(runUnder(s, runChoice(s, 'rfc')!), runUnder(s, runChoice(s, 'linux')!))
  expect(d?.a).toMatchObject({ type: 'segment_sent', from: 'client', segment: { len: 100, flags: { ack: true } } })
  expect(d?.b).toMatchObject({ type: 'segment_sent', from: 'client', segment: { len: 100, flags: { ack: true, psh: true } } })
})

test('a name that is neither a profile nor a variant is refused', () => {
  expect(runChoice(scenario('three-way-handshake'), 'bsd')).toBeNull()
})
