'use client'

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react'
import type { HostId } from '@/lib/sim'
import type { ArrowWords } from './arrow-words'
import { fitLines, flagsOf, formatDuration, splitLabel, type Notation, type Translate } from './format'
import type { ViewArrow, ViewModel, ViewTimer } from './view-model'

/**
 * Colours come from CSS custom properties set on the widget (light and dark), each with a fallback
 * so an exported SVG file looks right on its own.
 */
export const C = {
  fg: 'var(--sim-fg, #0f172a)',
  muted: 'var(--sim-muted, #64748b)',
  bg: 'var(--sim-bg, #ffffff)',
  pill: 'var(--sim-pill, #f1f5f9)',
  client: 'var(--sim-client, #0369a1)',
  server: 'var(--sim-server, #b45309)',
  lost: 'var(--sim-lost, #b91c1c)',
  timer: 'var(--sim-timer, #6d28d9)',
  focus: 'var(--sim-focus, #0ea5e9)',
} as const

/** A background-coloured outline behind text, so labels stay legible over lines. */
const HALO = { stroke: C.bg, strokeWidth: 3, paintOrder: 'stroke' } as const
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'
const SANS = 'ui-sans-serif, system-ui, sans-serif'
const hostColour = (host: HostId) => (host === 'client' ? C.client : C.server)

/** Pure. Lane x positions for a width: a fifth of the width in from each side, within limits. */
export function laneXs(width: number): Record<HostId, number> {
  const pad = Math.round(Math.min(170, Math.max(60, width * 0.2)))
  return { client: pad, server: width - pad }
}

function arrowHead(x1: number, y1: number, x2: number, y2: number, size = 8): string {
  const [a, b] = [-0.45, 0.45].map((turn) => Math.atan2(y2 - y1, x2 - x1) + Math.PI + turn) as [number, number]
  return `${x2},${y2} ${x2 + size * Math.cos(a)},${y2 + size * Math.sin(a)} ${x2 + size * Math.cos(b)},${y2 + size * Math.sin(b)}`
}

/** Where a learner chose a segment: the point to open its fate choice at, in viewport coordinates. */
export type ChoosePoint = { readonly x: number; readonly y: number }

function onEnter(event: KeyboardEvent, then: (event: KeyboardEvent) => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return
  event.preventDefault()
  then(event)
}

type ArrowProps = {
  arrow: ViewArrow
  lanes: Record<HostId, number>
  notation: Notation
  selected: boolean
  words: ArrowWords
  lostWord: string
  onChoose: (id: number, at: ChoosePoint) => void
  /** Lines are drawn in one layer and labels in one above it, so no line crosses a label. */
  part: 'line' | 'label'
}

