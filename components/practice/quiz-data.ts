import type { ReactNode } from 'react'
import type { ChoiceQuiz, OrderQuiz, PredictQuiz } from '@/lib/quiz'
import type { PredictAnswer } from '@/lib/quiz/predict-answer'

/** Text from MDX: strings and inline elements, rendered on the server and sent as RSC payload. */
export type RichText = ReactNode

type WithExplanation = {
  /** A general explanation shown after answering (`<Explain>` as the last child of the quiz). */
  readonly explanation: RichText | null
}

export type ChoiceQuizData = ChoiceQuiz<RichText> & WithExplanation
export type OrderQuizData = OrderQuiz<RichText> & WithExplanation
export type PredictQuizData = Omit<PredictQuiz<RichText>, 'prompt'> &
  WithExplanation & {
    /** `null`: the widget shows its standard "what happens next?" prompt. */
    readonly prompt: RichText | null
    /** Computed by the engine on the server; plain JSON. */
    readonly answer: PredictAnswer
    /** The playground's recording parameter for the simulation at the pause. */
    readonly sim: string
    readonly scenarioTitle: { readonly en: string; readonly zh: string }
    /** The scenario is a teaching variant that is NOT TCP; the widget must say so. */
    readonly hypothetical: boolean
  }

/** Any quiz, ready for a client widget (serialisable props). */
export type QuizData = ChoiceQuizData | OrderQuizData | PredictQuizData

/** A quiz with the lesson it comes from (exam and review pools). */
export type PooledQuiz = {
  readonly quizId: string
  /** Lesson slug. */
  readonly topic: string
  /** Lesson title in the reader's language. */
  readonly topicTitle: string
  readonly quiz: QuizData
}
