'use client'

import { useLocale, useTranslations } from 'next-intl'
import { flushSync } from 'react-dom'
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import { HOST_IDS } from '@/lib/sim'
import { getVariant } from '@/lib/tcp'
import { cn } from '@/components/ui/cn'
import { HostActions, NotationChoice, PlaybackControls, Disclosure, buttonClass } from './controls'
import { afterNextFrame } from './after-frame'
import { layOutInStep, playMove } from './play-pacing'
import { traceToText } from './describe'
import { scenarioOf, shouldKeepPlaying } from './driver'
import { downloadText, svgMarkup } from './download'
import { formatDuration, rememberTranslations, type Translate } from './format'
import { FateChooser, HostStates, LastEvent } from './live-status'
import { shareUrl } from './share'
import { revealPerFrame } from './reveal'
import { SPEED_MS } from './simulator-store'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import { SimulatorPanels, type Panel } from './simulator-panels'

export { PANELS, type Panel } from './simulator-panels'

let motionQuery: MediaQueryList | null = null
function reducedMotionQuery(): MediaQueryList {
  motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)')
  return motionQuery
}

function subscribeMotion(onChange: () => void) {
  const query = reducedMotionQuery()
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True when the reader asked for reduced motion (false while rendering on the server). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => reducedMotionQuery().matches,
    () => false,
  )
}

/**
 * Lays out the page now, with the step just rendered, while the next frame is not yet due (see
 * layOutInStep): otherwise that frame would lay the step out before it could paint. Traces of the
 * playground playing 1,000 events at the fastest speed had 1.3 ms of layout and 0.5 ms of style in
 * each frame.
 */
function layOutNow(): void {
  document.documentElement.getBoundingClientRect()
}

/**
 * Play (a component of its own, so pressing Play or Pause re-renders only this and the controls):
 * one step per speed interval, and in between, one frame per few segments of a burst still being
 * drawn (all at once for readers who asked for reduced motion). Each step runs right after a frame
 * is drawn (see after-frame.ts) and, if it ends with time to spare, lays its result out in the same
 * task, so the next frame only has to paint it; a step waits for the next frame when this one left
 * too little time (see play-pacing.ts).
 */
function PlayLoop({ reduced }: { reduced: boolean }): null {
  const api = useSimulatorApi()
  const playing = useSimulatorStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let cancel = () => {}
    let last = -Infinity
    let waited = 0
    const tick = (frameStart: number) => {
      const state = api.getState()
      if (!state.playing) return
      const drawing = state.drawnUpTo !== null
      const move = playMove({ drawing, sinceLastStepMs: frameStart - last, speedMs: SPEED_MS[state.speed], elapsedMs: performance.now() - frameStart, waitedFrames: waited })
      if (move === 'step') {
        waited = 0
        if (!drawing) last = frameStart
        const changed = state.playFrame(revealPerFrame(state.speed, reduced))
        // React renders the step in a microtask queued by the store's change; this one runs after it.
        queueMicrotask(() => {
          if (layOutInStep(performance.now() - frameStart)) layOutNow()
        })
        const after = api.getState()
        if (!changed || (after.drawnUpTo === null && !shouldKeepPlaying(after.frame, after.setup))) {
          after.pause()
          return
        }
      } else if (move === 'wait') {
        waited++
      }
      cancel = afterNextFrame(tick)
    }
    cancel = afterNextFrame(tick)
    return () => cancel()
  }, [playing, api, reduced])
  return null
}

