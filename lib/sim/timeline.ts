/**
 * Turns a simulation trace into a view model for a sequence diagram: two lanes, one arrow per
 * segment (with its fate and labels in RFC and textbook notation), state labels, timer spans, and
 * a time-to-y mapping that compresses long idle gaps (e.g. the 2 h before a keep-alive probe) so
 * drawing code stays dumb.
 */
import { formatRfc, formatTextbook } from '../tcp/segment'
import type { SendReason, TcpState, TimerKind } from '../tcp/types'
import type { HostId, SimState, TraceEntry } from './types'

/** Layout options. Times in ms, lengths in px. */
export type TimelineOptions = {
  readonly pxPerMs?: number // vertical scale for ordinary time (default 0.5 px per ms)
  readonly gapThresholdMs?: number // idle gaps longer than this are compressed (default 2000)
  readonly gapPx?: number // height of a compressed gap (default 40)
  readonly minStepPx?: number // minimum distance between two distinct event times (default 24)
  readonly topPx?: number // y of time 0 (default 40)
}

/** What happened to a segment. */
export type ArrowFate = 'delivered' | 'dropped' | 'in_flight' | 'held'

/** One segment on the diagram: from one lane at `sentAt` to the other lane at `endAt`. */
export type TimelineArrow = {
  readonly id: number
  readonly from: HostId
  readonly to: HostId
  readonly sentAt: number
  /** Arrival time if delivered; drop time if dropped; the current time if still travelling or held. */
  readonly endAt: number
  readonly y1: number
  readonly y2: number
  readonly fate: ArrowFate
  readonly reason: SendReason | 'stale'
  readonly copyOf: number | null
  readonly label: { readonly rfc: string; readonly textbook: string }
}

/** A state a lane enters at a time. */
export type TimelineStateLabel = { readonly host: HostId; readonly state: TcpState | 'DOWN'; readonly time: number; readonly y: number }

/** A timer's life on a lane: from start (or restart) to expiry, cancel, or now. */
export type TimelineTimerSpan = {
  readonly host: HostId
  readonly timer: TimerKind
  readonly startAt: number
  readonly endAt: number
  readonly deadline: number
  readonly y1: number
  readonly y2: number
  readonly end: 'expired' | 'cancelled' | 'restarted' | 'running'
}

/** A compressed idle stretch: real time [from, to] drawn as `y1..y2`. */
export type TimelineGap = { readonly from: number; readonly to: number; readonly y1: number; readonly y2: number }

/** The whole view model. Lanes are fixed: client on the left (x = 0), server on the right (x = 1). */
export type Timeline = {
  readonly lanes: ReadonlyArray<{ readonly host: HostId; readonly x: 0 | 1 }>
  readonly arrows: ReadonlyArray<TimelineArrow>
  readonly states: ReadonlyArray<TimelineStateLabel>
  readonly timers: ReadonlyArray<TimelineTimerSpan>
  readonly gaps: ReadonlyArray<TimelineGap>
  readonly height: number
  /** Maps a simulated time to y with the same compression. */
  readonly yOf: (time: number) => number
}

/**
 * Pure. A piecewise-linear time-to-y map through the given event times: ordinary stretches scale
 * by `pxPerMs` (at least `minStepPx` between distinct times), stretches longer than
 * `gapThresholdMs` take `gapPx` and are reported as gaps.
 */
export function createTimeScale(times: ReadonlyArray<number>, options: TimelineOptions = {}): { yOf: (t: number) => number; gaps: TimelineGap[]; height: number } {
  const pxPerMs = options.pxPerMs ?? 0.5
  const threshold = options.gapThresholdMs ?? 2000
  const gapPx = options.gapPx ?? 40
  const minStep = options.minStepPx ?? 24
  const top = options.topPx ?? 40
  const sorted = [...new Set([0, ...times])].sort((a, b) => a - b)
  const ys: number[] = [top]
  const gaps: TimelineGap[] = []
  for (let i = 1; i < sorted.length; i++) {
    const dt = sorted[i]! - sorted[i - 1]!
    const prev = ys[i - 1]!
    if (dt > threshold) {
      ys.push(prev + gapPx)
      gaps.push({ from: sorted[i - 1]!, to: sorted[i]!, y1: prev, y2: prev + gapPx })
    } else {
      ys.push(prev + Math.max(minStep, dt * pxPerMs))
    }
  }
  const last = sorted.length - 1
  // Binary search for the first event time at or after `t`: a whole timeline looks up every
  // entry's time, so a linear scan here would make it quadratic in the trace length.
  const yOf = (t: number): number => {
    if (t <= sorted[0]!) return ys[0]!
    if (t > sorted[last]!) return ys[last]! + (t - sorted[last]!) * pxPerMs
    let lo = 1
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < t) lo = mid + 1
      else hi = mid
    }
    const t0 = sorted[lo - 1]!
    const t1 = sorted[lo]!
    const y0 = ys[lo - 1]!
    const y1 = ys[lo]!
    return t1 === t0 ? y1 : y0 + ((t - t0) / (t1 - t0)) * (y1 - y0)
  }
  return { yOf, gaps, height: ys[last]! + top }
}

