'use client'

import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { KEEPALIVE_LIMITS, sameKeepAliveTimes } from '@/lib/sim'
import type { KeepAliveTimes } from '@/lib/tcp'

/** What the boxes show when the learner first asks for own times: a 10 s idle, a probe every 5 s, 3 probes. */
const FIRST_TIMES: KeepAliveTimes = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }

type Draft = { readonly idle: string; readonly interval: string; readonly probes: string }

function draftOf(times: KeepAliveTimes): Draft {
  return { idle: String(times.idleMs / 1000), interval: String(times.intervalMs / 1000), probes: String(times.probes) }
}

function whole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null
  const n = Number(text)
  return n >= min && n <= max ? n : null
}

/** The times a draft stands for, or null while one box holds something out of range. */
function timesOfDraft(draft: Draft): KeepAliveTimes | null {
  const { minSeconds, maxSeconds, minProbes, maxProbes } = KEEPALIVE_LIMITS
  const idle = whole(draft.idle, minSeconds, maxSeconds)
  const interval = whole(draft.interval, minSeconds, maxSeconds)
  const probes = whole(draft.probes, minProbes, maxProbes)
  return idle === null || interval === null || probes === null ? null : { idleMs: idle * 1000, intervalMs: interval * 1000, probes }
}

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800'

/**
 * The playground's keep-alive settings: off (the scenario's or profile's times) or own idle time,
 * interval and probe count for every connection, as an application sets them per socket. A change
 * reaches the simulation only when all three boxes hold values in range.
 */
export function KeepAliveSettings({ times, onChange }: { times: KeepAliveTimes | undefined; onChange: (times: KeepAliveTimes | undefined) => void }) {
  const t = useTranslations('simulator.playground')
  const id = useId()
  // The boxes as typed, with the times they were typed against. Times that arrive from outside
  // (a shared link is read after the first render) replace what was typed.
  const [typed, setTyped] = useState<{ draft: Draft; base: KeepAliveTimes | undefined }>(() => ({ draft: draftOf(times ?? FIRST_TIMES), base: times }))
  const draft = sameKeepAliveTimes(typed.base, times) || !times ? typed.draft : draftOf(times)

  const edit = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value }
    const parsed = timesOfDraft(next)
    setTyped({ draft: next, base: parsed ?? times })
    if (parsed) onChange(parsed)
  }
  const toggle = (on: boolean) => onChange(on ? (timesOfDraft(draft) ?? FIRST_TIMES) : undefined)
  const fields: ReadonlyArray<{ field: keyof Draft; label: string; max: number }> = [
    { field: 'idle', label: t('keepAliveIdle'), max: KEEPALIVE_LIMITS.maxSeconds },
    { field: 'interval', label: t('keepAliveInterval'), max: KEEPALIVE_LIMITS.maxSeconds },
    { field: 'probes', label: t('keepAliveProbes'), max: KEEPALIVE_LIMITS.maxProbes },
  ]

  return (
    <div className="sm:col-span-3">
      <label className="flex items-center gap-2 text-sm" htmlFor={`${id}-on`}>
        <input id={`${id}-on`} type="checkbox" checked={times !== undefined} onChange={(e) => toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
        {t('keepAlive')}
      </label>
      {times !== undefined ? (
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {fields.map(({ field, label, max }) => (
            <label key={field} className="text-sm" htmlFor={`${id}-${field}`}>
              {label}
              <input
                id={`${id}-${field}`}
                type="number"
                inputMode="numeric"
                min={1}
                max={max}
                step={1}
                className={inputClass}
                value={draft[field]}
                aria-invalid={whole(draft[field], 1, max) === null}
                onChange={(e) => edit(field, e.target.value)}
              />
            </label>
          ))}
        </div>
      ) : null}
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t('keepAliveHint')}
      </p>
    </div>
  )
}
