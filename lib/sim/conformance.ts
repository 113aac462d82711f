/**
 * Oracle conformance judge. Reads any document in the format of `tcp-oracle/oracle.json`
 * (`meta`, `vectors`, `scenarios`) and judges every case as `meta.judging` says:
 *
 * - a vector passes if (next state, flags of the segment sent) equals (`expect_state`,
 *   `expect_send`) or an `accept` entry (`expect_state: null` there = same as `expect_state`);
 * - a scenario is replayed step by step on a simulation with a manual channel; each step is judged
 *   on the states after it (null = host down, not judged) and on its segment's flags, seq, ack
 *   (and `len`, `t` when given); `accept` entries override keys of a step, `optional: true` steps
 *   may be absent, and `then: "final_only"` stops step judging: the simulation then runs until
 *   nothing is pending and only `final` is compared.
 *
 * Pure: no I/O. A malformed case fails with a message; it never stops the other cases.
 */
import { getProfile } from '../tcp/profiles'
import { applyTcbText, defaultRole, referenceTcb, type Role } from '../tcp/reference'
import { createSegment, flagNames, formatRfc, parseRfc } from '../tcp/segment'
import { seqAdd } from '../tcp/seq'
import { hasOutstandingFin, transition } from '../tcp/transition'
import type { Profile, ProfileId, Segment, Tcb, TcbState, TcpEvent, TcpState, TimerKind, VariantId } from '../tcp/types'
import { TCP_STATES } from '../tcp/types'
import { applyAction, createSimulation, hostState } from './simulation'
import type { HostId, InFlightSegment, SimAction, SimState, TraceEntry } from './types'

/** The verdict on one case. */
export type CaseResult = {
  readonly id: string
  readonly kind: 'vector' | 'scenario' | 'file'
  readonly pass: boolean
  /** Empty on a pass; otherwise `expected ..., got ...` or what was wrong with the case. */
  readonly message: string
}

/** All verdicts of one document. */
export type ConformanceReport = {
  readonly results: ReadonlyArray<CaseResult>
  readonly passed: number
  readonly failed: number
}

type Json = Record<string, unknown>

class CaseError extends Error {}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined
}

function isTcpState(x: unknown): x is TcpState {
  return typeof x === 'string' && (TCP_STATES as ReadonlyArray<string>).includes(x)
}

// ---------------------------------------------------------------------------------------------
// Flags, profiles, variants
// ---------------------------------------------------------------------------------------------

/** Pure. Canonical form of a flag set: upper-case, sorted, PSH/URG dropped ('ACK' also matches 'PSH,ACK'). */
export function normalizeFlags(flags: string | null | undefined): string {
  if (!flags) return ''
  return flags
    .split(/[\s,+|]+/)
    .map((f) => f.trim().toUpperCase())
    .filter((f) => f !== '' && f !== 'PSH' && f !== 'URG')
    .sort()
    .join(',')
}

function segmentFlags(s: Segment): string {
  return normalizeFlags(flagNames(s.flags))
}

function describeSend(flags: string): string {
  return flags === '' ? 'nothing sent' : flags
}

const PROFILE_IDS: ReadonlyArray<ProfileId> = ['rfc', 'linux', 'textbook']
const VARIANT_IDS: ReadonlyArray<VariantId> = ['standard', 'two_way_handshake', 'no_time_wait', 'four_segment_handshake']

/** Pure. The profile a case asks for: an explicit `profile`, else a hint in its id/title, else `rfc`. */
export function profileForCase(c: Json): ProfileId {
  const explicit = str(c.profile)?.toLowerCase()
  if (explicit && (PROFILE_IDS as ReadonlyArray<string>).includes(explicit)) return explicit as ProfileId
  const text = `${str(c.id) ?? ''} ${str(c.title) ?? ''}`
  if (/linux/i.test(text)) return 'linux'
  if (/textbook|xie|谢希仁|教材/i.test(text)) return 'textbook'
  return 'rfc'
}

