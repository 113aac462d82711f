'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'
import { classifyProblem } from '@/lib/misconceptions/problem'
import type { MisconceptionId } from '@/lib/misconceptions/catalog'
import { answerFields, checkProblem, type ProblemCheck } from '@/lib/problems/check'
import type { Problem } from '@/lib/problems/types'
import { TCP_STATES } from '@/lib/tcp/types'
import { useProgressStore } from '@/components/progress/progress-store'
import { useProgressHydrated } from '@/components/progress/use-progress'
import { MisconceptionNotes } from './misconception-notes'
import type { QuizMode } from './quiz-card'
import { buttonPrimary, FeedbackRegion, FieldFeedback, focusWithin, Verdict } from './ui'

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'

/** What a computed problem reports when the learner checks an answer. */
export type ProblemAnswered = { correct: boolean; misconceptions: MisconceptionId[] }

/**
 * One computed problem: the question in the reader's language, a labelled input per answer
 * field, and feedback that names any misconception. In practice mode misconceptions shown
 * enter the review queue at once; in exam mode the exam records them at the end.
 */
export function ComputedProblemCard({
  problem,
  id,
  mode = 'practice',
  headingLevel = 3,
  onAnswered,
}: {
  problem: Problem
  /** Unique on the page; used for the section id and input ids. */
  id: string
  mode?: QuizMode
  headingLevel?: 2 | 3
  onAnswered?: (answer: ProblemAnswered) => void
}) {
  const t = useTranslations('practice.computed')
  const tq = useTranslations('practice.quiz')
  const tp = useTranslations('practice.predict')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const ready = useProgressHydrated()
  const noteMisconceptions = useProgressStore((s) => s.noteMisconceptions)
  const [given, setGiven] = useState<Record<string, string>>({})
  const [result, setResult] = useState<{ check: ProblemCheck; misconceptions: MisconceptionId[] } | null>(null)
  const headingId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const fields = answerFields(problem.type)
  const fieldId = (name: string) => `${id}-${name}`
  // As the choice quizzes do, nothing can be checked until something is entered.
  const entered = Object.values(given).some((v) => v.trim() !== '')

  const submit = () => {
    if (result || !entered) return
    const check = checkProblem(problem, given)
    const misconceptions = check.correct ? [] : classifyProblem(problem, check)
    setResult({ check, misconceptions })
    if (mode === 'practice' && misconceptions.length > 0) noteMisconceptions(misconceptions, Date.now())
    // As a quiz does: focus to the feedback, unless the page handles the answer and places it.
    if (onAnswered) onAnswered({ correct: check.correct, misconceptions })
    else focusWithin(sectionRef.current, 'feedback')
  }

  return (
    <section
      ref={sectionRef}
      id={`problem-${id}`}
      aria-labelledby={headingId}
      className="not-prose my-6 scroll-mt-24 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-600 dark:bg-slate-800/60"
    >
      <Heading id={headingId} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        {t('kind')} · {t(`type.${problem.type}`)}
      </Heading>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <p className="mb-3 whitespace-pre-line text-base text-slate-900 dark:text-slate-50">{problem.question[locale]}</p>
        <fieldset disabled={result !== null || !ready} className="grid gap-3 sm:grid-cols-2">
          <legend className="sr-only">{t('legend')}</legend>
          {fields.map((f) => (
            <div key={f.name}>
              <label htmlFor={fieldId(f.name)} className="text-sm font-medium text-slate-800 dark:text-slate-100">
                {t(`field.${f.name}`)}
              </label>
              {f.kind === 'state' ? (
                <select id={fieldId(f.name)} value={given[f.name] ?? ''} onChange={(e) => setGiven((g) => ({ ...g, [f.name]: e.target.value }))} className={inputClass}>
                  <option value="">{tp('chooseState')}</option>
                  {TCP_STATES.map((s) => (
                    <option key={s} value={s}>
                      {tp(`stateOption.${s}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={fieldId(f.name)}
                  inputMode="numeric"
                  autoComplete="off"
                  value={given[f.name] ?? ''}
                  onChange={(e) => setGiven((g) => ({ ...g, [f.name]: e.target.value }))}
                  className={`${inputClass} font-mono`}
                />
              )}
            </div>
          ))}
        </fieldset>
        {result === null ? (
          <button type="submit" disabled={!ready || !entered} className={`${buttonPrimary} mt-3`}>
            {mode === 'exam' ? tq('submitAnswer') : t('check')}
          </button>
        ) : null}
        <FeedbackRegion>
          {result && mode === 'exam' ? <p>{tq('answerRecorded')}</p> : null}
          {result && mode === 'practice' ? (
            <>
              <Verdict correct={result.check.correct}>{result.check.correct ? tq('right') : tq('wrong')}</Verdict>
              <FieldFeedback
                messages="practice.computed"
                fields={result.check.fields.map((f) => ({ ...f, key: f.name, name: t(`field.${f.name}`) }))}
              />
              <MisconceptionNotes ids={result.misconceptions} queued />
              <p className="text-xs text-slate-600 dark:text-slate-300">{t('computedByEngine')}</p>
            </>
          ) : null}
        </FeedbackRegion>
      </form>
    </section>
  )
}
