/**
 * The engine's sequence-diagram view model (lib/sim/timeline.ts `buildTimeline`), computed with a
 * binary-search time scale. The library's scale looks each time up by a linear scan, which makes a
 * whole timeline quadratic in the trace length: about 15 ms for a 2,700-entry trace, too slow to
 * redraw on every animation frame. The output is the same; fast-timeline.test.ts pins the two
 * together on every scenario, so this file can go once the library scale is logarithmic.
 */
import type { ArrowFate, HostId, SimState, Timeline, TimelineArrow, TimelineGap, TimelineOptions, TimelineStateLabel, TimelineTimerSpan, TraceEntry } from '@/lib/sim'
import { formatRfc, formatTextbook, type TimerKind } from '@/lib/tcp'

/** Pure. `createTimeScale` of lib/sim/timeline.ts with a binary search in `yOf`. */
export function createFastTimeScale(times: ReadonlyArray<number>, options: TimelineOptions = {}): { yOf: (t: number) => number; gaps: TimelineGap[]; height: number } {
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
// formatted once, not on every frame.
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
type OpenTimer = { host: HostId; timer: TimerKind; startAt: number; deadline: number }

/** Pure. `buildTimeline` of lib/sim/timeline.ts, on the fast time scale. */
export function buildFastTimeline(sim: Pick<SimState, 'trace' | 'time' | 'channel'>, options: TimelineOptions = {}): Timeline {
  const { yOf, gaps, height } = createFastTimeScale(eventTimes(sim.trace, sim.time), options)
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
        const original = arrows.get(e.id)
        if (original) arrows.set(e.copyId, { ...original, id: e.copyId, copyOf: e.id, endAt: sim.time, fate: 'held' })
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
