'use client'

import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react'
import { HOST_IDS, hostState, type HostId, type SimState, type TraceEntry } from '@/lib/sim'
import type { TcpState } from '@/lib/tcp'
import { cn } from '@/components/ui/cn'
import { createSegmentIndexer } from './describe'
import { HEIGHT_STEP, createDiagramLayouter, initialStates } from './diagram-layout'
import { createArrowWords } from './arrow-words'
import { formatDuration, type Translate } from './format'
import { SegmentTable } from './segment-table'
import { SequenceDiagram } from './sequence-diagram'
import { useSimulatorApi, useSimulatorStore } from './simulator-store-provider'
import { StateDiagram, type HostPosition } from './state-diagram'
import { TcbPanel } from './tcb-panel'
import { OffScreenHold, useOnScreen } from './off-screen-hold'

/** Panels a simulator can show. */
export type Panel = 'diagram' | 'states' | 'tcb' | 'table'
export const PANELS: ReadonlyArray<Panel> = ['diagram', 'states', 'tcb', 'table']

/**
 * Panels that change on every event but are often scrolled out of view (Figure 5, the segment
 * list): the browser skips their layout and paint while they are off screen, and remembers their
 * last size so the page does not jump. They stay in the accessibility tree and in find-in-page.
 */
const OFFSCREEN_SKIPPED = '[content-visibility:auto] [contain-intrinsic-size:auto_40rem]'

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
 * The panels the widget was asked to show: the sequence diagram, the TCB of each side, the state
 * diagram (Figure 5) and the segment list. They alone re-render on every event.
 */
