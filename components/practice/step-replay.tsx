'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { Link } from '@/i18n/navigation'
import type { PredictAnswer } from '@/lib/quiz/predict-answer'
import { segmentText, stateText, stepEventText } from './step-text'
import { buttonPrimary, buttonSecondary } from './ui'

// The full simulator loads only when asked for, restored at the pause from the engine's recording.
const SimulatorWidget = dynamic(() => import('@/components/simulator/simulator').then((m) => m.SimulatorWidget), { ssr: false })

/**
 * A small simulator for one step: both hosts at the pause, a Step button that performs the
 * step, and what the engine did (states after it, segments sent). Everything shown was computed
 * by the engine when the page was built.
 */
export function StepReplay({ answer, sim }: { answer: PredictAnswer; sim: string }) {
  const t = useTranslations('practice.predict')
  const [done, setDone] = useState(false)
  const [full, setFull] = useState(false)
  const states = done ? answer.step.after : answer.step.before
  const hosts = ['client', 'server'] as const

  return (
    <div className="mt-3 rounded-md border border-sky-300 bg-white p-3 dark:border-sky-700 dark:bg-slate-900" role="group" aria-label={t('replayLabel')}>
      <p className="text-sm text-slate-700 dark:text-slate-200">
        {t('stepOf', { step: answer.step.index + 1, total: answer.stepCount })} {stepEventText(answer.step.event, t)}
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-2">
        {hosts.map((host) => (
          <div key={host} className="rounded border border-slate-200 p-2 text-center dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(`hostLabel.${host}`)}</dt>
            <dd className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-50" aria-live="polite">
              {stateText(states[host], t)}
            </dd>
          </div>
        ))}
      </dl>
      <div aria-live="polite" className="mt-2 text-sm text-slate-800 dark:text-slate-100">
        {done ? (
          answer.step.sent.length > 0 ? (
            <ul className="space-y-1">
              {answer.step.sent.map((s, i) => (
                <li key={i}>{t('sent', { host: t(`host.${s.from}`), segment: segmentText(s.segment) })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('sentNothing')}</p>
          )
        ) : null}
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonPrimary} onClick={() => setDone(true)} disabled={done}>
          {t('replayStep')}
        </button>
        <button type="button" className={buttonSecondary} onClick={() => setDone(false)} disabled={!done}>
          {t('replayBack')}
        </button>
        <button type="button" className={buttonSecondary} aria-expanded={full} onClick={() => setFull((f) => !f)}>
          {full ? t('hideFullSimulator') : t('showFullSimulator')}
        </button>
        <Link href={`/playground/?sim=${sim}`} className="self-center text-sm text-sky-800 underline dark:text-sky-300">
          {t('openPlayground')}
        </Link>
      </div>
      {full ? (
        <div className="mt-3">
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-200">{t('fullSimulatorHint')}</p>
          <SimulatorWidget
            scenarioId={answer.before.scenario ?? null}
            profile={answer.before.profile}
            variant={answer.before.variant}
            recording={answer.before}
            panels={new Set(['diagram', 'states'] as const)}
          />
        </div>
      ) : null}
    </div>
  )
}
