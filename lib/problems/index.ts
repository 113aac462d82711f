/**
 * Computed problems: seeded, bilingual, answered by the engine.
 *
 * @module
 */
export type {
  AnswerField,
  Bilingual,
  CloseTimingProblem,
  CumulativeAckProblem,
  DataLengthProblem,
  HandshakeAckProblem,
  ListedSegment,
  NextSeqAckProblem,
  Problem,
  ProblemType,
  RunSegment,
  StateAfterProblem,
} from './types'
export { PROBLEM_TYPES } from './types'
export { generateProblem, generateProblems } from './generate'
export { answerFields, checkProblem, type FieldCheck, type ProblemCheck } from './check'
