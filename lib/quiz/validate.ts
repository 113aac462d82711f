/**
 * Authoring checks for quiz definitions, meant for content tests and dev
 * warnings (not for learners).
 *
 * @module
 */
import type { Quiz } from './types'

/** Machine-readable code for an authoring problem. */
export type QuizProblemCode =
  | 'emptyId'
  | 'duplicateOptionId'
  | 'tooFewOptions'
  | 'noCorrectOption'
  | 'singleChoiceNeedsOneCorrect'
  | 'emptyAsk'
  | 'badPause'

/** One authoring problem. */
export interface QuizProblem {
  readonly quizId: string
  readonly code: QuizProblemCode
  readonly message: string
}

/**
 * Lists what is wrong with a quiz definition (empty when fine): duplicate
 * option ids, a single-answer quiz without exactly one correct option, a
 * predict quiz asking nothing, a negative or fractional pause index, ...
 */
export function quizProblems<T>(quiz: Quiz<T>): QuizProblem[] {
  const problems: QuizProblem[] = []
  const add = (code: QuizProblemCode, message: string) => problems.push({ quizId: quiz.id, code, message })
  if (quiz.id.trim() === '') add('emptyId', 'quiz id is empty')
  const checkIds = (ids: readonly string[], min: number) => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) add('duplicateOptionId', `option id "${id}" appears more than once`)
      seen.add(id)
    }
    if (ids.length < min) add('tooFewOptions', `needs at least ${min} options, has ${ids.length}`)
  }
  switch (quiz.kind) {
    case 'choice': {
      checkIds(quiz.choices.map((c) => c.id), 2)
      const nCorrect = quiz.choices.filter((c) => c.correct).length
      if (nCorrect === 0) add('noCorrectOption', 'no option is marked correct')
      else if (!quiz.multiple && nCorrect !== 1)
        add('singleChoiceNeedsOneCorrect', `single-answer quiz has ${nCorrect} correct options`)
      break
    }
    case 'order':
      checkIds(quiz.items.map((i) => i.id), 2)
      break
    case 'predict': {
      if (quiz.ask.length === 0) add('emptyAsk', 'predict quiz asks for nothing')
      const n = 'beforeStep' in quiz.pause ? quiz.pause.beforeStep : quiz.pause.afterAction
      if (!Number.isInteger(n) || n < 0) add('badPause', `pause index must be a non-negative integer, got ${n}`)
      break
    }
  }
  return problems
}
