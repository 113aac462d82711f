/**
 * Card schedules as plain JSON and everything that only reads them: due counts, the review
 * queue, calendar days. No FSRS here, so pages that show schedules without changing them stay
 * light; `schedule.ts` computes new schedules.
 *
 * Times are epoch milliseconds (`number`) everywhere; pass `now` in, this
 * module never reads the clock.
 *
 * @module
 */
import type { z } from 'zod'
import type { cardStateSchema } from './card-schema'

/** The progress key of a deck's card: `"<deckId>/<cardId>"`. */
export function cardKey(deckId: string, cardId: string): string {
  return `${deckId}/${cardId}`
}

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

/**
 * A card's schedule as plain JSON (FSRS memory state plus due date).
 * Treat it as opaque; read `due` and `phase` if needed.
 */
export type CardState = z.infer<typeof cardStateSchema>

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
