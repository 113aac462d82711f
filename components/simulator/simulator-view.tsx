'use client'

import { useLocale, useTranslations } from 'next-intl'
import { flushSync } from 'react-dom'
import { lazy, memo, Suspense, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type RefObject } from 'react'
import { createTimelineBuilder, HOST_IDS } from '@/lib/sim'
import { getVariant } from '@/lib/tcp'
import { cn } from '@/components/ui/cn'
import { createArrowWords } from './arrow-words'
import { HostActions, NotationChoice, PlaybackControls, Disclosure, buttonClass } from './controls'
import { traceToText } from './describe'
import { scenarioOf, shouldKeepPlaying } from './driver'
import { formatDuration, type Translate } from './format'
import { FATES, FateChooser, HostStates, LastEvent } from './live-status'
import type { ChoosePoint } from './sequence-diagram'
import { CopyScenario } from './copy-scenario'
import { SharedLinkBox, useLessonLink, useShare, WIDGET_ATTRIBUTE } from './share-link'
import { SPEED_MS, type SimulatorStore, type WhyTarget } from './simulator-store'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import { SimulatorPanels, type Panel } from './simulator-panels'
import { TIME_SCALE, viewModel } from './view-model'

export { PANELS, type Panel } from './simulator-panels'

const HelpList = lazy(() => import('./help').then((m) => ({ default: m.HelpList })))
const WhyPanel = lazy(() => import('./why-panel').then((m) => ({ default: m.WhyPanel })))

function subscribeMotion(onChange: () => void) {
  const query = matchMedia('(prefers-reduced-motion: reduce)')
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True when the reader asked for reduced motion (false while rendering on the server). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeMotion, () => matchMedia('(prefers-reduced-motion: reduce)').matches, () => false)
}

/**
 * Play: one step per speed interval; at the fastest speed one step on every animation frame. More
 * steps per frame drew more arrows and rows in each frame and made frames longer than one vsync.
 */
function usePlayLoop(api: SimulatorStore) {
  const playing = useSimulatorStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let last = -Infinity
    let id = 0
    const tick = (now: number) => {
      const state = api.getState()
      if (now - last >= SPEED_MS[state.speed]) {
        last = now
        const stepped = state.step()
        const after = api.getState()
        if (!stepped || !shouldKeepPlaying(after.frame, after.setup)) return after.pause()
      }
      id = requestAnimationFrame(tick)
    }
    id = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(id)
  }, [playing, api])
}

type LiveProps = { panels: ReadonlySet<Panel>; t: Translate; svgRef: RefObject<SVGSVGElement | null>; exportAll: boolean; section: RefObject<HTMLElement | null> }

/** What changes with every event: the fate choice, the last events in words and the panels, all drawn from one view model. */
const Live = memo(function Live({ panels, t, svgRef, exportAll, section }: LiveProps) {
  const api = useSimulatorApi()
  const sim = useSimulatorStore((s) => s.frame.sim)
  const notation = useSimulatorStore((s) => s.notation)
  const selected = useSimulatorStore((s) => s.selected)
  const fast = useSimulatorStore((s) => s.speed === 'max')
  const reduced = useReducedMotion()
  const timeline = useMemo(() => createTimelineBuilder(TIME_SCALE), [])
  const vm = useMemo(() => viewModel(sim, timeline), [sim, timeline])
  const words = useMemo(() => createArrowWords(t), [t])
  const labelId = `last-${useId()}`
  const [at, setAt] = useState({ x: 0, y: 0 })
  // An arrow of the diagram is an SVG element: both kinds take focus.
  const opener = useRef<HTMLElement | SVGElement | null>(null)
  const why = useSimulatorStore((s) => s.why)
  const remember = () => (opener.current = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null)
  const explain = (target: WhyTarget) => {
    remember()
    api.getState().explain(target, true)
  }
  // A segment still travelling opens its fate choice; one whose fate is settled, the Why panel.
  const choose = (id: number, point: ChoosePoint) => {
    if (!sim.channel.inFlight.some((s) => s.id === id)) return explain({ segment: id })
    const box = section.current?.getBoundingClientRect()
    remember()
    setAt({ x: point.x - (box?.left ?? 0), y: point.y - (box?.top ?? 0) })
    api.getState().select(api.getState().selected === id ? null : id)
  }
  // Cancelled, back to what opened the choice; chosen (the segment is no longer a button), to the widget. Never scrolling the page.
  const done = (cancelled: boolean) => (cancelled && opener.current?.isConnected ? opener.current : section.current)?.focus({ preventScroll: true })
  const closeWhy = () => {
    api.getState().explain(null)
    done(true)
  }
  return (
    <>
      <FateChooser t={t} at={at} onDone={done} onWhy={(id) => explain({ segment: id })} />
      <LastEvent t={t} labelId={labelId} vm={vm} onWhy={() => explain({ last: true })} />
      {why !== null ? (
        <Suspense fallback={null}>
          <WhyPanel t={t} segments={vm.segments} onClose={closeWhy} />
        </Suspense>
      ) : null}
      <SimulatorPanels panels={panels} sim={sim} vm={vm} notation={notation} selected={selected} words={words} onChoose={choose} onWhy={(index) => explain({ index })} t={t} svgRef={svgRef} smooth={!fast && !reduced} exportAll={exportAll} />
    </>
  )
})

