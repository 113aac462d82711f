/**
 * Read-only summaries of progress for the progress page: streaks and how far each lesson is.
 * Pure; no scheduling or validation code, so the page that shows them stays light.
 *
 * @module
 */
import { localDay, type Millis } from '@/lib/flashcards/card-state'
import type { ProgressState } from './model'

/**
 * Consecutive local days with activity, ending today or yesterday (a streak
 * is not broken until a whole day passes without activity). 0 if none.
 *
 * @param tzOffsetMinutes - Like `Date#getTimezoneOffset()` (UTC+8 is
 *   `-480`); default `0` counts days in UTC.
 */
export function streak(state: ProgressState, now: Millis, tzOffsetMinutes = 0): number {
  const days = new Set(state.activity.map((t) => localDay(t, tzOffsetMinutes)))
  let day = localDay(now, tzOffsetMinutes)
  if (!days.has(day)) day--
  let n = 0
  while (days.has(day)) {
    n++
    day--
  }
  return n
}

/**
 * How many of a lesson's quizzes count as answered right: those whose last answer (in the lesson,
 * on the review page or in an exam) was right. One rule everywhere: a quiz card says "last answer
 * right" exactly when it counts here, and a quiz missed later is back in the review queue.
 */
export function quizzesRight(state: ProgressState, lessonQuizIds: readonly string[]): number {
  return lessonQuizIds.filter((id) => state.quizResults[id]?.lastCorrect).length
}

/** Share of a lesson's quizzes answered right ({@link quizzesRight}), in `[0, 1]` (0 without quizzes). */
export function lessonProgress(state: ProgressState, lessonQuizIds: readonly string[]): number {
  if (lessonQuizIds.length === 0) return 0
  return quizzesRight(state, lessonQuizIds) / lessonQuizIds.length
}