function eventTimes(trace: ReadonlyArray<TraceEntry>, now: number): number[] {
  const times = trace.map((e) => e.time)
  for (const e of trace) if ((e.type === 'timer_start' || e.type === 'timer_restart') && e.deadline <= now) times.push(e.deadline)
  times.push(now)
  return times
}

// Trace entries are shared by every later state of a simulation, so a segment's two labels are
// formatted once per segment, not on every rebuild (e.g. every animation frame).
const labels = new WeakMap<object, TimelineArrow['label']>()
function labelOf(segment: Extract<TraceEntry, { type: 'segment_sent' }>['segment']): TimelineArrow['label'] {
  let label = labels.get(segment)
  if (!label) {
    label = { rfc: formatRfc(segment), textbook: formatTextbook(segment) }
    labels.set(segment, label)
  }
  return label
}

type Draft = { -readonly [K in keyof Omit<TimelineArrow, 'y1' | 'y2'>]: Omit<TimelineArrow, 'y1' | 'y2'>[K] }
type OpenTimer = { readonly host: HostId; readonly timer: TimerKind; readonly startAt: number; readonly deadline: number }

/** Pure. The sequence-diagram view model of a simulation (or of its trace up to now). */
export function buildTimeline(sim: Pick<SimState, 'trace' | 'time' | 'channel'>, options: TimelineOptions = {}): Timeline {
  const { yOf, gaps, height } = createTimeScale(eventTimes(sim.trace, sim.time), options)
  // Drafts are private to this call, so a delivery or drop updates one in place.
  const arrows = new Map<number, Draft>()
  const states: TimelineStateLabel[] = []
  const timers: TimelineTimerSpan[] = []
  const open = new Map<string, OpenTimer>()
  const closeTimer = (host: HostId, timer: TimerKind, at: number, end: TimelineTimerSpan['end']): void => {
    const key = host + timer
    const t = open.get(key)
    if (!t) return
    open.delete(key)
    timers.push({ host: t.host, timer: t.timer, startAt: t.startAt, deadline: t.deadline, endAt: at, y1: yOf(t.startAt), y2: yOf(at), end })
  }
  for (const e of sim.trace) {
    switch (e.type) {
      case 'segment_sent':
        arrows.set(e.id, {
          id: e.id,
          from: e.from,
          to: e.to,
          sentAt: e.time,
          endAt: sim.time,
          fate: 'in_flight',
          reason: e.reason,
          copyOf: e.copyOf,
          label: labelOf(e.segment),
        })
        break
      case 'segment_duplicated': {
        const o = arrows.get(e.id)
        if (o) arrows.set(e.copyId, { id: e.copyId, from: o.from, to: o.to, sentAt: o.sentAt, endAt: sim.time, fate: 'held', reason: o.reason, copyOf: e.id, label: o.label })
        break
      }
      case 'segment_delivered':
      case 'segment_dropped': {
        const a = arrows.get(e.id)
        if (a) {
          a.endAt = e.time
          a.fate = e.type === 'segment_delivered' ? 'delivered' : 'dropped'
        }
        break
      }
      case 'state_change':
        states.push({ host: e.host, state: e.to, time: e.time, y: yOf(e.time) })
        break
      case 'host_crash':
        states.push({ host: e.host, state: 'DOWN', time: e.time, y: yOf(e.time) })
        break
      case 'host_reboot':
        states.push({ host: e.host, state: 'CLOSED', time: e.time, y: yOf(e.time) })
        break
      case 'timer_start':
      case 'timer_restart':
        closeTimer(e.host, e.timer, e.time, 'restarted')
        open.set(e.host + e.timer, { host: e.host, timer: e.timer, startAt: e.time, deadline: e.deadline })
        break
      case 'timer_cancel':
        closeTimer(e.host, e.timer, e.time, 'cancelled')
        break
      case 'timer_expire':
        closeTimer(e.host, e.timer, e.time, 'expired')
        break
      default:
        break
    }
  }
  for (const t of open.values()) timers.push({ host: t.host, timer: t.timer, startAt: t.startAt, deadline: t.deadline, endAt: sim.time, y1: yOf(t.startAt), y2: yOf(sim.time), end: 'running' })
  const held = new Set<number>()
  for (const s of sim.channel.inFlight) if (s.arriveAt === null) held.add(s.id)
  const out: TimelineArrow[] = []
  for (const a of arrows.values()) {
    const fate: ArrowFate = a.fate === 'in_flight' && held.has(a.id) ? 'held' : a.fate
    // An object literal, not `{ ...a, fate }`: overriding a spread key takes V8's slow path.
    out.push({
      id: a.id,
      from: a.from,
      to: a.to,
      sentAt: a.sentAt,
      endAt: a.endAt,
      fate,
      reason: a.reason,
      copyOf: a.copyOf,
      label: a.label,
      y1: yOf(a.sentAt),
      y2: yOf(a.endAt),
    })
  }
  out.sort((a, b) => a.id - b.id)
  return { lanes: [{ host: 'client', x: 0 }, { host: 'server', x: 1 }], arrows: out, states, timers, gaps, height, yOf }
}
