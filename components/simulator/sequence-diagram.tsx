'use client'

import { memo, type KeyboardEvent, type Ref } from 'react'
import type { HostId } from '@/lib/sim'
import type { DiagramLayout, DrawnArrow, DrawnTimer } from './diagram-layout'
import type { ArrowWords } from './arrow-words'
import type { SegmentIndex } from './describe'
import { fitLines, flagsOf, formatDuration, splitLabel, type Notation, type Translate } from './format'

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

/** A background-coloured outline behind text, so labels stay legible where they cross lines. */
const HALO = { stroke: C.bg, strokeWidth: 3, paintOrder: 'stroke' } as const

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'
const SANS = 'ui-sans-serif, system-ui, sans-serif'

const hostColour = (host: HostId) => (host === 'client' ? C.client : C.server)

function arrowHead(x1: number, y1: number, x2: number, y2: number, size = 8): string {
  const angle = Math.atan2(y2 - y1, x2 - x1)
  const a = angle + Math.PI - 0.45
  const b = angle + Math.PI + 0.45
  return `${x2},${y2} ${x2 + size * Math.cos(a)},${y2 + size * Math.sin(a)} ${x2 + size * Math.cos(b)},${y2 + size * Math.sin(b)}`
}

type ArrowProps = {
  arrow: DrawnArrow
  notation: Notation
  selected: boolean
  /** Accessible name of an open (choosable) segment. */
  name: string
  tags: string
  lostWord: string
  onChoose: (id: number) => void
  /** Whether the label lies in the drawn part of the diagram (see SequenceDiagram's viewTop). */
  labelShown: boolean
  /** Whether the head (or the cross of a lost segment) lies in the drawn part. */
  endShown: boolean
}

function sameArrow(a: DrawnArrow, b: DrawnArrow): boolean {
  if (a === b) return true
  for (const key of Object.keys(a) as Array<keyof DrawnArrow>) if (key !== 'label' && a[key] !== b[key]) return false
  return a.label.rfc === b.label.rfc && a.label.textbook === b.label.textbook
}

function sameArrowProps(p: ArrowProps, q: ArrowProps): boolean {
  return (
    p.notation === q.notation &&
    p.selected === q.selected &&
    p.name === q.name &&
    p.tags === q.tags &&
    p.lostWord === q.lostWord &&
    p.onChoose === q.onChoose &&
    p.labelShown === q.labelShown &&
    p.endShown === q.endShown &&
    sameArrow(p.arrow, q.arrow)
  )
}

const Arrow = memo(function Arrow({ arrow: a, notation, selected, name, tags, lostWord, onChoose, labelShown, endShown }: ArrowProps) {
  const colour = a.reason === 'stale' ? C.muted : hostColour(a.from)
  const dash =
    a.fate === 'in_flight'
      ? '7 4'
      : a.fate === 'held'
        ? '2 3'
        : a.copyOf !== null
          ? '1 4'
          : a.delayed || a.reason === 'stale'
            ? '9 3 2 3'
            : undefined
  const [line1, line2] = splitLabel(a.label[notation], notation)
  const dir = a.x2 >= a.x1 ? 1 : -1
  const above = a.labelSide === 'above'
  const body = (
    <>
      {selected ? <line x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} stroke={C.focus} strokeWidth={9} strokeLinecap="round" opacity={0.45} /> : null}
      <line
        x1={a.x1}
        y1={a.y1}
        x2={a.x2}
        y2={a.y2}
        stroke={colour}
        strokeWidth={a.copyOf !== null ? 2.5 : 1.75}
        strokeDasharray={dash}
        strokeLinecap={a.copyOf !== null ? 'round' : undefined}
      />
      {!endShown ? null : a.fate === 'dropped' ? (
        <g stroke={C.lost} strokeWidth={2.5}>
          <line x1={a.x2 - 6} y1={a.y2 - 6} x2={a.x2 + 6} y2={a.y2 + 6} />
          <line x1={a.x2 - 6} y1={a.y2 + 6} x2={a.x2 + 6} y2={a.y2 - 6} />
        </g>
      ) : a.fate === 'held' ? (
        <circle cx={a.x2} cy={a.y2} r={4} fill={C.bg} stroke={colour} strokeWidth={1.75} />
      ) : (
        <polygon points={arrowHead(a.x1, a.y1, a.x2, a.y2)} fill={a.fate === 'in_flight' ? C.bg : colour} stroke={colour} strokeWidth={1.25} />
      )}
    </>
  )
  const words = (
    <>
      {a.fate === 'dropped' && endShown ? (
        <text x={a.x2 + dir * 10} y={a.y2 + 4} textAnchor={dir > 0 ? 'start' : 'end'} fontSize={11} fontWeight={700} fill={C.lost} fontFamily={SANS}>
          {lostWord}
        </text>
      ) : null}
      {labelShown ? (
        <>
          <text
            x={a.labelX}
            y={above ? a.labelY - (line2 ? 17 : 5) : a.labelY + 14}
            textAnchor="middle"
            fontSize={11}
            fontFamily={MONO}
            fill={C.fg}
            {...HALO}
          >
            {/* The first line is the text's own, not a <tspan>: a long run draws two thousand arrows,
                and every element less keeps the garbage collector away from the frames. */}
            {line1}
            {line2 ? (
              <tspan x={a.labelX} dy={12}>
                {line2}
              </tspan>
            ) : null}
          </text>
          <text
            x={a.labelX}
            y={above ? a.labelY - (line2 ? 29 : 17) : a.labelY + (line2 ? 38 : 26)}
            textAnchor="middle"
            fontSize={10}
            fontFamily={SANS}
            fill={C.muted}
            {...HALO}
          >
            {`#${a.id}`}
            {tags ? <tspan fontStyle="italic"> · {tags}</tspan> : null}
          </text>
        </>
      ) : null}
    </>
  )
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onChoose(a.id)
    }
  }
  // One element tree whether the segment is open or settled (and no wrapper, since a long run
  // mounts two thousand arrows): when it arrives only attributes change. Two trees would make every
  // arrow's lines and labels be removed and made again (and its text laid out again) at the moment
  // it lands, on top of the frame that draws the next one.
  const open = a.open
  return (
    <>
      <g
        role={open ? 'button' : undefined}
        tabIndex={open ? 0 : undefined}
        aria-label={open ? name : undefined}
        aria-pressed={open ? selected : undefined}
        onClick={open ? () => onChoose(a.id) : undefined}
        onKeyDown={open ? onKeyDown : undefined}
        className={open ? 'cursor-pointer' : undefined}
      >
        {open ? <line x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} stroke="transparent" strokeWidth={18} /> : null}
        {body}
      </g>
      {words}
    </>
  )
}, sameArrowProps)

