'use client'

import { useLocale, useTranslations } from 'next-intl'
import { lazy, Suspense, useId, useState } from 'react'
import { getScenario } from '@/lib/scenarios'
import { PROFILE_IDS, PROFILES, VARIANT_IDS, VARIANTS } from '@/lib/tcp'
import { buttonClass } from '@/components/simulator/controls'
import { selectClass } from './field-class'

const CompareRuns = lazy(() => import('@/components/simulator/compare-runs').then((m) => ({ default: m.CompareRuns })))


/** One side of a comparison: a profile or a variant, grouped. */
function RunSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations('simulator.compare')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  return (
    <label className="text-sm" htmlFor={id}>
      {label}
      <select id={id} className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        <optgroup label={t('profiles')}>
          {PROFILE_IDS.map((p) => (
            <option key={p} value={p}>
              {PROFILES[p].label[locale]}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('variants')}>
          {VARIANT_IDS.map((v) => (
            <option key={v} value={v}>
              {VARIANTS[v].label[locale]}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  )
}

/** The playground's "Compare two runs": the chosen scenario under two profiles or variants, side by side. */
export function CompareSettings({ scenarioId }: { scenarioId: string | null }) {
  const t = useTranslations('simulator.compare')
  const id = useId()
  const scenario = scenarioId ? getScenario(scenarioId) : undefined
  const [runs, setRuns] = useState({ a: 'rfc', b: 'linux' })
  const [open, setOpen] = useState(false)
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{scenario ? t('intro') : t('needsScenario')}</p>
      {scenario ? (
        <div className="mt-2 grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <RunSelect id={`${id}-a`} label={t('runA')} value={runs.a} onChange={(a) => setRuns((r) => ({ ...r, a }))} />
          <RunSelect id={`${id}-b`} label={t('runB')} value={runs.b} onChange={(b) => setRuns((r) => ({ ...r, b }))} />
          <button type="button" className={buttonClass} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('hide') : t('show')}
          </button>
        </div>
      ) : null}
      {open && scenario ? (
        <Suspense fallback={null}>
          <CompareRuns scenario={scenario.id} a={runs.a} b={runs.b} />
        </Suspense>
      ) : null}
    </section>
  )
}
