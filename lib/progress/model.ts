/**
 * The learner's progress as plain JSON: what the persisted store holds and
 * what export files carry. Keyed by stable ids so content can change
 * around it.
 *
 * @module
 */
import type { z } from 'zod'
import type {
  examRecordSchema,
  lessonCompletionSchema,
  misconceptionRecordSchema,
  progressStateSchema,
  quizResultSchema,
  topicScoreSchema,
} from './schemas'

/** Version of {@link ProgressState}; bump it and add a step to `migrate` when the shape changes. */
export const CURRENT_VERSION = 2

/** One quiz's record. */
export type QuizResult = z.infer<typeof quizResultSchema>

/** Score for one topic. */
export type TopicScore = z.infer<typeof topicScoreSchema>

/** One finished mock exam. */
export type ExamRecord = z.infer<typeof examRecordSchema>

/** A misconception the learner has shown. */
export type MisconceptionRecord = z.infer<typeof misconceptionRecordSchema>

/** Completion of a lesson. */
export type LessonCompletion = z.infer<typeof lessonCompletionSchema>

/** Current progress. */
export type ProgressState = z.infer<typeof progressStateSchema>

/** How many days of activity are kept (enough for a year-long streak). */
export const ACTIVITY_KEEP_DAYS = 400

/** Progress with nothing in it. */
export function emptyProgress(): ProgressState {
  return { quizResults: {}, cardStates: {}, lessonsCompleted: {}, examHistory: [], activity: [], misconceptions: {} }
}

/** Prefix of review-card keys for missed quizzes. */
export const QUIZ_CARD_PREFIX = 'quiz/'

/** Review-card key of a missed quiz: `"quiz/<quizId>"`. */
export function quizCardKey(quizId: string): string {
  return QUIZ_CARD_PREFIX + quizId
}

/** The quiz id behind a review-card key, or `undefined` for a flashcard key. */
export function quizIdFromCardKey(key: string): string | undefined {
  return key.startsWith(QUIZ_CARD_PREFIX) ? key.slice(QUIZ_CARD_PREFIX.length) : undefined
}

/** Review-card keys of every missed quiz waiting in the queue (for the review page). */
export function missedQuizKeys(state: Pick<ProgressState, 'cardStates'>): string[] {
  return Object.keys(state.cardStates).filter((k) => k.startsWith(QUIZ_CARD_PREFIX))
}

/** Prefix of review-card keys for misconceptions. */
export const MISCONCEPTION_CARD_PREFIX = 'misconception/'

/** Review-card key of a misconception: `"misconception/<id>"`. */
export function misconceptionCardKey(id: string): string {
  return MISCONCEPTION_CARD_PREFIX + id
}

/** The misconception id behind a review-card key, or `undefined` for any other key. */
export function misconceptionIdFromCardKey(key: string): string | undefined {
  return key.startsWith(MISCONCEPTION_CARD_PREFIX) ? key.slice(MISCONCEPTION_CARD_PREFIX.length) : undefined
}

/** Counts shown before an import replaces progress. */
export interface ProgressCounts {
  readonly quizResults: number
  /** Flashcard schedules (excluding missed-quiz and misconception cards). */
  readonly cards: number
  /** Missed quizzes waiting for review. */
  readonly missedQuizzes: number
  readonly lessons: number
  readonly exams: number
}

/** Counts the entries of a progress state. */
export function progressCounts(state: ProgressState): ProgressCounts {
  const keys = Object.keys(state.cardStates)
  const missed = missedQuizKeys(state).length
  const misconceptionCards = keys.filter((k) => k.startsWith(MISCONCEPTION_CARD_PREFIX)).length
  return {
    quizResults: Object.keys(state.quizResults).length,
    cards: keys.length - missed - misconceptionCards,
    missedQuizzes: missed,
    lessons: Object.keys(state.lessonsCompleted).length,
    exams: state.examHistory.length,
  }
}