/** Memoised: an ended timer is the same object on every later event, so it is drawn once. */
const TimerBar = memo(function TimerBar({ timer, t, width }: { timer: DrawnTimer; t: Translate; width: number }) {
  const outward = timer.host === 'client' ? -1 : 1
  const labelX = timer.x + outward * 6
  const anchor = outward < 0 ? 'end' : 'start'
  const running = timer.end === 'running'
  const endWord = running ? t('tcb.timeLeft', { timer: '', time: formatDuration(timer.left, t) }).replace(/^[:：]\s*/, '') : t(`diagram.${timer.end}`)
  const endLines = fitLines(endWord, outward < 0 ? labelX - 2 : width - labelX - 2, 9.5)
  const showEnd = running || timer.end === 'expired'
  const endY = running ? Math.max(timer.y2 + 26, timer.y1 + 50) : Math.max(timer.y2 + 22, timer.y1 + 50)
  return (
    <g>
      <rect x={timer.x - 2} y={timer.y1} width={4} height={timer.y2 - timer.y1} fill={C.timer} opacity={0.85} rx={1} />
      {running ? <line x1={timer.x} y1={timer.y2} x2={timer.x} y2={timer.y2 + 30} stroke={C.timer} strokeWidth={2} strokeDasharray="3 3" /> : null}
      <text x={labelX} y={timer.y1 + 24} textAnchor={anchor} fontSize={10} fontFamily={SANS} fill={C.timer} {...HALO}>
        <tspan fontWeight={700}>{t(`timersShort.${timer.timer}`)}</tspan>
        <tspan x={labelX} dy={11}>
          {formatDuration(timer.duration, t)}
        </tspan>
      </text>
      {showEnd ? (
        <text x={labelX} y={endY} textAnchor={anchor} fontSize={9.5} fontStyle="italic" fontFamily={SANS} fill={C.timer} {...HALO}>
          {endLines.map((line, i) => (
            <tspan key={i} x={labelX} dy={i === 0 ? 0 : 10.5}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  )
})

function zigzag(y: number, width: number): string {
  let d = `M 4 ${y}`
  for (let x = 4, up = true; x < width - 4; x += 8, up = !up) d += ` L ${Math.min(x + 8, width - 4)} ${y + (up ? -4 : 4)}`
  return d
}

export type SequenceDiagramProps = {
  layout: DiagramLayout
  initial: Record<HostId, string>
  notation: Notation
  selected: number | null
  clock: string
  index: SegmentIndex
  words: ArrowWords
  onChoose: (id: number) => void
  t: Translate
  titleId: string
  svgRef?: Ref<SVGSVGElement>
  /** Only what lies between these y values is drawn (the scrolled-to part, with a margin). */
  viewTop?: number
  viewBottom?: number
  /**
   * Height of the <svg> box when it is less than the drawing's: the rest is drawn as visible
   * overflow. The live diagram keeps one fixed box, since resizing the box when the drawing grows
   * makes the browser lay out every element in it again. The exported file gets the full height.
   */
  boxHeight?: number
}

/**
 * The sequence diagram: a function of its layout, drawn as plain SVG. Memoised: the diagram box
 * also re-renders on its own (its size, a smooth scroll's steps) with a view the drawing may already have.
 */
export const SequenceDiagram = memo(function SequenceDiagram({
  layout,
  initial,
  notation,
  selected,
  clock,
  index,
  words,
  onChoose,
  t,
  titleId,
  svgRef,
  viewTop = -Infinity,
  viewBottom = Infinity,
  boxHeight,
}: SequenceDiagramProps) {
  const { width, height, lanes } = layout
  const inView = (y1: number, y2: number) => Math.max(y1, y2) + 60 >= viewTop && Math.min(y1, y2) - 60 <= viewBottom
  const pill = (host: HostId, text: string, x: number, y: number, key: string, down = false) => {
    const label = down ? t('hostDown') : text
    const w = label.length * 6.8 + 14
    return (
      <g key={key}>
        <rect x={x - w / 2} y={y - 9} width={w} height={18} rx={9} fill={C.pill} stroke={down ? C.lost : hostColour(host)} strokeWidth={1.25} />
        <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fontFamily={MONO} fill={down ? C.lost : C.fg}>
          {label}
        </text>
      </g>
    )
  }
  // No viewBox: user units are already pixels, and a viewBox would make every event (which makes
  // the drawing taller) lay out the whole drawing again. The exported file gets one (svgMarkup).
  const box = boxHeight !== undefined && boxHeight < height ? boxHeight : height
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={box}
      overflow={box < height ? 'visible' : undefined}
      role="group"
      aria-labelledby={titleId}
      className="block select-none"
      fontFamily={SANS}
    >
      <title id={titleId}>{t('diagram.title')}</title>
      <rect x={0} y={0} width={width} height={height} fill={C.bg} />
      {(['client', 'server'] as const).map((host) => (
        <g key={host}>
          <text x={lanes[host]} y={layout.headerY} textAnchor="middle" fontSize={13} fontWeight={700} fill={hostColour(host)}>
            {t(host === 'client' ? 'clientLane' : 'serverLane')}
          </text>
          <line x1={lanes[host]} y1={layout.headerY + 26} x2={lanes[host]} y2={height - 12} stroke={C.muted} strokeWidth={1.5} />
        </g>
      ))}
      {layout.down.map((d, i) => (
        <line key={`down-${i}`} x1={lanes[d.host]} y1={d.y1} x2={lanes[d.host]} y2={d.y2} stroke={C.bg} strokeWidth={4} />
      ))}
      {layout.down.map((d, i) => (
        <line key={`downd-${i}`} x1={lanes[d.host]} y1={d.y1} x2={lanes[d.host]} y2={d.y2} stroke={C.lost} strokeWidth={1.5} strokeDasharray="3 5" />
      ))}
      {layout.gaps.filter((g) => inView(g.y1, g.y2)).map((g) => {
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
      {layout.timers.filter((timer) => inView(timer.y1, timer.y2 + 40)).map((timer) => (
        <TimerBar key={`${timer.host}-${timer.timer}-${timer.y1}`} timer={timer} t={t} width={width} />
      ))}
      <line x1={0} y1={layout.nowY} x2={width} y2={layout.nowY} stroke={C.focus} strokeWidth={1} strokeDasharray="2 4" />
      <text x={4} y={layout.nowY - 4} textAnchor="start" fontSize={10} fill={C.muted} {...HALO}>
        {t('diagram.now')}
        <title>{clock}</title>
      </text>
      {layout.arrows.flatMap((a) => {
        // Each part is drawn only where it lies in view: a long run's arrows span dozens of events,
        // and most of those crossing the view show only their line there. A segment's label leaves
        // the view as it lands, so it is not made again with the arrow's longer line. Measured on
        // the playground playing 1,000 events, in alternating runs: 2.1 <text> elements made per
        // frame against 4.0, and 6.8-7.3 ms of main-thread time per event against 7.3-7.5.
        const labelShown = inView(a.labelY - 40, a.labelY + 40)
        const endShown = inView(a.y2 - 12, a.y2 + 12)
        if (!labelShown && !endShown && !inView(a.y1, a.y2)) return []
        return [
          <Arrow
            key={a.id}
            arrow={a}
            notation={notation}
            selected={selected === a.id}
            name={a.open ? words.name(a, flagsOf(index.get(a.id)?.segment)) : ''}
            tags={words.tags(a, true)}
            lostWord={t('diagram.lost')}
            onChoose={onChoose}
            labelShown={labelShown}
            endShown={endShown}
          />,
        ]
      })}
      {(['client', 'server'] as const).map((host) => pill(host, initial[host] ?? 'CLOSED', lanes[host], layout.headerY + 22, `init-${host}`, initial[host] === 'DOWN'))}
      {layout.states.map((s, i) => (inView(s.y, s.y) ? pill(s.host, s.text, s.x, s.y, `state-${i}`, s.down) : null))}
    </svg>
  )
})
