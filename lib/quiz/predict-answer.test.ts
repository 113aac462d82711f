import { expect, test } from 'vitest'
import { replay, hostState } from '@/lib/sim'
import { getScenario, type Scenario } from '@/lib/scenarios'
import { describePredictError, expectedAnswer, scenarioTimeline } from './predict-answer'
import { gradePredict } from './grade'

const ALL = ['clientState', 'serverState', 'seq', 'ack'] as const

function answer(scenario: string, beforeStep: number, ask: readonly (typeof ALL)[number][] = ALL) {
  const r = expectedAnswer(scenario, { beforeStep }, ask)
  if (!r.ok) throw new Error(describePredictError(r.error, scenario))
  return r.answer
}

test('three-way handshake has the four steps of RFC 9293 Fig. 6: connect, then three arrivals', () => {
  const steps = scenarioTimeline(getScenario('three-way-handshake') as Scenario).steps
  expect(steps.map((s) => s.event.type)).toEqual(['user_call', 'arrival', 'arrival', 'arrival'])
  expect(steps.map((s) => [s.after.client, s.after.server])).toEqual([
    ['SYN-SENT', 'LISTEN'],
    ['SYN-SENT', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'ESTABLISHED'],
  ])
})

test('the SYN arriving at the server is answered by SYN,ACK seq 300 ack 101 (x=100, y=300)', () => {
  const a = answer('three-way-handshake', 1)
  expect(a.expected).toEqual({ clientState: 'SYN-SENT', serverState: 'SYN-RECEIVED', seq: 300, ack: 101 })
  expect(a.nextSegment?.from).toBe('server')
  expect(a.nextSegment?.segment.flags).toEqual({ syn: true, ack: true, fin: false, rst: false })
  expect(a.step.event).toMatchObject({ type: 'arrival', from: 'client', to: 'server' })
})

test('the SYN,ACK arriving at the client makes it ESTABLISHED and it sends ACK seq 101 ack 301', () => {
  const a = answer('three-way-handshake', 2)
  expect(a.expected).toEqual({ clientState: 'ESTABLISHED', serverState: 'SYN-RECEIVED', seq: 101, ack: 301 })
})

test('the first SYN carries seq x = 100 and no ACK, so asking for its ack is an authoring error', () => {
  expect(answer('three-way-handshake', 0, ['clientState', 'seq']).expected).toEqual({ clientState: 'SYN-SENT', seq: 100 })
  const r = expectedAnswer('three-way-handshake', { beforeStep: 0 }, ['ack'])
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error.code).toBe('noAckOnNextSegment')
})

test('four-way close numbers: FIN u=101, ACK v=301 ack u+1, FIN w=301 ack u+1, ACK u+1 ack w+1', () => {
  expect(answer('four-way-close', 0).expected).toEqual({ clientState: 'FIN-WAIT-1', serverState: 'ESTABLISHED', seq: 101, ack: 301 })
  expect(answer('four-way-close', 1).expected).toEqual({ clientState: 'FIN-WAIT-1', serverState: 'CLOSE-WAIT', seq: 301, ack: 102 })
  expect(answer('four-way-close', 3).expected).toEqual({ clientState: 'FIN-WAIT-2', serverState: 'LAST-ACK', seq: 301, ack: 102 })
  expect(answer('four-way-close', 4).expected).toEqual({ clientState: 'TIME-WAIT', serverState: 'LAST-ACK', seq: 102, ack: 302 })
})

test('a step that sends nothing takes seq/ack from the next segment sent later', () => {
  // Step 3: the server's ACK reaches the client, which sends nothing; next is the server's FIN.
  const a = answer('four-way-close', 2)
  expect(a.expected).toEqual({ clientState: 'FIN-WAIT-2', serverState: 'CLOSE-WAIT', seq: 301, ack: 102 })
  expect(a.step.sent).toEqual([])
  expect(a.nextSegment?.from).toBe('server')
})

test('half-close: after 100 bytes in CLOSE-WAIT the server FIN carries w = 401', () => {
  expect(answer('half-close-with-data', 6, ['serverState', 'seq', 'ack']).expected).toEqual({ serverState: 'LAST-ACK', seq: 401, ack: 102 })
})

test('afterAction pauses before the first step of the next script action', () => {
  // four-way-close script: close(client), run, close(server), run. After action 1 = before close(server).
  const r = expectedAnswer('four-way-close', { afterAction: 1 }, ['serverState', 'seq'])
  expect(r.ok && r.answer.expected).toEqual({ serverState: 'LAST-ACK', seq: 301 })
  expect(r.ok && r.answer.step.event).toMatchObject({ type: 'user_call', host: 'server', call: 'close' })
})

test('the before/after recordings replay to the states around the step', () => {
  const a = answer('three-way-handshake', 2)
  const before = replay(a.before)
  const after = replay(a.after)
  expect([hostState(before, 'client'), hostState(before, 'server')]).toEqual(['SYN-SENT', 'SYN-RECEIVED'])
  expect([hostState(after, 'client'), hostState(after, 'server')]).toEqual(['ESTABLISHED', 'SYN-RECEIVED'])
})

test('the computed key grades a learner prediction', () => {
  const a = answer('three-way-handshake', 1)
  expect(gradePredict({ clientState: 'syn sent', serverState: 'SYN_RECEIVED', seq: '300', ack: '101' }, a.expected).correct).toBe(true)
  expect(gradePredict({ clientState: 'SYN-SENT', serverState: 'SYN-RECEIVED', seq: '300', ack: '100' }, a.expected).correct).toBe(false)
})

test('authoring mistakes come back as values with a readable message', () => {
  const unknown = expectedAnswer('no-such-scenario', { beforeStep: 0 }, ['clientState'])
  expect(unknown.ok).toBe(false)
  if (!unknown.ok) expect(describePredictError(unknown.error, 'no-such-scenario')).toBe('there is no scenario "no-such-scenario"')
  const far = expectedAnswer('three-way-handshake', { beforeStep: 9 }, ['clientState'])
  expect(far.ok).toBe(false)
  if (!far.ok) expect(describePredictError(far.error, 'three-way-handshake')).toBe('step 10 does not exist; scenario "three-way-handshake" has 4 steps')
})

test('a crashed host cannot be asked about', () => {
  const r = expectedAnswer('keepalive-dead-peer-rfc', { beforeStep: 0 }, ['clientState'])
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error).toEqual({ code: 'hostDown', host: 'client' })
})
