/**
 * Geometry of the sequence diagram for a given width: lane positions, arrow end points, where
 * labels go, timer bars and compressed gaps. Pure; the vertical time scale comes from the
 * engine's timeline view model (lib/sim/timeline.ts), this adds the horizontal layout and the
 * drawing decisions (a lost segment stops short, a held one is a stub).
 */
import {
  continuesTrace,
  createTimelineBuilder,
  type ArrowFate,
  type HostId,
  type SimState,
  type TimelineArrow,
  type TimelineGap,
  type TimelineTimerSpan,
  type TracePosition,
} from '@/lib/sim'
import type { SendReason, TimerKind } from '@/lib/tcp'

/** Vertical scale: ordinary time at 0.8 px/ms, idle stretches over 300 ms drawn as an 80 px break. */
export const TIME_SCALE = { pxPerMs: 0.8, gapThresholdMs: 300, gapPx: 80, minStepPx: 30, topPx: 76 } as const

export type DrawnArrow = {
  readonly id: number
  readonly from: HostId
  readonly to: HostId
  readonly fate: ArrowFate
  readonly sentAt: number
  /** Arrival or drop time; while it travels, when it is due (the send time if held back). */
  readonly endAt: number
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  /** Centre of the label, above the arrow. */
  readonly labelX: number
  readonly labelY: number
  /** Client segments are labelled above their line, server segments below, so crossing pairs stay readable. */
  readonly labelSide: 'above' | 'below'
  readonly label: TimelineArrow['label']
  readonly reason: SendReason | 'stale'
  readonly copyOf: number | null
  readonly delayed: boolean
  readonly lostCause: 'fate' | 'loss' | 'host_down' | null
  /** In flight or held back: the learner may still choose its fate. */
  readonly open: boolean
}

export type DrawnState = { readonly host: HostId; readonly text: string; readonly x: number; readonly y: number; readonly down: boolean }

export type DrawnTimer = {
  readonly host: HostId
  readonly timer: TimerKind
  readonly x: number
  readonly y1: number
  readonly y2: number
  readonly end: 'expired' | 'cancelled' | 'restarted' | 'running'
  readonly duration: number
  /** Time left for a running timer, ms. */
  readonly left: number
}

export type DiagramLayout = {
  readonly width: number
  readonly height: number
  readonly lanes: Readonly<Record<HostId, number>>
  readonly headerY: number
  readonly top: number
  readonly nowY: number
  readonly arrows: ReadonlyArray<DrawnArrow>
  readonly states: ReadonlyArray<DrawnState>
  readonly timers: ReadonlyArray<DrawnTimer>
  readonly gaps: ReadonlyArray<TimelineGap>
  /** Stretches of a lane while its host is down (drawn dashed). */
  readonly down: ReadonlyArray<{ readonly host: HostId; readonly y1: number; readonly y2: number }>
}

const TIMER_OFFSET: Readonly<Record<TimerKind, number>> = {
  retransmission: 0,
  time_wait: 0,
  keepalive: 1,
  delayed_ack: 2,
  user_timeout: 3,
}

/** Pure. Lane x positions for a width: a fifth of the width in from each side, within limits. */
export function laneXs(width: number): Record<HostId, number> {
  const pad = Math.round(Math.min(170, Math.max(60, width * 0.2)))
  return { client: pad, server: width - pad }
}

/** Where along a full arrow its label sits, from the sender. */
const LABEL_AT = 0.4

/** The diagram's height grows in steps of this many px. */
export const HEIGHT_STEP = 480

/** Extra height for each further segment a host sends (or receives) at the same instant. */
export const STACK_PX = 40

/**
 * What a layouter has read of a trace (see createDiagramLayouter). Segments a host sends (or
 * receives) at the same simulated instant (a window's worth of data, a crossing pair) would share
 * one line, so each further one gets a row of its own: `times` are the instants with extra rows,
 * `rows` how many, `before` the extra height of all instants before each. State labels and the
 * stretches a host was down are placed as their entries are read; none of them move later.
 */
