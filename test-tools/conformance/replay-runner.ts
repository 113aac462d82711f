/**
 * Replaying scenarios, the runner: a simulation with a manual channel plus the bookkeeping the judge
 * needs (segments sent and not yet judged, send times, the segment of each step, duplicate copies,
 * timer expiries), and the moves a step makes on it.
 */
import { applyAction, createSimulation } from '../../lib/sim/simulation'
import type { HostId, InFlightSegment, SimAction, SimOptions, SimState, TraceEntry } from '../../lib/sim/types'
import type { Segment, Tcb, TcpState, TimerKind } from '../../lib/tcp/types'
import { CaseError, num, str, type Json } from './case-json'
import { DATA_LEN } from './build-segment'
import { normalizeFlags, segmentFlags, toTcpState } from './read-names'
import { dataLen, upcomingIss } from './read-steps'

const STEP_LIMIT = 20_000

/** A scenario being replayed: the simulation and what the judge has seen and claimed of its trace. */
export type Runner = {
  sim: SimState
  cursor: number // trace entries already scanned
  unclaimed: { client: number[]; server: number[] }
  sentAt: Map<number, number>
  byStep: Map<number | string, number> // step n (or `n/host` for a step about both hosts) -> segment id
  copies: Map<number, number>
  expired: Array<{ host: HostId; timer: TimerKind; time: number }>
  /** Expiries that fired at the current instant while another timer step was being run, for a later step to name. */
  sameInstant: Array<{ host: HostId; timer: TimerKind; time: number }>
}

/** What a scenario's replay needs besides the simulation: its steps and the per-host keep-alive switch. */
export type Script = {
  readonly steps: ReadonlyArray<Json>
  readonly keepAlive: Readonly<Record<HostId, boolean>>
}

/** Applies an action and records the segments sent and timers expired since the last action. */
export function act(r: Runner, action: SimAction): void {
  r.sim = applyAction(r.sim, action)
  const trace = r.sim.trace
  for (; r.cursor < trace.length; r.cursor++) {
    const e = trace[r.cursor] as TraceEntry
    if (e.type === 'segment_sent' && e.reason !== 'stale') {
      r.unclaimed[e.from].push(e.id)
      r.sentAt.set(e.id, e.time)
    } else if (e.type === 'timer_expire') {
      r.expired.push({ host: e.host, timer: e.timer, time: e.time })
    }
  }
}

/** A runner on a fresh simulation made with `options` (the channel should be manual). */
export function createRunner(options: SimOptions): Runner {
  return {
    sim: createSimulation(options),
    cursor: 0,
    unclaimed: { client: [], server: [] },
    sentAt: new Map(),
    byStep: new Map(),
    copies: new Map(),
    expired: [],
    sameInstant: [],
  }
}

/** The in-flight segment with this id, if it is still in the channel. */
export function findSegment(r: Runner, id: number): InFlightSegment | undefined {
  return r.sim.channel.inFlight.find((s) => s.id === id)
}

/** The segment with this id: in flight, sent earlier, or a duplicate copy of one (copies have no `segment_sent` entry). */
export function segmentById(r: Runner, id: number): Segment | undefined {
  const live = findSegment(r, id)
  if (live) return live.segment
  for (const e of r.sim.trace) {
    if (e.type === 'segment_sent' && e.id === id) return e.segment
    if (e.type === 'segment_duplicated' && e.copyId === id) return segmentById(r, e.id)
  }
  return undefined
}

/** The simulation action for a user call (`active_open`, `close`, `send`, `crash`, ...) of a step; a new OPEN or reboot takes the ISS the host's next SYN shows. */
export function userAction(name: string, host: HostId, step: Json, script: Script, index: number): SimAction {
  const keepAlive = script.keepAlive[host]
  const iss = upcomingIss(script.steps, index, host)
  const withIss = iss === undefined ? {} : { iss }
  switch (name) {
    case 'active_open':
    case 'open':
    case 'connect':
      return { type: 'connect', host, keepAlive, ...withIss }
    case 'passive_open':
    case 'listen':
      return { type: 'listen', host, keepAlive, ...withIss }
    case 'close':
      return { type: 'close', host }
    case 'abort':
      return { type: 'abort', host }
    case 'send':
    case 'send_data':
    case 'write':
      return { type: 'send', host, bytes: dataLen(step) ?? DATA_LEN }
    case 'crash':
      return { type: 'crash', host }
    case 'reboot':
    case 'restart':
    case 'recover':
      return { type: 'reboot', host, ...withIss }
    default:
      throw new CaseError(`unknown user call "${name}"`)
  }
}

