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
  /**
   * How many arrows at the start of `arrows` are settled (arrived or dropped), with every arrow
   * before them: a builder hands these out as the same objects on every later build.
   */
  readonly settledArrows: number
  /** Maps a simulated time to y with the same compression. */
  readonly yOf: (time: number) => number
}

type ScaleOptions = { readonly pxPerMs: number; readonly threshold: number; readonly gapPx: number; readonly minStep: number; readonly top: number }

function scaleOptions(options: TimelineOptions): ScaleOptions {
  return {
    pxPerMs: options.pxPerMs ?? 0.5,
    threshold: options.gapThresholdMs ?? 2000,
    gapPx: options.gapPx ?? 40,
    minStep: options.minStepPx ?? 24,
    top: options.topPx ?? 40,
  }
}

/** The y of `time`, which follows `prevTime` drawn at `prevY`; and the gap between them, if compressed. */
function nextY(prevTime: number, prevY: number, time: number, o: ScaleOptions): { y: number; gap: TimelineGap | null } {
  const dt = time - prevTime
  if (dt > o.threshold) return { y: prevY + o.gapPx, gap: { from: prevTime, to: time, y1: prevY, y2: prevY + o.gapPx } }
  return { y: prevY + Math.max(o.minStep, dt * o.pxPerMs), gap: null }
}

/**
 * The time-to-y map through the first `count` points of `times` (rising, distinct) and `ys`, and
 * through `extra` after them. The arrays may have grown since: points past `count` are not read.
 */
function lookup(times: ReadonlyArray<number>, ys: ReadonlyArray<number>, count: number, extra: { t: number; y: number } | null, o: ScaleOptions): (t: number) => number {
  const lastT = times[count - 1]!
  const lastY = ys[count - 1]!
  return (t) => {
    if (extra) {
      if (t > extra.t) return extra.y + (t - extra.t) * o.pxPerMs
      if (t > lastT) return lastY + ((t - lastT) / (extra.t - lastT)) * (extra.y - lastY)
    } else if (t > lastT) return lastY + (t - lastT) * o.pxPerMs
    if (t <= times[0]!) return ys[0]!
    // Binary search for the first point at or after `t`: a whole timeline looks up every entry's
    // time, so a linear scan here would make it quadratic in the trace length.
    let lo = 1
    let hi = count - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (times[mid]! < t) lo = mid + 1
      else hi = mid
    }
    const t0 = times[lo - 1]!
    const t1 = times[lo]!
    const y0 = ys[lo - 1]!
    const y1 = ys[lo]!
    return t1 === t0 ? y1 : y0 + ((t - t0) / (t1 - t0)) * (y1 - y0)
  }
}

/**
 * Pure. A piecewise-linear time-to-y map through the given event times: ordinary stretches scale
 * by `pxPerMs` (at least `minStepPx` between distinct times), stretches longer than
 * `gapThresholdMs` take `gapPx` and are reported as gaps.
 */
export function createTimeScale(times: ReadonlyArray<number>, options: TimelineOptions = {}): { yOf: (t: number) => number; gaps: TimelineGap[]; height: number } {
  const o = scaleOptions(options)
  const sorted = [...new Set([0, ...times])].sort((a, b) => a - b)
  const ys: number[] = [o.top]
  const gaps: TimelineGap[] = []
  for (let i = 1; i < sorted.length; i++) {
    const { y, gap } = nextY(sorted[i - 1]!, ys[i - 1]!, sorted[i]!, o)
    ys.push(y)
    if (gap) gaps.push(gap)
  }
  return { yOf: lookup(sorted, ys, sorted.length, null, o), gaps, height: ys[ys.length - 1]! + o.top }
}

/** Pure. The times a state's scale passes through: every entry's, each deadline already passed, and now. */
export function eventTimes(trace: ReadonlyArray<TraceEntry>, now: number): number[] {
  const times = trace.map((e) => e.time)
  for (const e of trace) if ((e.type === 'timer_start' || e.type === 'timer_restart') && e.deadline <= now) times.push(e.deadline)
  times.push(now)
  return times
}

