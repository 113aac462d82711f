'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { itemsForAttempt } from '@/lib/quiz/attempt'
import { gradeOrder } from '@/lib/quiz/grade'
import type { QuizBodyProps } from './quiz-card'
import type { OrderQuizData } from './quiz-data'
import { buttonPrimary, buttonSecondary, FeedbackRegion, Mark, Prose, Verdict } from './ui'

/** Put items in order with Move up / Move down buttons (keyboard and touch alike). */
export function OrderBody({ quiz, attempt, mode, checked, onCheck, ready }: QuizBodyProps<OrderQuizData>) {
  const t = useTranslations('practice.quiz')
  const [order, setOrder] = useState(() => itemsForAttempt(quiz, attempt))
  const buttons = useRef(new Map<string, HTMLButtonElement | null>())
  const result = checked ? gradeOrder(quiz, order.map((i) => i.id)) : null
  const labelOf = new Map(quiz.items.map((i) => [i.id, i.label]))

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const item = order[from]
    if (!item || to < 0 || to >= order.length) return
    flushSync(() =>
      setOrder((prev) => {
        const next = prev.slice()
        next.splice(from, 1)
        next.splice(to, 0, item)
        return next
      }),
    )
    const atEdge = direction === 'up' ? to === 0 : to === order.length - 1
    buttons.current.get(`${item.id}:${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`)?.focus()
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (!checked) onCheck(gradeOrder(quiz, order.map((i) => i.id)).correct)
      }}
    >
      <p className="mb-2 text-base font-medium text-slate-900 dark:text-slate-50">{quiz.prompt}</p>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">{t('orderHint')}</p>
      <ol className="space-y-2" aria-label={t('orderListLabel')}>
        {order.map((item, i) => (
          <li key={item.id} className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <span className="w-6 shrink-0 font-mono text-sm text-slate-500 dark:text-slate-400">{i + 1}.</span>
            <span className="min-w-0 flex-1 text-slate-900 dark:text-slate-100">{item.label}</span>
            {!checked ? (
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${item.id}:up`, el)}
                  onClick={() => move(i, i - 1, 'up')}
                  disabled={!ready || i === 0}
                  className={`${buttonSecondary} min-h-11 min-w-11 px-2`}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">{t('moveUp', { position: i + 1 })}</span>
                </button>
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${item.id}:down`, el)}
                  onClick={() => move(i, i + 1, 'down')}
                  disabled={!ready || i === order.length - 1}
                  className={`${buttonSecondary} min-h-11 min-w-11 px-2`}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">{t('moveDown', { position: i + 1 })}</span>
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {!checked ? (
        <button type="submit" disabled={!ready} className={`${buttonPrimary} mt-3`}>
          {mode === 'exam' ? t('submitAnswer') : t('checkOrder')}
        </button>
      ) : null}
      <FeedbackRegion>
        {result && mode === 'exam' ? <p>{t('answerRecorded')}</p> : null}
        {result && mode === 'practice' ? (
          <>
            <Verdict correct={result.correct}>
              {result.correct ? t('right') : t('orderWrong', { correct: result.correctPositions, total: result.expected.length })}
            </Verdict>
            <p>{t('rightOrderIs')}</p>
            <ol className="list-decimal space-y-1 pl-6">
              {result.perPosition.map((p) => (
                <li key={p.index}>
                  <Mark ok={p.correct} label={p.correct ? t('inPlace') : t('notInPlace')} />
                  {labelOf.get(p.expectedId)}
                  {!p.correct && p.givenId ? (
                    <span className="text-slate-600 dark:text-slate-300">
                      {t('youHadHere')}
                      {labelOf.get(p.givenId)}
                      {t('youHadHereEnd')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
            {quiz.explanation ? <Prose>{quiz.explanation}</Prose> : null}
          </>
        ) : null}
      </FeedbackRegion>
    </form>
  )
}