/** Pure. The protocol variant a case asks for, from `protocol` (free text) or a variant id. */
export function variantForCase(c: Json): VariantId {
  for (const key of ['protocol_variant', 'protocol', 'variant']) {
    const v = str(c[key])
    if (!v) continue
    if ((VARIANT_IDS as ReadonlyArray<string>).includes(v)) return v as VariantId
    if (key === 'variant') continue
    if (/two[- _]?way|2[- ]?way|2whs/i.test(v)) return 'two_way_handshake'
    if (/time[- _]?wait/i.test(v)) return 'no_time_wait'
    if (/four[- _]?segment|4[- ]?segment|four[- _]?way handshake/i.test(v)) return 'four_segment_handshake'
  }
  return 'standard'
}

// ---------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------

function roleFromText(text: string | undefined): Role | undefined {
  if (!text) return undefined
  const m = /^\s*(client|server)\b/i.exec(text)
  return m ? (m[1]!.toLowerCase() as Role) : undefined
}

function vectorTcb(state: TcbState, origin: 'passive' | 'active' | undefined, meta: Json, profile: Profile): { tcb: Tcb; role: Role } {
  const refs = isObject(meta.reference_tcb) ? meta.reference_tcb : {}
  const text = str(refs[origin ? `${state}/${origin}` : state]) ?? (state === 'SYN-RECEIVED' ? str(refs[`${state}/passive`]) : undefined)
  const role = roleFromText(text) ?? defaultRole(state, origin)
  let tcb = referenceTcb(state, role, profile, origin ? { origin } : {})
  if (text) tcb = applyTcbText(tcb, text)
  return { tcb, role }
}

const DATA_LEN = 10

/** The ACK field of a peer segment that acknowledges everything but our outstanding FIN (oracle `rcv_fin`). */
function ackButFin(t: Tcb): number {
  return hasOutstandingFin(t) ? seqAdd(t.sndNxt, -1) : t.sndNxt
}

function seg(seq: number, ack: number | null, flags: string, len = 0, wnd = 65535): Segment {
  const f = normalizeFlags(flags).split(',')
  return createSegment({
    seq,
    ack: ack ?? 0,
    flags: { syn: f.includes('SYN'), ack: f.includes('ACK'), fin: f.includes('FIN'), rst: f.includes('RST') },
    len,
    wnd,
  })
}

