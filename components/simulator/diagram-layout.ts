/**
 * Geometry of the sequence diagram for a given width: lane positions, arrow end points, where
 * labels go, timer bars and compressed gaps. Pure; the vertical time scale comes from the
 * engine's timeline view model (lib/sim/timeline.ts), this adds the horizontal layout and the
 * drawing decisions (a lost segment stops short, a held one is a stub).
 */
import { buildTimeline, type ArrowFate, type HostId, type SimState, type TimelineArrow, type TimelineGap } from '@/lib/sim'
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

type Stack = { readonly y: (time: number) => number; readonly extra: (time: number) => number; readonly total: number }

/**
 * Pure. Segments a host sends at the same simulated instant (a window's worth of data, a crossing
 * pair) would share one line; each further one gets a row of its own. Returns the time-to-y map
 * with those rows added to the engine's scale, and each segment's row at its send and arrival.
 */
function stackRows(sim: Pick<SimState, 'trace'>, yOf: (t: number) => number) {
  const sendRow = new Map<number, number>()
  const arriveRow = new Map<number, number>()
  const used = new Map<string, number>()
  const rows = new Map<number, number>()
  const take = (key: string, time: number) => {
    const row = used.get(key) ?? 0
    used.set(key, row + 1)
    if (row > (rows.get(time) ?? 0)) rows.set(time, row)
    return row
  }
  for (const e of sim.trace) {
    if (e.type === 'segment_sent') sendRow.set(e.id, take(`s${e.from}${e.time}`, e.time))
    else if (e.type === 'segment_duplicated') sendRow.set(e.copyId, sendRow.get(e.id) ?? 0)
    else if (e.type === 'segment_delivered') arriveRow.set(e.id, take(`a${e.to}${e.time}`, e.time))
  }
  const times = [...rows.keys()].sort((a, b) => a - b)
  const before: number[] = []
  let total = 0
  for (const t of times) {
    before.push(total)
    total += rows.get(t)! * STACK_PX
  }
  // Extra height of all stacked instants strictly before `time`.
  const extraBefore = (time: number) => {
    let lo = 0
    let hi = times.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (times[mid]! < time) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? 0 : before[lo - 1]! + rows.get(times[lo - 1]!)! * STACK_PX
  }
  const stack: Stack = {
    y: (time) => yOf(time) + extraBefore(time),
    extra: (time) => (rows.get(time) ?? 0) * STACK_PX,
    total,
  }
  return { stack, sendRow, arriveRow }
}

/** Pure. Lays out the sequence diagram of a simulation at a given width (px). */
export function layoutDiagram(sim: Pick<SimState, 'trace' | 'time' | 'channel' | 'hosts'>, width: number): DiagramLayout {
  const timeline = buildTimeline(sim, TIME_SCALE)
  const lanes = laneXs(width)
  const { stack, sendRow, arriveRow } = stackRows(sim, timeline.yOf)
  const nowY = stack.y(sim.time) + stack.extra(sim.time)
  const arriveAt = new Map(sim.channel.inFlight.map((s) => [s.id, s.arriveAt]))
  const delayed = new Set<number>()
  const lostCause = new Map<number, DrawnArrow['lostCause']>()
  for (const e of sim.trace) {
    if (e.type === 'segment_delayed') delayed.add(e.id)
    else if (e.type === 'segment_dropped') lostCause.set(e.id, e.cause)
  }

  let bottom = nowY
  const arrowY = new Map<number, number>()
  const arrows = timeline.arrows.map((a): DrawnArrow => {
    const x1 = lanes[a.from]
    const xTo = lanes[a.to]
    const cause = lostCause.get(a.id) ?? null
    const y1 = stack.y(a.sentAt) + (sendRow.get(a.id) ?? 0) * STACK_PX
    let x2 = xTo
    let y2 = stack.y(a.endAt) + (arriveRow.get(a.id) ?? 0) * STACK_PX
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
    if (a.fate === 'delivered') arrowY.set(a.id, y2)
    const labelAt = a.fate === 'delivered' || a.fate === 'in_flight' ? LABEL_AT : 0.5
    bottom = Math.max(bottom, y2)
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
      delayed: delayed.has(a.id),
      lostCause: cause,
      open: a.fate === 'in_flight' || a.fate === 'held',
    }
  })

  const states: DrawnState[] = []
  const down: Array<{ host: HostId; y1: number; y2: number }> = []
  const downSince = new Map<HostId, number>()
  const lastY: Partial<Record<HostId, number>> = {}
  for (const e of sim.trace) {
    if (e.type !== 'state_change' && e.type !== 'host_crash' && e.type !== 'host_reboot') continue
    const text = e.type === 'state_change' ? e.to : e.type === 'host_crash' ? 'DOWN' : 'CLOSED'
    const caused = e.type === 'state_change' && e.cause.type === 'segment' ? arrowY.get(e.cause.segmentId) : undefined
    let y = caused ?? stack.y(e.time)
    const previous = lastY[e.host]
    if (previous !== undefined && y - previous < 20) y = previous + 20
    lastY[e.host] = y
    states.push({ host: e.host, text, x: lanes[e.host], y, down: text === 'DOWN' })
    if (text === 'DOWN') downSince.set(e.host, y)
    else if (downSince.has(e.host)) {
      down.push({ host: e.host, y1: downSince.get(e.host)!, y2: y })
      downSince.delete(e.host)
    }
  }
  for (const [host, y1] of downSince) down.push({ host, y1, y2: Math.max(bottom, nowY) + 24 })

  const timers = timeline.timers.map((t): DrawnTimer => {
    const outward = t.host === 'client' ? -1 : 1
    const x = lanes[t.host] + outward * (14 + 7 * TIMER_OFFSET[t.timer])
    return {
      host: t.host,
      timer: t.timer,
      x,
      y1: stack.y(t.startAt),
      y2: Math.max(stack.y(t.endAt), stack.y(t.startAt) + 6),
      end: t.end,
      duration: t.deadline - t.startAt,
      left: t.end === 'running' ? Math.max(0, t.deadline - sim.time) : 0,
    }
  })
  for (const t of timers) if (t.end === 'running') bottom = Math.max(bottom, t.y2 + 40)

  const gaps = timeline.gaps.map((g) => ({ ...g, y1: stack.y(g.from) + stack.extra(g.from), y2: stack.y(g.to) }))
  // Grown in steps, so the drawing is not resized (and wholly laid out again) on every event.
  const height = Math.ceil(Math.max(timeline.height + stack.total, bottom + 48) / HEIGHT_STEP) * HEIGHT_STEP
  return { width, height, lanes, headerY: 20, top: TIME_SCALE.topPx, nowY, arrows, states, timers, gaps, down }
}

/** Pure. Each host's state before anything in the trace happened (drawn under the lane header). */
export function initialStates(sim: Pick<SimState, 'trace' | 'hosts'>): Record<HostId, string> {
  const out: Record<HostId, string> = { client: 'CLOSED', server: 'CLOSED' }
  for (const host of ['client', 'server'] as const) {
    const first = sim.trace.find((e) => e.type === 'state_change' && e.host === host)
    const crashed = sim.trace.some((e) => e.type === 'host_crash' && e.host === host)
    const h = sim.hosts[host]
    if (first?.type === 'state_change') out[host] = first.from
    else if (!crashed) out[host] = h.up ? (h.tcb?.state ?? 'CLOSED') : 'DOWN'
  }
  return out
}