export const SimulatorPanels = memo(function SimulatorPanels({
  panels,
  t,
  svgRef,
  exportAll,
  smooth,
}: {
  panels: ReadonlySet<Panel>
  t: Translate
  svgRef: Ref<SVGSVGElement>
  /** Draw every arrow, not only the scrolled-to ones (while the SVG file is exported). */
  exportAll: boolean
  /** Follow "now" with smooth scrolling (not at the fastest speed, nor for reduced motion). */
  smooth: boolean
}) {
  const api = useSimulatorApi()
  const sim = useSimulatorStore((s) => s.frame.sim)
  const drawnUpTo = useSimulatorStore((s) => s.drawnUpTo)
  const notation = useSimulatorStore((s) => s.notation)
  const selected = useSimulatorStore((s) => s.selected)
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  // The drawing's width: the diagram box's inside, without its border and scrollbar.
  const [width, setWidth] = useState(640)
  const drawn = useMemo(() => (drawnUpTo === null ? sim : { ...sim, trace: sim.trace.slice(0, drawnUpTo) }), [sim, drawnUpTo])
  // One layouter per widget: it reads only the events added since the last layout.
  const [layouter] = useState(createDiagramLayouter)
  const layout = useMemo(() => layouter(drawn, width), [layouter, drawn, width])
  // One indexer per widget too: it reads only the segments added since the last event.
  const [indexer] = useState(createSegmentIndexer)
  const index = useMemo(() => indexer(sim.trace), [indexer, sim.trace])
  const words = useMemo(() => createArrowWords(t), [t])
  const clock = t('clock', { time: formatDuration(sim.time, t) })
  const initial = useMemo(() => initialStates(sim), [sim])
  const positions = useStatePositions(sim)
  const choose = useCallback((id: number) => api.getState().select(api.getState().selected === id ? null : id), [api])
  // Panels out of view hold still while Play runs at the fastest speed (see OffScreenHold).
  const tcbRef = useRef<HTMLDivElement>(null)
  const tableRef = useRef<HTMLDivElement>(null)
  const tcbOnScreen = useOnScreen(tcbRef)
  const tableOnScreen = useOnScreen(tableRef)

  return (
    <div className="mt-4 grid gap-4 @4xl:grid-cols-[3fr_2fr]">
      {panels.has('diagram') ? (
        <div className={cn('min-w-0', !panels.has('tcb') && '@4xl:col-span-2')}>
          <h3 className="mb-1 text-sm font-semibold">{t('panels.diagram')}</h3>
          <DiagramScroller
            onWidth={setWidth}
            label={t('diagram.scroll')}
            nowY={layout.nowY}
            height={layout.height}
            smooth={smooth}
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
        <div ref={tcbRef} className={cn('grid min-w-0 content-start gap-3 sm:grid-cols-2 @4xl:grid-cols-1', !panels.has('diagram') && '@4xl:col-span-2 @4xl:grid-cols-2')}>
          <OffScreenHold onScreen={tcbOnScreen}>
            {HOST_IDS.map((host) => (
              <TcbPanel key={host} host={sim.hosts[host]} hostId={host} now={sim.time} t={t} />
            ))}
          </OffScreenHold>
        </div>
      ) : null}
      {panels.has('states') ? (
        <div className={cn('min-w-0 @4xl:col-span-2 @4xl:mx-auto @4xl:w-full @4xl:max-w-3xl', OFFSCREEN_SKIPPED)}>
          <h3 className="mb-1 text-sm font-semibold">{t('stateDiagram.title')}</h3>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('stateDiagram.description')}</p>
          <div tabIndex={0} role="region" aria-label={t('stateDiagram.scroll')} className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
            <StateDiagram hosts={positions} t={t} titleId={`fig5-${uid}`} />
          </div>
          <ul className="mt-2 text-sm">
            {HOST_IDS.map((host) => {
              const last = positions[host].last
              return (
                <li key={host}>
                  {last ? t('stateDiagram.lastTransition', { host: t(host), from: last.from, to: last.to }) : t('stateDiagram.none', { host: t(host) })}
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
      {panels.has('table') ? (
        <div ref={tableRef} className={cn('min-w-0 @4xl:col-span-2', OFFSCREEN_SKIPPED)}>
          <OffScreenHold onScreen={tableOnScreen}>
            <h3 className="mb-1 text-sm font-semibold">
              {t('panels.table')} <span className="font-normal text-slate-600 dark:text-slate-400">({t('table.count', { count: layout.arrows.length })})</span>
            </h3>
            <SegmentTable arrows={layout.arrows} index={index} words={words} selected={selected} onChoose={choose} t={t} />
          </OffScreenHold>
        </div>
      ) : null}
    </div>
  )
})

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
/** The scroll box's height (32rem), fixed: a drawing that grows never moves the panels below it. */
const BOX_HEIGHT_PX = 512
/**
 * Where "now" lands when the box jumps to follow it without smooth scrolling (at the fastest speed,
 * or for readers who asked for reduced motion): this far below the top, so that the events after it
 * have most of the box to arrive in before the next jump. Keeping "now" at the bottom instead moved
 * the box on every event, and the browser then rastered the box's whole view again in every frame:
 * 3.2–3.9 ms of raster-thread time per frame while the playground played 1,000 events, on a
 * machine with two cores that the main thread shares.
 */
const JUMP_HEADROOM_PX = 120

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
  // `jump`: the last jump made to follow "now" (see below), a new object for each, so that each one
  // scrolls the box once and a reader's own scrolling never brings the box back to it.
  const [view, setView] = useState<{ top: number; height: number; seenNow: number; jump: { top: number } | null }>({ top: 0, height: 512, seenNow: -1, jump: null })
  const nowRef = useRef(nowY)
  useEffect(() => {
    nowRef.current = nowY
  }, [nowY])
  // Where the box last jumped to follow "now". The render that made that jump already drew the
  // window there, so the scroll event it causes needs no second render.
  const followedTo = useRef<number | null>(null)
  const pending = useRef(0)
  const onScroll = useCallback(() => {
    if (pending.current) return
    pending.current = requestAnimationFrame(() => {
      pending.current = 0
      const box = ref.current
      if (!box) return
      const top = box.scrollTop
      if (followedTo.current !== null && Math.abs(top - followedTo.current) < 1) return
      followedTo.current = null
      const height = box.clientHeight
      const seenNow = nowRef.current
      setView((v) => (v.top === top && v.height === height && v.seenNow === seenNow ? v : { ...v, top, height, seenNow }))
    })
  }, [])
  // When new events move "now" out of view, the box scrolls to it: smoothly, keeping it near the
  // bottom, or without smooth scrolling in one jump that puts it near the top (JUMP_HEADROOM_PX).
  // The drawn window moves there in the same commit, from the known view, so following "now" needs
  // no layout read and no second commit when the scroll event arrives. A jump is kept in the view's
  // state at once (React renders again before committing anything), so the next events are
  // measured against where the box now is.
  const follow = nowY !== view.seenNow && (nowY > view.top + view.height - 60 || nowY < view.top)
  if (follow && !smooth) {
    const jumpTo = Math.max(0, nowY - JUMP_HEADROOM_PX)
    setView((v) => ({ ...v, top: jumpTo, seenNow: nowY, jump: { top: jumpTo } }))
  }
  const top = follow && smooth ? Math.max(0, nowY + 90 - view.height) : view.top
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
  // Scrolled in the commit that drew the new events. At the fastest speed every animation frame
  // brings an event, so a scroll put off to a later frame would be superseded by the next event
  // before it ran, and the box would never follow while playing.
  useLayoutEffect(() => {
    const box = ref.current
    if (!box || !follow || !smooth) return
    followedTo.current = null
    box.scrollTo({ top, behavior: 'smooth' })
  }, [follow, top, smooth])
  useLayoutEffect(() => {
    const box = ref.current
    if (!box || !view.jump) return
    followedTo.current = view.jump.top
    box.scrollTo({ top: view.jump.top, behavior: 'auto' })
  }, [view.jump])
  return (
    <div
      ref={ref}
      onScroll={onScroll}
      tabIndex={0}
      aria-label={label}
      role="region"
      // A set height and strict containment: what changes inside never makes the page lay out again.
      // The scrollbar's gutter is kept from the start, so the drawing's width does not change (and
      // every arrow is not laid out again) when the drawing first grows taller than the box.
      // No scroll anchoring: the box follows "now" itself, and the browser's search for an anchor
      // among the drawing's elements took up to 3 ms of a frame's layout while Play ran.
      style={{ height: BOX_HEIGHT_PX + 2 }}
      className="overflow-auto rounded-md border border-slate-200 [contain:strict] [overflow-anchor:none] [scrollbar-gutter:stable] will-change-scroll dark:border-slate-700"
    >
      {all ? (
        render(-Infinity, Infinity)
      ) : (
        // At least one box below the top: a jump can put "now" near the top before the drawing is that tall.
        <div style={{ height: Math.max(height, top + view.height) }}>{render(top - DRAWN_MARGIN_PX, top + view.height + DRAWN_MARGIN_PX, BOX_PX)}</div>
      )}
    </div>
  )
}
