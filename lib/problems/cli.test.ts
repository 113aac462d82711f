import { expect, test } from 'vitest'
import { parseProblemsArgs, problemsJson } from './cli'
import { PROBLEM_TYPES } from './types'

test('the CLI prints a JSON array of { type, params, question: { en, zh }, answer }', () => {
  const items = JSON.parse(problemsJson(3, 12)) as Array<Record<string, unknown>>
  expect(items).toHaveLength(12)
  for (const item of items) {
    expect(Object.keys(item).sort()).toEqual(['answer', 'params', 'question', 'type'])
    expect(Object.keys(item.question as object).sort()).toEqual(['en', 'zh'])
  }
  expect(new Set(items.map((i) => i.type))).toEqual(new Set(PROBLEM_TYPES))
})

test('the fixed names of handshake-ack, data-length and close-timing', () => {
  const items = JSON.parse(problemsJson(11, 12)) as Array<{ type: string; params: object; answer: object }>
  const byType = (t: string) => items.find((i) => i.type === t)
  expect(byType('handshake-ack')?.params).toEqual({ clientIsn: expect.any(Number), serverIsn: expect.any(Number) })
  expect(Object.keys(byType('handshake-ack')?.answer ?? {})).toEqual(['synAckAck', 'thirdAck'])
  expect(byType('data-length')?.params).toMatchObject({ synSeq: expect.any(Number), finSeq: expect.any(Number) })
  expect(Object.keys(byType('data-length')?.answer ?? {})).toEqual(['bytes'])
  expect(byType('close-timing')?.params).toEqual({ rttMs: expect.any(Number), mslMs: expect.any(Number) })
  expect(Object.keys(byType('close-timing')?.answer ?? {})).toEqual(['clientClosedMs', 'serverClosedMs'])
})

test('arguments: --seed and --count, in both spellings; anything else is a usage error', () => {
  expect(parseProblemsArgs(['--', '--seed', '5', '--count=3'])).toEqual({ ok: true, seed: 5, count: 3 })
  expect(parseProblemsArgs([])).toEqual({ ok: true, seed: 1, count: 12 })
  expect(parseProblemsArgs(['--seed', 'x']).ok).toBe(false)
  expect(parseProblemsArgs(['--what']).ok).toBe(false)
})
