/**
 * The one view model of a simulation's trace: everything the sequence diagram, the segment list
 * and the live status draw, derived in one pure function. Vertical positions are in px; horizontal
 * ones are shares of the way from the sending lane to the other (0 to 1), so the drawing can place
 * them at whatever width its box has.
 */
import { buildTimeline, type ArrowFate, type HostId, type SimState, type Timeline, type TimelineArrow, type TraceEntry } from '@/lib/sim'
import type { SendReason, TimerKind } from '@/lib/tcp'

/** Vertical scale: ordinary time at 0.8 px/ms, idle stretches over 300 ms drawn as an 80 px break. */
export const TIME_SCALE = { pxPerMs: 0.8, gapThresholdMs: 300, gapPx: 80, minStepPx: 30, topPx: 76 } as const

/** Extra height for each further segment a host sends (or receives) at the same instant. */
export const STACK_PX = 40

export type SentEntry = Extract<TraceEntry, { type: 'segment_sent' }>

export type ViewArrow = {
  readonly id: number
  readonly from: HostId
  readonly to: HostId
  readonly fate: ArrowFate
  readonly sentAt: number
  /** Arrival or drop time; while it travels, when it is due (the send time if held back). */
  readonly endAt: number
  readonly y1: number
  readonly y2: number
  /** How far across the line reaches: 1 for a whole arrow, less for a lost or held one. */
  readonly reach: number
  /** Where along the line its label sits, from the sender. */
  readonly labelAt: number
  readonly label: TimelineArrow['label']
  readonly reason: SendReason | 'stale'
  readonly copyOf: number | null
  readonly delayed: boolean
  readonly lostCause: 'fate' | 'loss' | 'host_down' | null
  /** In flight or held back: the learner may still choose its fate. */
  readonly open: boolean
  readonly sent: SentEntry | undefined
}

/** A state label on a lane; `index` is its state change in the trace (null for a crash or a reboot). */
export type ViewState = { readonly host: HostId; readonly text: string; readonly y: number; readonly down: boolean; readonly index: number | null }

export type ViewTimer = {
  readonly host: HostId
  readonly timer: TimerKind
  /** Lane to bar, px, away from the other lane, so timers of one host sit side by side. */
  readonly offset: number
  readonly y1: number
  readonly y2: number
  readonly end: 'expired' | 'cancelled' | 'restarted' | 'running'
  readonly duration: number
  /** Time left for a running timer, ms. */
  readonly left: number
  /** Baselines of its name and length, and of "expired" or the time left. */
  readonly labelY: number
  readonly endY: number
}

export type ViewGap = { readonly from: number; readonly to: number; readonly y1: number; readonly y2: number }

export type ViewModel = {
  readonly height: number
  readonly nowY: number
  readonly initial: Readonly<Record<HostId, string>>
  readonly arrows: ReadonlyArray<ViewArrow>
  readonly states: ReadonlyArray<ViewState>
  readonly timers: ReadonlyArray<ViewTimer>
  readonly gaps: ReadonlyArray<ViewGap>
  /** Stretches of a lane while its host is down (drawn dashed). */
  readonly down: ReadonlyArray<{ readonly host: HostId; readonly y1: number; readonly y2: number }>
  /** Every segment of the trace by id; a duplicate's copy maps to its original. */
  readonly segments: ReadonlyMap<number, SentEntry>
}

const TIMER_OFFSET: Readonly<Record<TimerKind, number>> = { retransmission: 0, time_wait: 0, keepalive: 1, delayed_ack: 2, user_timeout: 3 }

/** Pure. Every segment of a trace by id; a duplicate's copy id maps to the original's entry. */
export function indexSegments(trace: ReadonlyArray<TraceEntry>): Map<number, SentEntry> {
  const index = new Map<number, SentEntry>()
  for (const e of trace) {
    if (e.type === 'segment_sent') index.set(e.id, e)
    else if (e.type === 'segment_duplicated' && index.has(e.id)) index.set(e.copyId, index.get(e.id)!)
  }
  return index
}

