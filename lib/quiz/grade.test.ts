import { describe, expect, it } from 'vitest'
import { gradeChoice, gradeOrder, gradePredict, normalizeStateName, parseSeqNumber } from './grade'
import type { ChoiceQuiz, OrderQuiz } from './types'

const single: ChoiceQuiz = {
  kind: 'choice',
  id: 'handshake-first-segment',
  prompt: 'Which segment opens a connection?',
  multiple: false,
  choices: [
    { id: 'syn', label: 'SYN', correct: true, explanation: 'The client sends SYN first.' },
    { id: 'ack', label: 'ACK', correct: false, explanation: 'ACK comes last.' },
    { id: 'fin', label: 'FIN', correct: false, explanation: 'FIN closes.' },
  ],
}

const several: ChoiceQuiz = {
  kind: 'choice',
  id: 'flags-in-handshake',
  prompt: 'Which flags appear in the handshake?',
  multiple: true,
  choices: [
    { id: 'syn', label: 'SYN', correct: true, explanation: 'yes' },
    { id: 'ack', label: 'ACK', correct: true, explanation: 'yes' },
    { id: 'fin', label: 'FIN', correct: false, explanation: 'no' },
    { id: 'rst', label: 'RST', correct: false, explanation: 'no' },
  ],
}

describe('gradeChoice', () => {
  it('accepts the single right option', () => {
    const r = gradeChoice(single, ['syn'])
    expect(r.correct).toBe(true)
    expect(r.expected).toEqual(['syn'])
    expect(r.given).toEqual(['syn'])
    expect(r.perChoice.every((c) => c.ok)).toBe(true)
  })

  it('rejects a wrong option and explains every choice', () => {
    const r = gradeChoice(single, ['fin'])
    expect(r.correct).toBe(false)
    expect(r.expected).toEqual(['syn'])
    expect(r.perChoice).toEqual([
      { id: 'syn', selected: false, correct: true, ok: false, explanation: 'The client sends SYN first.' },
      { id: 'ack', selected: false, correct: false, ok: true, explanation: 'ACK comes last.' },
      { id: 'fin', selected: true, correct: false, ok: false, explanation: 'FIN closes.' },
    ])
  })

  it('rejects an empty answer and several answers to a single-answer quiz', () => {
    expect(gradeChoice(single, []).correct).toBe(false)
    expect(gradeChoice(single, ['syn', 'ack']).correct).toBe(false)
  })

  it('needs exactly the set of correct options when several are correct', () => {
    expect(gradeChoice(several, ['ack', 'syn']).correct).toBe(true)
    expect(gradeChoice(several, new Set(['syn', 'ack'])).correct).toBe(true)
    expect(gradeChoice(several, ['syn']).correct).toBe(false)
    expect(gradeChoice(several, ['syn', 'ack', 'fin']).correct).toBe(false)
  })

  it('reports given ids in authored order, deduplicated, without unknown ids', () => {
    const r = gradeChoice(several, ['ack', 'nope', 'syn', 'ack'])
    expect(r.given).toEqual(['syn', 'ack'])
    expect(r.correct).toBe(true)
  })
})

const order: OrderQuiz = {
  kind: 'order',
  id: 'handshake-order',
  prompt: 'Order the handshake',
  items: [
    { id: 'syn', label: 'SYN' },
    { id: 'syn-ack', label: 'SYN-ACK' },
    { id: 'ack', label: 'ACK' },
  ],
}

describe('gradeOrder', () => {
  it('accepts the authored order', () => {
    const r = gradeOrder(order, ['syn', 'syn-ack', 'ack'])
    expect(r.correct).toBe(true)
    expect(r.correctPositions).toBe(3)
  })

  it('marks each position', () => {
    const r = gradeOrder(order, ['syn', 'ack', 'syn-ack'])
    expect(r.correct).toBe(false)
    expect(r.expected).toEqual(['syn', 'syn-ack', 'ack'])
    expect(r.perPosition.map((p) => p.correct)).toEqual([true, false, false])
    expect(r.correctPositions).toBe(1)
  })

  it('rejects short or long lists', () => {
    expect(gradeOrder(order, ['syn', 'syn-ack']).correct).toBe(false)
    expect(gradeOrder(order, ['syn', 'syn-ack']).perPosition[2]?.givenId).toBeUndefined()
    expect(gradeOrder(order, ['syn', 'syn-ack', 'ack', 'ack']).correct).toBe(false)
  })
})

describe('gradePredict', () => {
  it('compares state names loosely and numbers exactly', () => {
    const r = gradePredict(
      { clientState: 'syn sent', serverState: 'LISTEN', seq: '1001', ack: 0 },
      { clientState: 'SYN-SENT', serverState: 'listen', seq: 1001, ack: 0 },
    )
    expect(r.correct).toBe(true)
    expect(r.fields.map((f) => f.field)).toEqual(['clientState', 'serverState', 'seq', 'ack'])
  })

  it('only grades the fields the engine computed', () => {
    const r = gradePredict({ clientState: 'ESTABLISHED', seq: 5 }, { clientState: 'established' })
    expect(r.correct).toBe(true)
    expect(r.fields).toHaveLength(1)
  })

  it('names the right value of each wrong field', () => {
    const r = gradePredict({ serverState: 'SYN_RECEIVED', ack: '100' }, { serverState: 'SYN-RECEIVED', ack: 101 })
    expect(r.correct).toBe(false)
    expect(r.fields).toEqual([
      { field: 'serverState', correct: true, expected: 'SYN-RECEIVED', given: 'SYN-RECEIVED' },
      { field: 'ack', correct: false, expected: 101, given: 100 },
    ])
  })

  it('treats empty and malformed input as unanswered', () => {
    const r = gradePredict({ clientState: '  ', seq: '12a' }, { clientState: 'CLOSED', seq: 12 })
    expect(r.correct).toBe(false)
    expect(r.fields.map((f) => f.given)).toEqual([undefined, undefined])
  })

  it('gives no credit when nothing is expected', () => {
    expect(gradePredict({}, {}).correct).toBe(false)
  })
})

describe('helpers', () => {
  it('normalizeStateName', () => {
    expect(normalizeStateName(' fin_wait 1 ')).toBe('FIN-WAIT-1')
    expect(normalizeStateName('TIME-WAIT')).toBe('TIME-WAIT')
  })

  it('parseSeqNumber', () => {
    expect(parseSeqNumber('4294967295')).toBe(4294967295)
    expect(parseSeqNumber('4294967296')).toBeUndefined()
    expect(parseSeqNumber('-1')).toBeUndefined()
    expect(parseSeqNumber('1.5')).toBeUndefined()
    expect(parseSeqNumber(1.5)).toBeUndefined()
    expect(parseSeqNumber(' 7 ')).toBe(7)
    expect(parseSeqNumber(null)).toBeUndefined()
  })
})
