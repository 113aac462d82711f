/**
 * The TCP engine: one pure reducer, `transition(tcb, event, ctx) -> { tcb, effects }`, following
 * the event processing of RFC 9293 §3.10 with the RFC 5961 mitigations that RFC 9293 recommends.
 * No I/O, no clock, no randomness: timers and the ISS come in through `ctx`, actions go out as
 * effects. A null TCB is the CLOSED state.
 */
import type {
  Effect,
  KeepAliveTimes,
  Profile,
  Segment,
  SendReason,
  Seq,
  Tcb,
  TcbState,
  TcpEvent,
  TimerKind,
  TransitionContext,
  TransitionResult,
  UserSignal,
} from './types'
import type { RuleId } from './rules'
import { seqAdd, seqBetween, seqDiff, seqGt, seqInWindow, seqLeq, seqLt } from './seq'

/**
 * The effects of one event as they are decided. Each effect is stamped with the rule current
 * when it is added (`rule`); the result names the rule that decided the outcome (`main`).
 */
type Fx = { readonly effects: Effect[]; rule: RuleId; main: RuleId; decided: boolean }
type Ctx = TransitionContext

/** Effects of one event, with the rule that holds when no other decides: usually "nothing to do". */
function newFx(fallback: RuleId): Fx {
  return { effects: [], rule: fallback, main: fallback, decided: false }
}

/** A rule that decides the outcome (a state change, a reply, a drop): effects from here on are its doing. */
function because(fx: Fx, rule: RuleId): void {
  fx.rule = rule
  fx.main = rule
  fx.decided = true
}

/**
 * A rule for the routine part of an event (an ACK advancing SND.UNA, data delivered): effects
 * from here on are its doing, and it names the outcome only if no deciding rule has.
 */
function also(fx: Fx, rule: RuleId): void {
  fx.rule = rule
  if (!fx.decided) fx.main = rule
}

function done(fx: Fx, tcb: Tcb | null): TransitionResult {
  return { tcb, effects: fx.effects, rule: fx.main }
}

function startTimer(fx: Fx, timer: TimerKind, ms: number, rule: RuleId = fx.rule): void {
  fx.effects.push({ type: 'start_timer', timer, ms, rule })
}

function stopTimer(fx: Fx, timer: TimerKind): void {
  fx.effects.push({ type: 'cancel_timer', timer, rule: fx.rule })
}

