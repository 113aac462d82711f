import { describe, expect, it } from 'vitest'
import { DAY } from '@/lib/flashcards/schedule'
import { addActivity, completeLesson, recordExam, recordQuizResult, reviewCard } from './actions'
import { emptyProgress, missedQuizKeys, progressCounts, quizCardKey, quizIdFromCardKey } from './model'
import { progressStateSchema } from './schemas'
import { lessonProgress, quizzesRight, streak } from './stats'

const NOW = Date.UTC(2025, 2, 10, 12, 0)
const MIN = 60_000

describe('recordQuizResult', () => {
  it('a wrong answer adds a review card due now; a right one removes it', () => {
    const s0 = emptyProgress()
    const s1 = recordQuizResult(s0, 'q1', false, NOW)
    expect(s0).toEqual(emptyProgress())
    expect(s1.quizResults.q1).toEqual({ attempts: 1, lastCorrect: false, lastAnsweredAt: NOW, correctEver: false })
    const card = s1.cardStates['quiz/q1']
    expect(card?.phase).toBe('new')
    expect(card?.due).toBe(NOW)

    const s2 = recordQuizResult(s1, 'q1', false, NOW + MIN)
    expect(s2.quizResults.q1?.attempts).toBe(2)
    expect(s2.cardStates['quiz/q1']?.reps).toBe(1)
    expect(s2.cardStates['quiz/q1']?.due).toBeGreaterThan(NOW + MIN)

    const s3 = recordQuizResult(s2, 'q1', true, NOW + 2 * MIN)
    expect(s3.cardStates['quiz/q1']).toBeUndefined()
    expect(s3.quizResults.q1).toEqual({ attempts: 3, lastCorrect: true, lastAnsweredAt: NOW + 2 * MIN, correctEver: true })

    const s4 = recordQuizResult(s3, 'q1', false, NOW + 3 * MIN)
    expect(s4.quizResults.q1?.correctEver).toBe(true)
    expect(s4.cardStates['quiz/q1']).toBeDefined()
    expect(progressStateSchema.safeParse(JSON.parse(JSON.stringify(s4))).success).toBe(true)
  })

  it('quiz card keys round-trip', () => {
    expect(quizCardKey('a/b')).toBe('quiz/a/b')
    expect(quizIdFromCardKey('quiz/a/b')).toBe('a/b')
    expect(quizIdFromCardKey('deck/card')).toBeUndefined()
  })
})

describe('reviewCard, completeLesson, recordExam', () => {
  it('schedules a card from new', () => {
    const s = reviewCard(emptyProgress(), 'handshake/syn', 'good', NOW)
    expect(s.cardStates['handshake/syn']?.due).toBe(NOW + 10 * MIN)
    const s2 = reviewCard(s, 'handshake/syn', 'good', NOW + 10 * MIN)
    expect(s2.cardStates['handshake/syn']?.phase).toBe('review')
  })

  it('keeps the first lesson completion', () => {
    const s = completeLesson(emptyProgress(), 'handshake', NOW)
    expect(completeLesson(s, 'handshake', NOW + DAY)).toBe(s)
    expect(s.lessonsCompleted.handshake).toEqual({ completedAt: NOW })
  })

  it('appends exams and counts everything', () => {
    let s = recordExam(emptyProgress(), { at: NOW, seed: 7, score: 3, total: 5, perTopic: { handshake: { correct: 3, total: 5 } } })
    s = recordQuizResult(s, 'q1', false, NOW)
    s = reviewCard(s, 'd/c', 'easy', NOW)
    s = completeLesson(s, 'close', NOW)
    expect(missedQuizKeys(s)).toEqual(['quiz/q1'])
    expect(progressCounts(s)).toEqual({ quizResults: 1, cards: 1, missedQuizzes: 1, lessons: 1, exams: 1 })
  })
})

describe('activity and streak', () => {
  it('keeps one entry per 15 minutes and drops very old ones', () => {
    let a = addActivity([], NOW)
    a = addActivity(a, NOW + MIN)
    expect(a).toEqual([NOW])
    a = addActivity(a, NOW + 20 * MIN)
    expect(a).toHaveLength(2)
    expect(addActivity(a, NOW + 401 * DAY)).toEqual([NOW + 401 * DAY])
  })

  const at = (days: number, hour = 12) => Date.UTC(2025, 2, 10 - days, hour)
  const withActivity = (times: number[]) => ({ ...emptyProgress(), activity: times.sort((x, y) => x - y) })

  it('counts consecutive days ending today', () => {
    expect(streak(withActivity([at(0), at(1), at(2), at(4)]), NOW)).toBe(3)
  })

  it('still counts a streak ending yesterday, not the day before', () => {
    expect(streak(withActivity([at(1), at(2)]), NOW)).toBe(2)
    expect(streak(withActivity([at(2), at(3)]), NOW)).toBe(0)
    expect(streak(emptyProgress(), NOW)).toBe(0)
  })

  it('uses local days given a time zone offset', () => {
    // 20:00 UTC on the 9th is the 10th in UTC+8; 13:00 UTC on the 9th is the 9th there.
    const s = withActivity([Date.UTC(2025, 2, 9, 13), Date.UTC(2025, 2, 9, 20)])
    expect(streak(s, NOW)).toBe(1)
    expect(streak(s, NOW, -480)).toBe(2)
  })
})

describe('lessonProgress', () => {
  it('is the share of quizzes whose last answer was right', () => {
    let s = recordQuizResult(emptyProgress(), 'a', true, NOW)
    s = recordQuizResult(s, 'b', false, NOW)
    expect(lessonProgress(s, ['a', 'b', 'c', 'd'])).toBe(0.25)
    // One rule with the quiz card: a quiz missed after a right answer no longer counts.
    expect(lessonProgress(recordQuizResult(s, 'a', false, NOW), ['a'])).toBe(0)
    expect(quizzesRight(recordQuizResult(s, 'b', true, NOW), ['a', 'b', 'c'])).toBe(2)
    expect(lessonProgress(s, [])).toBe(0)
  })
})
