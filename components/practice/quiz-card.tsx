'use client'

import { useTranslations } from 'next-intl'
import { useId, useRef, useState, type ReactNode } from 'react'
import { useProgressStore } from '@/components/progress/progress-store'
import { useProgressHydrated } from '@/components/progress/use-progress'
import { ChoiceBody } from './choice-body'
import { OrderBody } from './order-body'
import { PredictBody } from './predict-body'
import type { QuizData } from './quiz-data'
import { focusWithin } from './ui'

export type QuizMode =
  /** Lessons and review: feedback at once, retry allowed, result saved. */
  | 'practice'
  /** Mock exam: one answer, no feedback until the end; the exam saves the results. */
  | 'exam'

/** What a quiz body reports when the learner checks an answer. */
export type Answered = { correct: boolean }

export type QuizBodyProps<Q extends QuizData> = {
  quiz: Q
  attempt: number
  mode: QuizMode
  /** Set once the learner has checked this attempt; the body then shows feedback (practice) or locks (exam). */
  checked: boolean
  /** False until the page is interactive and saved progress is read; inputs stay disabled until then. */
  ready: boolean
  onCheck: (correct: boolean) => void
}

/**
 * One quiz of any kind, with its saved result. In practice mode a wrong answer adds the quiz to
 * the review queue and a right one takes it out (lib/progress `recordQuizResult`). After an answer
 * focus goes to the feedback, unless the page handles answers (`onAnswered`) and places it itself.
 */
export function QuizCard({
  quiz,
  mode = 'practice',
  onAnswered,
  headingLevel = 3,
}: {
  quiz: QuizData
  mode?: QuizMode
  onAnswered?: (answer: Answered) => void
  headingLevel?: 2 | 3
}) {
  const t = useTranslations('practice.quiz')
  const hydrated = useProgressHydrated()
  const saved = useProgressStore((s) => s.quizResults[quiz.id])
  const answerQuiz = useProgressStore((s) => s.answerQuiz)
  const [attempt, setAttempt] = useState(0)
  const [checked, setChecked] = useState(false)
  const headingId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'

  const onCheck = (correct: boolean) => {
    setChecked(true)
    if (mode === 'practice') answerQuiz(quiz.id, correct, Date.now())
    if (onAnswered) onAnswered({ correct })
    else focusWithin(sectionRef.current, 'feedback')
  }
  const retry = () => {
    setAttempt((a) => a + 1)
    setChecked(false)
    focusWithin(sectionRef.current, 'first-control')
  }

  const kindLabel = quiz.kind === 'choice' ? (quiz.multiple ? t('kindMultiple') : t('kindChoice')) : quiz.kind === 'order' ? t('kindOrder') : t('kindPredict')
  let body: ReactNode
  const common = { attempt, mode, checked, onCheck, ready: hydrated }
  if (quiz.kind === 'choice') body = <ChoiceBody key={attempt} quiz={quiz} {...common} />
  else if (quiz.kind === 'order') body = <OrderBody key={attempt} quiz={quiz} {...common} />
  else body = <PredictBody key={attempt} quiz={quiz} {...common} />

  return (
    <section
      ref={sectionRef}
      id={`quiz-${quiz.id}`}
      role="group"
      aria-labelledby={headingId}
      className="not-prose my-6 scroll-mt-24 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-600 dark:bg-slate-800/60"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <Heading id={headingId} className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          {kindLabel}
        </Heading>
        {mode === 'practice' && hydrated && saved ? (
          <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="saved-result">
            {saved.lastCorrect ? (
              <span>
                <span aria-hidden="true">✓ </span>
                {t('savedRight', { attempts: saved.attempts })}
              </span>
            ) : (
              <span>
                <span aria-hidden="true">✗ </span>
                {t('savedWrong', { attempts: saved.attempts })}
              </span>
            )}
          </p>
        ) : null}
      </div>
      {body}
      {checked && mode === 'practice' ? (
        <button
          type="button"
          onClick={retry}
          className="mt-3 rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-700"
        >
          {t('retry')}
        </button>
      ) : null}
    </section>
  )
}
