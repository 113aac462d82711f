'use client'

import { useEffect, useLayoutEffect, useRef, useState, type Ref } from 'react'
import type { HostId } from '@/lib/sim'
import type { ArrowWords } from './arrow-words'
import { Arrow, C, HALO, hostColour, Pill, SANS, TimerBar, zigzag, type ChoosePoint } from './diagram-marks'
import { formatDuration, type Notation, type Translate } from './format'
import type { ViewModel } from './view-model'

export { C, type ChoosePoint } from './diagram-marks'

/** Pure. Lane x positions for a width: a fifth of the width in from each side, within limits. */
export function laneXs(width: number): Record<HostId, number> {
  const pad = Math.round(Math.min(170, Math.max(60, width * 0.2)))
  return { client: pad, server: width - pad }
}

export type DiagramProps = {
  vm: ViewModel
  notation: Notation
  selected: number | null
  words: ArrowWords
  onChoose: (id: number, at: ChoosePoint) => void
  /** Opens the Why panel on a trace entry (a state change). */
  onWhy: (index: number) => void
  t: Translate
  titleId: string
  svgRef?: Ref<SVGSVGElement>
  /** Follow "now" with smooth scrolling (not at the fastest speed, nor for reduced motion). */
  smooth: boolean
  /** Draw the whole run, not only the scrolled-to part (for the exported file). */
  all: boolean
  /** False for a finished run shown for reading (a comparison): no segment or state label is a button. */
  interactive?: boolean
  /** Where to keep in view instead of "now" (a comparison's first difference), px. */
  anchorY?: number
  /** A state label to mark (its trace index), with "≠" before it. */
  markedState?: number
}

/** How far beyond the scrolled-to part the drawing goes, so scrolling shows no blank edge. */
const MARGIN_PX = 240

/**
 * The sequence diagram in its scroll box, as plain SVG from the view model. The box keeps "now" in
 * view as events arrive and draws only what is near the scrolled-to part, so a long run stays light.
 */