/** Builds the arriving segment of a `rcv_*` event for a TCB (oracle README §1 event table). */
function arrivingSegment(event: string, variant: string | undefined, t: Tcb | null): Segment {
  const st: TcpState = t ? t.state : 'CLOSED'
  const unsync = st === 'CLOSED' || st === 'LISTEN' || st === 'SYN-SENT'
  const rcvNxt = t ? t.rcvNxt : 0
  const wnd = t ? t.rcvWnd : 65535
  const peerSeq = st === 'SYN-SENT' ? 300 : st === 'LISTEN' ? 101 : 301
  const oldSeq = seqAdd(rcvNxt, -(DATA_LEN + 5))
  const farSeq = seqAdd(rcvNxt, wnd + 1000)
  const noAck = variant === 'no_ack_bit'
  switch (event) {
    case 'rcv_syn': {
      if (st === 'CLOSED' || st === 'LISTEN') return seg(100, null, 'SYN')
      if (st === 'SYN-SENT') return seg(300, null, 'SYN')
      const s = variant === 'retransmitted_syn' ? t!.irs : variant === 'in_window_syn' ? seqAdd(rcvNxt, 1) : variant === 'out_of_window' || variant === 'out_of_window_seq' ? farSeq : rcvNxt
      return seg(s, null, 'SYN')
    }
    case 'rcv_synack': {
      if (st === 'CLOSED') return seg(300, 91, 'SYN,ACK')
      if (st === 'LISTEN') return seg(300, 101, 'SYN,ACK')
      const iss = t!.iss
      if (st === 'SYN-SENT') return seg(300, variant === 'unacceptable_ack' ? seqAdd(iss, -9) : seqAdd(iss, 1), 'SYN,ACK')
      if (variant === 'unacceptable_ack') return seg(t!.irs, seqAdd(t!.sndNxt, 100), 'SYN,ACK')
      return seg(t!.irs, seqAdd(iss, 1), 'SYN,ACK')
    }
    case 'rcv_ack': {
      if (st === 'CLOSED') return seg(300, 101, 'ACK')
      if (st === 'LISTEN') return seg(101, 301, 'ACK')
      if (st === 'SYN-SENT') return seg(300, variant === 'unacceptable_ack' ? t!.iss : t!.sndNxt, 'ACK')
      const s = variant === 'out_of_window_seq' ? oldSeq : variant === 'out_of_window' ? farSeq : rcvNxt
      const a = variant === 'unacceptable_ack' ? seqAdd(t!.sndNxt, 100) : t!.sndNxt
      return seg(s, noAck ? null : a, noAck ? '' : 'ACK')
    }
    case 'rcv_fin':
    case 'rcv_finack': {
      if (unsync && (event === 'rcv_fin' || st === 'SYN-SENT')) {
        if (event === 'rcv_finack') return seg(peerSeq, t!.sndNxt, 'FIN,ACK')
        return seg(peerSeq, null, 'FIN')
      }
      if (unsync) return seg(301, 102, 'FIN,ACK')
      const s = variant === 'retransmitted_fin' ? seqAdd(rcvNxt, -1) : variant === 'out_of_window_seq' ? oldSeq : variant === 'out_of_window' ? farSeq : rcvNxt
      const a = event === 'rcv_fin' ? ackButFin(t!) : t!.sndNxt
      return noAck ? seg(s, null, 'FIN') : seg(s, a, 'FIN,ACK')
    }
    case 'rcv_rst': {
      if (st === 'CLOSED' || st === 'LISTEN') return seg(301, null, 'RST')
      if (st === 'SYN-SENT') {
        if (variant === 'rst_without_ack') return seg(300, null, 'RST')
        if (variant === 'unacceptable_ack') return seg(0, t!.iss, 'RST,ACK')
        return seg(0, t!.sndNxt, 'RST,ACK')
      }
      const s = variant === 'out_of_window' || variant === 'out_of_window_seq' ? farSeq : variant === 'in_window_not_exact' ? seqAdd(rcvNxt, 10) : rcvNxt
      return seg(s, null, 'RST')
    }
    case 'rcv_data': {
      if (st === 'CLOSED') return seg(300, 100, 'ACK', DATA_LEN)
      if (st === 'LISTEN') return seg(101, 301, 'ACK', DATA_LEN)
      if (st === 'SYN-SENT') return seg(301, t!.sndNxt, 'ACK', DATA_LEN)
      const s = variant === 'out_of_window_seq' ? oldSeq : variant === 'out_of_window' ? farSeq : rcvNxt
      const a = variant === 'unacceptable_ack' ? seqAdd(t!.sndNxt, 100) : ackButFin(t!)
      return seg(s, noAck ? null : a, noAck ? '' : 'ACK', DATA_LEN)
    }
    default:
      throw new CaseError(`unknown event "${event}"`)
  }
}

const TIMER_EVENTS: Record<string, TimerKind> = {
  timeout_retx: 'retransmission',
  timeout_retransmission: 'retransmission',
  retransmission_timeout: 'retransmission',
  timeout_2msl: 'time_wait',
  timeout_time_wait: 'time_wait',
  keepalive_idle: 'keepalive',
  keepalive_probe: 'keepalive',
  timeout_keepalive: 'keepalive',
  keepalive_probe_unanswered_max: 'keepalive',
  timeout_user: 'user_timeout',
  user_timeout: 'user_timeout',
}

const USER_EVENTS: Record<string, TcpEvent> = {
  passive_open: { type: 'open', mode: 'passive' },
  active_open: { type: 'open', mode: 'active' },
  close: { type: 'close' },
  abort: { type: 'abort' },
  send: { type: 'send', bytes: DATA_LEN },
  send_data: { type: 'send', bytes: DATA_LEN },
}

