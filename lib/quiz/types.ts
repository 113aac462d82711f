/**
 * Quiz definitions, as authored in MDX (one set per language, sharing ids).
 *
 * The text type `T` defaults to `string`; a UI layer may instantiate it with
 * its own rich-text type. Grading never looks at text, only at ids.
 *
 * @module
 */

/** Fields shared by every quiz kind. */
export interface QuizBase<T = string> {
  /** Stable id, identical in every language (progress is keyed by it). */
  readonly id: string
  /** Question shown to the learner. */
  readonly prompt: T
  /** Slug of the lesson the quiz belongs to (exam topics, review links). */
  readonly lesson?: string
}

/** One option of a multiple-choice quiz. */
export interface ChoiceOption<T = string> {
  /** Stable within the quiz. */
  readonly id: string
  readonly label: T
  /** Whether selecting this option is part of the right answer. */
  readonly correct: boolean
  /** Why this option is right or wrong; shown after answering. */
  readonly explanation: T
}

/** Multiple choice with one (`multiple: false`) or several correct options. */
export interface ChoiceQuiz<T = string> extends QuizBase<T> {
  readonly kind: 'choice'
  /** `true`: the learner ticks every correct option; `false`: exactly one. */
  readonly multiple: boolean
  readonly choices: readonly ChoiceOption<T>[]
}

/** What a predict quiz asks about the connection after the paused step. */
export type PredictField = 'clientState' | 'serverState' | 'seq' | 'ack'

/**
 * Where a predict quiz pauses its scenario. Exactly one of the two forms:
 * before step `N` of the scenario's step list (0-based), or after the action
 * at index `N` of the scenario's script (0-based).
 */
export type PredictPause = { readonly beforeStep: number } | { readonly afterAction: number }

/**
 * "What happens next?" The right answer is computed by running the
 * simulator engine on `scenario` up to `pause`; the author writes no key.
 */
export interface PredictQuiz<T = string> extends QuizBase<T> {
  readonly kind: 'predict'
  /** Simulator scenario id. */
  readonly scenario: string
  readonly pause: PredictPause
  /** Which fields the learner must fill in; `seq`/`ack` refer to the next segment. */
  readonly ask: readonly PredictField[]
}

/** One segment (or step) to put in order. */
export interface OrderItem<T = string> {
  readonly id: string
  readonly label: T
}

/** Put the items (e.g. the segments of a handshake) in the right order. */
export interface OrderQuiz<T = string> extends QuizBase<T> {
  readonly kind: 'order'
  /** Items listed in the correct order. */
  readonly items: readonly OrderItem<T>[]
}

/** Any quiz definition; switch on `kind`. */
export type Quiz<T = string> = ChoiceQuiz<T> | PredictQuiz<T> | OrderQuiz<T>

/** The `kind` discriminant of {@link Quiz}. */
export type QuizKind = Quiz['kind']