/** Programmer-error guard for exhaustive switches. */
function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`)
}

function seg(seq: Seq, ack: Seq, syn: boolean, ackBit: boolean, fin: boolean, rst: boolean, len: number, wnd: number): Segment {
  return { seq: seq >>> 0, ack: ackBit ? ack >>> 0 : 0, flags: { syn, ack: ackBit, fin, rst }, len, wnd }
}

/**
 * Pure. A data segment with PSH set when the profile pushes (RFC 9293 §3.9.1: without a PUSH flag
 * on SEND, PSH goes on the last buffered segment; Linux sets it on the last segment of each write).
 */
function pushed(segment: Segment, ctx: Ctx): Segment {
  if (!ctx.profile.pushLastSegment || segment.len === 0) return segment
  return { ...segment, flags: { ...segment.flags, psh: true } }
}

function send(fx: Fx, segment: Segment, reason: SendReason): void {
  fx.effects.push({ type: 'send_segment', segment, reason, rule: fx.rule })
}

function signal(fx: Fx, s: UserSignal): void {
  fx.effects.push({ type: 'signal_user', signal: s, rule: fx.rule })
}

/** Pure. True in the synchronized states (RFC 9293 §3.5.2 group 3). */
export function isSynchronized(state: TcbState): boolean {
  return state !== 'LISTEN' && state !== 'SYN-SENT' && state !== 'SYN-RECEIVED'
}

/** Pure. True when our FIN has been sent (FIN-WAIT-1/2, CLOSING, LAST-ACK, TIME-WAIT) (RFC 9293 §3.6). */
export function hasSentFin(tcb: Tcb): boolean {
  const s = tcb.state
  return !tcb.finQueued && (s === 'FIN-WAIT-1' || s === 'FIN-WAIT-2' || s === 'CLOSING' || s === 'LAST-ACK' || s === 'TIME-WAIT')
}

/** Pure. True while our FIN is sent but not yet acknowledged (RFC 9293 §3.10.7.4 fifth step). */
export function hasOutstandingFin(tcb: Tcb): boolean {
  const s = tcb.state
  return !tcb.finQueued && (s === 'FIN-WAIT-1' || s === 'CLOSING' || s === 'LAST-ACK') && tcb.sndUna !== tcb.sndNxt
}

/** Pure. SND.UNA < SEG.ACK =< SND.NXT, the acceptable-ACK test (RFC 9293 §3.4). */
export function isAcceptableAck(tcb: Tcb, ack: Seq): boolean {
  return seqBetween(tcb.sndUna, ack, tcb.sndNxt)
}

/** Pure. The segment acceptability test of RFC 9293 §3.10.7.4 first step (four cases). */
export function isAcceptableSegment(tcb: Tcb, segment: Segment): boolean {
  const len = segment.len + (segment.flags.syn ? 1 : 0) + (segment.flags.fin ? 1 : 0)
  const wnd = tcb.rcvWnd
  const end = seqAdd(tcb.rcvNxt, wnd)
  if (len === 0) {
    if (wnd === 0) return segment.seq === tcb.rcvNxt
    return seqInWindow(segment.seq, tcb.rcvNxt, end)
  }
  if (wnd === 0) return false
  return seqInWindow(segment.seq, tcb.rcvNxt, end) || seqInWindow(seqAdd(segment.seq, len - 1), tcb.rcvNxt, end)
}

/** Pure. A fresh TCB in the given state with every variable zero (helper for OPEN and tests). */
export function createTcb(state: TcbState, profile: Profile, fields: Partial<Tcb> = {}): Tcb {
  return Object.assign(
    {
      state,
      synReceivedFrom: null,
      passive: false,
      iss: 0,
      irs: 0,
      sndUna: 0,
      sndNxt: 0,
      sndWnd: profile.rcvWnd,
      sndWl1: 0,
      sndWl2: 0,
      rcvNxt: 0,
      rcvWnd: profile.rcvWnd,
      sendQueue: 0,
      finQueued: false,
      retransmits: 0,
      rto: profile.rtoInitialMs,
      keepAlive: profile.keepAlive.enabled,
      keepAliveTimes: null,
      probesOut: 0,
      bytesReceived: 0,
      bytesAcked: 0,
      ackPending: false,
      quickAcks: profile.delayedAckMs === null ? 0 : profile.quickAcks,
    },
    fields,
  )
}

/** Pure. A copy of a TCB to change (see tcbWith). */
function copyTcb(t: Tcb): { -readonly [K in keyof Tcb]: Tcb[K] } {
  return {
    state: t.state,
    synReceivedFrom: t.synReceivedFrom,
    passive: t.passive,
    iss: t.iss,
    irs: t.irs,
    sndUna: t.sndUna,
    sndNxt: t.sndNxt,
    sndWnd: t.sndWnd,
    sndWl1: t.sndWl1,
    sndWl2: t.sndWl2,
    rcvNxt: t.rcvNxt,
    rcvWnd: t.rcvWnd,
    sendQueue: t.sendQueue,
    finQueued: t.finQueued,
    retransmits: t.retransmits,
    rto: t.rto,
    keepAlive: t.keepAlive,
    keepAliveTimes: t.keepAliveTimes,
    probesOut: t.probesOut,
    bytesReceived: t.bytesReceived,
    bytesAcked: t.bytesAcked,
    ackPending: t.ackPending,
    quickAcks: t.quickAcks,
  }
}

/**
 * Pure. The TCB with some variables changed. Written out field by field rather than with object
 * spread (`{ ...t, sndNxt }`): in V8 each spread with changed fields cost about 1 µs, as much as the
 * rest of an event, and a TCB is copied once or more for most events.
 */
function tcbWith(t: Tcb, changes: Partial<Tcb>): Tcb {
  return Object.assign(copyTcb(t), changes)
}

/** `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>` (RFC 9293 §3.10.7.4). */
function sendAck(t: Tcb, fx: Fx, reason: SendReason): void {
  send(fx, seg(t.sndNxt, t.rcvNxt, false, true, false, false, 0, t.rcvWnd), reason)
}

/** Starts the retransmission (and user) timer when the first unacknowledged octet goes out (RFC 6298 5.1). */
function armRetransmission(fx: Fx, ctx: Ctx, rto: number): void {
  startTimer(fx, 'retransmission', rto)
  if (ctx.profile.userTimeoutMs !== null) startTimer(fx, 'user_timeout', ctx.profile.userTimeoutMs)
}

function disarmRetransmission(fx: Fx, ctx: Ctx): void {
  stopTimer(fx, 'retransmission')
  if (ctx.profile.userTimeoutMs !== null) stopTimer(fx, 'user_timeout')
}

/**
 * Pure. The keep-alive idle time, interval and probe count a connection runs with: its own, set at
 * OPEN, or else the profile's (RFC 9293 §3.8.4; RFC 1122 §4.2.3.6 makes them configurable).
 */
export function keepAliveTimesOf(tcb: Tcb, profile: Profile): KeepAliveTimes {
  if (tcb.keepAliveTimes !== null) return tcb.keepAliveTimes
  const { idleMs, intervalMs, probes } = profile.keepAlive
  return { idleMs, intervalMs, probes }
}

function startKeepAlive(t: Tcb, fx: Fx, ctx: Ctx, rule: RuleId = fx.rule): void {
  if (t.keepAlive) startTimer(fx, 'keepalive', keepAliveTimesOf(t, ctx.profile).idleMs, rule)
}

/** Deletes the TCB (state CLOSED); the simulation drops every timer with it. */
function deleteTcb(fx: Fx, s: UserSignal | null): TransitionResult {
  if (s) signal(fx, s)
  fx.effects.push({ type: 'delete_tcb', rule: fx.rule })
  return done(fx, null)
}

/** Enters TIME-WAIT: turn off the other timers and start 2MSL (RFC 9293 §3.10.7.4 eighth step). */
function enterTimeWait(t: Tcb, fx: Fx, ctx: Ctx): TransitionResult {
  if (ctx.variant === 'no_time_wait') {
    because(fx, 'no-time-wait-close')
    return deleteTcb(fx, 'connection_closed')
  }
  stopTimer(fx, 'retransmission')
  stopTimer(fx, 'keepalive')
  if (ctx.profile.userTimeoutMs !== null) stopTimer(fx, 'user_timeout')
  startTimer(fx, 'time_wait', ctx.profile.timeWaitMs)
  return done(fx, tcbWith(t, { state: 'TIME-WAIT' }))
}

/**
 * Sends queued data within the send window, then a queued FIN after it (RFC 9293 §3.10.2,
 * §3.10.4). Returns the TCB with SND.NXT advanced and whether anything was sent.
 */
function output(t: Tcb, fx: Fx, ctx: Ctx, sendQueue: number = t.sendQueue): Tcb {
  const wasIdle = t.sndUna === t.sndNxt
  let sndNxt = t.sndNxt
  let queue = sendQueue
  let finQueued = t.finQueued
  let sent = false
  while (queue > 0) {
    const usable = t.sndWnd - seqDiff(sndNxt, t.sndUna)
    const chunk = Math.min(queue, ctx.profile.mss, usable)
    if (chunk <= 0) break
    queue -= chunk
    const fin = finQueued && queue === 0
    const data = seg(sndNxt, t.rcvNxt, false, true, fin, false, chunk, t.rcvWnd)
    send(fx, queue === 0 ? pushed(data, ctx) : data, 'data')
    sndNxt = seqAdd(sndNxt, chunk + (fin ? 1 : 0))
    if (fin) finQueued = false
    sent = true
  }
  if (finQueued && queue === 0) {
    send(fx, seg(sndNxt, t.rcvNxt, false, true, true, false, 0, t.rcvWnd), 'fin')
    sndNxt = seqAdd(sndNxt, 1)
    finQueued = false
    sent = true
  }
  if (!sent) return sendQueue === t.sendQueue ? t : tcbWith(t, { sendQueue })
  if (wasIdle) armRetransmission(fx, ctx, t.rto)
  if (t.ackPending) stopTimer(fx, 'delayed_ack')
  return tcbWith(t, { sndNxt, sendQueue: queue, finQueued, ackPending: false })
}

// ---------------------------------------------------------------------------------------------
// User calls (RFC 9293 §3.10.1 - §3.10.5)
// ---------------------------------------------------------------------------------------------

/** The keep-alive switch and times a new connection takes at OPEN (RFC 9293 §3.8.4). */
type KeepAliveWish = { readonly keepAlive: boolean; readonly keepAliveTimes: KeepAliveTimes | null }

/** Sends our SYN and enters SYN-SENT (RFC 9293 §3.10.1). */
function activeOpen(base: Tcb | null, wish: KeepAliveWish, fx: Fx, ctx: Ctx): TransitionResult {
  const iss = ctx.iss >>> 0
  const t = createTcb('SYN-SENT', ctx.profile, {
    iss,
    sndUna: iss,
    sndNxt: seqAdd(iss, 1),
    keepAlive: wish.keepAlive,
    keepAliveTimes: wish.keepAliveTimes,
    sendQueue: base ? base.sendQueue : 0,
  })
  send(fx, seg(iss, 0, true, false, false, false, 0, t.rcvWnd), 'syn')
  armRetransmission(fx, ctx, t.rto)
  return done(fx, t)
}

/** Pure. OPEN call (RFC 9293 §3.10.1); the keep-alive wishes are per connection (§3.8.4). */
function onOpen(tcb: Tcb | null, event: TcpEvent & { type: 'open' }, ctx: Ctx): TransitionResult {
  const fx = newFx('open-exists')
  if (tcb === null) {
    const wish = { keepAlive: event.keepAlive ?? ctx.profile.keepAlive.enabled, keepAliveTimes: event.keepAliveTimes ?? null }
    if (event.mode === 'passive') {
      because(fx, 'open-passive')
      return done(fx, createTcb('LISTEN', ctx.profile, { passive: true, ...wish }))
    }
    because(fx, 'open-active')
    return activeOpen(null, wish, fx, ctx)
  }
  if (tcb.state === 'LISTEN' && event.mode === 'active') {
    if (ctx.profile.choices.activeOpenInListen === 'SYN-SENT') {
      const wish = { keepAlive: event.keepAlive ?? tcb.keepAlive, keepAliveTimes: event.keepAliveTimes ?? tcb.keepAliveTimes }
      because(fx, 'open-active-from-listen')
      return activeOpen(tcb, wish, fx, ctx)
    }
    because(fx, 'open-active-from-listen-refused')
  }
  signal(fx, 'error_connection_already_exists')
  return done(fx, tcb)
}

/** Pure. SEND call (RFC 9293 §3.10.2). */
function onSend(tcb: Tcb | null, bytes: number, ctx: Ctx): TransitionResult {
  const fx = newFx('send-no-connection')
  if (tcb === null) {
    signal(fx, 'error_connection_does_not_exist')
    return done(fx, tcb)
  }
  const n = Math.max(0, Math.floor(bytes))
  switch (tcb.state) {
    case 'LISTEN':
      because(fx, 'send-in-listen')
      signal(fx, 'error_foreign_socket_unspecified')
      return done(fx, tcb)
    case 'SYN-SENT':
    case 'SYN-RECEIVED':
      if (tcb.finQueued) break
      because(fx, 'send-queued')
      return done(fx, tcbWith(tcb, { sendQueue: tcb.sendQueue + n }))
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
      // The new octets join the queue inside `output`: one copy of the TCB, not two.
      because(fx, 'send-data')
      return done(fx, output(tcb, fx, ctx, tcb.sendQueue + n))
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      break
    default:
      return assertNever(tcb.state)
  }
  because(fx, 'send-after-close')
  signal(fx, 'error_connection_closing')
  return done(fx, tcb)
}

/** Pure. CLOSE call (RFC 9293 §3.10.4). */
function onClose(tcb: Tcb | null, ctx: Ctx): TransitionResult {
  const fx = newFx('close-no-connection')
  if (tcb === null) {
    signal(fx, 'error_connection_does_not_exist')
    return done(fx, tcb)
  }
  switch (tcb.state) {
    case 'LISTEN':
      because(fx, 'close-listen')
      return deleteTcb(fx, null)
    case 'SYN-SENT':
      because(fx, 'close-syn-sent')
      return deleteTcb(fx, null)
    case 'SYN-RECEIVED':
      if (tcb.sendQueue > 0) {
        because(fx, 'close-after-queued-data')
        return done(fx, tcbWith(tcb, { finQueued: true }))
      }
      because(fx, 'close-send-fin')
      return done(fx, output(tcbWith(tcb, { state: 'FIN-WAIT-1', finQueued: true }), fx, ctx))
    case 'ESTABLISHED':
      if (tcb.finQueued) break
      because(fx, 'close-send-fin')
      return done(fx, output(tcbWith(tcb, { state: 'FIN-WAIT-1', finQueued: true }), fx, ctx))
    case 'CLOSE-WAIT':
      if (tcb.finQueued) break
      because(fx, 'close-in-close-wait')
      return done(fx, output(tcbWith(tcb, { state: 'LAST-ACK', finQueued: true }), fx, ctx))
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      break
    default:
      return assertNever(tcb.state)
  }
  because(fx, 'close-again')
  signal(fx, 'error_connection_closing')
  return done(fx, tcb)
}

/** Pure. ABORT call (RFC 9293 §3.10.5): RST in the states that have a peer to tell. */
function onAbort(tcb: Tcb | null, ctx: Ctx): TransitionResult {
  const fx = newFx('abort-no-connection')
  if (tcb === null) {
    signal(fx, 'error_connection_does_not_exist')
    return done(fx, tcb)
  }
  switch (tcb.state) {
    case 'LISTEN':
    case 'SYN-SENT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      because(fx, 'abort-silent')
      return deleteTcb(fx, 'connection_aborted')
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT': {
      because(fx, 'abort-reset')
      const withAck = ctx.profile.choices.abortReset === 'RST,ACK'
      send(fx, seg(tcb.sndNxt, tcb.rcvNxt, false, withAck, false, true, 0, 0), 'reset')
      return deleteTcb(fx, 'connection_aborted')
    }
    default:
      return assertNever(tcb.state)
  }
}

// ---------------------------------------------------------------------------------------------
// SEGMENT ARRIVES (RFC 9293 §3.10.7)
// ---------------------------------------------------------------------------------------------

/** Pure. SEGMENT ARRIVES with no TCB (RFC 9293 §3.10.7.1): answer anything but a RST with a RST. */
function onSegmentInClosed(s: Segment): TransitionResult {
  const fx = newFx('closed-rst-ignored')
  if (s.flags.rst) return done(fx, null)
  because(fx, 'closed-reset')
  if (!s.flags.ack) {
    const segLength = s.len + (s.flags.syn ? 1 : 0) + (s.flags.fin ? 1 : 0)
    send(fx, seg(0, seqAdd(s.seq, segLength), false, true, false, true, 0, 0), 'reset')
  } else {
    send(fx, seg(s.ack, 0, false, false, false, true, 0, 0), 'reset')
  }
  return done(fx, null)
}

/** Pure. SEGMENT ARRIVES in LISTEN (RFC 9293 §3.10.7.2). */
function onSegmentInListen(t: Tcb, s: Segment, ctx: Ctx): TransitionResult {
  const fx = newFx('listen-rst-ignored')
  if (s.flags.rst) return done(fx, t)
  if (s.flags.ack) {
    because(fx, 'listen-ack-reset')
    send(fx, seg(s.ack, 0, false, false, false, true, 0, 0), 'reset')
    return done(fx, t)
  }
  if (!s.flags.syn) {
    because(fx, 'listen-other-dropped')
    return done(fx, t)
  }
  const iss = ctx.iss >>> 0
  const rcvNxt = seqAdd(s.seq, 1)
  const base = tcbWith(t, { irs: s.seq, rcvNxt, iss, sndWnd: s.wnd, sndWl1: s.seq, sndWl2: 0, retransmits: 0, rto: ctx.profile.rtoInitialMs, probesOut: 0 })
  if (ctx.variant === 'two_way_handshake') {
    because(fx, 'two-way-listen-syn')
    const est: Tcb = tcbWith(base, { state: 'ESTABLISHED', synReceivedFrom: null, sndUna: seqAdd(iss, 1), sndNxt: seqAdd(iss, 1) })
    send(fx, seg(iss, rcvNxt, true, true, false, false, 0, t.rcvWnd), 'syn_ack')
    signal(fx, 'connection_established')
    startKeepAlive(est, fx, ctx)
    return done(fx, est)
  }
  const next: Tcb = tcbWith(base, { state: 'SYN-RECEIVED', synReceivedFrom: 'LISTEN', sndUna: iss, sndNxt: seqAdd(iss, 1) })
  because(fx, ctx.variant === 'four_segment_handshake' ? 'four-segment-listen-syn' : 'listen-syn')
  if (ctx.variant === 'four_segment_handshake') {
    send(fx, seg(iss, rcvNxt, false, true, false, false, 0, t.rcvWnd), 'ack')
    send(fx, seg(iss, 0, true, false, false, false, 0, t.rcvWnd), 'syn')
  } else {
    send(fx, seg(iss, rcvNxt, true, true, false, false, 0, t.rcvWnd), 'syn_ack')
  }
  armRetransmission(fx, ctx, next.rto)
  return done(fx, next)
}

/** Pure. SEGMENT ARRIVES in SYN-SENT (RFC 9293 §3.10.7.3). */
function onSegmentInSynSent(t: Tcb, s: Segment, ctx: Ctx): TransitionResult {
  const fx = newFx('syn-sent-dropped')
  const f = s.flags
  if (f.ack && (seqLeq(s.ack, t.iss) || seqGt(s.ack, t.sndNxt))) {
    // First step: unacceptable ACK. The hypothetical two-way client ignores it (textbook).
    because(fx, ctx.variant === 'two_way_handshake' ? 'two-way-bad-ack-ignored' : 'syn-sent-bad-ack')
    if (!f.rst && ctx.variant !== 'two_way_handshake') send(fx, seg(s.ack, 0, false, false, false, true, 0, 0), 'reset')
    return done(fx, t)
  }
  if (f.rst) {
    because(fx, f.ack ? 'syn-sent-rst-refused' : 'syn-sent-rst-ignored')
    if (f.ack) return deleteTcb(fx, 'connection_refused')
    return done(fx, t)
  }
  if (f.syn) return onSynInSynSent(t, s, fx, ctx)
  if (f.ack && ctx.variant === 'four_segment_handshake' && seqGt(s.ack, t.sndUna)) {
    // Hypothetical four-segment handshake: the server's separate ACK of our SYN.
    because(fx, 'four-segment-ack')
    disarmRetransmission(fx, ctx)
    return done(fx, tcbWith(t, { sndUna: s.ack, retransmits: 0, rto: ctx.profile.rtoInitialMs }))
  }
  return done(fx, t)
}

/** Fourth step of SYN-SENT: a SYN (with an acceptable ACK or none) (RFC 9293 §3.10.7.3). */
function onSynInSynSent(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): TransitionResult {
  const rcvNxt = seqAdd(s.seq, 1)
  const sndUna = s.flags.ack ? s.ack : t.sndUna
  if (seqGt(sndUna, t.iss)) {
    because(fx, ctx.variant === 'two_way_handshake' ? 'two-way-syn-ack' : 'syn-sent-syn-ack')
    const est: Tcb = {
      ...t,
      state: 'ESTABLISHED',
      irs: s.seq,
      rcvNxt,
      sndUna,
      sndWnd: s.wnd,
      sndWl1: s.seq,
      sndWl2: s.ack,
      retransmits: 0,
      rto: ctx.profile.rtoInitialMs,
    }
    disarmRetransmission(fx, ctx)
    // Data the user queued in SYN-SENT rides on the third segment, which then acknowledges y + 1
    // and carries the first data byte x + 1 ("MAY be included", RFC 9293 §3.10.7.3); otherwise a bare ACK.
    const sent = output(est, fx, ctx)
    if (sent.sndNxt === est.sndNxt && ctx.variant !== 'two_way_handshake') sendAck(est, fx, 'ack')
    signal(fx, 'connection_established')
    startKeepAlive(sent, fx, ctx)
    return done(fx, sent)
  }
  because(fx, 'simultaneous-open')
  const next: Tcb = tcbWith(t, { state: 'SYN-RECEIVED', synReceivedFrom: 'SYN-SENT', irs: s.seq, rcvNxt, sndWnd: s.wnd, sndWl1: s.seq })
  send(fx, seg(t.iss, rcvNxt, true, true, false, false, 0, t.rcvWnd), 'syn_ack')
  return done(fx, next)
}

/**
 * Pure. SEGMENT ARRIVES in SYN-RECEIVED and the synchronized states (RFC 9293 §3.10.7.4), in the
 * RFC's order: sequence check, RST, SYN, ACK, text, FIN.
 */
function onSegmentOtherwise(t0: Tcb, s: Segment, ctx: Ctx): TransitionResult {
  const fx = newFx('ack-duplicate')
  const f = s.flags
  if (t0.state === 'SYN-RECEIVED') {
    const early = onSynInSynReceived(t0, s, fx, ctx)
    if (early) return early
  }
  // A SYN in a synchronized state gets a challenge ACK whatever its sequence number (RFC 5961 §4.2).
  if (f.syn && !f.rst && isSynchronized(t0.state)) return challengeSyn(t0, fx)
  // First: sequence number check.
  if (!isAcceptableSegment(t0, s)) {
    because(fx, f.rst ? 'not-acceptable-rst' : t0.state === 'SYN-RECEIVED' && f.syn && s.seq === t0.irs ? 'syn-received-syn-again' : 'not-acceptable')
    if (f.rst) return done(fx, t0)
    const finAgain = t0.state === 'TIME-WAIT' && f.fin && seqAdd(s.seq, s.len + 1) === t0.rcvNxt
    if (finAgain) because(fx, 'time-wait-fin-again')
    sendAck(t0, fx, 'ack')
    if (finAgain) {
      startTimer(fx, 'time_wait', ctx.profile.timeWaitMs)
    }
    return done(fx, t0)
  }
  // Second: RST (RFC 5961: exact match resets, otherwise challenge ACK).
  if (f.rst) return onRst(t0, s, fx, ctx)
  // Fourth: SYN.
  if (f.syn) {
    if (t0.state === 'SYN-RECEIVED' && t0.synReceivedFrom === 'LISTEN') {
      because(fx, 'syn-received-new-syn')
      return backToListen(t0, fx, ctx, true)
    }
    return challengeSyn(t0, fx)
  }
  // Fifth: ACK.
  if (!f.ack) {
    because(fx, 'no-ack-dropped')
    return done(fx, t0)
  }
  let t = t0
  if (t.keepAlive && isSynchronized(t.state) && t.state !== 'TIME-WAIT') {
    t = t.probesOut === 0 ? t : tcbWith(t, { probesOut: 0 })
    startKeepAlive(t, fx, ctx, 'keepalive-restart')
  }
  if (t.state === 'SYN-RECEIVED') {
    if (!isAcceptableAck(t, s.ack)) {
      because(fx, 'syn-received-bad-ack')
      send(fx, seg(s.ack, 0, false, false, false, true, 0, 0), 'reset')
      return done(fx, t)
    }
    because(fx, 'syn-received-ack')
    t = tcbWith(t, { state: 'ESTABLISHED', synReceivedFrom: null, sndWnd: s.wnd, sndWl1: s.seq, sndWl2: s.ack })
    signal(fx, 'connection_established')
    startKeepAlive(t, fx, ctx)
  }
  let acked = onAck(t, s, fx, ctx)
  if (acked === null) return done(fx, t)
  if (t0.state === 'SYN-RECEIVED' && acked.finQueued) acked = tcbWith(acked, { state: 'FIN-WAIT-1' })
  if (acked.sendQueue > 0 || acked.finQueued) acked = output(acked, fx, ctx)
  return afterAck(acked, s, fx, ctx)
}

/**
 * SYN-RECEIVED special cases before the sequence check: the peer's SYN,ACK of a simultaneous open
 * completes the open (RFC 9293 Fig. 7; choice 4), and a retransmitted SYN (choice 2).
 */
function onSynInSynReceived(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): TransitionResult | null {
  const f = s.flags
  if (!f.syn || f.rst || s.seq !== t.irs) return null
  if (f.ack && t.synReceivedFrom === 'SYN-SENT' && isAcceptableAck(t, s.ack)) {
    because(fx, 'simultaneous-open-syn-ack')
    let est: Tcb = tcbWith(t, { state: 'ESTABLISHED', synReceivedFrom: null, sndWnd: s.wnd, sndWl1: s.seq, sndWl2: s.ack })
    signal(fx, 'connection_established')
    startKeepAlive(est, fx, ctx)
    const acked = onAck(est, s, fx, ctx)
    est = acked ?? est
    if (est.finQueued) est = tcbWith(est, { state: 'FIN-WAIT-1' })
    return done(fx, output(est, fx, ctx))
  }
  if (!f.ack && ctx.profile.choices.retransmittedSynInSynReceived === 'SYN,ACK') {
    because(fx, 'syn-received-syn-again')
    send(fx, seg(t.iss, t.rcvNxt, true, true, false, false, 0, t.rcvWnd), 'syn_ack')
    return done(fx, t)
  }
  return null
}

/** Fourth step in a synchronized state: a SYN gets a challenge ACK and is dropped (RFC 9293 §3.10.7.4, RFC 5961 §4). */
function challengeSyn(t: Tcb, fx: Fx): TransitionResult {
  because(fx, 'syn-challenge')
  sendAck(t, fx, 'challenge_ack')
  return done(fx, t)
}

/** Returns a passive SYN-RECEIVED connection to LISTEN (RFC 9293 §3.10.7.4 second and fourth steps). */
function backToListen(t: Tcb, fx: Fx, ctx: Ctx, bySyn: boolean): TransitionResult {
  if (bySyn && ctx.profile.choices.inWindowSynInPassiveSynReceived === 'RST') {
    send(fx, seg(t.sndNxt, 0, false, false, false, true, 0, 0), 'reset')
  }
  disarmRetransmission(fx, ctx)
  // The user already called CLOSE: there is no listener to return to.
  if (t.finQueued) return deleteTcb(fx, null)
  return done(fx, createTcb('LISTEN', ctx.profile, { passive: true, keepAlive: t.keepAlive, keepAliveTimes: t.keepAliveTimes }))
}

/** Second step: the RST bit (RFC 9293 §3.10.7.4; RFC 5961 §3.2 challenge ACK). */
function onRst(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): TransitionResult {
  if (s.seq !== t.rcvNxt) {
    because(fx, 'rst-challenge')
    sendAck(t, fx, 'challenge_ack')
    return done(fx, t)
  }
  switch (t.state) {
    case 'SYN-RECEIVED':
      if (t.synReceivedFrom === 'LISTEN') {
        because(fx, 'rst-syn-received-passive')
        return backToListen(t, fx, ctx, false)
      }
      because(fx, 'rst-syn-received-active')
      return deleteTcb(fx, 'connection_refused')
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
      because(fx, 'rst-reset')
      return deleteTcb(fx, 'connection_reset')
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      // The application has closed: RFC 9293 only enters CLOSED and deletes the TCB, with no signal.
      because(fx, 'rst-reset')
      return deleteTcb(fx, null)
    case 'LISTEN':
    case 'SYN-SENT':
      return done(fx, t)
    default:
      return assertNever(t.state)
  }
}

/**
 * Fifth step, ESTABLISHED processing of the ACK field (RFC 9293 §3.10.7.4): advance SND.UNA,
 * update the window, answer an ACK of unsent data. Returns null if the segment is dropped.
 */
function onAck(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): Tcb | null {
  if (seqGt(s.ack, t.sndNxt)) {
    because(fx, 'ack-of-unsent')
    sendAck(t, fx, 'ack')
    return null
  }
  const advances = seqLt(t.sndUna, s.ack)
  if (advances) {
    also(fx, 'ack-new')
    if (s.ack === t.sndNxt) disarmRetransmission(fx, ctx)
    else startTimer(fx, 'retransmission', ctx.profile.rtoInitialMs)
  }
  // The window is updated from a segment no older than the last update (SND.WL1, SND.WL2).
  const updatesWindow =
    (seqLt(t.sndWl1, s.seq) || (t.sndWl1 === s.seq && seqLeq(t.sndWl2, s.ack))) &&
    (t.sndWnd !== s.wnd || t.sndWl1 !== s.seq || t.sndWl2 !== s.ack)
  if (!advances && !updatesWindow) return t
  if (!advances) also(fx, 'ack-window')
  // One new TCB for both changes: this runs for nearly every segment, and each copy is ~20 fields.
  const next = copyTcb(t)
  if (advances) {
    const advanced = seqDiff(s.ack, t.sndUna)
    const synPart = t.sndUna === t.iss && t.state !== 'LISTEN' ? 1 : 0
    const finPart = hasOutstandingFin(t) && s.ack === t.sndNxt ? 1 : 0
    next.sndUna = s.ack
    next.retransmits = 0
    next.rto = ctx.profile.rtoInitialMs
    next.bytesAcked = t.bytesAcked + Math.max(0, advanced - synPart - finPart)
  }
  if (updatesWindow) {
    next.sndWnd = s.wnd
    next.sndWl1 = s.seq
    next.sndWl2 = s.ack
  }
  return next
}

/** State-specific ACK processing, then segment text and FIN (RFC 9293 §3.10.7.4 fifth to eighth steps). */
function afterAck(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): TransitionResult {
  const finAcked = !t.finQueued && t.sndUna === t.sndNxt
  switch (t.state) {
    case 'FIN-WAIT-1':
      if (finAcked) {
        because(fx, 'fin-wait-1-acked')
        t = tcbWith(t, { state: 'FIN-WAIT-2' })
      }
      break
    case 'CLOSING':
      if (finAcked) {
        because(fx, 'closing-acked')
        return enterTimeWait(t, fx, ctx)
      }
      if (s.len > 0) also(fx, 'data-after-fin-ignored')
      return done(fx, t)
    case 'LAST-ACK':
      if (finAcked) {
        because(fx, 'last-ack-acked')
        return deleteTcb(fx, 'connection_closed')
      }
      break
    case 'TIME-WAIT':
      if (s.flags.fin) {
        because(fx, 'time-wait-fin-again')
        sendAck(t, fx, 'ack')
        startTimer(fx, 'time_wait', ctx.profile.timeWaitMs)
      } else {
        because(fx, 'time-wait-ack')
        if (ctx.profile.choices.timeWaitAckRestartsTimer) startTimer(fx, 'time_wait', ctx.profile.timeWaitMs)
      }
      return done(fx, t)
    default:
      break
  }
  return onTextAndFin(t, s, fx, ctx)
}

/** Seventh and eighth steps: segment text and the FIN bit (RFC 9293 §3.10.7.4). */
function onTextAndFin(t: Tcb, s: Segment, fx: Fx, ctx: Ctx): TransitionResult {
  const canReceive = t.state === 'ESTABLISHED' || t.state === 'FIN-WAIT-1' || t.state === 'FIN-WAIT-2'
  let needAck = false
  let next = t
  // Where the in-sequence part of this segment ends, if it starts at or before RCV.NXT.
  const startsInOrder = seqLeq(s.seq, t.rcvNxt) || (s.flags.syn && seqAdd(s.seq, 1) === t.rcvNxt)
  const dataStart = s.flags.syn ? seqAdd(s.seq, 1) : s.seq
  if (s.len > 0 && !canReceive) also(fx, 'data-after-fin-ignored')
  if (s.len > 0 && canReceive) {
    also(fx, startsInOrder ? 'data-in-order' : 'data-out-of-order')
    if (startsInOrder) {
      const fresh = seqDiff(seqAdd(dataStart, s.len), t.rcvNxt)
      if (fresh > 0) {
        next = tcbWith(next, { rcvNxt: seqAdd(t.rcvNxt, fresh), bytesReceived: t.bytesReceived + fresh })
        fx.effects.push({ type: 'deliver_data', bytes: fresh, rule: fx.rule })
      }
    }
    needAck = true
  }
  let fin = false
  const finAlreadyReceived = t.state === 'CLOSE-WAIT' || t.state === 'CLOSING' || t.state === 'LAST-ACK' || t.state === 'TIME-WAIT'
  if (s.flags.fin && finAlreadyReceived) {
    // The peer's FIN is already counted in RCV.NXT: acknowledge, do not advance (RFC 9293 §3.10.7.4 eighth step).
    because(fx, 'fin-again')
    needAck = true
  } else if (s.flags.fin && startsInOrder && seqAdd(dataStart, s.len) === next.rcvNxt) {
    fin = true
    next = tcbWith(next, { rcvNxt: seqAdd(next.rcvNxt, 1) })
    needAck = true
  } else if (s.flags.fin) {
    because(fx, 'fin-out-of-order')
    needAck = true
  }
  if (fin) return onFin(next, fx, ctx)
  if (canReceive && next.sendQueue > 0 && needAck) {
    const before = fx.effects.length
    next = output(next, fx, ctx)
    if (fx.effects.length > before) needAck = false
  }
  if (needAck && s.len > 0 && next.rcvNxt !== t.rcvNxt) return ackNowOrLater(next, fx, ctx, 'data')
  if (needAck) sendAck(next, fx, 'ack')
  return done(fx, next)
}

/**
 * Acknowledges in-order data or a FIN at once, or holds the ACK back (RFC 9293 §3.8.6.3). With a
 * delayed ACK, the first `quickAcks` data segments of a connection are still ACKed at once (Linux's
 * quick-ACK mode), and a second segment waiting for its ACK sends it (SHLD-19: at least every second
 * full-sized segment). A FIN's ACK is held too, so that it may ride on our own FIN; Linux holds it
 * only once data has arrived (before that its delay is one clock tick, rounded here to at once).
 */
function ackNowOrLater(t: Tcb, fx: Fx, ctx: Ctx, what: 'data' | 'fin'): TransitionResult {
  if (ctx.profile.delayedAckMs === null || (ctx.profile.ackAtOnceBeforeData && t.bytesReceived === 0)) {
    sendAck(t, fx, 'ack')
    return done(fx, t)
  }
  if (what === 'data' && t.quickAcks > 0) {
    // The ACK is this rule's doing; the arrival is still decided by the rule of the data.
    fx.rule = 'quick-ack'
    if (t.ackPending) stopTimer(fx, 'delayed_ack')
    sendAck(t, fx, 'ack')
    return done(fx, tcbWith(t, { quickAcks: t.quickAcks - 1, ackPending: false }))
  }
  if (what === 'data' && t.ackPending) {
    fx.rule = 'ack-every-second-segment'
    stopTimer(fx, 'delayed_ack')
    sendAck(t, fx, 'ack')
    return done(fx, tcbWith(t, { ackPending: false }))
  }
  if (!t.ackPending) startTimer(fx, 'delayed_ack', ctx.profile.delayedAckMs, 'delayed-ack')
  return done(fx, t.ackPending ? t : tcbWith(t, { ackPending: true }))
}

/** Eighth step: an in-sequence FIN (RFC 9293 §3.10.7.4). RCV.NXT already counts it. */
function onFin(t: Tcb, fx: Fx, ctx: Ctx): TransitionResult {
  switch (t.state) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
      because(fx, 'fin-established')
      signal(fx, 'connection_closing')
      return ackNowOrLater(tcbWith(t, { state: 'CLOSE-WAIT' }), fx, ctx, 'fin')
    case 'FIN-WAIT-1': {
      const finAcked = !t.finQueued && t.sndUna === t.sndNxt
      because(fx, finAcked ? 'fin-wait-1-fin-acked' : 'fin-wait-1-fin')
      sendAck(t, fx, 'ack')
      signal(fx, 'connection_closing')
      if (finAcked) return enterTimeWait(t, fx, ctx)
      return done(fx, tcbWith(t, { state: 'CLOSING' }))
    }
    case 'FIN-WAIT-2':
      // A FIN,ACK that acknowledged our FIN moved FIN-WAIT-1 on to FIN-WAIT-2 a moment ago.
      because(fx, fx.main === 'fin-wait-1-acked' ? 'fin-wait-1-fin-acked' : 'fin-wait-2-fin')
      sendAck(t, fx, 'ack')
      signal(fx, 'connection_closing')
      return enterTimeWait(t, fx, ctx)
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
    case 'LISTEN':
    case 'SYN-SENT':
      because(fx, 'fin-again')
      sendAck(t, fx, 'ack')
      return done(fx, t)
    default:
      return assertNever(t.state)
  }
}

// ---------------------------------------------------------------------------------------------
// Timeouts (RFC 9293 §3.10.8)
// ---------------------------------------------------------------------------------------------

/** Pure. RETRANSMISSION TIMEOUT (RFC 9293 §3.10.8; RFC 6298 back-off; §3.8.3 give-up R2). */
function onRetransmissionTimeout(t: Tcb, ctx: Ctx): TransitionResult {
  const fx = newFx('rto-nothing-outstanding')
  if (t.sndUna === t.sndNxt || t.state === 'LISTEN' || t.state === 'TIME-WAIT') return done(fx, t)
  const p = ctx.profile
  const limit = t.state === 'SYN-SENT' ? p.synRetries : t.state === 'SYN-RECEIVED' ? p.synAckRetries : p.dataRetries
  if (t.retransmits >= limit) return giveUp(t, fx, ctx)
  because(fx, 'rto-retransmit')
  const rto = Math.min(t.rto * p.backoff, p.rtoMaxMs)
  const next: Tcb = tcbWith(t, { retransmits: t.retransmits + 1, rto })
  send(fx, retransmissionSegment(t, ctx), 'retransmission')
  startTimer(fx, 'retransmission', rto)
  return done(fx, next)
}

/** The front of the retransmission queue with the current ACK field and state flags (RFC 9293 §3.10.8). */
function retransmissionSegment(t: Tcb, ctx: Ctx): Segment {
  if (t.sndUna === t.iss) {
    // Our SYN is still unacknowledged: it is the front of the queue.
    if (t.state === 'SYN-SENT') return seg(t.iss, 0, true, false, false, false, 0, t.rcvWnd)
    return seg(t.iss, t.rcvNxt, true, true, false, false, 0, t.rcvWnd)
  }
  const outstanding = seqDiff(t.sndNxt, t.sndUna)
  const fin = hasOutstandingFin(t)
  const data = outstanding - (fin ? 1 : 0)
  const len = Math.min(data, ctx.profile.mss)
  const front = seg(t.sndUna, t.rcvNxt, false, true, fin && len === data, false, len, t.rcvWnd)
  return len === data && t.sendQueue === 0 ? pushed(front, ctx) : front
}

/** Retransmission threshold R2 reached: close the connection (RFC 9293 §3.8.3; choice 9 for passive SYN-RECEIVED). */
function giveUp(t: Tcb, fx: Fx, ctx: Ctx): TransitionResult {
  const passiveSynReceived = t.state === 'SYN-RECEIVED' && t.synReceivedFrom === 'LISTEN'
  because(fx, passiveSynReceived ? 'rto-give-up-syn-received' : 'rto-give-up')
  if (passiveSynReceived && ctx.profile.choices.synAckGiveUpState === 'LISTEN') return backToListen(t, fx, ctx, false)
  if (isSynchronized(t.state) && ctx.profile.choices.giveUpReset === 'RST,ACK') {
    send(fx, seg(t.sndNxt, t.rcvNxt, false, true, false, true, 0, 0), 'reset')
  }
  return deleteTcb(fx, 'connection_timed_out')
}

/**
 * Pure. Keep-alive timer (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6): probe `<SEQ=SND.NXT-1>` or give up
 * after the connection's probe count (`keepAliveTimesOf`).
 */
function onKeepAliveTimeout(t: Tcb, ctx: Ctx): TransitionResult {
  const fx = newFx('keepalive-not-running')
  if (!t.keepAlive || !isSynchronized(t.state) || t.state === 'TIME-WAIT') return done(fx, t)
  const ka = keepAliveTimesOf(t, ctx.profile)
  if (t.probesOut >= ka.probes) {
    because(fx, 'keepalive-give-up')
    if (ctx.profile.choices.giveUpReset === 'RST,ACK') send(fx, seg(t.sndNxt, t.rcvNxt, false, true, false, true, 0, 0), 'reset')
    return deleteTcb(fx, 'connection_timed_out')
  }
  if (t.probesOut === 0 && t.sndUna !== t.sndNxt) {
    // Not idle: the retransmission timer is in charge.
    because(fx, 'keepalive-busy')
    startTimer(fx, 'keepalive', ka.idleMs)
    return done(fx, t)
  }
  because(fx, 'keepalive-probe')
  send(fx, seg(seqAdd(t.sndNxt, -1), t.rcvNxt, false, true, false, false, 0, t.rcvWnd), 'keepalive_probe')
  startTimer(fx, 'keepalive', ka.intervalMs)
  return done(fx, tcbWith(t, { probesOut: t.probesOut + 1 }))
}

/** Pure. Timeouts (RFC 9293 §3.10.8). */
function onTimeout(tcb: Tcb | null, timer: TcpEvent & { type: 'timeout' }, ctx: Ctx): TransitionResult {
  if (tcb === null) return done(newFx('timer-stale'), tcb)
  switch (timer.timer) {
    case 'retransmission':
      return onRetransmissionTimeout(tcb, ctx)
    case 'time_wait':
      if (tcb.state === 'TIME-WAIT') return deleteTcb(newFx('time-wait-timeout'), 'connection_closed')
      return done(newFx('timer-stale'), tcb)
    case 'keepalive':
      return onKeepAliveTimeout(tcb, ctx)
    case 'user_timeout':
      return deleteTcb(newFx('user-timeout'), 'connection_timed_out')
    case 'delayed_ack': {
      if (!tcb.ackPending) return done(newFx('timer-stale'), tcb)
      const fx = newFx('delayed-ack-timeout')
      const next: Tcb = tcbWith(tcb, { ackPending: false })
      sendAck(next, fx, 'ack')
      return done(fx, next)
    }
    default:
      return assertNever(timer.timer)
  }
}

/** Pure. SEGMENT ARRIVES, dispatched on the state (RFC 9293 §3.10.7). */
function onSegment(tcb: Tcb | null, s: Segment, ctx: Ctx): TransitionResult {
  if (tcb === null) return onSegmentInClosed(s)
  switch (tcb.state) {
    case 'LISTEN':
      return onSegmentInListen(tcb, s, ctx)
    case 'SYN-SENT':
      return onSegmentInSynSent(tcb, s, ctx)
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return onSegmentOtherwise(tcb, s, ctx)
    default:
      return assertNever(tcb.state)
  }
}

/**
 * Pure. The TCP engine: one event through RFC 9293 §3.10 event processing. A null TCB is CLOSED;
 * the returned TCB is null when the connection is deleted. Effects are in the order they happen.
 * Never throws for any TCB reachable by transitions and any event.
 */
export function transition(tcb: Tcb | null, event: TcpEvent, ctx: TransitionContext): TransitionResult {
  switch (event.type) {
    case 'open':
      return onOpen(tcb, event, ctx)
    case 'send':
      return onSend(tcb, event.bytes, ctx)
    case 'close':
      return onClose(tcb, ctx)
    case 'abort':
      return onAbort(tcb, ctx)
    case 'segment_arrives':
      return onSegment(tcb, event.segment, ctx)
    case 'timeout':
      return onTimeout(tcb, event, ctx)
    default:
      return assertNever(event)
  }
}