/** Processes events until `done` holds or nothing is pending; false if it never held. */
export function advanceUntil(r: Runner, done: () => boolean): boolean {
  for (let i = 0; i < STEP_LIMIT; i++) {
    if (done()) return true
    const before = r.sim.trace.length
    const time = r.sim.time
    act(r, { type: 'step' })
    if (r.sim.trace.length === before && r.sim.time === time) return done()
  }
  return done()
}

/** Claims the next unjudged segment sent by `host`, advancing the clock if it has sent nothing yet. */
export function claim(r: Runner, host: HostId, optional: boolean, flags: string | undefined): number | null {
  const queue = r.unclaimed[host]
  if (optional) {
    const id = queue[0]
    if (id === undefined) return null
    const s = segmentById(r, id)
    if (flags && s && segmentFlags(s) !== normalizeFlags(flags)) return null
    queue.shift()
    return id
  }
  if (queue.length === 0) advanceUntil(r, () => queue.length > 0)
  return queue.shift() ?? null
}

/**
 * A data step (`len` > 0) with no `trigger` implies SEND on its host when the host has nothing
 * matching waiting to be judged and the data is new (SEG.SEQ = SND.NXT, or no seq given and nothing
 * outstanding); a data step at an older seq is a retransmission, which the timer produces.
 */
export function impliedSend(r: Runner, step: Json, from: HostId): number | undefined {
  const len = dataLen(step)
  if (len === undefined || len <= 0 || str(step.trigger)) return undefined
  const tcb = r.sim.hosts[from].tcb
  if (!r.sim.hosts[from].up || !tcb) return undefined
  const seq = num(step.seq)
  const waiting = r.unclaimed[from].some((id) => {
    const s = segmentById(r, id)
    return s !== undefined && s.len === len && (seq === undefined || s.seq === seq >>> 0)
  })
  if (waiting) return undefined
  const fresh = seq === undefined ? tcb.sndUna === tcb.sndNxt : tcb.sndNxt === seq >>> 0
  return fresh ? len : undefined
}

/** A host the step shows up again after being down has rebooted (RFC 9293 Fig. 9/10 "(CRASH)"); LISTEN means it listens again. */
export function rebootHostsShownUp(r: Runner, step: Json, script: Script, index: number): void {
  for (const host of ['client', 'server'] as const) {
    const want = toTcpState(step[`${host}_state_after`])
    if (want && !r.sim.hosts[host].up) {
      const reboot = userAction('reboot', host, step, script, index)
      act(r, want === 'LISTEN' ? { ...reboot, type: 'reboot', host, listen: true } : reboot)
    }
  }
}

/** A host the step shows as down (null) has crashed. */
export function crashHostsShownDown(r: Runner, step: Json): void {
  for (const host of ['client', 'server'] as const) {
    if (step[`${host}_state_after`] === null && r.sim.hosts[host].up) act(r, { type: 'crash', host })
  }
}

/** Puts a host in its starting state: crashed, CLOSED, listening, a real OPEN for SYN-SENT (SYN in flight), or the TCB set as is. */
export function setUpHost(r: Runner, host: HostId, state: TcpState | null, tcb: Tcb | null, script: Script): void {
  if (state === null) {
    act(r, { type: 'crash', host })
    return
  }
  if (state === 'CLOSED') return
  if (state === 'LISTEN') {
    act(r, { type: 'listen', host, keepAlive: script.keepAlive[host] })
    return
  }
  // SYN-SENT is entered by a real OPEN, so the SYN is in flight (with the described ISS).
  if (state === 'SYN-SENT' && tcb) act(r, { type: 'connect', host, keepAlive: script.keepAlive[host], iss: tcb.iss })
  else if (tcb) act(r, { type: 'set_tcb', host, tcb })
}