type Reading = TracePosition & {
  readonly sendRow: Map<number, number>
  readonly arriveRow: Map<number, number>
  readonly used: Map<string, number>
  readonly times: number[]
  readonly rows: number[]
  readonly before: number[]
  readonly delayed: Set<number>
  readonly lostCause: Map<number, DrawnArrow['lostCause']>
  /** Where each delivered segment arrives, for the state label it causes. */
  readonly arrivesAt: Map<number, number>
  readonly states: DrawnState[]
  readonly down: Array<{ readonly host: HostId; readonly y1: number; readonly y2: number }>
  readonly downSince: Map<HostId, number>
  readonly lastY: Partial<Record<HostId, number>>
}

function newReading(): Reading {
  return {
    trace: [],
    read: 0,
    time: -Infinity,
    sendRow: new Map(),
    arriveRow: new Map(),
    used: new Map(),
    times: [],
    rows: [],
    before: [],
    delayed: new Set(),
    lostCause: new Map(),
    arrivesAt: new Map(),
    states: [],
    down: [],
    downSince: new Map(),
    lastY: {},
  }
}

/** Index of the first stacked instant at or after `time`. */
function firstAtOrAfter(times: ReadonlyArray<number>, time: number): number {
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (times[mid]! < time) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Extra height of all stacked instants strictly before `time`. */
function extraBefore(r: Reading, time: number): number {
  const i = firstAtOrAfter(r.times, time)
  return i === 0 ? 0 : r.before[i - 1]! + r.rows[i - 1]! * STACK_PX
}

/** Extra height of the stacked rows at `time` itself. */
function extraAt(r: Reading, time: number): number {
  const i = firstAtOrAfter(r.times, time)
  return r.times[i] === time ? r.rows[i]! * STACK_PX : 0
}

/** Takes the next row of a host's sends (or arrivals) at one instant. */
function takeRow(r: Reading, key: string, time: number): number {
  const row = r.used.get(key) ?? 0
  r.used.set(key, row + 1)
  if (row === 0) return row
  const i = firstAtOrAfter(r.times, time)
  if (r.times[i] === time) {
    if (row <= r.rows[i]!) return row
    r.rows[i] = row
  } else {
    r.times.splice(i, 0, time)
    r.rows.splice(i, 0, row)
    r.before.splice(i, 0, 0)
  }
  // Instants come in time order, so `i` is nearly always the last one and this loop updates only it.
  for (let j = i; j < r.times.length; j++) r.before[j] = j === 0 ? 0 : r.before[j - 1]! + r.rows[j - 1]! * STACK_PX
  return row
}

/** Reads the entries after those already read: rows, fates, state labels and down stretches. */
function readOn(r: Reading, sim: Pick<SimState, 'trace' | 'time'>, yOf: (t: number) => number, lanes: Readonly<Record<HostId, number>>): void {
  const y = (time: number) => yOf(time) + extraBefore(r, time)
  const { trace } = sim
  for (let i = r.read; i < trace.length; i++) {
    const e = trace[i]!
    switch (e.type) {
      case 'segment_sent':
        r.sendRow.set(e.id, takeRow(r, `s${e.from}${e.time}`, e.time))
        break
      case 'segment_duplicated':
        r.sendRow.set(e.copyId, r.sendRow.get(e.id) ?? 0)
        break
      case 'segment_delivered': {
        const row = takeRow(r, `a${e.to}${e.time}`, e.time)
        r.arriveRow.set(e.id, row)
        r.arrivesAt.set(e.id, y(e.time) + row * STACK_PX)
        break
      }
      case 'segment_delayed':
        r.delayed.add(e.id)
        break
      case 'segment_dropped':
        r.lostCause.set(e.id, e.cause)
        break
      case 'state_change':
      case 'host_crash':
      case 'host_reboot': {
        const text = e.type === 'state_change' ? e.to : e.type === 'host_crash' ? 'DOWN' : 'CLOSED'
        const caused = e.type === 'state_change' && e.cause.type === 'segment' ? r.arrivesAt.get(e.cause.segmentId) : undefined
        let at = caused ?? y(e.time)
        const previous = r.lastY[e.host]
        if (previous !== undefined && at - previous < 20) at = previous + 20
        r.lastY[e.host] = at
        r.states.push({ host: e.host, text, x: lanes[e.host], y: at, down: text === 'DOWN' })
        if (text === 'DOWN') r.downSince.set(e.host, at)
        else if (r.downSince.has(e.host)) {
          r.down.push({ host: e.host, y1: r.downSince.get(e.host)!, y2: at })
          r.downSince.delete(e.host)
        }
        break
      }
      default:
        break
    }
  }
  Object.assign(r, { trace, read: trace.length, time: sim.time })
}

/** Lays out the sequence diagram of a simulation at a given width (px). */
export type DiagramLayouter = (sim: Pick<SimState, 'trace' | 'time' | 'channel' | 'hosts'>, width: number) => DiagramLayout

/**
 * Pure in what it returns: the same as `layoutDiagram` for every state it is given. Fed the
 * successive states of one simulation (as while playing), it reads only the new trace entries and
 * hands out the arrows of settled segments and ended timers as the same objects as before, so a
 * long run costs little per event and the drawing redraws only what changed. Any other state (Back,
 * Reset, another width) is read afresh.
 */
export function createDiagramLayouter(): DiagramLayouter {
  const timeline = createTimelineBuilder(TIME_SCALE)
  let reading = newReading()
  let drawnWidth = NaN
  let settledArrows = new WeakMap<TimelineArrow, DrawnArrow>()
  let endedTimers = new WeakMap<TimelineTimerSpan, DrawnTimer>()
  // The drawn arrows of the timeline's settled prefix (see Timeline.settledArrows), the last
  // timeline arrow drawn into it, and their lowest end: copied whole into each layout.
  let drawnPrefix: DrawnArrow[] = []
  let prefixLast: TimelineArrow | null = null
  let prefixBottom = -Infinity
  return (sim, width) => {
    const lanes = laneXs(width)
    if (width !== drawnWidth || !continuesTrace(reading, sim.trace, sim.time)) {
      reading = newReading()
      drawnWidth = width
      settledArrows = new WeakMap()
      endedTimers = new WeakMap()
      drawnPrefix = []
    }
    const tl = timeline(sim)
    // The builder hands out its settled prefix as the same objects; if it read afresh, so do we.
    if (drawnPrefix.length > tl.settledArrows || (drawnPrefix.length > 0 && tl.arrows[drawnPrefix.length - 1] !== prefixLast)) drawnPrefix = []
    if (drawnPrefix.length === 0) {
      prefixLast = null
      prefixBottom = -Infinity
    }
    readOn(reading, sim, tl.yOf, lanes)
    const r = reading
    const stackY = (time: number) => tl.yOf(time) + extraBefore(r, time)
    const nowY = stackY(sim.time) + extraAt(r, sim.time)
    const arriveAt = new Map(sim.channel.inFlight.map((s) => [s.id, s.arriveAt]))

    const drawArrow = (a: TimelineArrow): DrawnArrow => {
      const x1 = lanes[a.from]
      const xTo = lanes[a.to]
      const cause = r.lostCause.get(a.id) ?? null
      const y1 = stackY(a.sentAt) + (r.sendRow.get(a.id) ?? 0) * STACK_PX
      let x2 = xTo
      let y2 = stackY(a.endAt) + (r.arriveRow.get(a.id) ?? 0) * STACK_PX
      let endAt = a.endAt
      if (a.fate === 'in_flight') {
        // Projected from its own send time, not through the time scale: the scale below "now" moves
        // as events arrive, and an arrow whose head moved on every event would be redrawn each time.
        const at = arriveAt.get(a.id)
        endAt = at ?? a.sentAt
        y2 = at === null || at === undefined ? y1 + 40 : y1 + Math.max(24, (at - a.sentAt) * TIME_SCALE.pxPerMs)
      } else if (a.fate === 'held') {
        endAt = a.sentAt
        x2 = x1 + (xTo - x1) * 0.42
        y2 = y1 + 22
      } else if (a.fate === 'dropped') {
        const share = cause === 'host_down' ? 0.9 : 0.55
        const span = Math.max(y2 - y1, 44)
        x2 = x1 + (xTo - x1) * share
        y2 = y1 + span * share
      }
      const labelAt = a.fate === 'delivered' || a.fate === 'in_flight' ? LABEL_AT : 0.5
      return {
        id: a.id,
        from: a.from,
        to: a.to,
        fate: a.fate,
        sentAt: a.sentAt,
        endAt,
        x1,
        y1,
        x2,
        y2,
        labelX: x1 + (x2 - x1) * labelAt,
        labelY: y1 + (y2 - y1) * labelAt,
        labelSide: a.from === 'client' ? 'above' : 'below',
        label: a.label,
        reason: a.reason,
        copyOf: a.copyOf,
        delayed: r.delayed.has(a.id),
        lostCause: cause,
        open: a.fate === 'in_flight' || a.fate === 'held',
      }
    }

    /** A settled arrow is drawn once and handed out as the same object; an open one every time. */
    const drawnOf = (a: TimelineArrow): DrawnArrow => {
      let drawn = settledArrows.get(a)
      if (!drawn) {
        drawn = drawArrow(a)
        if (a.fate === 'delivered' || a.fate === 'dropped') settledArrows.set(a, drawn)
      }
      return drawn
    }

    while (drawnPrefix.length < tl.settledArrows) {
      const a = tl.arrows[drawnPrefix.length]!
      const drawn = drawnOf(a)
      drawnPrefix.push(drawn)
      prefixLast = a
      if (drawn.y2 > prefixBottom) prefixBottom = drawn.y2
    }
    let bottom = Math.max(nowY, prefixBottom)
    const rest: DrawnArrow[] = []
    for (let i = drawnPrefix.length; i < tl.arrows.length; i++) {
      const drawn = drawnOf(tl.arrows[i]!)
      if (drawn.y2 > bottom) bottom = drawn.y2
      rest.push(drawn)
    }
    // One copy of the prefix with the rest after it, as the timeline builds its arrows.
    const arrows = drawnPrefix.concat(rest)

    const down = r.down.slice()
    for (const [host, y1] of r.downSince) down.push({ host, y1, y2: Math.max(bottom, nowY) + 24 })

    const timers = tl.timers.map((t) => {
      let drawn = endedTimers.get(t)
      if (!drawn) {
        const outward = t.host === 'client' ? -1 : 1
        drawn = {
          host: t.host,
          timer: t.timer,
          x: lanes[t.host] + outward * (14 + 7 * TIMER_OFFSET[t.timer]),
          y1: stackY(t.startAt),
          y2: Math.max(stackY(t.endAt), stackY(t.startAt) + 6),
          end: t.end,
          duration: t.deadline - t.startAt,
          left: t.end === 'running' ? Math.max(0, t.deadline - sim.time) : 0,
        }
        if (t.end !== 'running') endedTimers.set(t, drawn)
      }
      return drawn
    })
    for (const t of timers) if (t.end === 'running') bottom = Math.max(bottom, t.y2 + 40)

    const gaps = tl.gaps.map((g) => ({ ...g, y1: stackY(g.from) + extraAt(r, g.from), y2: stackY(g.to) }))
    const stacked = r.times.length === 0 ? 0 : r.before[r.times.length - 1]! + r.rows[r.times.length - 1]! * STACK_PX
    // Grown in steps, so the drawing is not resized (and wholly laid out again) on every event.
    const height = Math.ceil(Math.max(tl.height + stacked, bottom + 48) / HEIGHT_STEP) * HEIGHT_STEP
    return { width, height, lanes, headerY: 20, top: TIME_SCALE.topPx, nowY, arrows, states: r.states.slice(), timers, gaps, down }
  }
}

/** Pure. Lays out the sequence diagram of a simulation at a given width (px). */
export function layoutDiagram(sim: Pick<SimState, 'trace' | 'time' | 'channel' | 'hosts'>, width: number): DiagramLayout {
  return createDiagramLayouter()(sim, width)
}

/** Pure. Each host's state before anything in the trace happened (drawn under the lane header). */
export function initialStates(sim: Pick<SimState, 'trace' | 'hosts'>): Record<HostId, string> {
  const out: Record<HostId, string> = { client: 'CLOSED', server: 'CLOSED' }
  for (const host of ['client', 'server'] as const) {
    // The first state change settles it, and it lies near the start of the trace: only a host that
    // never changed state needs the whole trace searched (this runs on every event while playing).
    const first = sim.trace.find((e) => e.type === 'state_change' && e.host === host)
    if (first?.type === 'state_change') {
      out[host] = first.from
      continue
    }
    const crashed = sim.trace.some((e) => e.type === 'host_crash' && e.host === host)
    const h = sim.hosts[host]
    if (!crashed) out[host] = h.up ? (h.tcb?.state ?? 'CLOSED') : 'DOWN'
  }
  return out
}
