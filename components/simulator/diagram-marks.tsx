'use client'

import type { KeyboardEvent, MouseEvent } from 'react'
import type { HostId } from '@/lib/sim'
import type { ArrowWords } from './arrow-words'
import { fitLines, flagsOf, formatDuration, splitLabel, type Notation, type Translate } from './format'
import type { ViewArrow, ViewState, ViewTimer } from './view-model'

/** The marks a sequence diagram is drawn with: segments, timers, state labels, breaks in time. */

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
export const HALO = { stroke: C.bg, strokeWidth: 3, paintOrder: 'stroke' } as const
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'
export const SANS = 'ui-sans-serif, system-ui, sans-serif'
export const hostColour = (host: HostId) => (host === 'client' ? C.client : C.server)

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
  /** Absent for a run shown only for reading: the arrow is then no button. */
  onChoose?: (id: number, at: ChoosePoint) => void
  /** Lines are drawn in one layer and labels in one above it, so no line crosses a label. */
  part: 'line' | 'label'
}

/**
 * One segment: its line, head (or the cross of a lost one) and label, the whole of it a target:
 * while its fate is open it opens the fate choice, afterwards the Why panel.
 */
export function Arrow({ arrow: a, lanes, notation, selected, words, lostWord, onChoose, part }: ArrowProps) {
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
    if (!onChoose) return
    const box = (event.currentTarget as Element).getBoundingClientRect()
    onChoose(a.id, 'clientX' in event && event.clientX ? { x: event.clientX, y: event.clientY } : { x: box.left + box.width / 2, y: box.bottom })
  }
  const open = a.open
  const flags = flagsOf(a.sent?.segment)
  return part === 'line' ? (
    <g
      role={onChoose ? 'button' : undefined}
      tabIndex={onChoose ? 0 : undefined}
      aria-label={onChoose ? (open ? words.name(a, flags) : words.whyName(a, flags)) : undefined}
      aria-pressed={onChoose && open ? selected : undefined}
      onClick={choose}
      onKeyDown={onChoose ? (e) => onEnter(e, choose) : undefined}
      className={onChoose ? 'cursor-pointer' : undefined}
    >
      <line x1={x1} y1={a.y1} x2={x2} y2={a.y2} stroke="transparent" strokeWidth={22} />
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
    <g onClick={choose} className={onChoose ? 'cursor-pointer' : undefined}>
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

export function TimerBar({ timer, x, t, width }: { timer: ViewTimer; x: number; t: Translate; width: number }) {
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

export function zigzag(y: number, width: number): string {
  let d = `M 4 ${y}`
  for (let x = 4, up = true; x < width - 4; x += 8, up = !up) d += ` L ${Math.min(x + 8, width - 4)} ${y + (up ? -4 : 4)}`
  return d
}

/**
 * A state label on a lane. One that a state change drew is a button: it opens the Why panel on
 * that change (`onWhy`).
 */
export function Pill({ state, text, x, y, label, onWhy }: { state: Pick<ViewState, 'host' | 'down'>; text: string; x: number; y: number; label?: string; onWhy?: () => void }) {
  const w = text.length * 6.8 + 14
  const marks = (
    <>
      <rect x={x - w / 2} y={y - 9} width={w} height={18} rx={9} fill={C.pill} stroke={state.down ? C.lost : hostColour(state.host)} strokeWidth={1.25} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fontFamily={MONO} fill={state.down ? C.lost : C.fg}>
        {text}
      </text>
    </>
  )
  if (!onWhy) return <g>{marks}</g>
  return (
    <g role="button" tabIndex={0} aria-label={label} onClick={onWhy} onKeyDown={(e) => onEnter(e, onWhy)} className="cursor-pointer">
      {marks}
    </g>
  )
}
