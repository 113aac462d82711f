/**
 * The two-host simulation: a client and a server joined by a channel, on a simulated clock
 * (RFC 9293 §3.8 timers run on `time`, never on a real clock). Pure: every function returns a new
 * `SimState` and never mutates its input. Randomness (loss, duplication) comes from a seeded PRNG
 * kept in the state, so the same options and actions always give the same trace.
 */
import { getProfile } from '../tcp/profiles'
import { seqAdd } from '../tcp/seq'
import { keepAliveTimesOf, transition } from '../tcp/transition'
import type { Effect, Profile, Segment, SendReason, Tcb, TcpEvent, TcpState, TimerKind } from '../tcp/types'
import { TIMER_KINDS } from '../tcp/types'
import type {
  Fate,
  Host,
  HostId,
  InFlightSegment,
  PendingEvent,
  SimAction,
  SimOptions,
  SimRecording,
  SimState,
  StateChangeCause,
  TcbChange,
  TcbField,
  TimerEntry,
  TraceEntry,
} from './types'
import type { RuleId } from '../tcp/rules'
import { HOST_IDS } from './types'

/** Textbook initial sequence numbers: client x = 100, server y = 300 (RFC 9293 Figs. 6-8). */
export const DEFAULT_ISS = { client: 100, server: 300 } as const

/** Step between the ISS of successive incarnations on one host (RFC 9293 Fig. 8 uses 300, then 400). */
export const ISS_INCREMENT = 100

/** Default one-way delay of the channel, ms. */
export const DEFAULT_DELAY_MS = 100

/** Default cap on events processed by one `run` action. */
export const DEFAULT_RUN_LIMIT = 10_000

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type MHost = Mutable<Omit<Host, 'timers' | 'app'>> & {
  timers: Mutable<Host['timers']>
  app: Mutable<Host['app']>
}
/**
 * A state being changed. `trace` holds only the entries added to it: the engine appends to the
 * trace and never reads it back, and `fromDraft` joins them to the earlier entries in one copy,
 * where copying the whole trace first and then appending made every step copy it twice (the
 * append outgrows a copy of exactly its length).
 */
type Draft = Omit<Mutable<SimState>, 'hosts' | 'channel' | 'trace' | 'actions'> & {
  hosts: { client: MHost; server: MHost }
  channel: Omit<Mutable<SimState['channel']>, 'inFlight'> & { inFlight: InFlightSegment[] }
  trace: TraceEntry[]
}

function other(host: HostId): HostId {
  return host === 'client' ? 'server' : 'client'
}

function emptyTimers(): MHost['timers'] {
  return { retransmission: null, time_wait: null, keepalive: null, user_timeout: null, delayed_ack: null }
}

function newHost(id: HostId, iss: number): Host {
  return {
    id,
    up: true,
    tcb: null,
    timers: emptyTimers(),
    app: { bytesSent: 0, bytesReceived: 0, lastSignal: null, keepAlive: null, keepAliveTimes: null, nextIss: iss >>> 0 },
  }
}

/** Pure. A new simulation: both hosts up and CLOSED, nothing in flight, time 0 (RFC 9293 §3.3.2). */
export function createSimulation(options: SimOptions = {}): SimState {
  const iss = { client: (options.iss?.client ?? DEFAULT_ISS.client) >>> 0, server: (options.iss?.server ?? DEFAULT_ISS.server) >>> 0 }
  const seed = options.seed ?? 1
  const channel = {
    mode: options.channel?.mode ?? 'auto',
    delayMs: options.channel?.delayMs ?? DEFAULT_DELAY_MS,
    lossRate: options.channel?.lossRate ?? 0,
    duplicateRate: options.channel?.duplicateRate ?? 0,
  }
  return {
    version: 1,
    config: {
      profile: options.profile ?? 'rfc',
      variant: options.variant ?? 'standard',
      seed,
      iss,
      ...(options.delayedAckMs !== undefined ? { delayedAckMs: options.delayedAckMs } : {}),
      ...(options.mslMs !== undefined ? { mslMs: options.mslMs } : {}),
      channel,
    },
    time: 0,
    hosts: { client: newHost('client', iss.client), server: newHost('server', iss.server) },
    channel: { ...channel, inFlight: [], nextSegmentId: 1 },
    rng: seed >>> 0,
    trace: [],
    stepCount: 0,
    actions: [],
  }
}

