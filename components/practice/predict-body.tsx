'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import type { MisconceptionId } from '@/lib/misconceptions/catalog'
import { gradePredict, type PredictGiven } from '@/lib/quiz/grade'
import { useProgressStore } from '@/components/progress/progress-store'
import { MisconceptionNotes } from './misconception-notes'
import type { PredictField } from '@/lib/quiz/types'
import { TCP_STATES } from '@/lib/tcp/types'
import type { QuizBodyProps } from './quiz-card'
import type { PredictQuizData } from './quiz-data'
import { StepReplay } from './step-replay'
import { segmentText, stateText, stepEventText } from './step-text'
import { buttonPrimary, buttonSecondary, FeedbackRegion, FieldFeedback, Prose, Verdict } from './ui'

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'

/** "What happens next?": the learner predicts states and numbers the engine then computes. */
export function PredictBody({ quiz, mode, checked, onCheck, ready }: QuizBodyProps<PredictQuizData>) {
  const t = useTranslations('practice.predict')
  const tq = useTranslations('practice.quiz')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const [given, setGiven] = useState<Record<PredictField, string>>({ clientState: '', serverState: '', seq: '', ack: '' })
  const [replay, setReplay] = useState(false)
  const [shown, setShown] = useState<MisconceptionId[]>([])
  const noteMisconceptions = useProgressStore((s) => s.noteMisconceptions)
  const { answer } = quiz
  const result = checked ? gradePredict(given satisfies PredictGiven, answer.expected) : null
  const fieldId = (f: PredictField) => `${quiz.id}-${f}`
  // As the choice quizzes do, nothing can be checked until something is entered.
  const entered = quiz.ask.some((f) => given[f].trim() !== '')

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (checked || !entered) return
        const correct = gradePredict(given, answer.expected).correct
        // Exams show no feedback until the end, so misconceptions are named in practice only.
        if (!correct && mode === 'practice') {
          // Naming the misconception replays the scenario in the engine; that code loads on a wrong answer.
          const at = Date.now()
          void import('@/lib/misconceptions/predict').then(({ classifyPredict }) => {
            const ids = classifyPredict(answer, given)
            setShown(ids)
            if (ids.length > 0) noteMisconceptions(ids, at)
          })
        }
        onCheck(correct)
      }}
    >
      <p className="mb-2 text-base font-medium text-slate-900 dark:text-slate-50">{quiz.prompt ?? t('defaultPrompt')}</p>
      <div className="mb-3 rounded-md bg-white p-3 text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-100">
        <p>
          <span className="font-semibold">{t('scenario')}</span> {quiz.scenarioTitle[locale]}
          {quiz.hypothetical ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t('hypothetical')}</span> : null}
        </p>
        <p className="mt-1">
          <span className="font-semibold">{t('stepOf', { step: answer.step.index + 1, total: answer.stepCount })}</span> {stepEventText(answer.step.event, t)}
        </p>
        <p className="mt-1">
          {t('nowStates', { client: stateText(answer.step.before.client, t), server: stateText(answer.step.before.server, t) })}
        </p>
      </div>
      <fieldset disabled={checked || !ready} className="grid gap-3 sm:grid-cols-2">
        <legend className="sr-only">{t('legend')}</legend>
        {quiz.ask.map((field) =>
          field === 'clientState' || field === 'serverState' ? (
            <div key={field}>
              <label htmlFor={fieldId(field)} className="text-sm font-medium text-slate-800 dark:text-slate-100">
                {t(`field.${field}`)}
              </label>
              <select
                id={fieldId(field)}
                value={given[field]}
                onChange={(e) => setGiven((g) => ({ ...g, [field]: e.target.value }))}
                className={`${inputClass} text-sm sm:text-base`}
              >
                <option value="">{t('chooseState')}</option>
                {TCP_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stateOption.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div key={field}>
              <label htmlFor={fieldId(field)} className="text-sm font-medium text-slate-800 dark:text-slate-100">
                {t(`field.${field}`)}
              </label>
              <input
                id={fieldId(field)}
                inputMode="numeric"
                autoComplete="off"
                value={given[field]}
                onChange={(e) => setGiven((g) => ({ ...g, [field]: e.target.value }))}
                className={`${inputClass} font-mono`}
              />
            </div>
          ),
        )}
      </fieldset>
      {!checked ? (
        <button type="submit" disabled={!ready || !entered} className={`${buttonPrimary} mt-3`}>
          {mode === 'exam' ? tq('submitAnswer') : t('check')}
        </button>
      ) : null}
      <FeedbackRegion>
        {result && mode === 'exam' ? <p>{tq('answerRecorded')}</p> : null}
        {result && mode === 'practice' ? (
          <>
            <Verdict correct={result.correct}>{result.correct ? tq('right') : tq('wrong')}</Verdict>
            <FieldFeedback
              messages="practice.predict"
              fields={result.fields.map((f) => ({ ...f, key: f.field, name: t(`fieldName.${f.field}`) }))}
            />
            {answer.nextSegment && (quiz.ask.includes('seq') || quiz.ask.includes('ack')) ? (
              <p>{t('nextSegmentWas', { host: t(`host.${answer.nextSegment.from}`), segment: segmentText(answer.nextSegment.segment) })}</p>
            ) : null}
            <MisconceptionNotes ids={shown} queued />
            <p className="text-xs text-slate-600 dark:text-slate-300">{t('computedByEngine')}</p>
            {quiz.explanation ? <Prose>{quiz.explanation}</Prose> : null}
          </>
        ) : null}
      </FeedbackRegion>
      {checked && mode === 'practice' ? (
        <div className="mt-3">
          <button type="button" aria-expanded={replay} className={buttonSecondary} onClick={() => setReplay((r) => !r)}>
            {replay ? t('hideReplay') : t('showReplay')}
          </button>
          {replay ? <StepReplay answer={answer} sim={quiz.sim} /> : null}
        </div>
      ) : null}
    </form>
  )
}
