'use client'

import { useLocale, useTranslations } from 'next-intl'
import { flushSync } from 'react-dom'
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react'
import { hostState, type HostId, type SimState, type TraceEntry } from '@/lib/sim'
import type { TcpState } from '@/lib/tcp'
import { getVariant } from '@/lib/tcp'
import { cn } from '@/components/ui/cn'
import { FateBar, HostActions, NotationChoice, PlaybackControls, Disclosure, buttonClass } from './controls'
import { describeSince, indexSegments, traceToText } from './describe'
import { HEIGHT_STEP, createDiagramLayouter, initialStates } from './diagram-layout'
import { canStep, onScript, scenarioOf, shouldKeepPlaying } from './driver'
import { downloadText, svgMarkup } from './download'
import { flagsOf, formatDuration, rememberTranslations, type Translate } from './format'
import { SegmentTable } from './segment-table'
import { createArrowWords } from './arrow-words'
import { SequenceDiagram } from './sequence-diagram'
import { shareUrl } from './share'
import { REVEAL_PER_FRAME } from './reveal'
import { SPEED_MS } from './simulator-store'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import { StateDiagram, type HostPosition } from './state-diagram'
import { TcbPanel } from './tcb-panel'

/** Panels a simulator can show. */
export type Panel = 'diagram' | 'states' | 'tcb' | 'table'
export const PANELS: ReadonlyArray<Panel> = ['diagram', 'states', 'tcb', 'table']

const HOSTS: ReadonlyArray<HostId> = ['client', 'server']

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

function lastChange(trace: ReadonlyArray<TraceEntry>, host: HostId): { from: TcpState; to: TcpState } | null {
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]!
    if (e.type === 'state_change' && e.host === host) return { from: e.from, to: e.to }
  }
  return null
}

/**
 * Each side's state and last transition, as the same object until one of them changes, so the
 * state diagram is not drawn again for events that change no state.
 */
function useStatePositions(sim: SimState): Record<HostId, HostPosition> {
  const clientState = hostState(sim, 'client')
  const serverState = hostState(sim, 'server')
  const clientLast = lastChange(sim.trace, 'client')
  const serverLast = lastChange(sim.trace, 'server')
  const [clientFrom, clientTo, serverFrom, serverTo] = [clientLast?.from, clientLast?.to, serverLast?.from, serverLast?.to]
  return useMemo(
    () => ({
      client: { state: clientState, last: clientFrom && clientTo ? { from: clientFrom, to: clientTo } : null },
      server: { state: serverState, last: serverFrom && serverTo ? { from: serverFrom, to: serverTo } : null },
    }),
    [clientState, clientFrom, clientTo, serverState, serverFrom, serverTo],
  )
}

/**
 * Play: one step per speed interval, and in between, one animation frame per few segments of a
 * burst still being drawn (all at once for readers who asked for reduced motion).
 */
function usePlayLoop(reduced: boolean) {
  const api = useSimulatorApi()
  const playing = useSimulatorStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let raf = 0
    let last = -Infinity
    const tick = (now: number) => {
      const state = api.getState()
      if (!state.playing) return
      const drawing = state.drawnUpTo !== null
      if (drawing || now - last >= SPEED_MS[state.speed]) {
        if (!drawing) last = now
        const changed = state.playFrame(reduced ? Infinity : REVEAL_PER_FRAME)
        const after = api.getState()
        if (!changed || (after.drawnUpTo === null && !shouldKeepPlaying(after.frame, after.setup))) {
          after.pause()
          return
        }
      }
      raf = requestAnimationFrame(tick)
    }
    raf = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(raf)
  }, [playing, api, reduced])
}