/** Sets the preconditions a timer event needs (outstanding data, retries used up, probes out). */
function prepareForTimer(t: Tcb | null, event: string, variant: string | undefined, profile: Profile): Tcb | null {
  if (!t) return t
  const kind = TIMER_EVENTS[event]
  if (kind === 'retransmission') {
    let next = t
    if (next.sndUna === next.sndNxt && (next.state === 'ESTABLISHED' || next.state === 'CLOSE-WAIT')) {
      next = { ...next, sndNxt: seqAdd(next.sndNxt, DATA_LEN) }
    }
    if (variant === 'retries_exhausted') {
      const limit = next.state === 'SYN-SENT' ? profile.synRetries : next.state === 'SYN-RECEIVED' ? profile.synAckRetries : profile.dataRetries
      next = { ...next, retransmits: limit }
    }
    return next
  }
  if (kind === 'keepalive') {
    const probesOut = event === 'keepalive_probe_unanswered_max' || variant === 'retries_exhausted' ? profile.keepAlive.probes : 0
    return { ...t, keepAlive: true, probesOut }
  }
  return t
}

function vectorEvent(v: Json, t: Tcb | null): TcpEvent {
  const event = str(v.event)
  if (!event) throw new CaseError('missing "event"')
  const user = USER_EVENTS[event]
  if (user) return user
  const timer = TIMER_EVENTS[event]
  if (timer) return { type: 'timeout', timer }
  if (!event.startsWith('rcv_')) throw new CaseError(`unknown event "${event}"`)
  const example = isObject(v.example) ? str(v.example.in) : undefined
  const parsed = example ? parseRfc(example) : null
  const variant = str(v.variant)
  const segment = parsed ?? arrivingSegment(event, variant, t)
  return { type: 'segment_arrives', segment: { ...segment, wnd: segment.wnd || 65535 } }
}

type Outcome = { state: TcpState; sends: Segment[] }

function expectedList(v: Json): Array<{ state: TcpState; send: string }> {
  const main = v.expect_state
  if (!isTcpState(main)) throw new CaseError(`bad expect_state ${JSON.stringify(main)}`)
  const out = [{ state: main, send: normalizeFlags(str(v.expect_send)) }]
  if (Array.isArray(v.accept)) {
    for (const a of v.accept) {
      if (!isObject(a)) continue
      const state = a.expect_state === null || a.expect_state === undefined ? main : a.expect_state
      if (!isTcpState(state)) throw new CaseError(`bad accept expect_state ${JSON.stringify(a.expect_state)}`)
      const send = 'expect_send' in a ? normalizeFlags(str(a.expect_send)) : normalizeFlags(str(v.expect_send))
      out.push({ state, send })
    }
  }
  return out
}

function outcomeMatches(o: Outcome, e: { state: TcpState; send: string }): boolean {
  if (o.state !== e.state) return false
  if (e.send === '') return o.sends.length === 0
  const first = o.sends[0]
  return first !== undefined && segmentFlags(first) === e.send
}

/**
 * Pure. Runs one state x event vector through `transition` from the reference TCB and returns the
 * next state and the segments sent (RFC 9293 §3.10; oracle README §1 event table).
 */
export function simulateVector(v: Json, meta: Json = {}): { state: TcpState; sends: Segment[] } {
  const state = v.state
  if (!isTcpState(state)) throw new CaseError(`unknown state ${JSON.stringify(state)}`)
  const origin = v.origin === 'active' || v.origin === 'passive' ? v.origin : undefined
  const profile = getProfile(profileForCase(v))
  const variant = variantForCase(v)
  let tcb: Tcb | null = null
  let role: Role = 'client'
  if (state !== 'CLOSED') ({ tcb, role } = vectorTcb(state, origin, meta, profile))
  const event = str(v.event) ?? ''
  tcb = prepareForTimer(tcb, event, str(v.variant), profile)
  const ev = vectorEvent(v, tcb)
  const iss = state === 'CLOSED' ? (event === 'active_open' ? 100 : 300) : role === 'client' ? 100 : 300
  const result = transition(tcb, ev, { now: 0, profile, variant, iss })
  const sends = result.effects.flatMap((e) => (e.type === 'send_segment' ? [e.segment] : []))
  return { state: result.tcb ? result.tcb.state : 'CLOSED', sends }
}

