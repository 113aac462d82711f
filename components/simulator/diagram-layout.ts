/**
 * Geometry of the sequence diagram for a given width: lane positions, arrow end points, where
 * labels go, timer bars and compressed gaps. Pure; the vertical time scale comes from the
 * engine's timeline view model (lib/sim/timeline.ts), this adds the horizontal layout and the
 * drawing decisions (a lost segment stops short, a held one is a stub).
 */
import { buildTimeline, type ArrowFate, type HostId, type SimState, type TimelineArrow, type TimelineGap } from '@/lib/sim'
import type { SendReason, TimerKind } from '@/lib/tcp'

/** Vertical scale: ordinary time at 0.8 px/ms, idle stretches over 300 ms drawn as a 56 px break. */
export const TIME_SCALE = { pxPerMs: 0.8, gapThresholdMs: 300, gapPx: 56, minStepPx: 30, topPx: 76 } as const

export type DrawnArrow = {
  readonly id: number
  readonly from: HostId
  readonly to: HostId
  readonly fate: ArrowFate
  readonly sentAt: number
  /** Arrival or drop time; the current time while it travels. */
  readonly endAt: number
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  /** Centre of the label, above the arrow. */
  readonly labelX: number
  readonly labelY: number
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

/** Pure. Lays out the sequence diagram of a simulation at a given width (px). */
export function layoutDiagram(sim: Pick<SimState, 'trace' | 'time' | 'channel' | 'hosts'>, width: number): DiagramLayout {
  const timeline = buildTimeline(sim, TIME_SCALE)
  const lanes = laneXs(width)
  const nowY = timeline.yOf(sim.time)
  const arriveAt = new Map(sim.channel.inFlight.map((s) => [s.id, s.arriveAt]))
  const delayed = new Set<number>()
  const lostCause = new Map<number, DrawnArrow['lostCause']>()
  for (const e of sim.trace) {
    if (e.type === 'segment_delayed') delayed.add(e.id)
    else if (e.type === 'segment_dropped') lostCause.set(e.id, e.cause)
  }

  let bottom = nowY
  const arrows = timeline.arrows.map((a): DrawnArrow => {
    const x1 = lanes[a.from]
    const xTo = lanes[a.to]
    const cause = lostCause.get(a.id) ?? null
    let x2 = xTo
    let y2 = a.y2
    if (a.fate === 'in_flight') {
      const at = arriveAt.get(a.id)
      y2 = at === null || at === undefined ? a.y1 + 40 : Math.max(timeline.yOf(at), a.y1 + 24)
    } else if (a.fate === 'held') {
      x2 = x1 + (xTo - x1) * 0.42
      y2 = Math.max(a.y2, a.y1) + 22
    } else if (a.fate === 'dropped') {
      const share = cause === 'host_down' ? 0.9 : 0.55
      const span = Math.max(a.y2 - a.y1, 44)
      x2 = x1 + (xTo - x1) * share
      y2 = a.y1 + span * share
    }
    bottom = Math.max(bottom, y2)
    return {
      id: a.id,
      from: a.from,
      to: a.to,
      fate: a.fate,
      sentAt: a.sentAt,
      endAt: a.endAt,
      x1,
      y1: a.y1,
      x2,
      y2,
      labelX: (x1 + x2) / 2,
      labelY: (a.y1 + y2) / 2,
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
  for (const s of timeline.states) {
    const previous = [...states].reverse().find((p) => p.host === s.host)
    const y = previous && s.y - previous.y < 20 ? previous.y + 20 : s.y
    states.push({ host: s.host, text: s.state, x: lanes[s.host], y, down: s.state === 'DOWN' })
    if (s.state === 'DOWN') downSince.set(s.host, y)
    else if (downSince.has(s.host)) {
      down.push({ host: s.host, y1: downSince.get(s.host)!, y2: y })
      downSince.delete(s.host)
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
      y1: t.y1,
      y2: Math.max(t.y2, t.y1 + 6),
      end: t.end,
      duration: t.deadline - t.startAt,
      left: t.end === 'running' ? Math.max(0, t.deadline - sim.time) : 0,
    }
  })
  for (const t of timers) if (t.end === 'running') bottom = Math.max(bottom, t.y2 + 40)

  const height = Math.max(timeline.height, bottom + 48)
  return { width, height, lanes, headerY: 20, top: TIME_SCALE.topPx, nowY, arrows, states, timers, gaps: timeline.gaps, down }
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