function toDraft(sim: SimState): Draft {
  const host = (h: Host): MHost => ({ ...h, timers: { ...h.timers }, app: { ...h.app } })
  return {
    ...sim,
    hosts: { client: host(sim.hosts.client), server: host(sim.hosts.server) },
    channel: { ...sim.channel, inFlight: sim.channel.inFlight.slice() },
    trace: [],
  }
}

/** The next state: the draft with its new trace entries after those of `sim`, and `applied` after its actions. */
function fromDraft(sim: SimState, d: Draft, applied: ReadonlyArray<SimAction>): SimState {
  return Object.assign(d, { trace: sim.trace.concat(d.trace), actions: sim.actions.concat(applied) })
}

/** mulberry32: a small seeded PRNG whose whole state is one 32-bit number. */
function random(d: Draft): number {
  d.rng = (d.rng + 0x6d2b79f5) >>> 0
  let t = d.rng
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

function stateOf(tcb: Tcb | null): TcpState {
  return tcb ? tcb.state : 'CLOSED'
}

/** The engine step and rule behind a trace entry (see TraceEntry). */
type Because = { readonly step: number | null; readonly rule: RuleId }

const SCENARIO_START: Because = { step: null, rule: 'scenario-start' }
const CRASH: Because = { step: null, rule: 'host-crash' }
const INJECTED: Because = { step: null, rule: 'old-duplicate-injected' }

/** The TCB variables a step can change, in the order the TCB panel lists them. */
const TCB_FIELDS: ReadonlyArray<TcbField> = [
  'iss',
  'irs',
  'sndUna',
  'sndNxt',
  'sndWnd',
  'sndWl1',
  'sndWl2',
  'rcvNxt',
  'rcvWnd',
  'sendQueue',
  'finQueued',
  'retransmits',
  'rto',
  'probesOut',
  'ackPending',
  'quickAcks',
  'bytesReceived',
  'bytesAcked',
]

/** Pure. The variables that differ between two TCBs; those set to something when the step created the TCB; none when it deleted it. */
function tcbChanges(before: Tcb | null, after: Tcb | null): TcbChange[] {
  if (after === null || before === after) return []
  const changes: TcbChange[] = []
  for (const field of TCB_FIELDS) {
    const to = after[field]
    const from = before === null ? null : before[field]
    if (from === null && (to === 0 || to === false)) continue
    if (from !== to) changes.push({ field, from, to })
  }
  return changes
}

// ---------------------------------------------------------------------------------------------
// Channel
// ---------------------------------------------------------------------------------------------

function enqueue(d: Draft, from: HostId, segment: Segment, reason: SendReason | 'stale', because: Because): void {
  const ch = d.channel
  const id = ch.nextSegmentId++
  const to = other(from)
  const held = reason === 'stale' || ch.mode === 'manual'
  d.trace.push({ type: 'segment_sent', time: d.time, id, from, to, segment, reason, copyOf: null, ...because })
  if (!held && ch.lossRate > 0 && random(d) < ch.lossRate) {
    d.trace.push({ type: 'segment_dropped', time: d.time, id, cause: 'loss' })
    return
  }
  const entry: InFlightSegment = {
    id,
    from,
    to,
    segment,
    reason,
    sentAt: d.time,
    arriveAt: held ? null : d.time + ch.delayMs,
    copyOf: null,
  }
  ch.inFlight.push(entry)
  if (!held && ch.duplicateRate > 0 && random(d) < ch.duplicateRate) duplicate(d, entry)
}

function duplicate(d: Draft, entry: InFlightSegment): void {
  const copyId = d.channel.nextSegmentId++
  d.channel.inFlight.push({ ...entry, id: copyId, arriveAt: null, copyOf: entry.id })
  d.trace.push({ type: 'segment_duplicated', time: d.time, id: entry.id, copyId })
}

function takeInFlight(d: Draft, id: number): InFlightSegment | null {
  const i = d.channel.inFlight.findIndex((s) => s.id === id)
  if (i < 0) return null
  const [entry] = d.channel.inFlight.splice(i, 1)
  return entry ?? null
}

function arrive(d: Draft, entry: InFlightSegment): void {
  const host = d.hosts[entry.to]
  if (!host.up) {
    d.trace.push({ type: 'segment_dropped', time: d.time, id: entry.id, cause: 'host_down' })
    return
  }
  runEngine(d, entry.to, { type: 'segment_arrives', segment: entry.segment }, { type: 'segment', segmentId: entry.id }, (because) => ({
    type: 'segment_delivered',
    time: d.time,
    id: entry.id,
    to: entry.to,
    ...because,
  }))
}

function applyFate(d: Draft, segmentId: number, fate: Fate, delayMs: number | undefined): void {
  const i = d.channel.inFlight.findIndex((s) => s.id === segmentId)
  const entry = d.channel.inFlight[i]
  if (!entry) return
  switch (fate) {
    case 'deliver':
      takeInFlight(d, segmentId)
      arrive(d, entry)
      return
    case 'drop':
      takeInFlight(d, segmentId)
      d.trace.push({ type: 'segment_dropped', time: d.time, id: segmentId, cause: 'fate' })
      return
    case 'delay': {
      const until = delayMs === undefined ? null : Math.max(entry.arriveAt ?? d.time, d.time) + delayMs
      d.channel.inFlight[i] = { ...entry, arriveAt: until }
      d.trace.push({ type: 'segment_delayed', time: d.time, id: segmentId, until })
      return
    }
    case 'duplicate':
      duplicate(d, entry)
      return
    default:
      return assertNever(fate)
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`)
}

// ---------------------------------------------------------------------------------------------
// Engine and timers
// ---------------------------------------------------------------------------------------------

function setTimer(d: Draft, hostId: HostId, kind: TimerKind, ms: number, because: Because): void {
  const host = d.hosts[hostId]
  const restart = host.timers[kind] !== null
  const entry: TimerEntry = { kind, startedAt: d.time, duration: ms, deadline: d.time + ms }
  host.timers[kind] = entry
  d.trace.push({ type: restart ? 'timer_restart' : 'timer_start', time: d.time, host: hostId, timer: kind, duration: ms, deadline: entry.deadline, ...because })
}

function cancelTimer(d: Draft, hostId: HostId, kind: TimerKind, because: Because): void {
  const host = d.hosts[hostId]
  if (host.timers[kind] === null) return
  host.timers[kind] = null
  d.trace.push({ type: 'timer_cancel', time: d.time, host: hostId, timer: kind, ...because })
}

function cancelAllTimers(d: Draft, hostId: HostId, because: Because): void {
  for (const kind of TIMER_KINDS) cancelTimer(d, hostId, kind, because)
}

function applyEffect(d: Draft, hostId: HostId, effect: Effect, step: number): void {
  const host = d.hosts[hostId]
  const because = { step, rule: effect.rule }
  switch (effect.type) {
    case 'send_segment':
      enqueue(d, hostId, effect.segment, effect.reason, because)
      return
    case 'start_timer':
      setTimer(d, hostId, effect.timer, effect.ms, because)
      return
    case 'cancel_timer':
      cancelTimer(d, hostId, effect.timer, because)
      return
    case 'signal_user':
      host.app.lastSignal = effect.signal
      d.trace.push({ type: 'user_signal', time: d.time, host: hostId, signal: effect.signal, ...because })
      return
    case 'deliver_data':
      host.app.bytesReceived += effect.bytes
      d.trace.push({ type: 'data_delivered', time: d.time, host: hostId, bytes: effect.bytes, ...because })
      return
    case 'delete_tcb':
      cancelAllTimers(d, hostId, because)
      return
    default:
      return assertNever(effect)
  }
}

/** Pure. The profile a simulation runs with: its `profile` with the config's overrides applied. */
export function effectiveProfile(config: SimState['config']): Profile {
  const base = getProfile(config.profile)
  const ackChanged = config.delayedAckMs !== undefined && config.delayedAckMs !== base.delayedAckMs
  // An MSL override sets TIME-WAIT to 2 x MSL, as the RFC and the textbook define it (not Linux's fixed 60 s).
  const msl = config.mslMs ?? null
  const mslChanged = msl !== null && msl !== base.mslMs
  if (!ackChanged && !mslChanged) return base
  return {
    ...base,
    ...(ackChanged ? { delayedAckMs: config.delayedAckMs ?? null } : {}),
    ...(mslChanged ? { mslMs: msl, timeWaitMs: 2 * msl } : {}),
  }
}

/**
 * Passes one event through `transition` for a host and carries out the effects. `trigger` makes
 * the trace entry of the event itself (an arrival, an expiry, a user call), which goes first and
 * carries the rule that decided the outcome.
 */
function runEngine(d: Draft, hostId: HostId, event: TcpEvent, cause: StateChangeCause, trigger: (because: Because) => TraceEntry): void {
  const host = d.hosts[hostId]
  const before = host.tcb
  const ctx = { now: d.time, profile: effectiveProfile(d.config), variant: d.config.variant, iss: host.app.nextIss }
  const result = transition(before, event, ctx)
  const step = ++d.stepCount
  const because = { step, rule: result.rule }
  d.trace.push(trigger(because))
  const after = result.tcb
  host.tcb = after
  if (after !== null && after.state !== 'LISTEN' && after.iss === ctx.iss && (before === null || before.iss !== ctx.iss)) {
    host.app.nextIss = seqAdd(ctx.iss, ISS_INCREMENT)
  }
  const from = stateOf(before)
  const to = stateOf(after)
  if (from !== to) d.trace.push({ type: 'state_change', time: d.time, host: hostId, from, to, cause, ...because })
  const changes = tcbChanges(before, after)
  if (changes.length > 0) d.trace.push({ type: 'tcb_update', time: d.time, host: hostId, changes, ...because })
  for (const effect of result.effects) applyEffect(d, hostId, effect, step)
}

function fireTimer(d: Draft, hostId: HostId, kind: TimerKind): void {
  d.hosts[hostId].timers[kind] = null
  runEngine(d, hostId, { type: 'timeout', timer: kind }, { type: 'timer', timer: kind }, (because) => ({
    type: 'timer_expire',
    time: d.time,
    host: hostId,
    timer: kind,
    ...because,
  }))
}

// ---------------------------------------------------------------------------------------------
// Pending events and the clock
// ---------------------------------------------------------------------------------------------


function collectPending(sim: Pick<SimState, 'hosts' | 'channel'>): PendingEvent[] {
  const events: PendingEvent[] = []
  for (const s of sim.channel.inFlight) {
    if (s.arriveAt !== null) events.push({ type: 'arrival', time: s.arriveAt, segmentId: s.id, to: s.to })
  }
  for (const hostId of HOST_IDS) {
    const host = sim.hosts[hostId]
    if (!host.up) continue
    for (const kind of TIMER_KINDS) {
      const t = host.timers[kind]
      if (t) events.push({ type: 'timer', time: t.deadline, host: hostId, timer: kind })
    }
  }
  events.sort(comparePending)
  return events
}

function comparePending(a: PendingEvent, b: PendingEvent): number {
  if (a.time !== b.time) return a.time - b.time
  if (a.type !== b.type) return a.type === 'arrival' ? -1 : 1
  if (a.type === 'arrival' && b.type === 'arrival') return a.segmentId - b.segmentId
  if (a.type === 'timer' && b.type === 'timer') {
    if (a.host !== b.host) return a.host === 'client' ? -1 : 1
    return TIMER_KINDS.indexOf(a.timer) - TIMER_KINDS.indexOf(b.timer)
  }
  return 0
}

/** Pure. Every pending event (arrivals and timer expiries) in the order `step` would process them. */
export function pendingEvents(sim: SimState): PendingEvent[] {
  return collectPending(sim)
}

/**
 * The earliest timer deadline, or null. Hosts and timer kinds are read in the order `comparePending`
 * breaks ties in, and only a strictly earlier deadline replaces the one found, so this is the timer
 * the sorted list would put first.
 */
function earliestTimer(sim: Pick<SimState, 'hosts'>): Extract<PendingEvent, { type: 'timer' }> | null {
  let host: HostId | null = null
  let kind: TimerKind | null = null
  let time = Infinity
  for (const hostId of HOST_IDS) {
    const h = sim.hosts[hostId]
    if (!h.up) continue
    for (const k of TIMER_KINDS) {
      const t = h.timers[k]
      if (t && t.deadline < time) {
        host = hostId
        kind = k
        time = t.deadline
      }
    }
  }
  return host !== null && kind !== null ? { type: 'timer', time, host, timer: kind } : null
}

/**
 * The event `step` processes next: the first of `collectPending`'s sorted list, found in one pass
 * without building the list. The simulation asks this once or more per step (and the widget per
 * event it draws), so sorting every in-flight segment each time was a good part of a step's cost.
 */
function earliestPending(sim: Pick<SimState, 'hosts' | 'channel'>): PendingEvent | null {
  let arrival: InFlightSegment | null = null
  for (const s of sim.channel.inFlight) {
    if (s.arriveAt === null) continue
    if (arrival === null || s.arriveAt < arrival.arriveAt! || (s.arriveAt === arrival.arriveAt && s.id < arrival.id)) arrival = s
  }
  const timer = earliestTimer(sim)
  // On the same millisecond an arrival comes before a timer (see comparePending).
  if (arrival !== null && (timer === null || arrival.arriveAt! <= timer.time)) {
    return { type: 'arrival', time: arrival.arriveAt!, segmentId: arrival.id, to: arrival.to }
  }
  return timer
}

/** Pure. The event `step` would process next, or null when nothing is pending. */
export function nextEvent(sim: SimState): PendingEvent | null {
  return earliestPending(sim)
}

/** Pure. The timer that expires next (what Skip ahead jumps to), or null when none is running. */
export function nextTimerEvent(sim: SimState): Extract<PendingEvent, { type: 'timer' }> | null {
  return earliestTimer(sim)
}

function processEvent(d: Draft, event: PendingEvent): void {
  if (event.time > d.time) d.time = event.time
  if (event.type === 'arrival') {
    const entry = takeInFlight(d, event.segmentId)
    if (entry) arrive(d, entry)
  } else {
    fireTimer(d, event.host, event.timer)
  }
}

function stepOnce(d: Draft): boolean {
  const next = earliestPending(d)
  if (!next) return false
  processEvent(d, next)
  return true
}

function advanceTo(d: Draft, target: number): void {
  for (let guard = 0; guard < 1_000_000; guard++) {
    const next = earliestPending(d)
    if (!next || next.time > target) break
    processEvent(d, next)
  }
  if (target > d.time) d.time = target
}

function isQuiescentDraft(d: Pick<SimState, 'hosts' | 'channel'>): boolean {
  if (d.channel.inFlight.some((s) => s.arriveAt !== null)) return false
  return HOST_IDS.every((id) => !d.hosts[id].up || TIMER_KINDS.every((k) => k === 'keepalive' || d.hosts[id].timers[k] === null))
}

/**
 * Pure. True when nothing is pending except keep-alive timers (which would tick forever on a
 * healthy idle connection). Held-back segments do not count: they wait for a chosen fate.
 */
export function isQuiescent(sim: SimState): boolean {
  return isQuiescentDraft(sim)
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

function userCall(d: Draft, action: Extract<SimAction, { host: HostId; type: 'listen' | 'connect' | 'send' | 'close' | 'abort' }>): void {
  const host = d.hosts[action.host]
  if (!host.up) return
  const time = d.time
  let event: TcpEvent
  switch (action.type) {
    case 'listen':
    case 'connect': {
      if (action.iss !== undefined) host.app.nextIss = action.iss >>> 0
      if (action.keepAlive !== undefined) host.app.keepAlive = action.keepAlive
      if (action.keepAliveTimes !== undefined) host.app.keepAliveTimes = action.keepAliveTimes
      const { keepAlive, keepAliveTimes } = host.app
      event = {
        type: 'open',
        mode: action.type === 'listen' ? 'passive' : 'active',
        ...(keepAlive !== null ? { keepAlive } : {}),
        ...(keepAliveTimes !== null ? { keepAliveTimes } : {}),
      }
      break
    }
    case 'send':
      host.app.bytesSent += Math.max(0, Math.floor(action.bytes))
      event = { type: 'send', bytes: action.bytes }
      break
    case 'close':
      event = { type: 'close' }
      break
    case 'abort':
      event = { type: 'abort' }
      break
    default:
      return assertNever(action)
  }
  runEngine(d, action.host, event, { type: 'user_call', call: action.type }, (because) =>
    action.type === 'send'
      ? { type: 'user_call', time, host: action.host, call: action.type, bytes: action.bytes, ...because }
      : { type: 'user_call', time, host: action.host, call: action.type, ...because },
  )
}

function setTcb(d: Draft, hostId: HostId, tcb: Tcb | null): void {
  const host = d.hosts[hostId]
  const from = stateOf(host.tcb)
  const because = SCENARIO_START
  cancelAllTimers(d, hostId, because)
  host.tcb = tcb
  const to = stateOf(tcb)
  if (from !== to) d.trace.push({ type: 'state_change', time: d.time, host: hostId, from, to, cause: { type: 'set_tcb' }, ...because })
  if (!tcb) return
  if (tcb.state !== 'LISTEN' && tcb.iss === host.app.nextIss) host.app.nextIss = seqAdd(tcb.iss, ISS_INCREMENT)
  const profile = effectiveProfile(d.config)
  const synchronized = tcb.state !== 'LISTEN' && tcb.state !== 'SYN-SENT' && tcb.state !== 'SYN-RECEIVED'
  if (tcb.state === 'TIME-WAIT') setTimer(d, hostId, 'time_wait', profile.timeWaitMs, because)
  else if (tcb.sndUna !== tcb.sndNxt) setTimer(d, hostId, 'retransmission', tcb.rto, because)
  if (tcb.keepAlive && synchronized && tcb.state !== 'TIME-WAIT') {
    const times = keepAliveTimesOf(tcb, profile)
    setTimer(d, hostId, 'keepalive', tcb.probesOut > 0 ? times.intervalMs : times.idleMs, because)
  }
}

function crash(d: Draft, hostId: HostId): void {
  const host = d.hosts[hostId]
  if (!host.up) return
  const from = stateOf(host.tcb)
  cancelAllTimers(d, hostId, CRASH)
  host.up = false
  host.tcb = null
  d.trace.push({ type: 'host_crash', time: d.time, host: hostId })
  if (from !== 'CLOSED') d.trace.push({ type: 'state_change', time: d.time, host: hostId, from, to: 'CLOSED', cause: { type: 'crash' }, ...CRASH })
}

function reboot(d: Draft, hostId: HostId, listen: boolean, iss: number | undefined): void {
  const host = d.hosts[hostId]
  if (host.up) return
  host.up = true
  host.tcb = null
  if (iss !== undefined) host.app.nextIss = iss >>> 0
  d.trace.push({ type: 'host_reboot', time: d.time, host: hostId })
  if (listen) userCall(d, { type: 'listen', host: hostId })
}

function applyToDraft(d: Draft, action: SimAction): void {
  switch (action.type) {
    case 'listen':
    case 'connect':
    case 'send':
    case 'close':
    case 'abort':
      userCall(d, action)
      return
    case 'crash':
      crash(d, action.host)
      return
    case 'reboot':
      reboot(d, action.host, action.listen ?? false, action.iss)
      return
    case 'fate':
      applyFate(d, action.segmentId, action.fate, action.delayMs)
      return
    case 'fate_last': {
      const last = lastInFlightFrom(d.channel.inFlight, action.from)
      if (last) applyFate(d, last.id, action.fate, action.delayMs)
      return
    }
    case 'inject':
      enqueue(d, action.from, action.segment, 'stale', INJECTED)
      return
    case 'step':
      stepOnce(d)
      return
    case 'advance':
      advanceTo(d, d.time + Math.max(0, action.ms))
      return
    case 'skip_to_next_timer': {
      const next = earliestTimer(d)
      if (next) advanceTo(d, next.time)
      return
    }
    case 'run': {
      const limit = action.maxSteps ?? DEFAULT_RUN_LIMIT
      for (let i = 0; i < limit && !isQuiescentDraft(d); i++) stepOnce(d)
      return
    }
    case 'configure_channel': {
      const ch = d.channel
      if (action.mode !== undefined) ch.mode = action.mode
      if (action.delayMs !== undefined) ch.delayMs = Math.max(0, action.delayMs)
      if (action.lossRate !== undefined) ch.lossRate = Math.min(1, Math.max(0, action.lossRate))
      if (action.duplicateRate !== undefined) ch.duplicateRate = Math.min(1, Math.max(0, action.duplicateRate))
      return
    }
    case 'set_tcb':
      setTcb(d, action.host, action.tcb)
      return
    default:
      return assertNever(action)
  }
}

/** Pure. Applies one action and returns the next state; the action is appended to `actions`. */
export function applyAction(sim: SimState, action: SimAction): SimState {
  const d = toDraft(sim)
  applyToDraft(d, action)
  return fromDraft(sim, d, [action])
}

/** Pure. Applies actions in order (one copy of the state for the whole list). */
export function applyActions(sim: SimState, actions: ReadonlyArray<SimAction>): SimState {
  const d = toDraft(sim)
  for (const action of actions) applyToDraft(d, action)
  return fromDraft(sim, d, actions)
}

/** Pure. The TCP state of a host: its TCB's state, CLOSED without a TCB, null when the host is down. */
export function hostState(sim: SimState, host: HostId): TcpState | null {
  const h = sim.hosts[host]
  if (!h.up) return null
  return h.tcb ? h.tcb.state : 'CLOSED'
}

/** Pure. The segments in the channel that wait for a chosen fate (held back, no arrival time). */
export function heldSegments(sim: SimState): InFlightSegment[] {
  return sim.channel.inFlight.filter((s) => s.arriveAt === null)
}

/** Pure. The newest in-flight segment sent by a host, or null (handy for scripting fates). */
export function lastSegmentFrom(sim: SimState, host: HostId): InFlightSegment | null {
  return lastInFlightFrom(sim.channel.inFlight, host)
}

function lastInFlightFrom(inFlight: ReadonlyArray<InFlightSegment>, host: HostId): InFlightSegment | null {
  for (let i = inFlight.length - 1; i >= 0; i--) {
    const s = inFlight[i]
    if (s && s.from === host && s.reason !== 'stale' && s.copyOf === null) return s
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Recordings (URL-reproducible simulations)
// ---------------------------------------------------------------------------------------------

/** Pure. What reproduces this simulation: its options and every action applied so far. */
export function recordingOf(sim: SimState, scenario?: string): SimRecording {
  const base: SimRecording = {
    profile: sim.config.profile,
    variant: sim.config.variant,
    seed: sim.config.seed,
    iss: sim.config.iss,
    ...(sim.config.delayedAckMs !== undefined ? { delayedAckMs: sim.config.delayedAckMs } : {}),
    ...(sim.config.mslMs !== undefined ? { mslMs: sim.config.mslMs } : {}),
    channel: sim.config.channel,
    actions: sim.actions,
  }
  return scenario === undefined ? base : { scenario, ...base }
}

/** Pure. The creation options a recording was made with (everything but its actions). */
export function optionsOfRecording(recording: SimRecording): SimOptions {
  return {
    profile: recording.profile,
    variant: recording.variant,
    seed: recording.seed,
    ...(recording.iss ? { iss: recording.iss } : {}),
    ...(recording.delayedAckMs !== undefined ? { delayedAckMs: recording.delayedAckMs } : {}),
    ...(recording.mslMs !== undefined ? { mslMs: recording.mslMs } : {}),
    ...(recording.channel ? { channel: recording.channel } : {}),
  }
}

/** Pure. Rebuilds a simulation from a recording by replaying its actions. */
export function replay(recording: SimRecording): SimState {
  return applyActions(createSimulation(optionsOfRecording(recording)), recording.actions)
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

/** Pure. A compact URL-safe string for a recording (base64url of its JSON). */
export function encodeRecording(recording: SimRecording): string {
  return toBase64Url(JSON.stringify(recording))
}

/** Pure. Decodes `encodeRecording` output; returns null for anything that is not a recording. */
export function decodeRecording(text: string): SimRecording | null {
  try {
    const value: unknown = JSON.parse(fromBase64Url(text))
    if (typeof value !== 'object' || value === null) return null
    const r = value as Partial<SimRecording>
    if (typeof r.profile !== 'string' || typeof r.variant !== 'string' || typeof r.seed !== 'number' || !Array.isArray(r.actions)) return null
    if (!['rfc', 'linux', 'textbook'].includes(r.profile)) return null
    if (!['standard', 'two_way_handshake', 'no_time_wait', 'four_segment_handshake'].includes(r.variant)) return null
    if (r.mslMs !== undefined && r.mslMs !== null && !(typeof r.mslMs === 'number' && r.mslMs > 0)) return null
    return r as SimRecording
  } catch {
    return null
  }
}