function useKeyboard(api: SimulatorStore, toggleHelp: () => void, closeMenus: () => void, section: RefObject<HTMLElement | null>) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).closest('input, select, textarea')) return
    const s = api.getState()
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
    const actions: Record<string, () => void> = {
      s: () => s.step(),
      b: () => s.back(),
      p: () => (s.playing ? s.pause() : s.play()),
      r: () => s.reset(),
      n: () => s.skip(),
      t: () => s.setNotation(s.notation === 'rfc' ? 'textbook' : 'rfc'),
      w: () => s.explain(s.why === null ? { last: true } : null),
      '?': toggleHelp,
      Escape: () => {
        if (s.selected !== null) section.current?.focus({ preventScroll: true })
        s.select(null)
        s.explain(null)
        closeMenus()
      },
    }
    const fate = FATES[Number(key) - 1]
    if (fate && s.selected !== null) {
      s.fate(s.selected, fate)
      section.current?.focus({ preventScroll: true })
    } else if (actions[key]) actions[key]()
    else return
    event.preventDefault()
  }
}

export type SimulatorViewProps = {
  panels: ReadonlySet<Panel>
  autoplay?: boolean
  /** Show the host actions (Listen, Connect, …) and the export tools. */
  actions?: boolean
  /** On a lesson page: Share links back to the lesson, and a lesson link can open a run here. */
  onLesson?: boolean
  title?: string
}

