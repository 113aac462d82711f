/**
 * Answer forms and grading of computed problems.
 *
 * @module
 */
import { normalizeStateName, parseSeqNumber } from '../quiz/grade'
import type { AnswerField, Problem, ProblemType } from './types'

const FIELDS: { readonly [T in ProblemType]: ReadonlyArray<AnswerField> } = {
  'handshake-ack': [
    { name: 'synAckAck', kind: 'number' },
    { name: 'thirdAck', kind: 'number' },
  ],
  'data-length': [{ name: 'bytes', kind: 'number' }],
  'next-seq-ack': [
    { name: 'replySeq', kind: 'number' },
    { name: 'replyAck', kind: 'number' },
  ],
  'cumulative-ack': [{ name: 'ack', kind: 'number' }],
  'close-timing': [
    { name: 'clientClosedMs', kind: 'number' },
    { name: 'serverClosedMs', kind: 'number' },
  ],
  'state-after': [
    { name: 'clientState', kind: 'state' },
    { name: 'serverState', kind: 'state' },
  ],
}

/** Pure. The answer fields of a problem type, in the order a form asks them. */
export function answerFields(type: ProblemType): ReadonlyArray<AnswerField> {
  return FIELDS[type]
}

/** Feedback on one answer field. */
export type FieldCheck = {
  readonly name: string
  readonly correct: boolean
  readonly expected: number | string
  /** Normalised given value; `undefined` when blank or not a number. */
  readonly given: number | string | undefined
}

/** Result of {@link checkProblem}. */
export type ProblemCheck = { readonly correct: boolean; readonly fields: ReadonlyArray<FieldCheck> }

/**
 * Pure. Grades a learner's answer (values as typed, keyed by field name) against the
 * engine's answer. Numbers must be exact non-negative integers; states compare as in predicts.
 */
export function checkProblem(problem: Problem, given: Readonly<Record<string, string | undefined>>): ProblemCheck {
  const answer = problem.answer as Readonly<Record<string, number | string>>
  const fields = answerFields(problem.type).map((f): FieldCheck => {
    const expected = answer[f.name] as number | string
    const raw = given[f.name]
    if (f.kind === 'state') {
      const g = raw === undefined || raw.trim() === '' ? undefined : normalizeStateName(raw)
      return { name: f.name, correct: g === expected, expected, given: g }
    }
    const g = parseSeqNumber(raw)
    return { name: f.name, correct: g === expected, expected, given: g }
  })
  return { correct: fields.every((f) => f.correct), fields }
}
