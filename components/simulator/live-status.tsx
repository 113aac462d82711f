'use client'

import { memo, useMemo, type RefObject } from 'react'
import { HOST_IDS, hostState } from '@/lib/sim'
import { cn } from '@/components/ui/cn'
import { FateBar } from './controls'
import { tellSince } from './describe'
import { canStep, onScript, scenarioOf } from './driver'
import { flagsOf, formatDuration, type Translate } from './format'
import { OWN_LAYER } from './own-layer'
import { playingAtFastest } from './simulator-store'
import { useSimulatorStore } from './simulator-store-provider'

/**
 * These parts each read only what they show from the store, so an event re-renders them and not
 * the rest of the widget (its heading, controls and menus).
 */

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
            className={cn('font-mono text-base font-bold', OWN_LAYER, host === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}
          >
            {states[host] ?? t('hostDown')}
          </output>
        </p>
      ))}
      <p role="timer" aria-label={t('clockLabel')} className={cn('col-span-2 text-center font-mono text-sm tabular-nums sm:order-2 sm:col-span-1 sm:self-center', OWN_LAYER)}>
        {t('clock', { time: formatDuration(time, t) })}
      </p>
    </div>
  )
})

/** The segment whose fate is being chosen, and the four fates (see FateBar). */
export const FateChooser = memo(function FateChooser({ t, stepRef }: { t: Translate; stepRef: RefObject<HTMLButtonElement | null> }) {
  const selected = useSimulatorStore((s) => s.selected)
  const segment = useSimulatorStore((s) => (s.selected === null ? undefined : s.frame.sim.channel.inFlight.find((x) => x.id === s.selected)))
  if (selected === null || !segment) return null
  const status = t(segment.arriveAt === null ? 'status.held' : 'status.in_flight')
  return (
    <div className="mt-3">
      <FateBar
        segmentId={selected}
        t={t}
        prompt={t('fate.prompt', { id: selected, flags: flagsOf(segment.segment), direction: t(`direction.${segment.from}`), status })}
        onDone={() => stepRef.current?.focus()}
      />
    </div>
  )
})

/** "What just happened": the last events in words, told to screen readers as they happen. */
export const LastEvent = memo(function LastEvent({ t, labelId }: { t: Translate; labelId: string }) {
  const notice = useSimulatorStore((s) => s.notice)
  const frame = useSimulatorStore((s) => s.frame)
  const trace = frame.sim.trace
  const setup = useSimulatorStore((s) => s.setup)
  // At the fastest speed the words change every frame, faster than anyone could listen to them.
  const quiet = useSimulatorStore(playingAtFastest)
  // Not put into words either while so: a step's sentences took 0.5 ms of every frame to format,
  // for a box that no one can read at sixty changes a second.
  const announcement = useMemo(() => {
    if (quiet) return t('fastPlaying')
    if (!notice) return null
    if (notice.kind === 'events') return tellSince(trace, notice.from, t)
    if (notice.kind === 'back') return t('back')
    if (notice.kind === 'reset') return t('resetDone')
    if (notice.kind === 'restored') return t('share.restored')
    return t('share.invalid')
  }, [quiet, notice, trace, t])
  const scenario = scenarioOf(setup)
  const idle = !canStep(frame, setup) && trace.length > 0
  const offScript = scenario !== null && frame.cursor === null
  const scriptDone = scenario !== null && !onScript(frame, setup)
  return (
    <div className="mt-3 rounded-md border-l-4 border-sky-600 bg-sky-50 px-3 py-2 text-sm dark:bg-sky-950/40">
      <p id={labelId} className="text-xs font-semibold text-slate-600 dark:text-slate-400">
        {t('lastEvent')}
      </p>
      {/* Two lines are kept free, so the usual one- or two-line account does not move the panels below. */}
      <p role="status" aria-labelledby={labelId} aria-live={quiet ? 'off' : 'polite'} aria-atomic="true" className={cn('min-h-10', OWN_LAYER)}>
        {announcement ?? (scenario ? t('nothingYet') : t('nothingYetBlank'))}
      </p>
      {offScript ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('offScript')}</p> : null}
      {idle && (scriptDone || !scenario) ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('finished')}</p> : null}
    </div>
  )
})
