import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashString } from '@/lib/random'
import { attemptSeed, choicesForAttempt, itemsForAttempt } from './attempt'
import type { ChoiceQuiz, OrderQuiz } from './types'

const quiz: ChoiceQuiz = {
  kind: 'choice',
  id: 'q',
  prompt: 'p',
  multiple: false,
  choices: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id, correct: id === 'a', explanation: '' })),
}

describe('attemptSeed', () => {
  it('is the quiz id hash plus the attempt number', () => {
    expect(attemptSeed('q', 0)).toBe(hashString('q'))
    expect(attemptSeed('q', 3)).toBe((hashString('q') + 3) >>> 0)
  })
})

describe('choicesForAttempt', () => {
  it('is reproducible per attempt and changes between attempts', () => {
    expect(choicesForAttempt(quiz, 1)).toEqual(choicesForAttempt(quiz, 1))
    const orders = new Set([0, 1, 2, 3, 4, 5].map((a) => choicesForAttempt(quiz, a).map((c) => c.id).join('')))
    expect(orders.size).toBeGreaterThan(3)
  })

  it('keeps every option', () => {
    expect(choicesForAttempt(quiz, 7).map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})

describe('itemsForAttempt', () => {
  it('never presents two or more items already in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.nat(), fc.string(), (n, attempt, id) => {
        const q: OrderQuiz = {
          kind: 'order',
          id,
          prompt: '',
          items: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, label: '' })),
        }
        const out = itemsForAttempt(q, attempt).map((i) => i.id)
        expect(out).not.toEqual(q.items.map((i) => i.id))
        expect(out.slice().sort()).toEqual(q.items.map((i) => i.id).sort())
      }),
    )
  })
})