/**
 * The scale of the states a builder has read, kept from one build to the next: every point but
 * "now" stays where it is once placed, since a new entry or a newly passed deadline is never
 * earlier than the time already read. So each build places only the new points, in place of
 * sorting every time of the trace again (thousands on a long run, on every animation frame).
 */
type GrowingScale = {
  /** Entry times and passed deadlines, rising and distinct, with their y. */
  readonly times: number[]
  readonly ys: number[]
  readonly gaps: TimelineGap[]
  /** Deadlines read but not yet passed, rising, from index `next` on. */
  readonly waiting: number[]
  next: number
}

function newScale(o: ScaleOptions): GrowingScale {
  return { times: [0], ys: [o.top], gaps: [], waiting: [], next: 0 }
}

function insertRising(list: number[], from: number, value: number): void {
  let lo = from
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, value)
}

/**
 * Places the points of `trace` from entry `from` on, and the deadlines passed by `now`. False when
 * one would fall before a point already placed (a trace read in part at a later time, as a burst
 * being drawn is): the scale must then be made again.
 */
function growScale(scale: GrowingScale, trace: ReadonlyArray<TraceEntry>, from: number, now: number, o: ScaleOptions): boolean {
  const fresh: number[] = []
  for (let i = from; i < trace.length; i++) {
    const e = trace[i]!
    fresh.push(e.time)
    if (e.type === 'timer_start' || e.type === 'timer_restart') {
      if (e.deadline <= now) fresh.push(e.deadline)
      else insertRising(scale.waiting, scale.next, e.deadline)
    }
  }
  const { waiting } = scale
  while (scale.next < waiting.length && waiting[scale.next]! <= now) fresh.push(waiting[scale.next++]!)
  if (scale.next > 256 && scale.next * 2 > waiting.length) {
    waiting.splice(0, scale.next)
    scale.next = 0
  }
  fresh.sort((a, b) => a - b)
  const { times, ys, gaps } = scale
  for (const time of fresh) {
    const last = times[times.length - 1]!
    if (time === last) continue
    if (time < last) return false
    const { y, gap } = nextY(last, ys[ys.length - 1]!, time, o)
    times.push(time)
    ys.push(y)
    if (gap) gaps.push(gap)
  }
  return true
}