/** The whole widget for one store: status, controls, the panels it was asked to show. */
export function SimulatorView({ panels, autoplay = false, title }: { panels: ReadonlySet<Panel>; autoplay?: boolean; title?: string }) {
  const translate = useTranslations('simulator') as unknown as Translate
  const t = useMemo(() => rememberTranslations(translate), [translate])
  const locale = useLocale()
  const api = useSimulatorApi()
  const setup = useSimulatorStore((s) => s.setup)
  const fastest = useSimulatorStore((s) => s.speed === 'max')
  const reduced = useReducedMotion()
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const stepRef = useRef<HTMLButtonElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const [exportAll, setExportAll] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null)

  useEffect(() => {
    if (autoplay && !reduced) api.getState().play()
  }, [autoplay, reduced, api])

  const scenario = scenarioOf(setup)
  const variant = getVariant(setup.variant)
  const hypothetical = variant.hypothetical || (scenario?.hypothetical ?? false)
  const heading = title ?? (scenario ? scenario.title[locale === 'zh' ? 'zh' : 'en'] : t('blankTitle'))
  const description = scenario ? scenario.description[locale === 'zh' ? 'zh' : 'en'] : t('blankDescription')

  const exportTrace = () => {
    const header = [
      t('export.header'),
      t('export.settings', { scenario: scenario ? scenario.id : t('blankTitle'), profile: setup.profile, variant: setup.variant }),
      '',
    ]
    downloadText(`tcp-trace-${scenario?.id ?? 'playground'}.txt`, traceToText(api.getState().frame.sim.trace, t, header), 'text/plain;charset=utf-8')
    setExportOpen(false)
  }
  const exportSvg = () => {
    // Draw every arrow, not only the scrolled-to ones, for the file.
    flushSync(() => setExportAll(true))
    if (svgRef.current) downloadText(`tcp-sequence-${scenario?.id ?? 'playground'}.svg`, svgMarkup(svgRef.current), 'image/svg+xml')
    setExportAll(false)
    setExportOpen(false)
  }
  const doShare = async () => {
    const url = shareUrl(window.location.origin, locale, api.getState().frame.sim, setup.scenarioId)
    let copied = false
    try {
      await navigator.clipboard.writeText(url)
      copied = true
    } catch {
      copied = false
    }
    setShare({ url, copied })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (target.closest('input, select, textarea')) return
    const state = api.getState()
    const key = event.key
    const handled = (() => {
      switch (key) {
        case 's':
        case 'S':
          state.step()
          return true
        case 'b':
        case 'B':
          state.back()
          return true
        case 'p':
        case 'P':
          if (state.playing) state.pause()
          else state.play()
          return true
        case 'r':
        case 'R':
          state.reset()
          return true
        case 'n':
        case 'N':
          state.skip()
          return true
        case 't':
        case 'T':
          state.setNotation(state.notation === 'rfc' ? 'textbook' : 'rfc')
          return true
        case '?':
          setHelpOpen((open) => !open)
          return true
        case 'Escape':
          if (state.selected !== null) state.select(null)
          setHelpOpen(false)
          setExportOpen(false)
          return true
        case '1':
        case '2':
        case '3':
        case '4':
          if (state.selected === null) return false
          state.fate(state.selected, (['deliver', 'drop', 'delay', 'duplicate'] as const)[Number(key) - 1]!)
          stepRef.current?.focus()
          return true
        default:
          return false
      }
    })()
    if (handled) event.preventDefault()
  }

  const regionLabel = t('region', { title: heading })
  return (
    <section
      aria-label={regionLabel}
      onKeyDown={onKeyDown}
      className={cn(
        'not-prose @container my-8 rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-sm sm:p-4 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
        '[--sim-bg:#ffffff] [--sim-fg:#0f172a] [--sim-muted:#64748b] [--sim-pill:#f1f5f9] [--sim-client:#0369a1] [--sim-server:#b45309] [--sim-lost:#b91c1c] [--sim-timer:#6d28d9] [--sim-focus:#0ea5e9]',
        'dark:[--sim-bg:#0f172a] dark:[--sim-fg:#e2e8f0] dark:[--sim-muted:#94a3b8] dark:[--sim-pill:#1e293b] dark:[--sim-client:#38bdf8] dark:[--sim-server:#fbbf24] dark:[--sim-lost:#f87171] dark:[--sim-timer:#a78bfa] dark:[--sim-focus:#38bdf8]',
      )}
    >
      <header className="mb-3">
        <p className="flex flex-wrap items-center gap-2 text-base font-semibold">
          <span>{heading}</span>
          {hypothetical ? (
            <span className="rounded border-2 border-red-700 bg-red-50 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200">
              <span aria-hidden="true">⚠ </span>
              {t('hypothetical')}
            </span>
          ) : null}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{description}</p>
        {setup.keepAliveTimes ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('keepAliveSet', {
              idle: formatDuration(setup.keepAliveTimes.idleMs, t),
              interval: formatDuration(setup.keepAliveTimes.intervalMs, t),
              probes: setup.keepAliveTimes.probes,
            })}
          </p>
        ) : null}
        {hypothetical && variant.hypothetical ? (
          <p className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">{variant.label[locale === 'zh' ? 'zh' : 'en']}</p>
        ) : null}
      </header>

      <PlayLoop reduced={reduced} />
      <HostStates t={t} />

      <div className="flex flex-col gap-3">
        <PlaybackControls t={t} stepRef={stepRef} />
        <div className="flex flex-wrap items-center gap-2">
          <NotationChoice t={t} name={`notation-${uid}`} />
          <span className="flex-1" />
          <button type="button" className={buttonClass} onClick={doShare}>
            {t('share.button')}
          </button>
          <Disclosure label={t('export.button')} open={exportOpen} onToggle={() => setExportOpen((o) => !o)} id={`export-${uid}`}>
            <div className="flex flex-col gap-2">
              <button type="button" className={buttonClass} onClick={exportTrace}>
                {t('export.trace')}
              </button>
              {panels.has('diagram') ? (
                <button type="button" className={buttonClass} onClick={exportSvg}>
                  {t('export.svg')}
                </button>
              ) : null}
            </div>
          </Disclosure>
          <Disclosure label={t('help.button')} open={helpOpen} onToggle={() => setHelpOpen((o) => !o)} id={`help-${uid}`} shortcut="?">
            <HelpList t={t} />
          </Disclosure>
        </div>
        {share ? (
          <div className="rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800">
            <p role="status">{share.copied ? t('share.copied') : t('share.fallback')}</p>
            <input
              readOnly
              aria-label={t('share.field')}
              value={share.url}
              onFocus={(event) => event.currentTarget.select()}
              className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
            />
          </div>
        ) : null}
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
          {HOST_IDS.map((host) => (
            <HostActions key={host} host={host} t={t} />
          ))}
        </div>
      </div>

      <FateChooser t={t} stepRef={stepRef} />
      <LastEvent t={t} labelId={`last-${uid}`} />
      <SimulatorPanels panels={panels} t={t} svgRef={svgRef} exportAll={exportAll} smooth={!reduced && !fastest} />
    </section>
  )
}

function HelpList({ t }: { t: Translate }) {
  const items: Array<[string, string]> = [
    ['S', t('help.step')],
    ['B', t('help.back')],
    ['P', t('help.play')],
    ['R', t('help.reset')],
    ['N', t('help.skip')],
    ['T', t('help.notation')],
    ['1–4', t('help.fates')],
    ['Esc', t('help.cancel')],
    ['?', t('help.help')],
  ]
  return (
    <div>
      <p className="mb-2 font-semibold">{t('help.title')}</p>
      <p className="mb-2 text-slate-600 dark:text-slate-300">{t('help.intro')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {items.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t('help.segments')}</p>
    </div>
  )
}
