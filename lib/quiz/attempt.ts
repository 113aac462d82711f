/**
 * Per-attempt presentation order. Each retry shows the options in a new
 * order, reproducible from the quiz id and the attempt number.
 *
 * @module
 */
import { hashString, shuffle } from '@/lib/random'
import type { ChoiceOption, ChoiceQuiz, OrderItem, OrderQuiz } from './types'

export { hashString }

/**
 * Seed for one attempt at one quiz: `hashString(quizId) + attempt`
 * (unsigned 32-bit).
 *
 * @param quizId - The quiz's stable id.
 * @param attempt - 0 for the first attempt, 1 for the first retry, ...
 */
export function attemptSeed(quizId: string, attempt: number): number {
  return (hashString(quizId) + attempt) >>> 0
}

/** The options of a choice quiz in the order to show for `attempt`. */
export function choicesForAttempt<T>(quiz: ChoiceQuiz<T>, attempt: number): ChoiceOption<T>[] {
  return shuffle(quiz.choices, attemptSeed(quiz.id, attempt))
}

/**
 * The items of an order quiz, scrambled for `attempt`. With two or more
 * distinct items the result is never already in the right order (that would
 * give the answer away): if the shuffle happens to be the identity, the
 * list is rotated by one.
 */
export function itemsForAttempt<T>(quiz: OrderQuiz<T>, attempt: number): OrderItem<T>[] {
  const out = shuffle(quiz.items, attemptSeed(quiz.id, attempt))
  if (out.length >= 2 && out.every((item, i) => item.id === quiz.items[i]?.id)) {
    const first = out.shift() as OrderItem<T>
    out.push(first)
  }
  return out
}