/** Pure. Judges one state x event vector. */
export function judgeVector(v: Json, meta: Json): Omit<CaseResult, 'id' | 'kind'> {
  const expectations = expectedList(v)
  const outcome: Outcome = simulateVector(v, meta)
  if (expectations.some((e) => outcomeMatches(outcome, e))) return { pass: true, message: '' }
  const expected = expectations.map((e) => `${e.state} + ${describeSend(e.send)}`).join(' or ')
  const got = `${outcome.state} + ${outcome.sends.length ? outcome.sends.map(formatRfc).join(' ') : 'nothing sent'}`
  return { pass: false, message: `expected ${expected}, got ${got}` }
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

const STEP_LIMIT = 20_000

type Runner = {
  sim: SimState
  cursor: number // trace entries already scanned
  unclaimed: { client: number[]; server: number[] }
  sentAt: Map<number, number>
  byStep: Map<number, number>
  copies: Map<number, number>
  expired: Array<{ host: HostId; timer: TimerKind; time: number }>
}

function act(r: Runner, action: SimAction): void {
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

function findSegment(r: Runner, id: number): InFlightSegment | undefined {
  return r.sim.channel.inFlight.find((s) => s.id === id)
}

function segmentById(r: Runner, id: number): Segment | undefined {
  const live = findSegment(r, id)
  if (live) return live.segment
  for (const e of r.sim.trace) if (e.type === 'segment_sent' && e.id === id) return e.segment
  return undefined
}

function hostOf(x: unknown, what: string): HostId {
  if (x === 'client' || x === 'server') return x
  throw new CaseError(`${what}: expected "client" or "server", got ${JSON.stringify(x)}`)
}

function other(h: HostId): HostId {
  return h === 'client' ? 'server' : 'client'
}

function userAction(name: string, host: HostId, step: Json, keepAlive: boolean): SimAction {
  switch (name) {
    case 'active_open':
    case 'connect':
      return keepAlive ? { type: 'connect', host, keepAlive } : { type: 'connect', host }
    case 'passive_open':
    case 'listen':
      return keepAlive ? { type: 'listen', host, keepAlive } : { type: 'listen', host }
    case 'close':
      return { type: 'close', host }
    case 'abort':
      return { type: 'abort', host }
    case 'send':
    case 'send_data':
      return { type: 'send', host, bytes: num(step.bytes) ?? num(step.len) ?? DATA_LEN }
    case 'crash':
      return { type: 'crash', host }
    case 'reboot':
      return { type: 'reboot', host }
    default:
      throw new CaseError(`unknown user call "${name}"`)
  }
}

/** Processes events until `done` holds or nothing is pending; false if it never held. */
function advanceUntil(r: Runner, done: () => boolean): boolean {
  for (let i = 0; i < STEP_LIMIT; i++) {
    if (done()) return true
    const before = r.sim.trace.length
    const time = r.sim.time
    act(r, { type: 'step' })
    if (r.sim.trace.length === before && r.sim.time === time) return done()
  }
  return done()
}

type StepOutcome = {
  client: TcpState | null
  server: TcpState | null
  segment: Segment | null // the segment this step is about
  segmentTime: number | null
  timerTime: number | null
  extra: Segment[] // segments the receiver emitted during the step
}

function describeSeg(s: Segment | null): string {
  return s ? formatRfc(s) : 'no segment'
}

/** Judges a step outcome against one alternative; returns the first mismatch or null. */
function mismatch(o: StepOutcome, alt: Json, hasSegment: boolean): string | null {
  for (const host of ['client', 'server'] as const) {
    const key = `${host}_state_after`
    const want = alt[key]
    if (want === undefined || want === null) continue
    if (!isTcpState(want)) return `bad ${key} ${JSON.stringify(want)}`
    const got = o[host]
    if (got !== want) return `${host} ${want}, got ${got ?? '(down)'}`
  }
  if (hasSegment) {
    const flags = str(alt.flags)
    if (flags !== undefined && flags !== null) {
      if (!o.segment) return `segment ${flags}, got nothing sent`
      if (segmentFlags(o.segment) !== normalizeFlags(flags)) return `segment ${flags}, got ${describeSeg(o.segment)}`
      const seq = num(alt.seq)
      if (seq !== undefined && o.segment.seq !== seq >>> 0) return `seq ${seq}, got ${describeSeg(o.segment)}`
      const ack = num(alt.ack)
      if (ack !== undefined && (!o.segment.flags.ack || o.segment.ack !== ack >>> 0)) return `ack ${ack}, got ${describeSeg(o.segment)}`
      const len = num(alt.len)
      if (len !== undefined && o.segment.len !== len) return `len ${len}, got ${describeSeg(o.segment)}`
    }
  }
  const extra = str(alt.extra_send)
  if (extra !== undefined) {
    const want = normalizeFlags(extra)
    if (!o.extra.some((s) => segmentFlags(s) === want)) {
      return `extra ${extra} sent, got ${o.extra.length ? o.extra.map(formatRfc).join(' ') : 'none'}`
    }
  }
  const t = num(alt.t)
  if (t !== undefined) {
    const at = o.segmentTime ?? o.timerTime
    if (at === null || Math.abs(at / 1000 - t) > 1e-6) return `t=${t}s, got t=${at === null ? '?' : at / 1000}s`
  }
  return null
}

function isLost(fate: string | undefined): boolean {
  return fate !== undefined && /^(lost|drop|dropped|loss)$/i.test(fate)
}

function isHeld(fate: string | undefined): boolean {
  return fate !== undefined && /^(delay|delayed|held|in_flight|in-flight)$/i.test(fate)
}

function isDuplicate(fate: string | undefined): boolean {
  return fate !== undefined && /^(duplicate|duplicated)$/i.test(fate)
}

/** Claims the next unjudged segment sent by `host`, advancing the clock if it has sent nothing yet. */
function claim(r: Runner, host: HostId, optional: boolean, flags: string | undefined): number | null {
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

function runStep(r: Runner, step: Json, keepAlive: boolean): { outcome: StepOutcome; hasSegment: boolean } {
  const type = str(step.type)
  const from = step.from === undefined && step.host !== undefined ? hostOf(step.host, 'host') : hostOf(step.from, 'from')
  const n = num(step.n)
  const flags = str(step.flags)
  const fate = str(step.fate)
  let segmentId: number | null = null
  let timerTime: number | null = null
  const receiver = other(from)
  const mark = r.unclaimed[receiver].length
  const trigger = str(step.trigger)
  if (trigger) act(r, userAction(trigger, from, step, keepAlive))
  switch (type) {
    case 'xfer':
    case 'send': {
      segmentId = claim(r, from, step.optional === true, flags)
      if (segmentId === null) break
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else if (isDuplicate(fate)) {
        const before = r.sim.channel.nextSegmentId
        act(r, { type: 'fate', segmentId, fate: 'duplicate' })
        r.copies.set(segmentId, before)
        if (type === 'xfer') act(r, { type: 'fate', segmentId, fate: 'deliver' })
      } else if (type === 'xfer' && !isHeld(fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'deliver': {
      const of = num(step.of)
      if (of !== undefined) {
        const original = r.byStep.get(of)
        if (original === undefined) throw new CaseError(`step ${n}: "of": ${of} names no earlier segment`)
        const copy = r.copies.get(original)
        segmentId = findSegment(r, original) ? original : copy !== undefined && findSegment(r, copy) ? copy : null
        if (segmentId === null) throw new CaseError(`step ${n}: the segment of step ${of} is no longer in flight`)
      } else {
        const seq = num(step.seq)
        if (seq === undefined || !flags) throw new CaseError(`step ${n}: a stale segment needs flags and seq`)
        const ack = num(step.ack)
        const segment = seg(seq, ack ?? null, flags, num(step.len) ?? 0)
        segmentId = r.sim.channel.nextSegmentId
        act(r, { type: 'inject', from, segment })
      }
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'timer': {
      const event = str(step.event)
      const kind = event ? TIMER_EVENTS[event] : undefined
      if (!kind) throw new CaseError(`step ${n}: unknown timer event ${JSON.stringify(step.event)}`)
      const seen = r.expired.length
      const before = hostState(r.sim, from)
      // "Gave up" means the expiry that ends the connection, not merely the next probe.
      const givesUp = event === 'keepalive_probe_unanswered_max'
      const fired = advanceUntil(r, () =>
        r.expired.slice(seen).some((e) => e.host === from && e.timer === kind) && (!givesUp || hostState(r.sim, from) !== before),
      )
      if (!fired) throw new CaseError(`step ${n}: expected the ${from}'s ${event} timer to fire, but it was not running`)
      const matching = r.expired.slice(seen).filter((e) => e.host === from && e.timer === kind)
      timerTime = (givesUp ? matching[matching.length - 1]?.time : matching[0]?.time) ?? null
      if (flags) segmentId = claim(r, from, step.optional === true, flags)
      break
    }
    case 'user':
    case 'call':
    case 'app': {
      const call = str(step.event) ?? str(step.call)
      if (!trigger) {
        if (!call) throw new CaseError(`step ${n}: a user step needs "event"`)
        act(r, userAction(call, from, step, keepAlive))
      }
      if (flags) segmentId = claim(r, from, step.optional === true, flags)
      break
    }
    case 'crash':
    case 'reboot':
      act(r, userAction(type, from, step, keepAlive))
      break
    case 'wait':
    case 'advance': {
      const ms = num(step.ms) ?? (num(step.seconds) ?? 0) * 1000
      const t = num(step.t)
      act(r, { type: 'advance', ms: t !== undefined ? Math.max(0, t * 1000 - r.sim.time) : ms })
      break
    }
    default:
      throw new CaseError(`step ${n}: unknown step type ${JSON.stringify(step.type)}`)
  }
  const extraIds = r.unclaimed[receiver].slice(mark)
  const outcome: StepOutcome = {
    client: hostState(r.sim, 'client'),
    server: hostState(r.sim, 'server'),
    segment: segmentId === null ? null : (segmentById(r, segmentId) ?? null),
    segmentTime: segmentId === null ? null : (r.sentAt.get(segmentId) ?? null),
    timerTime,
    extra: extraIds.flatMap((id) => {
      const s = segmentById(r, id)
      return s ? [s] : []
    }),
  }
  const hasSegment = type === 'xfer' || type === 'send' || type === 'deliver' || segmentId !== null
  return { outcome, hasSegment }
}

function setUpHost(r: Runner, host: HostId, state: unknown, tcbText: string | undefined, profile: Profile, keepAlive: boolean): void {
  if (state === null) {
    act(r, { type: 'crash', host })
    return
  }
  if (state === undefined || state === 'CLOSED') return
  if (!isTcpState(state) || state === 'CLOSED') throw new CaseError(`initial ${host}: unknown state ${JSON.stringify(state)}`)
  if (state === 'LISTEN') {
    act(r, keepAlive ? { type: 'listen', host, keepAlive } : { type: 'listen', host })
    return
  }
  if (state === 'SYN-SENT' && !tcbText) {
    act(r, keepAlive ? { type: 'connect', host, keepAlive } : { type: 'connect', host })
    return
  }
  let tcb = referenceTcb(state, host, profile, { keepAlive })
  if (tcbText) tcb = applyTcbText(tcb, tcbText)
  act(r, { type: 'set_tcb', host, tcb })
}

function usesKeepAlive(sc: Json, steps: Json[]): boolean {
  if (/keep-?alive/i.test(`${str(sc.id) ?? ''} ${str(sc.title) ?? ''}`)) return true
  return steps.some((s) => /keepalive/i.test(str(s.event) ?? ''))
}

/** Pure. Replays and judges one message-sequence scenario. */
export function judgeScenario(sc: Json): Omit<CaseResult, 'id' | 'kind'> {
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : null
  if (!steps) throw new CaseError('missing "steps"')
  const profileId = profileForCase(sc)
  const profile = getProfile(profileId)
  const keepAlive = usesKeepAlive(sc, steps)
  const initial = isObject(sc.initial) ? sc.initial : {}
  const tcbTexts = isObject(sc.tcb) ? sc.tcb : {}
  const r: Runner = {
    sim: createSimulation({ profile: profileId, variant: variantForCase(sc), seed: 1, channel: { mode: 'manual' } }),
    cursor: 0,
    unclaimed: { client: [], server: [] },
    sentAt: new Map(),
    byStep: new Map(),
    copies: new Map(),
    expired: [],
  }
  for (const host of ['client', 'server'] as const) setUpHost(r, host, initial[host], str(tcbTexts[host]), profile, keepAlive)
  r.unclaimed = { client: [], server: [] }
  let finalOnly = false
  for (const step of steps) {
    const { outcome, hasSegment } = runStep(r, step, keepAlive)
    const alternatives: Json[] = [step, ...(Array.isArray(step.accept) ? step.accept.filter(isObject).map((a) => ({ ...step, ...a })) : [])]
    const absentOk = step.optional === true && outcome.segment === null
    let chosen: Json | null = null
    let firstProblem = ''
    for (const alt of alternatives) {
      const problem = mismatch(outcome, alt, hasSegment && !absentOk)
      if (problem === null) {
        chosen = alt
        break
      }
      if (!firstProblem) firstProblem = problem
    }
    if (!chosen) return { pass: false, message: `step ${String(step.n ?? '?')}: expected ${firstProblem}` }
    if (chosen.then === 'final_only') {
      finalOnly = true
      break
    }
  }
  if (finalOnly) {
    for (const s of r.sim.channel.inFlight) if (s.arriveAt === null) act(r, { type: 'fate', segmentId: s.id, fate: 'delay', delayMs: r.sim.channel.delayMs })
    act(r, { type: 'configure_channel', mode: 'auto' })
    act(r, { type: 'run' })
  }
  if (isObject(sc.final)) {
    for (const host of ['client', 'server'] as const) {
      const want = sc.final[host]
      if (want === undefined || want === null) continue
      const got = hostState(r.sim, host)
      if (got !== want) return { pass: false, message: `final: expected ${host} ${String(want)}, got ${got ?? '(down)'}` }
    }
  }
  return { pass: true, message: '' }
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function judgeSafely(id: string, kind: 'vector' | 'scenario', run: () => Omit<CaseResult, 'id' | 'kind'>): CaseResult {
  try {
    return { id, kind, ...run() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { id, kind, pass: false, message: error instanceof CaseError ? message : `error: ${message}` }
  }
}

/** Pure. Judges every vector and scenario of an oracle-format document. */
export function runConformance(doc: unknown): ConformanceReport {
  const results: CaseResult[] = []
  if (!isObject(doc)) {
    results.push({ id: 'file', kind: 'file', pass: false, message: 'expected a JSON object with "vectors" and/or "scenarios"' })
  } else {
    const meta = isObject(doc.meta) ? doc.meta : {}
    const vectors = doc.vectors
    const scenarios = doc.scenarios
    if (!Array.isArray(vectors) && !Array.isArray(scenarios)) {
      results.push({ id: 'file', kind: 'file', pass: false, message: 'no "vectors" or "scenarios" array' })
    }
    if (Array.isArray(vectors)) {
      vectors.forEach((v, i) => {
        const id = isObject(v) ? (str(v.id) ?? `vectors[${i}]`) : `vectors[${i}]`
        results.push(judgeSafely(id, 'vector', () => {
          if (!isObject(v)) throw new CaseError('not an object')
          return judgeVector(v, meta)
        }))
      })
    }
    if (Array.isArray(scenarios)) {
      scenarios.forEach((sc, i) => {
        const id = isObject(sc) ? (str(sc.id) ?? `scenarios[${i}]`) : `scenarios[${i}]`
        results.push(judgeSafely(id, 'scenario', () => {
          if (!isObject(sc)) throw new CaseError('not an object')
          return judgeScenario(sc)
        }))
      })
    }
  }
  const passed = results.filter((r) => r.pass).length
  return { results, passed, failed: results.length - passed }
}

/** Pure. The report as printed by `npm run conformance`: one line per case, then the totals. */
export function formatReport(report: ConformanceReport): string[] {
  const lines = report.results.map((r) => (r.pass ? `PASS ${r.id}` : `FAIL ${r.id}: ${r.message}`))
  lines.push(`${report.passed} passed, ${report.failed} failed`)
  return lines
}