export function SequenceDiagram({ vm, notation, selected, words, onChoose, onWhy, t, titleId, svgRef, smooth, all, interactive = true, anchorY, markedState }: DiagramProps) {
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(640)
  const [view, setView] = useState({ top: 0, height: 512, seen: -1 })
  useEffect(() => {
    const el = box.current
    if (!el) return
    const observer = new ResizeObserver(() => {
      setWidth(Math.max(300, el.clientWidth))
      setView((v) => ({ ...v, top: el.scrollTop, height: el.clientHeight }))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  // New events bring "now" back into view; a reader who scrolls away stays there until the next
  // one (`seen` is where "now" was at the reader's last scroll). Worked out from the view the box
  // last reported, so following needs no layout read.
  const newest = anchorY ?? vm.arrows.at(-1)?.y1 ?? 0
  const nowY = anchorY ?? vm.nowY
  const follow = nowY !== view.seen && (nowY < view.top || nowY > view.top + view.height - 60)
  // Smoothly it keeps "now" near the bottom; in one jump near the top (with the newest segment), so the box moves seldom.
  const jumpTo = Math.max(0, smooth ? nowY + 90 - view.height : Math.max(nowY + 90 - view.height, Math.min(nowY - 120, newest - 60)))
  const top = follow ? jumpTo : view.top
  useLayoutEffect(() => {
    if (follow) box.current?.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' })
  }, [follow, top, smooth])
  const nowRef = useRef(nowY)
  useEffect(() => void (nowRef.current = nowY))

  const lanes = laneXs(width)
  // Room below "now" for the events to come, so a jump can put "now" near the top of the box; grown
  // in steps, since resizing an <svg> lays out all of it again.
  const height = Math.ceil(Math.max(vm.height, vm.nowY + 400) / 512) * 512
  // A smooth scroll passes everything between where the box is and where it goes; a jump does not.
  const [lo, hi] = smooth ? [Math.min(top, view.top), Math.max(top, view.top)] : [top, top]
  const [from, to] = all ? [-Infinity, Infinity] : [lo - MARGIN_PX, hi + view.height + MARGIN_PX]
  const near = (y1: number, y2: number) => Math.max(y1, y2) + 60 >= from && Math.min(y1, y2) - 60 <= to
  const shown = vm.arrows.filter((a) => near(a.y1, a.y2))
  return (
    <div
      ref={box}
      tabIndex={0}
      role="group"
      aria-label={t('diagram.scroll')}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight, seen: nowRef.current })}
      // Its inside is its own (contain): what changes there never lays out the page around it.
      className="h-[32rem] overflow-auto rounded-md border border-slate-200 [contain:strict] [overflow-anchor:none] [scrollbar-gutter:stable] dark:border-slate-700"
    >
      <svg ref={svgRef} xmlns="http://www.w3.org/2000/svg" width={width} height={height} role="group" aria-labelledby={titleId} className="block select-none" fontFamily={SANS}>
        <title id={titleId}>{t('diagram.title')}</title>
        <rect x={0} y={0} width={width} height={height} fill={C.bg} />
        {(['client', 'server'] as const).map((host) => (
          <g key={host}>
            <text x={lanes[host]} y={20} textAnchor="middle" fontSize={13} fontWeight={700} fill={hostColour(host)}>
              {t(host === 'client' ? 'clientLane' : 'serverLane')}
            </text>
            <line x1={lanes[host]} y1={46} x2={lanes[host]} y2={height - 12} stroke={C.muted} strokeWidth={1.5} />
          </g>
        ))}
        {vm.down.map((d, i) => (
          <g key={i}>
            <line x1={lanes[d.host]} y1={d.y1} x2={lanes[d.host]} y2={d.y2} stroke={C.bg} strokeWidth={4} />
            <line x1={lanes[d.host]} y1={d.y1} x2={lanes[d.host]} y2={d.y2} stroke={C.lost} strokeWidth={1.5} strokeDasharray="3 5" />
          </g>
        ))}
        {vm.gaps
          .filter((g) => near(g.y1, g.y2))
          .map((g) => {
            const mid = (g.y1 + g.y2) / 2
            return (
              <g key={`gap-${g.from}`}>
                <rect x={0} y={mid - 9} width={width} height={18} fill={C.bg} />
                <path d={zigzag(mid - 9, width)} fill="none" stroke={C.muted} strokeWidth={1} />
                <path d={zigzag(mid + 9, width)} fill="none" stroke={C.muted} strokeWidth={1} />
                <text x={width / 2} y={mid + 4} textAnchor="middle" fontSize={11} fontStyle="italic" fill={C.fg} {...HALO} strokeWidth={4}>
                  {t('diagram.later', { time: formatDuration(g.to - g.from, t) })}
                </text>
              </g>
            )
          })}
        {vm.timers
          .filter((timer) => near(timer.y1, timer.y2 + 60))
          .map((timer) => (
            <TimerBar key={`${timer.host}-${timer.timer}-${timer.y1}`} timer={timer} x={lanes[timer.host] + (timer.host === 'client' ? -timer.offset : timer.offset)} t={t} width={width} />
          ))}
        <line x1={0} y1={vm.nowY} x2={width} y2={vm.nowY} stroke={C.focus} strokeWidth={1} strokeDasharray="2 4" />
        <text x={4} y={vm.nowY - 4} fontSize={10} fill={C.muted} {...HALO}>
          {t('diagram.now')}
        </text>
        {(['line', 'label'] as const).map((part) => (
          <g key={part}>
            {shown.map((a) => (
              <Arrow key={a.id} arrow={a} lanes={lanes} notation={notation} selected={selected === a.id} words={words} lostWord={t('diagram.lost')} onChoose={interactive ? onChoose : undefined} part={part} />
            ))}
          </g>
        ))}
        {(['client', 'server'] as const).map((host) => (
          <Pill key={host} state={{ host, down: vm.initial[host] === 'DOWN' }} text={vm.initial[host] === 'DOWN' ? t('hostDown') : vm.initial[host]} x={lanes[host]} y={42} />
        ))}
        {vm.states.map((s, i) =>
          near(s.y, s.y) ? (
            <Pill
              key={i}
              state={s}
              text={`${s.index !== null && s.index === markedState ? '≠ ' : ''}${s.down ? t('hostDown') : s.text}`}
              x={lanes[s.host]}
              y={s.y}
              label={t('why.stateChangeButton', { host: t('events.hostLower', { host: s.host }), state: s.text })}
              onWhy={s.index === null || !interactive ? undefined : () => onWhy(s.index!)}
            />
          ) : null,
        )}
      </svg>
    </div>
  )
}
