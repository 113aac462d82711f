'use client'

import { useFormatter, useLocale, useTranslations } from 'next-intl'
import { useMemo } from 'react'
import { DAY, dueForecast } from '@/lib/flashcards/card-state'
import { isMisconceptionId, misconception } from '@/lib/misconceptions/catalog'
import { lessonProgress, quizzesRight, streak } from '@/lib/progress/stats'
import { Link } from '@/i18n/navigation'
import { useProgressStore } from './progress-store'
import { browserTimeZone, useNow, useProgressHydrated } from './use-progress'

export type LessonQuizzes = { slug: string; title: string; quizIds: readonly string[] }

const FORECAST_DAYS = 14

/** Per-lesson progress bars, the streak, cards due in the coming days and past exams. */
export function ProgressOverview({ lessons }: { lessons: readonly LessonQuizzes[] }) {
  const t = useTranslations('practice.progress')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const format = useFormatter()
  const hydrated = useProgressHydrated()
  const now = useNow()
  const state = useProgressStore()
  const tz = now > 0 ? new Date(now).getTimezoneOffset() : 0
  const forecast = useMemo(() => dueForecast(Object.values(state.cardStates), now, FORECAST_DAYS, tz), [state.cardStates, now, tz])

  if (!hydrated || now === 0) return <p className="text-slate-600 dark:text-slate-300">{t('loading')}</p>

  const days = streak(state, now, tz)
  const max = Math.max(1, ...forecast)
  const exams = state.examHistory.slice(-5).reverse()
  const shown = Object.entries(state.misconceptions)
    .filter(([id]) => isMisconceptionId(id))
    .sort(([, a], [, b]) => b.lastAt - a.lastAt)

  return (
    <div className="space-y-8">
      <section aria-labelledby="progress-lessons" className="space-y-3">
        <h2 id="progress-lessons" className="text-xl font-semibold">{t('lessonsHeading')}</h2>
        <ul className="space-y-3">
          {lessons.map((lesson) => {
            const share = lessonProgress(state, lesson.quizIds)
            const done = quizzesRight(state, lesson.quizIds)
            const label = t('lessonBar', { done, total: lesson.quizIds.length })
            return (
              <li key={lesson.slug}>
                <div className="flex flex-wrap justify-between gap-2 text-sm">
                  <span>
                    <Link href={`/lessons/${lesson.slug}/`} className="font-medium text-sky-800 underline dark:text-sky-300">
                      {lesson.title}
                    </Link>
                    {state.lessonsCompleted[lesson.slug] ? (
                      <span className="ml-2 text-emerald-800 dark:text-emerald-300">
                        <span aria-hidden="true">✓ </span>
                        {t('completedBadge')}
                      </span>
                    ) : null}
                  </span>
                  <span>{lesson.quizIds.length > 0 ? label : t('noQuizzes')}</span>
                </div>
                <div
                  role="progressbar"
                  aria-label={lesson.title}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(share * 100)}
                  aria-valuetext={label}
                  className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                >
                  <div className="h-full rounded-full bg-sky-700 dark:bg-sky-500" style={{ width: `${share * 100}%` }} />
                </div>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="progress-streak">
        <h2 id="progress-streak" className="text-xl font-semibold">{t('streakHeading')}</h2>
        <p className="mt-1 text-lg">{t('streak', { days })}</p>
      </section>

      <section aria-labelledby="progress-forecast" className="space-y-2">
        <h2 id="progress-forecast" className="text-xl font-semibold">{t('forecastHeading')}</h2>
        <figure>
          <div aria-hidden="true" className="flex h-32 items-end gap-1 border-b border-slate-400 dark:border-slate-500">
            {forecast.map((n, i) => (
              <div key={i} className="flex flex-1 flex-col items-center justify-end gap-0.5">
                <span className="text-[10px] tabular-nums text-slate-700 dark:text-slate-200">{n > 0 ? n : ''}</span>
                <div className="w-full rounded-t bg-sky-700 dark:bg-sky-500" style={{ height: `${(n / max) * 96}px` }} />
              </div>
            ))}
          </div>
          <div aria-hidden="true" className="mt-1 flex gap-1 text-[10px] text-slate-600 dark:text-slate-300">
            {forecast.map((_, i) => (
              <span key={i} className="flex-1 whitespace-nowrap text-center">
                {i === 0 ? t('today') : i % 2 === 0 ? format.dateTime(new Date(now + i * DAY), { month: 'numeric', day: 'numeric', timeZone: browserTimeZone() }) : ''}
              </span>
            ))}
          </div>
          <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-200">
            {t('forecastCaption', { total: forecast.reduce((a, b) => a + b, 0), days: FORECAST_DAYS })}
          </figcaption>
        </figure>
        <table className="sr-only">
          <caption>{t('forecastHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              <th scope="col">{t('cardsDue')}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((n, i) => (
              <tr key={i}>
                <th scope="row">{i === 0 ? t('today') : format.dateTime(new Date(now + i * DAY), { dateStyle: 'medium', timeZone: browserTimeZone() })}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="progress-misconceptions" className="space-y-2">
        <h2 id="progress-misconceptions" className="text-xl font-semibold">{t('misconceptionsHeading')}</h2>
        {shown.length === 0 ? (
          <p>{t('noMisconceptions')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">{t('misconceptionsCaption')}</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="py-1 pr-3">{t('misconception')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('times')}</th>
                  <th scope="col" className="px-2 py-1">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(([id, record]) => (
                  <tr key={id} className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="row" className="py-1 pr-3 font-medium">{isMisconceptionId(id) ? misconception(id).name[locale] : id}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{record.times}</td>
                    <td className="px-2 py-1">
                      {record.fixedAt !== null ? (
                        <span className="text-emerald-800 dark:text-emerald-300">
                          <span aria-hidden="true">✓ </span>
                          {t('fixed')}
                        </span>
                      ) : (
                        <span className="text-rose-800 dark:text-rose-300">
                          <span aria-hidden="true">✗ </span>
                          {t('notFixed')}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="progress-exams" className="space-y-2">
        <h2 id="progress-exams" className="text-xl font-semibold">{t('examsHeading')}</h2>
        {exams.length === 0 ? (
          <p>{t('noExams')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {exams.map((e) => (
              <li key={e.at}>
                {t('examLine', { date: format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'short', timeZone: browserTimeZone() }), score: e.score, total: e.total })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
