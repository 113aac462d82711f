import { createElement as h } from 'react'
import { expect, test } from 'vitest'
import { Choice, Explain, Item, Question } from './parts'
import { parseChoiceQuiz, parseOrderQuiz, parsePredictQuiz } from './parse-quiz'

test('a <Quiz> becomes choice data: labels without their <Explain>, paragraphs unwrapped, stable option ids', () => {
  const quiz = parseChoiceQuiz({
    id: 'q',
    children: [
      h(Question, { key: 1 }, 'Which ack?'),
      h(Choice, { key: 2 }, '100', h(Explain, null, 'too small')),
      h(Choice, { key: 3, correct: true }, h('p', null, '101'), h(Explain, null, h('p', null, 'SYN counts one'))),
      h(Explain, { key: 4 }, 'General'),
      '\n',
    ],
  })
  expect(quiz.kind).toBe('choice')
  expect(quiz.multiple).toBe(false)
  expect(quiz.prompt).toBe('Which ack?')
  expect(quiz.choices.map((c) => [c.id, c.label, c.correct])).toEqual([
    ['c1', '100', false],
    ['c2', '101', true],
  ])
  expect(quiz.choices[0]?.explanation).toBe('too small')
  expect(quiz.explanation).toBe('General')
})

test('an <Order> keeps its items in the authored (right) order', () => {
  const quiz = parseOrderQuiz({ id: 'o', children: [h(Question, { key: 1 }, 'Order'), h(Item, { key: 2 }, 'SYN'), h(Item, { key: 3 }, 'SYN,ACK'), h(Item, { key: 4 }, 'ACK')] })
  expect(quiz.items).toEqual([
    { id: 'i1', label: 'SYN' },
    { id: 'i2', label: 'SYN,ACK' },
    { id: 'i3', label: 'ACK' },
  ])
})

test('a <Predict> gets its key from the engine, counting steps from 1', () => {
  const quiz = parsePredictQuiz({ id: 'p', scenario: 'three-way-handshake', before: 2, ask: 'server,seq,ack' })
  expect(quiz.pause).toEqual({ beforeStep: 1 })
  expect(quiz.ask).toEqual(['serverState', 'seq', 'ack'])
  expect(quiz.answer.expected).toEqual({ serverState: 'SYN-RECEIVED', seq: 300, ack: 101 })
  expect(quiz.scenarioTitle.en).toBe('Three-way handshake')
  expect(quiz.prompt).toBeNull()
  expect(JSON.parse(JSON.stringify(quiz.answer))).toEqual(quiz.answer)
})

test('a <Predict> the engine cannot answer stops the build with a clear message', () => {
  expect(() => parsePredictQuiz({ id: 'p', scenario: 'three-way-handshake', before: 1, ask: 'ack' })).toThrow(
    '<Predict id="p">: the next segment (from the client) has no ACK bit, so ack cannot be asked',
  )
})