/** One segment: its line, head (or the cross of a lost one) and label, the whole of it a target while its fate is open. */
function Arrow({ arrow: a, lanes, notation, selected, words, lostWord, onChoose, part }: ArrowProps) {
  const x1 = lanes[a.from]
  const x2 = x1 + (lanes[a.to] - x1) * a.reach
  const labelX = x1 + (x2 - x1) * a.labelAt
  const labelY = a.y1 + (a.y2 - a.y1) * a.labelAt
  const [colour, copy] = [a.reason === 'stale' ? C.muted : hostColour(a.from), a.copyOf !== null]
  const dash = a.fate === 'in_flight' ? '7 4' : a.fate === 'held' ? '2 3' : copy ? '1 4' : a.delayed || a.reason === 'stale' ? '9 3 2 3' : undefined
  const [line1, line2] = splitLabel(a.label[notation], notation)
  const [dir, above] = [x2 >= x1 ? 1 : -1, a.from === 'client']
  const tags = words.tags(a, true)
  const choose = (event: MouseEvent | KeyboardEvent) => {
    const box = (event.currentTarget as Element).getBoundingClientRect()
    onChoose(a.id, 'clientX' in event && event.clientX ? { x: event.clientX, y: event.clientY } : { x: box.left + box.width / 2, y: box.bottom })
  }
  const open = a.open
  return part === 'line' ? (
    <g
      role={open ? 'button' : undefined}
      tabIndex={open ? 0 : undefined}
      aria-label={open ? words.name(a, flagsOf(a.sent?.segment)) : undefined}
      aria-pressed={open ? selected : undefined}
      onClick={open ? choose : undefined}
      onKeyDown={open ? (e) => onEnter(e, choose) : undefined}
      className={open ? 'cursor-pointer' : undefined}
    >
      {open ? <line x1={x1} y1={a.y1} x2={x2} y2={a.y2} stroke="transparent" strokeWidth={22} /> : null}
      {selected ? <line x1={x1} y1={a.y1} x2={x2} y2={a.y2} stroke={C.focus} strokeWidth={9} strokeLinecap="round" opacity={0.45} /> : null}
      <line x1={x1} y1={a.y1} x2={x2} y2={a.y2} stroke={colour} strokeWidth={copy ? 2.5 : 1.75} strokeDasharray={dash} strokeLinecap={copy ? 'round' : undefined} />
      {a.fate === 'dropped' ? (
        <g stroke={C.lost} strokeWidth={2.5}>
          <line x1={x2 - 6} y1={a.y2 - 6} x2={x2 + 6} y2={a.y2 + 6} />
          <line x1={x2 - 6} y1={a.y2 + 6} x2={x2 + 6} y2={a.y2 - 6} />
        </g>
      ) : a.fate === 'held' ? (
        <circle cx={x2} cy={a.y2} r={4} fill={C.bg} stroke={colour} strokeWidth={1.75} />
      ) : (
        <polygon points={arrowHead(x1, a.y1, x2, a.y2)} fill={a.fate === 'in_flight' ? C.bg : colour} stroke={colour} strokeWidth={1.25} />
      )}
    </g>
  ) : (
    // The label is part of the target for a pointer; the line's group is the button for the keyboard.
    <g onClick={open ? choose : undefined} className={open ? 'cursor-pointer' : undefined}>
      {a.fate === 'dropped' ? (
        <text x={x2 + dir * 10} y={a.y2 + 4} textAnchor={dir > 0 ? 'start' : 'end'} fontSize={11} fontWeight={700} fill={C.lost} {...HALO}>
          {lostWord}
        </text>
      ) : null}
      <text x={labelX} y={above ? labelY - (line2 ? 17 : 5) : labelY + 14} textAnchor="middle" fontSize={11} fontFamily={MONO} fill={C.fg} {...HALO}>
        {line1}
        {line2 ? (
          <tspan x={labelX} dy={12}>
            {line2}
          </tspan>
        ) : null}
      </text>
      <text x={labelX} y={above ? labelY - (line2 ? 29 : 17) : labelY + (line2 ? 38 : 26)} textAnchor="middle" fontSize={10} fill={C.muted} {...HALO}>
        {`#${a.id}`}
        {tags ? <tspan fontStyle="italic"> · {tags}</tspan> : null}
      </text>
    </g>
  )
}

