/**
 * Grading. Every function is pure and returns a plain result value that the
 * UI renders as feedback ("the right answer is X, because ...").
 *
 * @module
 */
import type { ChoiceQuiz, OrderQuiz, PredictField } from './types'

/** Per-option feedback for a choice quiz. */
export interface ChoiceFeedback<T = string> {
  readonly id: string
  /** The learner ticked this option. */
  readonly selected: boolean
  /** The option is part of the right answer. */
  readonly correct: boolean
  /** The learner's decision on this option was right (`selected === correct`). */
  readonly ok: boolean
  readonly explanation: T
}

/** Result of {@link gradeChoice}. */
export interface ChoiceResult<T = string> {
  readonly kind: 'choice'
  readonly correct: boolean
  /** Ids of the correct options, in authored order. */
  readonly expected: readonly string[]
  /** Ids the learner selected (deduplicated, unknown ids dropped), in authored order. */
  readonly given: readonly string[]
  /** One entry per option, in authored order. */
  readonly perChoice: readonly ChoiceFeedback<T>[]
}

/**
 * Grades a multiple-choice answer. The answer is right when the selected set
 * equals the set of correct options exactly; for a single-answer quiz
 * (`multiple: false`) selecting more than one option is therefore wrong.
 *
 * @param quiz - The quiz definition.
 * @param selectedIds - Ids of the options the learner selected, any order.
 */
export function gradeChoice<T>(quiz: ChoiceQuiz<T>, selectedIds: Iterable<string>): ChoiceResult<T> {
  const selected = new Set(selectedIds)
  const perChoice = quiz.choices.map((c) => {
    const isSelected = selected.has(c.id)
    return { id: c.id, selected: isSelected, correct: c.correct, ok: isSelected === c.correct, explanation: c.explanation }
  })
  const expected = quiz.choices.filter((c) => c.correct).map((c) => c.id)
  const given = perChoice.filter((c) => c.selected).map((c) => c.id)
  const correct = perChoice.every((c) => c.ok) && given.length > 0 && (quiz.multiple || given.length === 1)
  return { kind: 'choice', correct, expected, given, perChoice }
}

/** Per-position feedback for an order quiz. */
export interface OrderPosition {
  readonly index: number
  readonly expectedId: string
  /** `undefined` when the learner's list is shorter. */
  readonly givenId: string | undefined
  readonly correct: boolean
}

/** Result of {@link gradeOrder}. */
export interface OrderResult {
  readonly kind: 'order'
  readonly correct: boolean
  /** Item ids in the right order. */
  readonly expected: readonly string[]
  readonly given: readonly string[]
  /** One entry per expected position. */
  readonly perPosition: readonly OrderPosition[]
  /** How many positions hold the right item (for "3 of 5 in place"). */
  readonly correctPositions: number
}

/**
 * Grades an ordering. Right when `givenIds` is exactly the authored order.
 *
 * @param quiz - The quiz; its `items` are in the right order.
 * @param givenIds - Item ids in the order the learner arranged them.
 */
export function gradeOrder<T>(quiz: OrderQuiz<T>, givenIds: readonly string[]): OrderResult {
  const expected = quiz.items.map((i) => i.id)
  const perPosition = expected.map((expectedId, index) => {
    const givenId = givenIds[index]
    return { index, expectedId, givenId, correct: givenId === expectedId }
  })
  const correctPositions = perPosition.filter((p) => p.correct).length
  const correct = givenIds.length === expected.length && correctPositions === expected.length
  return { kind: 'order', correct, expected, given: [...givenIds], perPosition, correctPositions }
}

/**
 * The right answer to a predict quiz, computed by running the simulator
 * engine up to the pause. Only the fields present are graded.
 */
export interface PredictExpected {
  /** TCP state name of the client, e.g. `'SYN-SENT'`. */
  readonly clientState?: string
  readonly serverState?: string
  /** Sequence number of the next segment. */
  readonly seq?: number
  /** Acknowledgment number of the next segment. */
  readonly ack?: number
}

/**
 * The learner's prediction. Numbers may arrive as strings straight from an
 * input; empty or missing values count as unanswered.
 */
export interface PredictGiven {
  readonly clientState?: string | null
  readonly serverState?: string | null
  readonly seq?: number | string | null
  readonly ack?: number | string | null
}

/** Feedback for one predicted field. */
export interface PredictFieldResult {
  readonly field: PredictField
  readonly correct: boolean
  readonly expected: string | number
  /** Normalised given value; `undefined` when unanswered or not a number. */
  readonly given: string | number | undefined
}

/** Result of {@link gradePredict}. */
export interface PredictResult {
  readonly kind: 'predict'
  /** Every graded field is right (and at least one field was graded). */
  readonly correct: boolean
  readonly expected: PredictExpected
  readonly given: PredictGiven
  /** One entry per field present in `expected`, in the order clientState, serverState, seq, ack. */
  readonly fields: readonly PredictFieldResult[]
}

const PREDICT_FIELDS: readonly PredictField[] = ['clientState', 'serverState', 'seq', 'ack']

/**
 * Normalises a TCP state name for comparison: case-insensitive, and
 * `-`, `_` and spaces are equivalent (`syn sent` = `SYN_SENT` = `SYN-SENT`).
 * Returns the canonical hyphenated upper-case form (RFC 9293 spelling).
 */
export function normalizeStateName(name: string): string {
  return name.trim().toUpperCase().replace(/[\s_-]+/g, '-')
}

/**
 * Parses a sequence/acknowledgment number typed by the learner: a
 * non-negative integer (no sign, no decimals), at most 2^32 - 1.
 * Returns `undefined` for anything else.
 */
export function parseSeqNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? value : undefined
  }
  const t = value.trim()
  if (!/^\d{1,10}$/.test(t)) return undefined
  const n = Number(t)
  return n <= 0xffffffff ? n : undefined
}

/**
 * Grades a prediction against the engine-computed answer. State names are
 * compared with {@link normalizeStateName}; seq/ack as exact integers.
 * Fields absent from `expected` are ignored; an `expected` with no fields
 * grades as wrong (a misconfigured quiz must not hand out credit).
 */
export function gradePredict(given: PredictGiven, expected: PredictExpected): PredictResult {
  const fields: PredictFieldResult[] = []
  for (const field of PREDICT_FIELDS) {
    const exp = expected[field]
    if (exp === undefined) continue
    if (field === 'clientState' || field === 'serverState') {
      const raw = given[field]
      const g = raw === null || raw === undefined || raw.trim() === '' ? undefined : normalizeStateName(raw)
      const e = normalizeStateName(String(exp))
      fields.push({ field, correct: g === e, expected: e, given: g })
    } else {
      const g = parseSeqNumber(given[field])
      fields.push({ field, correct: g === exp, expected: exp, given: g })
    }
  }
  const correct = fields.length > 0 && fields.every((f) => f.correct)
  return { kind: 'predict', correct, expected, given, fields }
}

/** Any grading result; switch on `kind`. */
export type GradeResult<T = string> = ChoiceResult<T> | OrderResult | PredictResult
