/**
 * Spaced-repetition scheduling with FSRS (ts-fsrs), over plain-JSON card
 * states that can be persisted as they are. Pages load it when a card is
 * rated or its intervals are shown; reading schedules needs only `card-state.ts`.
 *
 * Times are epoch milliseconds (`number`) everywhere; pass `now` in, this
 * module never reads the clock.
 *
 * @module
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type FSRSParameters, type Grade } from 'ts-fsrs'
import { humanInterval, type CardPhase, type CardState, type HumanInterval, type Millis, type ReviewRating } from './card-state'

export * from './card-state'
export { cardStateSchema } from './card-schema'

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