/** The whole widget for one store: status, controls, the panels it was asked to show. */
export function SimulatorView({ panels, autoplay = false, title }: { panels: ReadonlySet<Panel>; autoplay?: boolean; title?: string }) {
  const translate = useTranslations('simulator') as unknown as Translate
  const t = useMemo(() => rememberTranslations(translate), [translate])
  const locale = useLocale()
  const api = useSimulatorApi()
  const setup = useSimulatorStore((s) => s.setup)
  const frame = useSimulatorStore((s) => s.frame)
  const notation = useSimulatorStore((s) => s.notation)
  const selected = useSimulatorStore((s) => s.selected)
  const notice = useSimulatorStore((s) => s.notice)
  const playing = useSimulatorStore((s) => s.playing)
  const speed = useSimulatorStore((s) => s.speed)
  const reduced = useReducedMotion()
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const stepRef = useRef<HTMLButtonElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  // The drawing's width: the diagram box's inside, without its border and scrollbar.
  const [width, setWidth] = useState(640)
  const [exportAll, setExportAll] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null)
  const drawnUpTo = useSimulatorStore((s) => s.drawnUpTo)
  usePlayLoop(reduced)

  useEffect(() => {
    if (autoplay && !reduced) api.getState().play()
  }, [autoplay, reduced, api])

  const sim: SimState = frame.sim
  const scenario = scenarioOf(setup)
  const variant = getVariant(setup.variant)
  const hypothetical = variant.hypothetical || (scenario?.hypothetical ?? false)
  const heading = title ?? (scenario ? scenario.title[locale === 'zh' ? 'zh' : 'en'] : t('blankTitle'))
  const description = scenario ? scenario.description[locale === 'zh' ? 'zh' : 'en'] : t('blankDescription')

  const drawn = useMemo(() => (drawnUpTo === null ? sim : { ...sim, trace: sim.trace.slice(0, drawnUpTo) }), [sim, drawnUpTo])
  // One layouter per widget: it reads only the events added since the last layout.
  const [layouter] = useState(createDiagramLayouter)
  const layout = useMemo(() => layouter(drawn, width), [layouter, drawn, width])
  const index = useMemo(() => indexSegments(sim.trace), [sim.trace])
  const words = useMemo(() => createArrowWords(t), [t])

  const clock = t('clock', { time: formatDuration(sim.time, t) })
  const initial = useMemo(() => initialStates(sim), [sim])
  const positions = useStatePositions(sim)

  const announcement = useMemo(() => {
    if (!notice) return null
    if (notice.kind === 'events') return describeSince(sim.trace, notice.from, t).join('. ')
    if (notice.kind === 'back') return t('back')
    if (notice.kind === 'reset') return t('resetDone')
    if (notice.kind === 'restored') return t('share.restored')
    return t('share.invalid')
  }, [notice, sim.trace, t])
  const idle = !canStep(frame, setup) && sim.trace.length > 0
  const offScript = scenario !== null && frame.cursor === null
  const scriptDone = scenario !== null && !onScript(frame, setup)

  const choose = useCallback((id: number) => api.getState().select(api.getState().selected === id ? null : id), [api])
  const selectedArrow = selected === null ? null : layout.arrows.find((a) => a.id === selected)
  const selectedSent = selected === null ? undefined : index.get(selected)

  const exportTrace = () => {
    const header = [
      t('export.header'),
      t('export.settings', { scenario: scenario ? scenario.id : t('blankTitle'), profile: setup.profile, variant: setup.variant }),
      '',
    ]
    downloadText(`tcp-trace-${scenario?.id ?? 'playground'}.txt`, traceToText(sim.trace, t, header), 'text/plain;charset=utf-8')
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
    const url = shareUrl(window.location.origin, locale, sim, setup.scenarioId)
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
        {hypothetical && variant.hypothetical ? (
          <p className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">{variant.label[locale === 'zh' ? 'zh' : 'en']}</p>
        ) : null}
      </header>

      <div className="mb-3 grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-2 text-sm sm:grid-cols-[1fr_auto_1fr] dark:bg-slate-800">
        {HOSTS.map((host) => {
          const state = hostState(sim, host)
          return (
            <p key={host} className={cn('flex flex-col', host === 'server' && 'text-right sm:order-3')}>
              <span className="text-xs text-slate-600 dark:text-slate-400">{t(host === 'client' ? 'clientState' : 'serverState')}</span>
              <output
                aria-live="off"
                aria-label={t(host === 'client' ? 'clientState' : 'serverState')}
                className={cn('font-mono text-base font-bold', host === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}
              >
                {state ?? t('hostDown')}
              </output>
            </p>
          )
        })}
        <p role="timer" aria-label={t('clockLabel')} className="col-span-2 text-center font-mono text-sm tabular-nums sm:order-2 sm:col-span-1 sm:self-center">
          {clock}
        </p>
      </div>

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
          {HOSTS.map((host) => (
            <HostActions key={host} host={host} t={t} />
          ))}
        </div>
      </div>

      {selected !== null && selectedArrow && selectedSent ? (
        <div className="mt-3">
          <FateBar
            segmentId={selected}
            t={t}
            prompt={t('fate.prompt', { id: selected, flags: flagsOf(selectedSent.segment), direction: t(`direction.${selectedArrow.from}`), status: words.status(selectedArrow) })}
            onDone={() => stepRef.current?.focus()}
          />
        </div>
      ) : null}

      <div className="mt-3 rounded-md border-l-4 border-sky-600 bg-sky-50 px-3 py-2 text-sm dark:bg-sky-950/40">
        <p id={`last-${uid}`} className="text-xs font-semibold text-slate-600 dark:text-slate-400">
          {t('lastEvent')}
        </p>
        <p role="status" aria-labelledby={`last-${uid}`} aria-live={playing && speed === 'max' ? 'off' : 'polite'} aria-atomic="true">
          {announcement ?? (scenario ? t('nothingYet') : t('nothingYetBlank'))}
        </p>
        {offScript ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('offScript')}</p> : null}
        {idle && (scriptDone || !scenario) ? <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('finished')}</p> : null}
      </div>

      <div className="mt-4 grid gap-4 @4xl:grid-cols-[3fr_2fr]">
        {panels.has('diagram') ? (
          <div className={cn('min-w-0', !panels.has('tcb') && '@4xl:col-span-2')}>
            <h3 className="mb-1 text-sm font-semibold">{t('panels.diagram')}</h3>
            <DiagramScroller
              onWidth={setWidth}
              label={t('diagram.scroll')}
              nowY={layout.nowY}
              height={layout.height}
              smooth={!reduced && speed !== 'max'}
              all={exportAll}
              render={(viewTop, viewBottom, boxHeight) => (
                <SequenceDiagram
                  layout={layout}
                  initial={initial}
                  notation={notation}
                  selected={selected}
                  clock={clock}
                  index={index}
                  words={words}
                  onChoose={choose}
                  t={t}
                  titleId={`seq-${uid}`}
                  svgRef={svgRef}
                  viewTop={viewTop}
                  viewBottom={viewBottom}
                  boxHeight={boxHeight}
                />
              )}
            />
          </div>
        ) : null}
        {panels.has('tcb') ? (
          <div className={cn('grid min-w-0 content-start gap-3 sm:grid-cols-2 @4xl:grid-cols-1', !panels.has('diagram') && '@4xl:col-span-2 @4xl:grid-cols-2')}>
            {HOSTS.map((host) => (
              <TcbPanel key={host} host={sim.hosts[host]} hostId={host} now={sim.time} t={t} />
            ))}
          </div>
        ) : null}
        {panels.has('states') ? (
          <div className="min-w-0 @4xl:col-span-2 @4xl:mx-auto @4xl:w-full @4xl:max-w-3xl">
            <h3 className="mb-1 text-sm font-semibold">{t('stateDiagram.title')}</h3>
            <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('stateDiagram.description')}</p>
            <div tabIndex={0} role="region" aria-label={t('stateDiagram.scroll')} className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
              <StateDiagram hosts={positions} t={t} titleId={`fig5-${uid}`} />
            </div>
            <ul className="mt-2 text-sm">
              {HOSTS.map((host) => {
                const last = positions[host].last
                return (
                  <li key={host}>
                    {last
                      ? t('stateDiagram.lastTransition', { host: t(host), from: last.from, to: last.to })
                      : t('stateDiagram.none', { host: t(host) })}
                  </li>
                )
              })}
            </ul>
          </div>
        ) : null}
        {panels.has('table') ? (
          <div className="min-w-0 @4xl:col-span-2">
            <h3 className="mb-1 text-sm font-semibold">
              {t('panels.table')} <span className="font-normal text-slate-600 dark:text-slate-400">({t('table.count', { count: layout.arrows.length })})</span>
            </h3>
            <SegmentTable arrows={layout.arrows} index={index} words={words} selected={selected} onChoose={choose} t={t} />
          </div>
        ) : null}
      </div>
    </section>
  )
}

