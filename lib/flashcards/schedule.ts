/**
 * Spaced-repetition scheduling with FSRS (ts-fsrs), over plain-JSON card
 * states that can be persisted as they are.
 *
 * Times are epoch milliseconds (`number`) everywhere; pass `now` in, this
 * module never reads the clock.
 *
 * @module
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type FSRSParameters, type Grade } from 'ts-fsrs'
import { z } from 'zod'

/** Epoch milliseconds. */
export type Millis = number

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** One day in milliseconds. */
export const DAY = 24 * HOUR

/** The four answer buttons, in button order (keys 1-4). */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const
/** An answer button. */
export type ReviewRating = (typeof RATINGS)[number]

/** Learning phase of a card. */
export const PHASES = ['new', 'learning', 'review', 'relearning'] as const
/** Learning phase of a card. */
export type CardPhase = (typeof PHASES)[number]

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

/**
 * A card's schedule as plain JSON (FSRS memory state plus due date).
 * Treat it as opaque; read `due` and `phase` if needed.
 */
export type CardState = z.infer<typeof cardStateSchema>

/** Sensible defaults: 90 % target retention, short-term learning steps, no fuzz (deterministic). */
export const DEFAULT_SCHEDULER_PARAMS: Partial<FSRSParameters> = {
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
}

/**
 * Creates an FSRS scheduler. Without arguments it uses
 * {@link DEFAULT_SCHEDULER_PARAMS} (FSRS-6 default weights, learning steps
 * 1m/10m, relearning 10m), so nothing has to be set up.
 */
export function createScheduler(params: Partial<FSRSParameters> = {}): FSRS {
  return fsrs({ ...DEFAULT_SCHEDULER_PARAMS, ...params })
}

const defaultScheduler = createScheduler()

const PHASE_OF: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}
const STATE_OF: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning }
const GRADE_OF: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

function fromFsrs(card: FsrsCard): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_OF[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  }
}

function toFsrs(s: CardState): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE_OF[s.phase],
    ...(s.lastReview !== null ? { last_review: new Date(s.lastReview) } : {}),
  }
}

/** A never-reviewed card, due at `now`. */
export function newCardState(now: Millis): CardState {
  return fromFsrs(createEmptyCard(new Date(now)))
}

/**
 * Applies an answer and returns the card's next state (the input is not
 * modified).
 */
export function rate(state: CardState, rating: ReviewRating, now: Millis, scheduler: FSRS = defaultScheduler): CardState {
  return fromFsrs(scheduler.next(toFsrs(state), new Date(now), GRADE_OF[rating]).card)
}

/** Units for a human interval; the UI localises them ("10 min", "3 天"). */
export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year'

/** A rounded, human-sized interval, e.g. `{ value: 10, unit: 'minute' }`. */
export interface HumanInterval {
  readonly value: number
  readonly unit: IntervalUnit
}

/**
 * Rounds a duration to the unit a learner expects: minutes under an hour,
 * hours under a day, days under a month (30 d), months (one decimal) under a
 * year (365 d), then years (one decimal). Never less than 1 minute.
 */
export function humanInterval(ms: number): HumanInterval {
  const round1 = (x: number) => Math.round(x * 10) / 10
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' }
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' }
  if (ms < 30 * DAY) return { value: Math.round(ms / DAY), unit: 'day' }
  if (ms < 365 * DAY) return { value: round1(ms / (30 * DAY)), unit: 'month' }
  return { value: round1(ms / (365 * DAY)), unit: 'year' }
}

/** What one button would do. */
export interface IntervalPreview {
  /** Next due time if this button is pressed now. */
  readonly due: Millis
  readonly interval: HumanInterval
}

/** For each button, the next due time and its interval, to label the buttons. */
export function previewIntervals(
  state: CardState,
  now: Millis,
  scheduler: FSRS = defaultScheduler,
): Record<ReviewRating, IntervalPreview> {
  const preview = scheduler.repeat(toFsrs(state), new Date(now))
  const one = (r: ReviewRating): IntervalPreview => {
    const due = preview[GRADE_OF[r]].card.due.getTime()
    return { due, interval: humanInterval(due - now) }
  }
  return { again: one('again'), hard: one('hard'), good: one('good'), easy: one('easy') }
}

/** Whether the card should be shown now (new cards are due at creation). */
export function isDue(state: CardState, now: Millis): boolean {
  return state.due <= now
}

/** Per-deck counts; the three parts add up to `total`. */
export interface DeckCounts {
  /** Reviewed before and due now. */
  readonly due: number
  /** Never reviewed (no state, or still in the `new` phase). */
  readonly new: number
  /** Reviewed before and not due yet. */
  readonly learned: number
  readonly total: number
}

/**
 * Counts the due, new and learned cards among `keys`.
 *
 * @param keys - Progress keys of the deck's cards (see `deckCardKeys`).
 * @param states - Stored card states by key; missing means new.
 */
export function deckCounts(
  keys: readonly string[],
  states: Readonly<Record<string, CardState | undefined>>,
  now: Millis,
): DeckCounts {
  let due = 0
  let fresh = 0
  let learned = 0
  for (const key of keys) {
    const s = states[key]
    if (s === undefined || s.phase === 'new') fresh++
    else if (isDue(s, now)) due++
    else learned++
  }
  return { due, new: fresh, learned, total: keys.length }
}

/** Options for {@link reviewQueue}. */
export interface ReviewQueueOptions {
  /** At most this many new cards (default: all). */
  readonly newLimit?: number
}

/**
 * The cards to study now, in order: reviewed cards that are due (most
 * overdue first, ties by key order), then new cards in the given order.
 */
export function reviewQueue(
  keys: readonly string[],
  states: Readonly<Record<string, CardState | undefined>>,
  now: Millis,
  options: ReviewQueueOptions = {},
): string[] {
  const due: { key: string; at: number; i: number }[] = []
  const fresh: string[] = []
  keys.forEach((key, i) => {
    const s = states[key]
    if (s === undefined || s.phase === 'new') fresh.push(key)
    else if (isDue(s, now)) due.push({ key, at: s.due, i })
  })
  due.sort((a, b) => a.at - b.at || a.i - b.i)
  return [...due.map((d) => d.key), ...fresh.slice(0, options.newLimit ?? fresh.length)]
}

/**
 * Index of the local calendar day containing `at` (days since 1970-01-01 in
 * local time).
 *
 * @param tzOffsetMinutes - Like `Date#getTimezoneOffset()`: minutes to add
 *   to local time to get UTC (UTC+8 is `-480`). Default `0` (UTC). A single
 *   offset is used for all dates, so a DST change can shift a boundary by
 *   an hour; acceptable for streaks and charts.
 */
export function localDay(at: Millis, tzOffsetMinutes = 0): number {
  return Math.floor((at - tzOffsetMinutes * MINUTE) / DAY)
}

/**
 * How many reviewed cards fall due on each of the next `days` local days.
 * Index 0 is today and includes overdue cards; new cards are not counted
 * (they are not scheduled yet).
 */
export function dueForecast(
  states: Iterable<CardState>,
  now: Millis,
  days: number,
  tzOffsetMinutes = 0,
): number[] {
  const counts = Array.from({ length: Math.max(0, days) }, () => 0)
  const today = localDay(now, tzOffsetMinutes)
  for (const s of states) {
    if (s.phase === 'new') continue
    const d = Math.max(0, localDay(s.due, tzOffsetMinutes) - today)
    if (d < counts.length) counts[d] = (counts[d] ?? 0) + 1
  }
  return counts
}
