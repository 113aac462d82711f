/**
 * Validation of persisted card schedules (zod), kept apart so that reading schedules does not
 * load the validator.
 *
 * @module
 */
import '@/lib/zod-jitless'
import { z } from 'zod'
import { PHASES } from './card-state'

const finite = z.number().finite()
const nonNegInt = z.number().int().min(0)

/** Zod schema of {@link CardState} (used to validate persisted progress). */
export const cardStateSchema = z
  .object({
    due: finite,
    stability: finite.min(0),
    difficulty: finite.min(0),
    elapsedDays: finite.min(0),
    scheduledDays: finite.min(0),
    learningSteps: nonNegInt,
    reps: nonNegInt,
    lapses: nonNegInt,
    phase: z.enum(PHASES),
    lastReview: finite.nullable(),
  })
  .strict()