function TimerBar({ timer, x, t, width }: { timer: ViewTimer; x: number; t: Translate; width: number }) {
  const outward = timer.host === 'client' ? -1 : 1
  const labelX = x + outward * 6
  const anchor = outward < 0 ? 'end' : 'start'
  const running = timer.end === 'running'
  const endWord = running ? t('tcb.timeLeft', { timer: '', time: formatDuration(timer.left, t) }).replace(/^[:：]\s*/, '') : t(`diagram.${timer.end}`)
  const endLines = fitLines(endWord, outward < 0 ? labelX - 2 : width - labelX - 2, 9.5)
  return (
    <g>
      <rect x={x - 2} y={timer.y1} width={4} height={timer.y2 - timer.y1} fill={C.timer} opacity={0.85} rx={1} />
      {running ? <line x1={x} y1={timer.y2} x2={x} y2={timer.y2 + 30} stroke={C.timer} strokeWidth={2} strokeDasharray="3 3" /> : null}
      <text x={labelX} y={timer.labelY} textAnchor={anchor} fontSize={10} fill={C.timer} {...HALO}>
        <tspan fontWeight={700}>{t(`timersShort.${timer.timer}`)}</tspan>
        <tspan x={labelX} dy={11}>
          {formatDuration(timer.duration, t)}
        </tspan>
      </text>
      {running || timer.end === 'expired' ? (
        <text x={labelX} y={timer.endY} textAnchor={anchor} fontSize={9.5} fontStyle="italic" fill={C.timer} {...HALO}>
          {endLines.map((line, i) => (
            <tspan key={i} x={labelX} dy={i === 0 ? 0 : 10.5}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  )
}

function zigzag(y: number, width: number): string {
  let d = `M 4 ${y}`
  for (let x = 4, up = true; x < width - 4; x += 8, up = !up) d += ` L ${Math.min(x + 8, width - 4)} ${y + (up ? -4 : 4)}`
  return d
}

function Pill({ host, text, x, y, down }: { host: HostId; text: string; x: number; y: number; down: boolean }) {
  const w = text.length * 6.8 + 14
  return (
    <g>
      <rect x={x - w / 2} y={y - 9} width={w} height={18} rx={9} fill={C.pill} stroke={down ? C.lost : hostColour(host)} strokeWidth={1.25} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fontFamily={MONO} fill={down ? C.lost : C.fg}>
        {text}
      </text>
    </g>
  )
}

export type DiagramProps = {
  vm: ViewModel
  notation: Notation
  selected: number | null
  words: ArrowWords
  onChoose: (id: number, at: ChoosePoint) => void
  t: Translate
  titleId: string
  svgRef?: Ref<SVGSVGElement>
  /** Follow "now" with smooth scrolling (not at the fastest speed, nor for reduced motion). */
  smooth: boolean
  /** Draw the whole run, not only the scrolled-to part (for the exported file). */
  all: boolean
}

/** How far beyond the scrolled-to part the drawing goes, so scrolling shows no blank edge. */
const MARGIN_PX = 240

/**
 * The sequence diagram in its scroll box, as plain SVG from the view model. The box keeps "now" in
 * view as events arrive and draws only what is near the scrolled-to part, so a long run stays light.
 */
export function SequenceDiagram({ vm, notation, selected, words, onChoose, t, titleId, svgRef, smooth, all }: DiagramProps) {
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
  const newest = vm.arrows.at(-1)?.y1 ?? 0
  const follow = vm.nowY !== view.seen && (vm.nowY < view.top || vm.nowY > view.top + view.height - 60)
  // Smoothly it keeps "now" near the bottom; in one jump near the top (with the newest segment), so the box moves seldom.
  const jumpTo = Math.max(0, smooth ? vm.nowY + 90 - view.height : Math.max(vm.nowY + 90 - view.height, Math.min(vm.nowY - 120, newest - 60)))
  const top = follow ? jumpTo : view.top
  useLayoutEffect(() => {
    if (follow) box.current?.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' })
  }, [follow, top, smooth])
  const nowRef = useRef(vm.nowY)
  useEffect(() => void (nowRef.current = vm.nowY))

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
              <Arrow key={a.id} arrow={a} lanes={lanes} notation={notation} selected={selected === a.id} words={words} lostWord={t('diagram.lost')} onChoose={onChoose} part={part} />
            ))}
          </g>
        ))}
        {(['client', 'server'] as const).map((host) => (
          <Pill key={host} host={host} text={vm.initial[host] === 'DOWN' ? t('hostDown') : vm.initial[host]} x={lanes[host]} y={42} down={vm.initial[host] === 'DOWN'} />
        ))}
        {vm.states.map((s, i) => (near(s.y, s.y) ? <Pill key={i} host={s.host} text={s.down ? t('hostDown') : s.text} x={lanes[s.host]} y={s.y} down={s.down} /> : null))}
      </svg>
    </div>
  )
}