/** Pure. Each host's state before anything in the trace happened (drawn under the lane header). */
export function initialStates(sim: Pick<SimState, 'trace' | 'hosts'>): Record<HostId, string> {
  const out: Record<HostId, string> = { client: 'CLOSED', server: 'CLOSED' }
  for (const host of ['client', 'server'] as const) {
    const first = sim.trace.find((e) => e.type === 'state_change' && e.host === host)
    if (first?.type === 'state_change') out[host] = first.from
    else if (!sim.trace.some((e) => e.type === 'host_crash' && e.host === host)) {
      const h = sim.hosts[host]
      out[host] = h.up ? (h.tcb?.state ?? 'CLOSED') : 'DOWN'
    }
  }
  return out
}

/**
 * Pure. The view model of a simulation. Segments a host sends (or receives) at one simulated
 * instant (a window of data, a crossing pair) would share one line, so each further one gets a row
 * of its own, and everything after that instant moves down by the rows it added.
 *
 * `timeline` reads the trace onto the time axis; a widget passes lib/sim's `createTimelineBuilder`,
 * which reads only the entries added since its last call, so a long run at the fastest speed does
 * not read its whole trace again on every frame. Either way the result is the same.
 */
export function viewModel(
  sim: Pick<SimState, 'trace' | 'time' | 'channel' | 'hosts'>,
  timeline: (sim: Pick<SimState, 'trace' | 'time' | 'channel'>) => Timeline = (s) => buildTimeline(s, TIME_SCALE),
): ViewModel {
  const tl = timeline(sim)
  const segments = indexSegments(sim.trace)
  const used = new Map<string, number>()
  const rowsAt = new Map<number, number>()
  const sendRow = new Map<number, number>()
  const arriveRow = new Map<number, number>()
  const delayed = new Set<number>()
  const lostCause = new Map<number, ViewArrow['lostCause']>()
  const take = (key: string, time: number) => {
    const row = used.get(key) ?? 0
    used.set(key, row + 1)
    if (row > (rowsAt.get(time) ?? 0)) rowsAt.set(time, row)
    return row
  }
  for (const e of sim.trace) {
    if (e.type === 'segment_sent') sendRow.set(e.id, take(`s${e.from}${e.time}`, e.time))
    else if (e.type === 'segment_duplicated') sendRow.set(e.copyId, sendRow.get(e.id) ?? 0)
    else if (e.type === 'segment_delivered') arriveRow.set(e.id, take(`a${e.to}${e.time}`, e.time))
    else if (e.type === 'segment_delayed') delayed.add(e.id)
    else if (e.type === 'segment_dropped') lostCause.set(e.id, e.cause)
  }
  const instants = [...rowsAt.keys()].sort((a, b) => a - b)
  // before[i]: the extra height of all instants before instants[i].
  const before: number[] = []
  instants.forEach((at, i) => before.push(i === 0 ? 0 : before[i - 1]! + rowsAt.get(instants[i - 1]!)! * STACK_PX))
  const extraBefore = (time: number) => {
    let lo = 0
    let hi = instants.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (instants[mid]! < time) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? 0 : before[lo - 1]! + rowsAt.get(instants[lo - 1]!)! * STACK_PX
  }
  const extraAt = (time: number) => (rowsAt.get(time) ?? 0) * STACK_PX
  const yOf = (time: number) => tl.yOf(time) + extraBefore(time)
  const nowY = yOf(sim.time) + extraAt(sim.time)
  const arriveAt = new Map(sim.channel.inFlight.map((s) => [s.id, s.arriveAt]))

  const arrows = tl.arrows.map((a): ViewArrow => {
    const cause = lostCause.get(a.id) ?? null
    const y1 = yOf(a.sentAt) + (sendRow.get(a.id) ?? 0) * STACK_PX
    let y2 = yOf(a.endAt) + (arriveRow.get(a.id) ?? 0) * STACK_PX
    let reach = 1
    let endAt = a.endAt
    if (a.fate === 'in_flight') {
      const at = arriveAt.get(a.id) ?? null
      endAt = at ?? a.sentAt
      y2 = at === null ? y1 + 40 : y1 + Math.max(24, (at - a.sentAt) * TIME_SCALE.pxPerMs)
    } else if (a.fate === 'held') {
      endAt = a.sentAt
      reach = 0.42
      y2 = y1 + 22
    } else if (a.fate === 'dropped') {
      reach = cause === 'host_down' ? 0.9 : 0.55
      y2 = y1 + Math.max(y2 - y1, 44) * reach
    }
    const open = a.fate === 'in_flight' || a.fate === 'held'
    const labelAt = a.fate === 'dropped' || a.fate === 'held' ? 0.5 : 0.4
    const { id, from, to, fate, sentAt, label, reason, copyOf } = a
    return { id, from, to, fate, sentAt, label, reason, copyOf, endAt, y1, y2, reach, labelAt, delayed: delayed.has(id), lostCause: cause, open, sent: segments.get(id) }
  })

  const states: ViewState[] = []
  const down: Array<{ host: HostId; y1: number; y2: number }> = []
  const downSince = new Map<HostId, number>()
  const lastY: Partial<Record<HostId, number>> = {}
  const arrivesY = new Map(arrows.filter((a) => a.fate === 'delivered').map((a) => [a.id, a.y2]))
  for (const [index, e] of sim.trace.entries()) {
    if (e.type !== 'state_change' && e.type !== 'host_crash' && e.type !== 'host_reboot') continue
    const text = e.type === 'state_change' ? e.to : e.type === 'host_crash' ? 'DOWN' : 'CLOSED'
    const caused = e.type === 'state_change' && e.cause.type === 'segment' ? arrivesY.get(e.cause.segmentId) : undefined
    let y = caused ?? yOf(e.time)
    const previous = lastY[e.host]
    // Two labels on one lane never overlap: a later one moves down below the earlier.
    if (previous !== undefined && y - previous < 20) y = previous + 20
    lastY[e.host] = y
    states.push({ host: e.host, text, y, down: text === 'DOWN', index: e.type === 'state_change' ? index : null })
    if (text === 'DOWN') downSince.set(e.host, y)
    else if (downSince.has(e.host)) {
      down.push({ host: e.host, y1: downSince.get(e.host)!, y2: y })
      downSince.delete(e.host)
    }
  }

  const wordsEnd = new Map<string, number>()
  const timers = [...tl.timers].sort((a, b) => a.startAt - b.startAt).map((t): ViewTimer => {
    const [y1, offset] = [yOf(t.startAt), 14 + 7 * TIMER_OFFSET[t.timer]]
    const y2 = Math.max(yOf(t.endAt), y1 + 6)
    // A timer started where another of its column ended (a retransmission's next timeout) writes
    // its words below that one's "expired", so the two never overlap.
    const labelY = Math.max(y1 + 24, (wordsEnd.get(`${t.host}${offset}`) ?? -Infinity) + 24)
    const endY = Math.max(y2 + (t.end === 'running' ? 26 : 22), labelY + 26)
    wordsEnd.set(`${t.host}${offset}`, endY + 11)
    const left = t.end === 'running' ? Math.max(0, t.deadline - sim.time) : 0
    return { host: t.host, timer: t.timer, offset, y1, y2, end: t.end, duration: t.deadline - t.startAt, left, labelY, endY }
  })
  let bottom = Math.max(nowY, ...arrows.map((a) => a.y2), ...timers.filter((t) => t.end === 'running').map((t) => t.y2 + 40))
  for (const [host, y1] of downSince) down.push({ host, y1, y2: bottom + 24 })
  bottom = Math.max(bottom, ...down.map((d) => d.y2))
  const gaps = tl.gaps.map((g) => ({ from: g.from, to: g.to, y1: yOf(g.from) + extraAt(g.from), y2: yOf(g.to) }))
  const stacked = extraBefore(Infinity)
  return { height: Math.max(tl.height + stacked, bottom + 48), nowY, initial: initialStates(sim), arrows, states, timers, gaps, down, segments }
}
