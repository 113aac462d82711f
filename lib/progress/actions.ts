/**
 * Pure state transitions the progress store's actions call. Each returns a
 * new state and leaves its input untouched.
 *
 * @module
 */
import { newCardState, rate, DAY, type Millis, type ReviewRating } from '@/lib/flashcards/schedule'
import { ACTIVITY_KEEP_DAYS, misconceptionCardKey, quizCardKey, type ExamRecord, type ProgressState } from './model'

const SLOT = 15 * 60_000

/**
 * Adds `now` to an activity list: sorted, one entry per 15-minute slot (so
 * day boundaries stay exact in every time zone), older than
 * {@link ACTIVITY_KEEP_DAYS} dropped.
 */
export function addActivity(activity: readonly Millis[], now: Millis): Millis[] {
  const cutoff = now - ACTIVITY_KEEP_DAYS * DAY
  const slot = Math.floor(now / SLOT)
  const kept = activity.filter((t) => t >= cutoff)
  if (kept.some((t) => Math.floor(t / SLOT) === slot)) return kept
  return [...kept, now].sort((a, b) => a - b)
}

/**
 * Records an answer to a quiz. A wrong answer puts the quiz in the review
 * queue as card `"quiz/<id>"`: new and due now, or, if it was already
 * there, rated Again. A right answer takes it out, so missed questions come
 * back until they are answered right.
 */
export function recordQuizResult(state: ProgressState, quizId: string, correct: boolean, now: Millis): ProgressState {
  const prev = state.quizResults[quizId]
  const key = quizCardKey(quizId)
  const cardStates = { ...state.cardStates }
  if (correct) delete cardStates[key]
  else {
    const existing = cardStates[key]
    cardStates[key] = existing ? rate(existing, 'again', now) : newCardState(now)
  }
  return {
    ...state,
    quizResults: {
      ...state.quizResults,
      [quizId]: {
        attempts: (prev?.attempts ?? 0) + 1,
        lastCorrect: correct,
        lastAnsweredAt: now,
        correctEver: (prev?.correctEver ?? false) || correct,
      },
    },
    cardStates,
    activity: addActivity(state.activity, now),
  }
}

/**
 * Rates a flashcard (`"<deckId>/<cardId>"`); a card never seen starts as
 * new. For missed-quiz cards use {@link recordQuizResult} instead: they
 * leave the queue only when the quiz is answered right.
 */
export function reviewCard(state: ProgressState, key: string, rating: ReviewRating, now: Millis): ProgressState {
  const current = state.cardStates[key] ?? newCardState(now)
  return {
    ...state,
    cardStates: { ...state.cardStates, [key]: rate(current, rating, now) },
    activity: addActivity(state.activity, now),
  }
}

/** Marks a lesson complete; the first completion date is kept. */
export function completeLesson(state: ProgressState, slug: string, now: Millis): ProgressState {
  if (state.lessonsCompleted[slug]) return state
  return {
    ...state,
    lessonsCompleted: { ...state.lessonsCompleted, [slug]: { completedAt: now } },
    activity: addActivity(state.activity, now),
  }
}

/**
 * Records misconceptions shown by a wrong answer. Each gets (or keeps) a card
 * `"misconception/<id>"` in the review queue: new and due now, or, if it was
 * already there, rated Again. A fixed misconception shown again is open again.
 */
export function recordMisconceptions(state: ProgressState, ids: readonly string[], now: Millis): ProgressState {
  if (ids.length === 0) return state
  const cardStates = { ...state.cardStates }
  const misconceptions = { ...state.misconceptions }
  for (const id of new Set(ids)) {
    const key = misconceptionCardKey(id)
    const card = cardStates[key]
    cardStates[key] = card ? rate(card, 'again', now) : newCardState(now)
    const prev = misconceptions[id]
    misconceptions[id] = { times: (prev?.times ?? 0) + 1, firstAt: prev?.firstAt ?? now, lastAt: now, fixedAt: null }
  }
  return { ...state, cardStates, misconceptions, activity: addActivity(state.activity, now) }
}

/**
 * A right answer to a misconception's review card: the card leaves the queue
 * and the misconception counts as fixed. Unknown ids change nothing.
 */
export function fixMisconception(state: ProgressState, id: string, now: Millis): ProgressState {
  const prev = state.misconceptions[id]
  if (!prev) return state
  const cardStates = { ...state.cardStates }
  delete cardStates[misconceptionCardKey(id)]
  return {
    ...state,
    cardStates,
    misconceptions: { ...state.misconceptions, [id]: { ...prev, fixedAt: now } },
    activity: addActivity(state.activity, now),
  }
}

/** How many exams are kept (oldest dropped first). */
export const EXAM_HISTORY_LIMIT = 100

/** Appends a finished exam (see `examRecord` in lib/exam). */
export function recordExam(state: ProgressState, record: ExamRecord): ProgressState {
  return {
    ...state,
    examHistory: [...state.examHistory, record].slice(-EXAM_HISTORY_LIMIT),
    activity: addActivity(state.activity, record.at),
  }
}
