import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildExam, examRecord, isExpired, remainingMs, scoreExam, type PoolQuestion } from './index'

const NOW = Date.UTC(2025, 4, 1, 10, 0)

function pool(sizes: Record<string, number>): PoolQuestion<null>[] {
  return Object.entries(sizes).flatMap(([topic, n]) =>
    Array.from({ length: n }, (_, i) => ({ quizId: `${topic}-q${i}`, topic, quiz: null })),
  )
}

const POOL = pool({ handshake: 8, 'data-transfer': 5, close: 6, 'time-wait': 2 })
const opts = { seed: 42, count: 10, startedAt: NOW, durationMs: 15 * 60_000 }

describe('buildExam', () => {
  it('is deterministic per seed and varies between seeds', () => {
    const ids = (seed: number) => buildExam(POOL, { ...opts, seed }).questions.map((q) => q.quizId)
    expect(ids(42)).toEqual(ids(42))
    expect(new Set([1, 2, 3, 4, 5].map((s) => ids(s).join())).size).toBe(5)
  })

  it('draws distinct questions and covers every topic', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 4, max: 21 }), (seed, count) => {
        const exam = buildExam(POOL, { ...opts, seed, count })
        const ids = exam.questions.map((q) => q.quizId)
        expect(ids).toHaveLength(count)
        expect(new Set(ids).size).toBe(count)
        expect(new Set(exam.questions.map((q) => q.topic)).size).toBe(4)
      }),
      { numRuns: 100 },
    )
  })

  it('honours perTopicMin when it can', () => {
    const exam = buildExam(POOL, { ...opts, count: 12, perTopicMin: 3 })
    const per = scoreExam(exam.questions, {}).perTopic
    expect(per.handshake?.total).toBeGreaterThanOrEqual(3)
    expect(per.close?.total).toBeGreaterThanOrEqual(3)
    expect(per['data-transfer']?.total).toBeGreaterThanOrEqual(3)
    expect(per['time-wait']?.total).toBe(2)
  })

  it('caps at the pool size, ignores duplicate ids and handles tiny counts', () => {
    const dup = [...POOL, { quizId: 'close-q0', topic: 'other', quiz: null }]
    expect(buildExam(dup, { ...opts, count: 100 }).questions).toHaveLength(21)
    expect(buildExam(POOL, { ...opts, count: 2 }).questions).toHaveLength(2)
    expect(buildExam(POOL, { ...opts, count: 0 }).questions).toEqual([])
    expect(buildExam([], opts).questions).toEqual([])
  })
})

describe('time limit', () => {
  const exam = buildExam(POOL, opts)
  it('counts down and expires at the deadline', () => {
    expect(remainingMs(exam, NOW)).toBe(15 * 60_000)
    expect(remainingMs(exam, NOW + 60_000)).toBe(14 * 60_000)
    expect(isExpired(exam, NOW + 15 * 60_000 - 1)).toBe(false)
    expect(isExpired(exam, NOW + 15 * 60_000)).toBe(true)
    expect(remainingMs(exam, NOW + 20 * 60_000)).toBe(0)
  })
})

describe('scoreExam', () => {
  it('scores per topic and links wrong answers to their lesson', () => {
    const questions = [
      { quizId: 'a', topic: 'handshake' },
      { quizId: 'b', topic: 'close' },
      { quizId: 'c', topic: 'handshake' },
      { quizId: 'd', topic: 'close' },
    ]
    const result = scoreExam(questions, { a: true, b: false, c: true })
    expect(result).toEqual({
      score: 2,
      total: 4,
      perTopic: { handshake: { correct: 2, total: 2 }, close: { correct: 0, total: 2 } },
      wrong: [
        { quizId: 'b', topic: 'close', answered: true },
        { quizId: 'd', topic: 'close', answered: false },
      ],
    })
    expect(examRecord({ seed: 9 }, result, NOW)).toEqual({ at: NOW, seed: 9, score: 2, total: 4, perTopic: result.perTopic })
  })
})
