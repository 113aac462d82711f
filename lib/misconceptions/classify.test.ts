import { expect, test } from 'vitest'
import { generateProblem } from '../problems/generate'
import { checkProblem } from '../problems/check'
import type { Problem, ProblemType } from '../problems/types'
import { expectedAnswer } from '../quiz/predict-answer'
import { MISCONCEPTION_IDS, misconception } from './catalog'
import { classify } from './classify'
import { classifyProblem } from './problem'
import { classifyPredict } from './predict'

function problem<T extends ProblemType>(type: T, seed = 7): Extract<Problem, { type: T }> {
  return generateProblem(type, seed) as Extract<Problem, { type: T }>
}

function wrong(p: Problem, given: Record<string, number | string>) {
  const answer = Object.fromEntries(Object.entries(p.answer).map(([k, v]) => [k, String(given[k] ?? v)]))
  return classifyProblem(p, checkProblem(p, answer))
}

test('ack = seq + length + 1: the reply acks one past the data', () => {
  const p = problem('next-seq-ack')
  expect(wrong(p, { replyAck: p.answer.replyAck + 1 })).toEqual(['ack-plus-one'])
})

test('forgetting that SYN consumes one: the third segment acks the server ISN itself', () => {
  const p = problem('handshake-ack')
  expect(wrong(p, { thirdAck: p.params.serverIsn })).toContain('syn-fin-free')
})

test('forgetting that SYN and FIN consume one: data length = FIN seq - SYN seq', () => {
  const p = problem('data-length')
  expect(wrong(p, { bytes: p.params.finSeq - p.params.synSeq })).toEqual(['syn-fin-free'])
})

test('counting a pure ACK as consuming one: the reply after a pure ACK skips a number', () => {
  let seed = 1
  let p = problem('next-seq-ack', seed)
  while (!p.params.lastSentPureAck) p = problem('next-seq-ack', ++seed)
  expect(wrong(p, { replySeq: p.answer.replySeq + 1 })).toEqual(['pure-ack-consumes'])
})

test('the active closer in CLOSE-WAIT', () => {
  expect(classify({ asked: 'state', host: 'client', expected: 'FIN-WAIT-2', given: 'CLOSE-WAIT', activeCloser: 'client' })).toEqual(['active-closer-close-wait'])
})

test('TIME-WAIT lasting one MSL: the client closes at RTT + MSL', () => {
  const p = problem('close-timing')
  expect(wrong(p, { clientClosedMs: p.params.rttMs + p.params.mslMs })).toEqual(['time-wait-one-msl'])
})

test('the passive closer waiting 2MSL', () => {
  const p = problem('close-timing')
  expect(wrong(p, { serverClosedMs: p.answer.serverClosedMs + 2 * p.params.mslMs })).toEqual(['passive-waits-2msl'])
})

test('2MSL counted from the first FIN', () => {
  const p = problem('close-timing')
  expect(wrong(p, { clientClosedMs: 2 * p.params.mslMs })).toEqual(['time-wait-from-fin'])
})

test("the server's ISN derived from the client's: the third segment acks client ISN + 2", () => {
  const p = problem('handshake-ack')
  expect(wrong(p, { thirdAck: p.params.clientIsn + 2 })).toEqual(['server-isn-from-client'])
})

test('the client ESTABLISHED before the SYN,ACK arrives', () => {
  let seed = 1
  let p = problem('state-after', seed)
  while (p.params.segments.length !== 1) p = problem('state-after', ++seed)
  expect(p.answer.clientState).toBe('SYN-SENT')
  expect(wrong(p, { clientState: 'ESTABLISHED' })).toEqual(['established-early'])
})

test('CLOSE-WAIT starting late, and the active closer put in CLOSE-WAIT, in a state-after problem', () => {
  let seed = 1
  let p = problem('state-after', seed)
  while (p.params.segments.length !== 4) p = problem('state-after', ++seed)
  expect(p.answer).toEqual({ clientState: 'FIN-WAIT-1', serverState: 'CLOSE-WAIT' })
  expect(wrong(p, { serverState: 'ESTABLISHED' })).toEqual(['close-wait-late'])
  expect(wrong(p, { clientState: 'CLOSE-WAIT' })).toEqual(['active-closer-close-wait'])
})

test('a right answer, or a wrong one of no known shape, names nothing', () => {
  const p = problem('handshake-ack')
  expect(wrong(p, {})).toEqual([])
  expect(wrong(p, { thirdAck: p.answer.thirdAck + 1234 })).toEqual([])
})

test('a predict quiz: ack 300 for the SYN,ACK with seq 300 forgets that the SYN consumes one', () => {
  const r = expectedAnswer('three-way-handshake', { beforeStep: 2 }, ['clientState', 'serverState', 'seq', 'ack'])
  if (!r.ok) throw new Error('scenario missing')
  expect(r.answer.expected.ack).toBe(301)
  expect(classifyPredict(r.answer, { clientState: 'ESTABLISHED', serverState: 'SYN-RECEIVED', seq: 101, ack: 300 })).toEqual(['syn-fin-free'])
  expect(classifyPredict(r.answer, { clientState: 'ESTABLISHED', serverState: 'SYN-RECEIVED', seq: 101, ack: 301 })).toEqual([])
})

test('a predict quiz: the client ESTABLISHED while its SYN is still on the way', () => {
  const r = expectedAnswer('three-way-handshake', { beforeStep: 1 }, ['clientState'])
  if (!r.ok) throw new Error('scenario missing')
  expect(r.answer.expected.clientState).toBe('SYN-SENT')
  expect(classifyPredict(r.answer, { clientState: 'ESTABLISHED' })).toEqual(['established-early'])
})

test('every misconception is named and explained in both languages', () => {
  for (const id of MISCONCEPTION_IDS) {
    const m = misconception(id)
    for (const text of [m.name.en, m.name.zh, m.explanation.en, m.explanation.zh]) expect(text.trim().length).toBeGreaterThan(0)
  }
})
