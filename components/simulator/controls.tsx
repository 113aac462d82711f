'use client'

import { memo, useEffect, useRef, type ReactNode } from 'react'
import { nextTimerEvent, type HostId } from '@/lib/sim'
import { cn } from '@/components/ui/cn'
import { canSkip, canStep, skipTarget } from './driver'
import { SPEEDS, hostAction, type Speed } from './simulator-store'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import { formatDuration, type Notation, type Translate } from './format'

export const buttonClass =
  'inline-flex min-h-9 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-45 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'
export const primaryClass =
  'inline-flex min-h-9 items-center justify-center rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-45'

/**
 * Where Skip ahead would go ("Client retransmission in 1 s"), that a segment arrives before the
 * next timer (so Skip waits for Step), or null when no timer is running. A string, so what shows
 * it re-renders only when the words change, not on every event.
 */
function useSkipHint(t: Translate): string | null {
  return useSimulatorStore((s) => {
    const sim = s.frame.sim
    const next = nextTimerEvent(sim)
    if (!next) return null
    const words = { host: t(next.host), timer: t(`timers.${next.timer}`), time: formatDuration(next.time - sim.time, t) }
    return skipTarget(sim) ? t('controls.skipHint', words) : t('controls.arrivalFirst', words)
  })
}

function SkipButton({ t }: { t: Translate }) {
  const api = useSimulatorApi()
  const hint = useSkipHint(t)
  const enabled = useSimulatorStore((s) => canSkip(s.frame))
  return (
    <button type="button" className={buttonClass} onClick={() => api.getState().skip()} disabled={!enabled} title={hint ?? t('controls.noTimer')} aria-keyshortcuts="N">
      {t('controls.skip')}
    </button>
  )
}

function SkipHint({ t }: { t: Translate }) {
  const hint = useSkipHint(t)
  return <span className="basis-full text-xs text-slate-600 dark:text-slate-400">{hint ?? t('controls.noTimer')}</span>
}

/**
 * Step, Back, Play/Pause, Reset, speed and Skip ahead. It reads only yes/no answers from the store,
 * so while a simulation plays it re-renders only when a button is enabled or disabled. When Step or
 * Play becomes disabled in the learner's hands, focus moves to Back rather than to the page.
 */
export const PlaybackControls = memo(function PlaybackControls({ t }: { t: Translate }) {
  const api = useSimulatorApi()
  const stepEnabled = useSimulatorStore((s) => canStep(s.frame, s.setup))
  const canBack = useSimulatorStore((s) => s.history.length > 0)
  const playing = useSimulatorStore((s) => s.playing)
  const speed = useSimulatorStore((s) => s.speed)
  const stepRef = useRef<HTMLButtonElement>(null)
  const playRef = useRef<HTMLButtonElement>(null)
  const backRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const active = document.activeElement
    if (!stepEnabled && (active === stepRef.current || active === playRef.current || active === document.body)) backRef.current?.focus({ preventScroll: true })
  }, [stepEnabled, playing])
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button ref={stepRef} type="button" className={primaryClass} onClick={() => api.getState().step()} disabled={!stepEnabled} aria-keyshortcuts="S">
        {t('controls.step')}
      </button>
      <button ref={backRef} type="button" className={buttonClass} onClick={() => api.getState().back()} disabled={!canBack} aria-keyshortcuts="B">
        {t('controls.back')}
      </button>
      <button ref={playRef} type="button" className={buttonClass} onClick={() => (playing ? api.getState().pause() : api.getState().play())} disabled={!playing && !stepEnabled} aria-keyshortcuts="P">
        {t(playing ? 'controls.pause' : 'controls.play')}
      </button>
      <button type="button" className={buttonClass} onClick={() => api.getState().reset()} disabled={!canBack} aria-keyshortcuts="R">
        {t('controls.reset')}
      </button>
      <SkipButton t={t} />
      <label className="inline-flex items-center gap-1.5 text-sm">
        <span>{t('controls.speed')}</span>
        <select
          className="min-h-9 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          value={speed}
          onChange={(event) => api.getState().setSpeed(event.target.value as Speed)}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t(`speeds.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <SkipHint t={t} />
    </div>
  )
})

const CALLS = ['listen', 'connect', 'send', 'close', 'abort', 'crash', 'reboot'] as const

/** One side's user calls and host events, in a group named after the side. */
export const HostActions = memo(function HostActions({ host, t }: { host: HostId; t: Translate }) {
  const api = useSimulatorApi()
  const up = useSimulatorStore((s) => s.frame.sim.hosts[host].up)
  return (
    <div role="group" aria-label={t(host)} className="flex flex-wrap items-center gap-1.5">
      <span aria-hidden="true" className={cn('w-16 shrink-0 text-sm font-semibold', host === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}>
        {t(host)}
      </span>
      {CALLS.map((call) => (
        <button
          key={call}
          type="button"
          className={cn(buttonClass, 'px-2.5')}
          disabled={call === 'reboot' ? up : !up}
          onClick={() => api.getState().act(hostAction(host, call))}
        >
          {t(`actions.${call}`)}
        </button>
      ))}
    </div>
  )
})

/** Textbook or RFC notation. */
export const NotationChoice = memo(function NotationChoice({ t, name }: { t: Translate; name: string }) {
  const api = useSimulatorApi()
  const notation = useSimulatorStore((s) => s.notation)
  return (
    <fieldset className="inline-flex items-center gap-2 text-sm">
      <legend className="sr-only">{t('notation.label')}</legend>
      <span aria-hidden="true">{t('notation.label')}</span>
      {(['textbook', 'rfc'] as const).map((n: Notation) => (
        <label key={n} className="inline-flex items-center gap-1">
          <input type="radio" name={name} value={n} checked={notation === n} onChange={() => api.getState().setNotation(n)} className="accent-sky-700" />
          {t(`notation.${n}`)}
        </label>
      ))}
    </fieldset>
  )
})

/** A small disclosure for the shortcut list and the export menu; its row is the box it opens in, so it stays on screen. */
export function Disclosure({
  label,
  open,
  onToggle,
  id,
  children,
  shortcut,
}: {
  label: string
  open: boolean
  onToggle: () => void
  id: string
  children: ReactNode
  shortcut?: string
}) {
  return (
    <div>
      <button type="button" className={buttonClass} aria-expanded={open} aria-controls={id} onClick={onToggle} aria-keyshortcuts={shortcut}>
        {label}
      </button>
      <div
        id={id}
        hidden={!open}
        className="absolute right-0 z-30 mt-1 w-72 max-w-full rounded-md border border-slate-300 bg-white p-3 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
      >
        {children}
      </div>
    </div>
  )
}
