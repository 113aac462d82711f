'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useId, useMemo, useState } from 'react'
import { PROBLEM_TYPES, type ProblemType } from '@/lib/problems/types'
import { useProgressHydrated } from '@/components/progress/use-progress'
import { loadProblems } from './lazy-modules'
import { buttonPrimary } from './ui'
import { useLoaded } from './use-loaded'

// A problem, and the engine that computes it, load when the learner asks for the first one.
const ComputedProblemCard = dynamic(() => import('./computed-problem-card').then((m) => m.ComputedProblemCard), { ssr: false })

type Choice = ProblemType | 'any'

/** The review page's panel: a fresh computed problem of a chosen type on each New problem. */
export function ComputedPractice() {
  const t = useTranslations('practice.computed')
  const hydrated = useProgressHydrated()
  const selectId = useId()
  const [type, setType] = useState<Choice>('any')
  const [current, setCurrent] = useState<{ n: number; seed: number; type: Choice } | null>(null)

  const next = () => setCurrent((c) => ({ n: (c?.n ?? 0) + 1, seed: (Date.now() + (c?.n ?? 0)) >>> 0, type }))
  const problems = useLoaded(current !== null, loadProblems)
  const problem = useMemo(
    () =>
      current && problems
        ? current.type === 'any'
          ? problems.generateProblems(current.seed, 1)[0]
          : problems.generateProblem(current.type, current.seed)
        : undefined,
    [current, problems],
  )

  return (
    <section id="computed-problems" aria-labelledby={`${selectId}-heading`} className="scroll-mt-24 space-y-3">
      <h2 id={`${selectId}-heading`} className="text-xl font-semibold">
        {t('practiceHeading')}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t('practiceIntro')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium">
            {t('typeLabel')}
          </label>
          <select
            id={selectId}
            value={type}
            onChange={(e) => setType(e.target.value as Choice)}
            className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
          >
            <option value="any">{t('anyType')}</option>
            {PROBLEM_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`type.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonPrimary} onClick={next} disabled={!hydrated}>
          {t('newProblem')}
        </button>
      </div>
      {problem && current ? <ComputedProblemCard key={current.n} id={`practice-${current.n}`} problem={problem} /> : null}
    </section>
  )
}
