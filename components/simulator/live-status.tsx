'use client'

import { memo, useEffect, useRef } from 'react'
import { HOST_IDS, hostState, type Fate } from '@/lib/sim'
import { cn } from '@/components/ui/cn'
import { buttonClass } from './controls'
import { tellSince } from './describe'
import { canStep, onScript, scenarioOf } from './driver'
import { flagsOf, formatDuration, type Translate } from './format'
import { playingAtFastest } from './simulator-store'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import type { ViewModel } from './view-model'

/** Each side's state ("Client state", "Server state") and the simulated clock. */
export const HostStates = memo(function HostStates({ t }: { t: Translate }) {
  const client = useSimulatorStore((s) => hostState(s.frame.sim, 'client'))
  const server = useSimulatorStore((s) => hostState(s.frame.sim, 'server'))
  const time = useSimulatorStore((s) => s.frame.sim.time)
  const states = { client, server }
  return (
    <div className="mb-3 grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-2 text-sm sm:grid-cols-[1fr_auto_1fr] dark:bg-slate-800">
      {HOST_IDS.map((host) => (
        <p key={host} className={cn('flex flex-col', host === 'server' && 'text-right sm:order-3')}>
          <span className="text-xs text-slate-600 dark:text-slate-400">{t(host === 'client' ? 'clientState' : 'serverState')}</span>
          <output
            aria-live="off"
            aria-label={t(host === 'client' ? 'clientState' : 'serverState')}
            className={cn('font-mono text-base font-bold', host === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}
          >
            {states[host] ?? t('hostDown')}
          </output>
        </p>
      ))}
      <p role="timer" aria-label={t('clockLabel')} className="col-span-2 text-center font-mono text-sm tabular-nums sm:order-2 sm:col-span-1 sm:self-center">
        {t('clock', { time: formatDuration(time, t) })}
      </p>
    </div>
  )
})

export const FATES: ReadonlyArray<Fate> = ['deliver', 'drop', 'delay', 'duplicate']

/**
 * The fate choice for the chosen in-flight segment, opened where the learner chose it (`at`, px
 * inside the widget). Closing it hands focus back without scrolling the page.
 */
export function FateChooser({ t, at, onDone, onWhy }: { t: Translate; at: { x: number; y: number }; onDone: (cancelled: boolean) => void; onWhy: (id: number) => void }) {
  const api = useSimulatorApi()
  const selected = useSimulatorStore((s) => s.selected)
  const segment = useSimulatorStore((s) => (s.selected === null ? undefined : s.frame.sim.channel.inFlight.find((x) => x.id === s.selected)))
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus({ preventScroll: true }), [selected])
  if (selected === null || !segment) return null
  const status = t(segment.arriveAt === null ? 'status.held' : 'status.in_flight')
  const choose = (fate: Fate | null) => {
    if (fate) api.getState().fate(selected, fate)
    else api.getState().select(null)
    onDone(fate === null)
  }
  return (
    <div
      role="group"
      aria-label={t('fate.group', { id: selected })}
      style={{ left: `clamp(0.5rem, ${at.x}px - 9rem, 100% - 18.5rem)`, top: at.y + 8 }}
      className="absolute z-30 w-72 max-w-[calc(100%-1rem)] rounded-md border-2 border-sky-500 bg-sky-50 p-3 shadow-lg dark:bg-sky-950"
    >
      <p className="mb-2 text-sm">{t('fate.prompt', { id: selected, flags: flagsOf(segment.segment), direction: t(`direction.${segment.from}`), status })}</p>
      <div className="flex flex-wrap gap-2">
        {FATES.map((fate, i) => (
          <button key={fate} ref={i === 0 ? first : undefined} type="button" className={buttonClass} aria-keyshortcuts={String(i + 1)} onClick={() => choose(fate)}>
            <span aria-hidden="true" className="mr-1.5 font-mono text-xs text-slate-500 dark:text-slate-400">
              {i + 1}
            </span>
            {t(`fate.${fate}`)}
          </button>
        ))}
        <button type="button" className={buttonClass} onClick={() => choose(null)}>
          {t('fate.cancel')}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            api.getState().select(null)
            onWhy(selected)
          }}
        >
          {t('why.fateWhy')}
        </button>
      </div>
    </div>
  )
}

/** "What just happened": the last events in words, told to screen readers as they happen. */
export function LastEvent({ t, labelId, vm, onWhy }: { t: Translate; labelId: string; vm: ViewModel; onWhy: () => void }) {
  const notice = useSimulatorStore((s) => s.notice)
  const frame = useSimulatorStore((s) => s.frame)
  const setup = useSimulatorStore((s) => s.setup)
  // At the fastest speed the words would change every frame, faster than anyone could listen.
  const quiet = useSimulatorStore(playingAtFastest)
  const trace = frame.sim.trace
  const announcement = quiet
    ? t('fastPlaying')
    : !notice
      ? null
      : notice.kind === 'events'
        ? tellSince(trace, notice.from, t, vm.segments)
        : t({ back: 'back', reset: 'resetDone', restored: 'share.restored', invalid: 'share.invalid' }[notice.kind])
  const scenario = scenarioOf(setup)
  const idle = !canStep(frame, setup) && trace.length > 0
  return (
    <div className="mt-3 rounded-md border-l-4 border-sky-600 bg-sky-50 px-3 py-2 text-sm dark:bg-sky-950/40">
      <div className="flex items-center justify-between gap-2">
        <p id={labelId} className="text-xs font-semibold text-slate-600 dark:text-slate-400">
          {t('lastEvent')}
        </p>
        {trace.length > 0 ? (
          <button type="button" aria-keyshortcuts="W" onClick={onWhy} className="rounded px-1.5 text-xs font-semibold text-violet-800 underline decoration-dotted hover:bg-violet-100 dark:text-violet-300 dark:hover:bg-violet-950">
            {t('why.lastButton')}
          </button>
        ) : null}
      </div>
      {/* Two lines are kept free, so the usual one- or two-line account does not move the panels below. */}
      <p role="status" aria-labelledby={labelId} aria-live={quiet ? 'off' : 'polite'} aria-atomic="true" className="min-h-10">
        {announcement ?? (scenario ? t('nothingYet') : t('nothingYetBlank'))}
      </p>
      {scenario !== null && frame.cursor === null ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('offScript')}</p> : null}
      {idle && (!scenario || !onScript(frame, setup)) ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('finished')}</p> : null}
    </div>
  )
}
