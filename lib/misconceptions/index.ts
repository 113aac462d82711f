/**
 * Misconceptions: the catalogue, the pure classifier, and its use on computed problems and
 * predict quizzes.
 *
 * @module
 */
export { MISCONCEPTION_IDS, isMisconceptionId, misconception, type Misconception, type MisconceptionId } from './catalog'
export { classify, classifyAll, type ClassifyInput, type SegmentFacts } from './classify'
export { classifyProblem } from './problem'
export { classifyPredict } from './predict'
