'use client'

import { useTranslations } from 'next-intl'
import { useMemo, useState } from 'react'
import { choicesForAttempt } from '@/lib/quiz/attempt'
import { gradeChoice } from '@/lib/quiz/grade'
import type { QuizBodyProps } from './quiz-card'
import type { ChoiceQuizData } from './quiz-data'
import { buttonPrimary, FeedbackRegion, Mark, Prose, Verdict } from './ui'

/** Multiple choice: radio buttons for one answer, checkboxes for "select all that apply". */
export function ChoiceBody({ quiz, attempt, mode, checked, onCheck, ready }: QuizBodyProps<ChoiceQuizData>) {
  const t = useTranslations('practice.quiz')
  const choices = useMemo(() => choicesForAttempt(quiz, attempt), [quiz, attempt])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const result = checked ? gradeChoice(quiz, selected) : null
  const name = `${quiz.id}-attempt-${attempt}`

  const toggle = (id: string) => {
    setSelected((prev) => {
      if (!quiz.multiple) return new Set([id])
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (!checked && selected.size > 0) onCheck(gradeChoice(quiz, selected).correct)
      }}
    >
      <fieldset disabled={checked || !ready}>
        <legend className="mb-2 text-base font-medium text-slate-900 dark:text-slate-50">
          {quiz.prompt}
          {quiz.multiple ? <span className="ml-1 text-sm font-normal text-slate-600 dark:text-slate-300">{t('selectAll')}</span> : null}
        </legend>
        <ul className="space-y-2">
          {choices.map((choice) => (
            <li key={choice.id}>
              <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 dark:border-slate-600 dark:bg-slate-900">
                <input
                  type={quiz.multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={choice.id}
                  checked={selected.has(choice.id)}
                  onChange={() => toggle(choice.id)}
                  className="mt-1 size-4 accent-sky-700"
                />
                <span className="text-slate-900 dark:text-slate-100">{choice.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {!checked ? (
        <button type="submit" disabled={!ready || selected.size === 0} className={`${buttonPrimary} mt-3`}>
          {mode === 'exam' ? t('submitAnswer') : t('check')}
        </button>
      ) : null}
      <FeedbackRegion>
        {result && mode === 'exam' ? <p>{t('answerRecorded')}</p> : null}
        {result && mode === 'practice' ? (
          <>
            <Verdict correct={result.correct}>{result.correct ? t('right') : t('wrong')}</Verdict>
            {!result.correct ? (
              <p>
                {t('rightAnswerIs')}{' '}
                {quiz.choices
                  .filter((c) => c.correct)
                  .map((c, i) => (
                    <span key={c.id} className="font-semibold">
                      {i > 0 ? t('listSeparator') : null}
                      {c.label}
                    </span>
                  ))}
              </p>
            ) : null}
            <ul className="space-y-2">
              {choices.map((choice) => {
                const mine = selected.has(choice.id)
                return (
                  <li key={choice.id} className="rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900">
                    <p className="font-medium">
                      <Mark ok={choice.correct} label={choice.correct ? t('isRight') : t('isWrong')} />
                      {mine ? <span className="mr-1 text-xs font-semibold text-slate-600 dark:text-slate-300">{t('yourChoice')}</span> : null}
                      {choice.label}
                    </p>
                    {choice.explanation ? <Prose>{choice.explanation}</Prose> : null}
                  </li>
                )
              })}
            </ul>
            {quiz.explanation ? <Prose>{quiz.explanation}</Prose> : null}
          </>
        ) : null}
      </FeedbackRegion>
    </form>
  )
}
