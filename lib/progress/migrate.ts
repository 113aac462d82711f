/**
 * Migration of persisted progress from older versions, one explicit step
 * per version, plus a repair pass for partly corrupted current data.
 *
 * @module
 */
import '@/lib/zod-jitless'
import { z } from 'zod'
import { cardStateSchema } from '@/lib/flashcards/card-schema'
import { newCardState, PHASES, type CardState } from '@/lib/flashcards/schedule'
import { formatZodIssues, type ValidationIssue } from '@/lib/flashcards/issues'
import { addActivity } from './actions'
import { CURRENT_VERSION, quizCardKey, type ProgressState } from './model'
import { examRecordSchema, lessonCompletionSchema, misconceptionRecordSchema, progressStateSchema, quizResultSchema } from './schemas'

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date')

/**
 * Version 1, the first persisted shape: dates as ISO strings, one result per
 * quiz, raw ts-fsrs cards, no exam history or activity log.
 */
export const progressV1Schema = z.object({
  quizResults: z.record(z.string(), z.object({ correct: z.boolean(), answeredAt: isoDate })),
  cards: z.record(
    z.string(),
    z.object({
      due: isoDate,
      stability: z.number().min(0),
      difficulty: z.number().min(0),
      elapsed_days: z.number().min(0),
      scheduled_days: z.number().min(0),
      learning_steps: z.number().int().min(0).optional(),
      reps: z.number().int().min(0),
      lapses: z.number().int().min(0),
      state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
      last_review: isoDate.nullable().optional(),
    }),
  ),
  lessonsCompleted: z.record(z.string(), isoDate),
})
/** Version 1 progress. */
export type ProgressV1 = z.infer<typeof progressV1Schema>

/** Converts version 1 to version 2. Wrong answers also enter the review queue, as they do in v2. */
export function migrateV1toV2(v1: ProgressV1): ProgressState {
  const state: ProgressState = { quizResults: {}, cardStates: {}, lessonsCompleted: {}, examHistory: [], activity: [], misconceptions: {} }
  const times: number[] = []
  for (const [key, c] of Object.entries(v1.cards)) {
    const lastReview = c.last_review ? Date.parse(c.last_review) : null
    const card: CardState = {
      due: Date.parse(c.due),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsed_days,
      scheduledDays: c.scheduled_days,
      learningSteps: c.learning_steps ?? 0,
      reps: c.reps,
      lapses: c.lapses,
      phase: PHASES[c.state],
      lastReview,
    }
    state.cardStates[key] = card
    if (lastReview !== null) times.push(lastReview)
  }
  for (const [id, r] of Object.entries(v1.quizResults)) {
    const at = Date.parse(r.answeredAt)
    state.quizResults[id] = { attempts: 1, lastCorrect: r.correct, lastAnsweredAt: at, correctEver: r.correct }
    if (!r.correct) state.cardStates[quizCardKey(id)] = newCardState(at)
    times.push(at)
  }
  for (const [slug, at] of Object.entries(v1.lessonsCompleted)) {
    state.lessonsCompleted[slug] = { completedAt: Date.parse(at) }
    times.push(Date.parse(at))
  }
  // Inserted oldest first, so the pruning leaves the window ending at the latest activity.
  state.activity = times.sort((a, b) => a - b).reduce<number[]>((acc, t) => addActivity(acc, t), [])
  return state
}

/** Why stored or imported progress could not be used. */
export type MigrateFailure = 'unknownVersion' | 'newerVersion' | 'invalid'

/** Result of {@link migrate}. */
export type MigrateResult =
  | { readonly ok: true; readonly state: ProgressState }
  | { readonly ok: false; readonly reason: MigrateFailure; readonly issues?: ValidationIssue[] }

/**
 * Brings persisted progress of any known version to {@link CURRENT_VERSION}
 * and validates it. Suitable as zustand persist's `migrate` (which passes
 * the stored state and its version).
 *
 * - version 1: validated against {@link progressV1Schema}, converted.
 * - version 2 (current): validated.
 * - newer: refused (`newerVersion`), never downgraded.
 * - anything else: refused (`unknownVersion`).
 */
export function migrate(persisted: unknown, fromVersion: number): MigrateResult {
  if (fromVersion > CURRENT_VERSION) return { ok: false, reason: 'newerVersion' }
  let data = persisted
  switch (fromVersion) {
    case 1: {
      const v1 = progressV1Schema.safeParse(data)
      if (!v1.success) return { ok: false, reason: 'invalid', issues: formatZodIssues(v1.error.issues) }
      data = migrateV1toV2(v1.data)
      break
    }
    case 2:
      break
    default:
      return { ok: false, reason: 'unknownVersion' }
  }
  const r = progressStateSchema.safeParse(data)
  return r.success ? { ok: true, state: r.data } : { ok: false, reason: 'invalid', issues: formatZodIssues(r.error.issues) }
}

/**
 * Keeps what is valid of damaged current-version data: each quiz result,
 * card, lesson, exam and activity entry is checked on its own and dropped
 * if invalid. Returns `undefined` if `data` is not an object at all.
 */
export function repairProgress(data: unknown): { state: ProgressState; dropped: number } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  const d = data as Record<string, unknown>
  let dropped = 0
  const record = <T>(value: unknown, schema: z.ZodType<T>): Record<string, T> => {
    const out: Record<string, T> = {}
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (value !== undefined) dropped++
      return out
    }
    for (const [k, v] of Object.entries(value)) {
      const r = schema.safeParse(v)
      if (r.success) out[k] = r.data
      else dropped++
    }
    return out
  }
  const list = <T>(value: unknown, schema: z.ZodType<T>): T[] => {
    if (!Array.isArray(value)) {
      if (value !== undefined) dropped++
      return []
    }
    const out: T[] = []
    for (const v of value) {
      const r = schema.safeParse(v)
      if (r.success) out.push(r.data)
      else dropped++
    }
    return out
  }
  const state: ProgressState = {
    quizResults: record(d.quizResults, quizResultSchema),
    cardStates: record(d.cardStates, cardStateSchema),
    lessonsCompleted: record(d.lessonsCompleted, lessonCompletionSchema),
    examHistory: list(d.examHistory, examRecordSchema),
    activity: list(d.activity, z.number().finite()).sort((a, b) => a - b),
    misconceptions: record(d.misconceptions, misconceptionRecordSchema),
  }
  return { state, dropped }
}
