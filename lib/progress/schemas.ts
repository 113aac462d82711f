/**
 * Validation of the learner's progress (zod): what stored and imported
 * progress must look like. Only loading and importing progress need it;
 * the types in `model.ts` are inferred from these schemas.
 *
 * @module
 */
import '@/lib/zod-jitless'
import { z } from 'zod'
import { cardStateSchema } from '@/lib/flashcards/card-schema'

/** The largest distance from 1970 a `Date` can hold, in ms (ECMAScript, "Time Values and Time Range"). */
export const MAX_TIME_MS = 8.64e15

// A time no Date can hold would break every page that shows it as a date.
const millis = z.number().refine((t) => Math.abs(t) <= MAX_TIME_MS, 'must be a time within 100 million days of 1970')
const count = z.number().int().min(0)

/** One quiz's record. */
export const quizResultSchema = z.object({
  /** How many times it was answered. */
  attempts: count,
  lastCorrect: z.boolean(),
  /** Epoch ms of the last answer. */
  lastAnsweredAt: millis,
  /** Answered right at least once. */
  correctEver: z.boolean(),
})

/** Score for one topic (lesson slug). */
export const topicScoreSchema = z.object({ correct: count, total: count })

/** One finished mock exam. */
export const examRecordSchema = z.object({
  /** Epoch ms when it finished. */
  at: millis,
  /** Seed that drew the questions (so the same exam can be retaken). */
  seed: z.number().int(),
  score: count,
  total: count,
  /** Keyed by lesson slug. */
  perTopic: z.record(z.string(), topicScoreSchema),
})

/**
 * A misconception the learner has shown (keyed by misconception id). Its review card lives in
 * `cardStates` under `"misconception/<id>"` until a right answer fixes it.
 */
export const misconceptionRecordSchema = z.object({
  /** How many wrong answers showed it. */
  times: count,
  firstAt: millis,
  lastAt: millis,
  /** Epoch ms of the right answer that fixed it; `null` while it is in the review queue. */
  fixedAt: millis.nullable(),
})

/** Completion of a lesson. */
export const lessonCompletionSchema = z.object({ completedAt: millis })

/** Current (version {@link CURRENT_VERSION}) progress. */
export const progressStateSchema = z.object({
  /** Keyed by quiz id. */
  quizResults: z.record(z.string(), quizResultSchema),
  /**
   * Card schedules keyed by `"<deckId>/<cardId>"`, and missed quizzes
   * waiting for review keyed by `"quiz/<quizId>"`.
   */
  cardStates: z.record(z.string(), cardStateSchema.extend({ due: millis, lastReview: millis.nullable() }).strict()),
  /** Keyed by lesson slug. */
  lessonsCompleted: z.record(z.string(), lessonCompletionSchema),
  /** Oldest first. */
  examHistory: z.array(examRecordSchema),
  /**
   * Epoch ms of learning activity (answers, reviews, lessons, exams), sorted,
   * at most one per 15-minute slot, last {@link ACTIVITY_KEEP_DAYS} days. Used
   * for streaks in any time zone.
   */
  activity: z.array(millis),
  /** Keyed by misconception id. Absent in progress saved before it existed, hence the default. */
  misconceptions: z.record(z.string(), misconceptionRecordSchema).default({}),
})