/**
 * Height of the live diagram's <svg> box (see SequenceDiagram's boxHeight): the drawing's height
 * step, so the box is never taller than the drawing.
 */
const BOX_PX = HEIGHT_STEP
/**
 * How far above and below the scrolled-to part the diagram is drawn. Scrolling redraws within a
 * frame, so a small margin is enough; a large one costs time whenever many segments appear at once.
 */
const DRAWN_MARGIN_PX = 80
/** The scroll box grows with the drawing up to this height (32rem), then scrolls. */
const MAX_BOX_PX = 512

/**
 * The diagram's scroll box. It keeps "now" in view as events arrive and tells the diagram which
 * part is scrolled to, so a long run draws only that; scrolling re-renders only the diagram.
 */
function DiagramScroller({
  onWidth,
  label,
  nowY,
  height,
  smooth,
  all,
  render,
}: {
  /** Told the width inside the box (without border and scrollbar), at least 300 px. */
  onWidth: (width: number) => void
  label: string
  nowY: number
  /** The drawing's full height: the scroll range, whatever the size of the <svg> box. */
  height: number
  smooth: boolean
  all: boolean
  render: (viewTop: number, viewBottom: number, boxHeight?: number) => ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  // `seenNow`: where "now" was when the box last scrolled. A reader who scrolls is left where they
  // scrolled to; only a new "now" (new events) brings the box back to follow it.
  const [view, setView] = useState({ top: 0, height: 512, seenNow: -1 })
  const nowRef = useRef(nowY)
  useEffect(() => {
    nowRef.current = nowY
  }, [nowY])
  const pending = useRef(0)
  const onScroll = useCallback(() => {
    if (pending.current) return
    pending.current = requestAnimationFrame(() => {
      pending.current = 0
      const box = ref.current
      if (!box) return
      const top = box.scrollTop
      const height = box.clientHeight
      const seenNow = nowRef.current
      setView((v) => (v.top === top && v.height === height && v.seenNow === seenNow ? v : { top, height, seenNow }))
    })
  }, [])
  // When new events move "now" out of view, the box scrolls to it. The drawn window moves there in
  // the same render, from the known view, so following "now" costs one render and no layout read
  // per event rather than a second render when the scroll event arrives.
  const follow = nowY !== view.seenNow && (nowY > view.top + view.height - 60 || nowY < view.top)
  const top = follow ? Math.max(0, nowY + 90 - view.height) : view.top
  useEffect(() => {
    const box = ref.current
    if (!box) return
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect
      const height = Math.round(rect?.height ?? 0)
      const width = Math.floor(rect?.width ?? 0)
      if (height > 0) setView((v) => (v.height === height ? v : { ...v, height }))
      if (width > 0) onWidth(Math.max(300, width))
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [onWidth])
  // Scrolled at the start of the next frame, not here: here the page has just changed, and
  // scrolling now would make the browser lay it out at once, a second time in the same frame.
  useEffect(() => {
    const box = ref.current
    if (!box || !follow) return
    const frame = requestAnimationFrame(() => box.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' }))
    return () => cancelAnimationFrame(frame)
  }, [follow, top, smooth])
  return (
    <div
      ref={ref}
      onScroll={onScroll}
      tabIndex={0}
      aria-label={label}
      role="region"
      // A set height and strict containment: what changes inside never makes the page lay out again.
      style={{ height: Math.min(height, MAX_BOX_PX) + 2 }}
      className="overflow-auto rounded-md border border-slate-200 [contain:strict] will-change-scroll dark:border-slate-700"
    >
      {all ? (
        render(-Infinity, Infinity)
      ) : (
        <div style={{ height }}>{render(top - DRAWN_MARGIN_PX, top + view.height + DRAWN_MARGIN_PX, BOX_PX)}</div>
      )}
    </div>
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