/** The scale of a state from the grown points and its own "now". */
function scaleAt(scale: GrowingScale, now: number, o: ScaleOptions): { yOf: (t: number) => number; gaps: TimelineGap[]; height: number } {
  const count = scale.times.length
  const lastT = scale.times[count - 1]!
  const lastY = scale.ys[count - 1]!
  if (now <= lastT) return { yOf: lookup(scale.times, scale.ys, count, null, o), gaps: scale.gaps.slice(), height: lastY + o.top }
  const { y, gap } = nextY(lastT, lastY, now, o)
  return { yOf: lookup(scale.times, scale.ys, count, { t: now, y }, o), gaps: gap ? [...scale.gaps, gap] : scale.gaps.slice(), height: y + o.top }
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

/** Builds the view model of successive states of one simulation (see createTimelineBuilder). */
export type TimelineBuilder = (sim: Pick<SimState, 'trace' | 'time' | 'channel'>) => Timeline

/**
 * What a builder has read of a trace so far. Arrows, state labels and ended timer spans never
 * change once their segment has arrived or been dropped, or their timer has ended, so they are made
 * once and handed out as the same objects on every later build.
 */
type Reading = {
  readonly trace: ReadonlyArray<TraceEntry>
  readonly read: number
  readonly time: number
  readonly drafts: Map<number, Draft>
  /** The drafts in the order they were read (rising ids while `inOrder`). */
  readonly draftList: Draft[]
  /** Arrows whose segment arrived or was dropped, as handed out. */
  readonly settled: Map<number, TimelineArrow>
  /**
   * The settled arrows of the first drafts read, up to the first still open: copied whole into
   * each build, so a long run's arrows are not looked up one by one on every event.
   */
  readonly settledPrefix: TimelineArrow[]
  readonly states: TimelineStateLabel[]
  readonly timers: TimelineTimerSpan[]
  readonly open: Map<string, OpenTimer>
  /** Segment ids were seen in rising order (they are, from the engine), so no sort is needed. */
  inOrder: boolean
  lastId: number
  scale: GrowingScale
}

function newReading(o: ScaleOptions): Reading {
  return { trace: [], read: 0, time: -Infinity, drafts: new Map(), draftList: [], settled: new Map(), settledPrefix: [], states: [], timers: [], open: new Map(), inOrder: true, lastId: -Infinity, scale: newScale(o) }
}

/** How far a reader got through a trace: the trace, how many entries it read, and the time then. */
export type TracePosition = { readonly trace: ReadonlyArray<TraceEntry>; readonly read: number; readonly time: number }

/**
 * Pure. True when `trace` continues the one a reader stopped at: the same entries (entries are
 * shared, never copied, between the states of one simulation) with more added at the end, and
 * time has not gone back. Anything else (Back, Reset, another branch) must be read afresh.
 */
export function continuesTrace(position: TracePosition, trace: ReadonlyArray<TraceEntry>, time: number): boolean {
  if (time < position.time || trace.length < position.read) return false
  if (position.read === 0) return true
  const last = position.read - 1
  return trace[last] === position.trace[last] && trace[0] === position.trace[0]
}

function addDraft(r: Reading, draft: Draft): void {
  r.drafts.set(draft.id, draft)
  r.draftList.push(draft)
}

/** Reads the entries of `sim.trace` after those already read, given the time scale of `sim`. */
function readOn(r: Reading, sim: Pick<SimState, 'trace' | 'time'>, yOf: (t: number) => number): void {
  const closeTimer = (host: HostId, timer: TimerKind, at: number, end: TimelineTimerSpan['end']): void => {
    const key = host + timer
    const t = r.open.get(key)
    if (!t) return
    r.open.delete(key)
    r.timers.push({ host: t.host, timer: t.timer, startAt: t.startAt, deadline: t.deadline, endAt: at, y1: yOf(t.startAt), y2: yOf(at), end })
  }
  const settle = (id: number, at: number, fate: 'delivered' | 'dropped'): void => {
    const a = r.drafts.get(id)
    if (!a) return
    a.endAt = at
    a.fate = fate
    r.settled.set(id, { ...a, y1: yOf(a.sentAt), y2: yOf(at) })
  }
  const { trace } = sim
  for (let i = r.read; i < trace.length; i++) {
    const e = trace[i]!
    switch (e.type) {
      case 'segment_sent':
        if (e.id < r.lastId) r.inOrder = false
        r.lastId = e.id
        addDraft(r, { id: e.id, from: e.from, to: e.to, sentAt: e.time, endAt: e.time, fate: 'in_flight', reason: e.reason, copyOf: e.copyOf, label: labelOf(e.segment) })
        break
      case 'segment_duplicated': {
        const o = r.drafts.get(e.id)
        if (!o) break
        if (e.copyId < r.lastId) r.inOrder = false
        r.lastId = e.copyId
        addDraft(r, { id: e.copyId, from: o.from, to: o.to, sentAt: o.sentAt, endAt: e.time, fate: 'held', reason: o.reason, copyOf: e.id, label: o.label })
        break
      }
      case 'segment_delivered':
        settle(e.id, e.time, 'delivered')
        break
      case 'segment_dropped':
        settle(e.id, e.time, 'dropped')
        break
      case 'state_change':
        r.states.push({ host: e.host, state: e.to, time: e.time, y: yOf(e.time) })
        break
      case 'host_crash':
        r.states.push({ host: e.host, state: 'DOWN', time: e.time, y: yOf(e.time) })
        break
      case 'host_reboot':
        r.states.push({ host: e.host, state: 'CLOSED', time: e.time, y: yOf(e.time) })
        break
      case 'timer_start':
      case 'timer_restart':
        closeTimer(e.host, e.timer, e.time, 'restarted')
        r.open.set(e.host + e.timer, { host: e.host, timer: e.timer, startAt: e.time, deadline: e.deadline })
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
  Object.assign(r, { trace, read: trace.length, time: sim.time })
}

/**
 * Pure in what it returns: the same as `buildTimeline` for every state it is given. Fed the
 * successive states of one simulation (each trace continuing the last, as while playing), it reads
 * only the new trace entries and hands out settled arrows, state labels and ended timers as the
 * same objects as before, so a long run costs little per event and a drawing can skip what did
 * not change. Given any other state (Back, Reset, another simulation) it starts reading afresh.
 */
export function createTimelineBuilder(options: TimelineOptions = {}): TimelineBuilder {
  const o = scaleOptions(options)
  let reading = newReading(o)
  return (sim) => {
    if (!continuesTrace(reading, sim.trace, sim.time)) reading = newReading(o)
    if (!growScale(reading.scale, sim.trace, reading.read, sim.time, o)) {
      // What was read before keeps its y: it all lies at or before the entries read so far, where
      // the scale made again places the same points.
      reading.scale = newScale(o)
      growScale(reading.scale, sim.trace, 0, sim.time, o)
    }
    const { yOf, gaps, height } = scaleAt(reading.scale, sim.time, o)
    readOn(reading, sim, yOf)
    const held = new Set<number>()
    for (const s of sim.channel.inFlight) if (s.arriveAt === null) held.add(s.id)
    const { draftList, settled: settledById, settledPrefix } = reading
    while (settledPrefix.length < draftList.length) {
      const settled = settledById.get(draftList[settledPrefix.length]!.id)
      if (!settled) break
      settledPrefix.push(settled)
    }
    // Drafts are read in rising id order unless ids came out of order; only then is the list sorted.
    const prefix = reading.inOrder ? settledPrefix.length : 0
    const rest: TimelineArrow[] = []
    for (let i = prefix; i < draftList.length; i++) {
      const a = draftList[i]!
      const settled = settledById.get(a.id)
      if (settled) {
        rest.push(settled)
        continue
      }
      // An object literal, not `{ ...a, fate }`: overriding a spread key takes V8's slow path.
      rest.push({
        id: a.id,
        from: a.from,
        to: a.to,
        sentAt: a.sentAt,
        endAt: sim.time,
        fate: held.has(a.id) ? 'held' : a.fate,
        reason: a.reason,
        copyOf: a.copyOf,
        label: a.label,
        y1: yOf(a.sentAt),
        y2: yOf(sim.time),
      })
    }
    // One copy of the prefix with the rest after it (appending to a copy of the prefix would
    // outgrow it and copy it again).
    const out = prefix > 0 ? settledPrefix.concat(rest) : rest
    if (!reading.inOrder) out.sort((a, b) => a.id - b.id)
    const timers = reading.timers.slice()
    for (const t of reading.open.values()) timers.push({ host: t.host, timer: t.timer, startAt: t.startAt, deadline: t.deadline, endAt: sim.time, y1: yOf(t.startAt), y2: yOf(sim.time), end: 'running' })
    return { lanes: LANES, arrows: out, states: reading.states.slice(), timers, gaps, height, settledArrows: prefix, yOf }
  }
}

const LANES: Timeline['lanes'] = [
  { host: 'client', x: 0 },
  { host: 'server', x: 1 },
]

/** Pure. The sequence-diagram view model of a simulation (or of its trace up to now). */
export function buildTimeline(sim: Pick<SimState, 'trace' | 'time' | 'channel'>, options: TimelineOptions = {}): Timeline {
  return createTimelineBuilder(options)(sim)
}