/** The whole widget for one store: heading, state line, controls, and the panels it was asked to show. */
export function SimulatorView({ panels, autoplay = false, actions = false, onLesson = false, title }: SimulatorViewProps) {
  const t = useTranslations('simulator') as unknown as Translate
  const locale = useLocale()
  const lang = locale === 'zh' ? 'zh' : 'en'
  const api = useSimulatorApi()
  const setup = useSimulatorStore((s) => s.setup)
  const reduced = useReducedMotion()
  const uid = useId()
  const section = useRef<HTMLElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const [exportAll, setExportAll] = useState(false)
  const [menu, setMenu] = useState<'help' | 'export' | null>(null)
  const [shared, share] = useShare(api, section, onLesson)
  usePlayLoop(api)
  useLessonLink(api, section, onLesson)
  useEffect(() => {
    if (autoplay && !reduced) api.getState().play()
  }, [autoplay, reduced, api])
  const onKeyDown = useKeyboard(api, () => setMenu((m) => (m === 'help' ? null : 'help')), () => setMenu(null), section)

  const scenario = scenarioOf(setup)
  const variant = getVariant(setup.variant)
  const hypothetical = variant.hypothetical || (scenario?.hypothetical ?? false)
  const heading = title ?? (scenario ? scenario.title[lang] : t('blankTitle'))
  const name = scenario?.id ?? 'playground'

  const exportTrace = async () => {
    const { downloadText } = await import('./download')
    const header = [t('export.header'), t('export.settings', { scenario: scenario ? scenario.id : t('blankTitle'), profile: setup.profile, variant: setup.variant }), '']
    downloadText(`tcp-trace-${name}.txt`, traceToText(api.getState().frame.sim.trace, t, header), 'text/plain;charset=utf-8')
    setMenu(null)
  }
  const exportSvg = async () => {
    const { downloadText, svgMarkup } = await import('./download')
    // The file gets the whole run, not only the part scrolled to.
    flushSync(() => setExportAll(true))
    if (svgRef.current) downloadText(`tcp-sequence-${name}.svg`, svgMarkup(svgRef.current), 'image/svg+xml')
    setExportAll(false)
    setMenu(null)
  }
  return (
    <section
      ref={section}
      tabIndex={-1}
      {...{ [WIDGET_ATTRIBUTE]: '' }}
      aria-label={t('region', { title: heading })}
      onKeyDown={onKeyDown}
      className={cn(
        'not-prose @container relative my-8 scroll-mt-24 rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-sm outline-none sm:p-4 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
        '[--sim-bg:#ffffff] [--sim-fg:#0f172a] [--sim-muted:#64748b] [--sim-pill:#f1f5f9] [--sim-client:#0369a1] [--sim-server:#b45309] [--sim-lost:#b91c1c] [--sim-timer:#6d28d9] [--sim-focus:#0ea5e9]',
        'dark:[--sim-bg:#0f172a] dark:[--sim-fg:#e2e8f0] dark:[--sim-muted:#94a3b8] dark:[--sim-pill:#1e293b] dark:[--sim-client:#38bdf8] dark:[--sim-server:#fbbf24] dark:[--sim-lost:#f87171] dark:[--sim-timer:#a78bfa] dark:[--sim-focus:#38bdf8]',
      )}
    >
      <header className="mb-3">
        <p className="flex flex-wrap items-center gap-2 text-base font-semibold">
          <span>{heading}</span>
          {hypothetical ? (
            <span className="rounded border-2 border-red-700 bg-red-50 px-2 py-0.5 text-xs font-bold tracking-wide text-red-800 uppercase dark:border-red-400 dark:bg-red-950 dark:text-red-200">
              <span aria-hidden="true">⚠ </span>
              {t('hypothetical')}
            </span>
          ) : null}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{scenario ? scenario.description[lang] : t('blankDescription')}</p>
        {setup.keepAliveTimes ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('keepAliveSet', { idle: formatDuration(setup.keepAliveTimes.idleMs, t), interval: formatDuration(setup.keepAliveTimes.intervalMs, t), probes: setup.keepAliveTimes.probes })}
          </p>
        ) : null}
        {setup.delayedAckMs !== undefined ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('delayedAckSet', { value: setup.delayedAckMs === null ? t('delayedAckOff') : formatDuration(setup.delayedAckMs, t) })}
          </p>
        ) : null}
        {variant.hypothetical ? <p className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">{variant.label[lang]}</p> : null}
      </header>

      <HostStates t={t} />
      <div className="flex flex-col gap-3">
        <PlaybackControls t={t} />
        <div className="relative flex flex-wrap items-center gap-2">
          <NotationChoice t={t} name={`notation-${uid}`} />
          <span className="flex-1" />
          <button type="button" className={buttonClass} onClick={share}>
            {t('share.button')}
          </button>
          {actions ? (
            <Disclosure label={t('export.button')} open={menu === 'export'} onToggle={() => setMenu((m) => (m === 'export' ? null : 'export'))} id={`export-${uid}`}>
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
          ) : null}
          <Disclosure label={t('help.button')} open={menu === 'help'} onToggle={() => setMenu((m) => (m === 'help' ? null : 'help'))} id={`help-${uid}`} shortcut="?">
            {menu === 'help' ? (
              <Suspense fallback={null}>
                <HelpList t={t} />
              </Suspense>
            ) : null}
          </Disclosure>
        </div>
        {shared ? <SharedLinkBox shared={shared} t={t} /> : null}
        {actions ? (
          <div className="flex flex-wrap items-center gap-2">
            <CopyScenario api={api} t={t} />
          </div>
        ) : null}
        {actions ? (
          <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
            {HOST_IDS.map((host) => (
              <HostActions key={host} host={host} t={t} />
            ))}
          </div>
        ) : null}
      </div>
      <Live panels={panels} t={t} svgRef={svgRef} exportAll={exportAll} section={section} />
    </section>
  )
}
