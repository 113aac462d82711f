/**
 * Core types of the TCP engine. Plain data only: every value here is JSON-serialisable,
 * so a TCB can be compared with `toEqual`, stored, put in a URL or used as a scenario start.
 *
 * Names follow RFC 9293 (state spellings of §3.3.2, variable names of §3.3.1).
 */
import type { RuleId } from './rules'

/**
 * The 11 connection states, spelled exactly as in RFC 9293 §3.3.2 and the oracle's `meta.states`.
 * CLOSED is "fictional": it means there is no TCB.
 */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT'

/** Every state a TCB can be in. CLOSED has no TCB (RFC 9293 §3.3.2), so it is not one of them. */
export type TcbState = Exclude<TcpState, 'CLOSED'>

/** All 11 states in the order of RFC 9293 §3.3.2. */
export const TCP_STATES: ReadonlyArray<TcpState> = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
]

/**
 * A 32-bit sequence number, always kept in [0, 2^32). Arithmetic on it must go through
 * `seq.ts` (RFC 9293 §3.4: all arithmetic is modulo 2^32).
 */
export type Seq = number

/** Control bits of a segment header (RFC 9293 §3.1). URG and PSH are not modelled. */
export type SegmentFlags = {
  readonly syn: boolean
  readonly ack: boolean
  readonly fin: boolean
  readonly rst: boolean
  /**
   * PSH (RFC 9293 §3.9.1): deliver without waiting for more. Only the linux profile sets it, on the
   * data segment that empties the send queue; it changes no state. Absent when off.
   */
  readonly psh?: boolean
}

/**
 * A segment on the wire (RFC 9293 §3.1, §3.4).
 * `len` counts data octets only; SEG.LEN in the RFC sense (which also counts SYN and FIN)
 * is `segLen()` in `segment.ts`.
 */
export type Segment = {
  readonly seq: Seq // SEG.SEQ, first sequence number of the segment
  readonly ack: Seq // SEG.ACK, only meaningful when flags.ack is set (0 otherwise)
  readonly flags: SegmentFlags
  readonly len: number // data octets carried (not counting SYN/FIN)
  readonly wnd: number // SEG.WND, the sender's receive window
}

/** Where a SYN-RECEIVED TCB came from (RFC 9293 §3.10.7.4 and MUST-11). */
export type SynReceivedFrom = 'LISTEN' | 'SYN-SENT'

/**
 * Transmission control block (RFC 9293 §3.3.1): the per-connection variables.
 * Flat and plain so that copying it per event is cheap.
 */
export type Tcb = {
  readonly state: TcbState
  /** MUST-11: whether SYN-RECEIVED was reached from LISTEN (passive) or SYN-SENT (active); null otherwise. */
  readonly synReceivedFrom: SynReceivedFrom | null
  /** Whether the connection was opened passively (LISTEN). A RST in passive SYN-RECEIVED returns to LISTEN. */
  readonly passive: boolean
  readonly iss: Seq // ISS, initial send sequence number
  readonly irs: Seq // IRS, initial receive sequence number (0 until a SYN arrives)
  readonly sndUna: Seq // SND.UNA, oldest unacknowledged sequence number
  readonly sndNxt: Seq // SND.NXT, next sequence number to send
  readonly sndWnd: number // SND.WND, the peer's advertised window
  readonly sndWl1: Seq // SND.WL1, segment sequence number used for the last window update
  readonly sndWl2: Seq // SND.WL2, segment acknowledgment number used for the last window update
  readonly rcvNxt: Seq // RCV.NXT, next sequence number expected (0 until a SYN arrives)
  readonly rcvWnd: number // RCV.WND, our receive window
  /** Octets the user has SENT that are not yet transmitted (send queue). */
  readonly sendQueue: number
  /** CLOSE was called but the FIN waits behind queued data (RFC 9293 §3.10.4). */
  readonly finQueued: boolean
  /** Retransmissions of the segment at the front of the retransmission queue (RFC 9293 §3.8.3 R1/R2). */
  readonly retransmits: number
  /** Current retransmission timeout in ms, backed off exponentially (RFC 6298, MUST-19). */
  readonly rto: number
  /** Keep-alive enabled on this connection (RFC 9293 §3.8.4; default off, MUST-24). */
  readonly keepAlive: boolean
  /**
   * This connection's keep-alive times, set at OPEN (like Linux's TCP_KEEPIDLE, TCP_KEEPINTVL and
   * TCP_KEEPCNT); null = the profile's. RFC 1122 §4.2.3.6: the interval MUST be configurable.
   */
  readonly keepAliveTimes: KeepAliveTimes | null
  /** Keep-alive probes sent since the last segment from the peer. */
  readonly probesOut: number
  /** Data octets delivered to the user so far. */
  readonly bytesReceived: number
  /** Data octets sent and acknowledged so far. */
  readonly bytesAcked: number
  /** An ACK is owed but held back by the delayed-ACK timer (RFC 9293 §3.8.6.3), to ride on the next segment. */
  readonly ackPending: boolean
  /**
   * Data segments still to be acknowledged at once, before the delayed ACK applies (Linux's
   * quick-ACK mode at the start of a connection; 0 in the RFC and textbook profiles).
   */
  readonly quickAcks: number
}

/**
 * Keep-alive times of one connection (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6). The RFCs set only the
 * idle default (at least 2 h); the interval and the count are the implementation's (Linux 75 s, 9).
 */
export type KeepAliveTimes = {
  readonly idleMs: number // idle time before the first probe (Linux TCP_KEEPIDLE)
  readonly intervalMs: number // between unanswered probes (Linux TCP_KEEPINTVL)
  readonly probes: number // unanswered probes before giving up (Linux TCP_KEEPCNT)
}

/** The timers a TCB can ask for (RFC 9293 §3.8 and §3.10.8). They live in `lib/sim`. */
export type TimerKind = 'retransmission' | 'time_wait' | 'keepalive' | 'user_timeout' | 'delayed_ack'

/** All timer kinds. */
export const TIMER_KINDS: ReadonlyArray<TimerKind> = ['retransmission', 'time_wait', 'keepalive', 'user_timeout', 'delayed_ack']

/**
 * Events the engine reacts to (RFC 9293 §3.10): user calls, SEGMENT ARRIVES and timeouts.
 * `open.keepAlive` overrides the profile's keep-alive default for this connection and
 * `open.keepAliveTimes` its idle time, interval and probe count (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6).
 */
export type TcpEvent =
  | {
      readonly type: 'open'
      readonly mode: 'active' | 'passive'
      readonly keepAlive?: boolean
      readonly keepAliveTimes?: KeepAliveTimes
    }
  | { readonly type: 'send'; readonly bytes: number }
  | { readonly type: 'close' }
  | { readonly type: 'abort' }
  | { readonly type: 'segment_arrives'; readonly segment: Segment }
  | { readonly type: 'timeout'; readonly timer: TimerKind }

/**
 * What the engine tells its user (RFC 9293 §3.9.1 and §3.10): connection events and the
 * error responses of the user calls, as values.
 */
export type UserSignal =
  | 'connection_established'
  | 'connection_refused'
  | 'connection_reset'
  | 'connection_closing' // the peer sent FIN: no more data will arrive
  | 'connection_closed' // orderly close finished, TCB deleted
  | 'connection_timed_out' // retransmission, keep-alive or user timeout gave up
  | 'connection_aborted' // the local user called ABORT
  | 'error_connection_does_not_exist'
  | 'error_connection_already_exists'
  | 'error_connection_closing'
  | 'error_foreign_socket_unspecified'

/** Why a segment was sent, for labels and teaching; it is not on the wire. */
export type SendReason =
  | 'syn'
  | 'syn_ack'
  | 'ack'
  | 'data'
  | 'fin'
  | 'retransmission'
  | 'keepalive_probe'
  | 'challenge_ack'
  | 'reset'

/**
 * Effects returned by `transition` as data (RFC 9293 §3.10 actions). The simulation carries
 * them out: it puts segments on the channel, runs timers on its clock and tells the application.
 * `start_timer` on a running timer restarts it. Each names the rule that produced it (`rules.ts`).
 */
export type Effect = (
  | { readonly type: 'send_segment'; readonly segment: Segment; readonly reason: SendReason }
  | { readonly type: 'start_timer'; readonly timer: TimerKind; readonly ms: number }
  | { readonly type: 'cancel_timer'; readonly timer: TimerKind }
  | { readonly type: 'signal_user'; readonly signal: UserSignal }
  | { readonly type: 'deliver_data'; readonly bytes: number }
  | { readonly type: 'delete_tcb' }
) & { readonly rule: RuleId }

/** Identifier of a profile (see `profiles.ts`). */
export type ProfileId = 'rfc' | 'linux' | 'textbook'

/** Identifier of a protocol variant (see `variants.ts`). Only `standard` is TCP. */
export type VariantId = 'standard' | 'two_way_handshake' | 'no_time_wait' | 'four_segment_handshake'

/** A bilingual label. */
export type Label = { readonly en: string; readonly zh: string }

/**
 * The numbers and the choices among accepted behaviours that a simulation runs with.
 * Durations are in milliseconds of simulated time.
 */
export type Profile = {
  readonly id: ProfileId
  readonly label: Label
  readonly mslMs: number // MSL (RFC 9293 §3.4.2)
  readonly timeWaitMs: number // TIME-WAIT length (2 x MSL in the RFC; 60 s fixed on Linux)
  readonly rtoInitialMs: number // initial RTO (RFC 6298: 1 s)
  readonly rtoMaxMs: number // upper bound for the backed-off RTO
  readonly backoff: number // RTO multiplier per retransmission (MUST-19: exponential)
  readonly synRetries: number // SYN retransmissions before giving up (RFC 9293 §3.8.3 R2 for SYN)
  readonly synAckRetries: number // SYN,ACK retransmissions in SYN-RECEIVED before giving up
  readonly dataRetries: number // retransmissions of data/FIN before giving up (R2)
  /** Defaults for new connections: `enabled` (MUST-24: off) and the times (MUST-28: idle >= 2 h). */
  readonly keepAlive: KeepAliveTimes & { readonly enabled: boolean }
  readonly userTimeoutMs: number | null // RFC 9293 §3.10.8 USER TIMEOUT, null = none
  readonly delayedAckMs: number | null // RFC 9293 §3.8.6.3 delayed ACK (< 500 ms), null = ACK at once
  readonly quickAcks: number // data segments ACKed at once at the start of a connection (Linux quick-ACK mode)
  readonly ackAtOnceBeforeData: boolean // no delayed ACK until data has arrived (Linux: the delay before any data is one clock tick)
  readonly pushLastSegment: boolean // PSH on the data segment that empties the send queue (RFC 9293 §3.9.1)
  readonly rcvWnd: number // receive window advertised
  readonly mss: number // largest data octets per segment
  /** Choices where the oracle accepts more than one answer (oracle README §7). */
  readonly choices: ProfileChoices
}

/** One documented choice per ambiguous case of the oracle README §7. */
export type ProfileChoices = {
  /** §7.1 ABORT sends `RST` (RFC) or `RST,ACK` (Linux). Either way the TCB goes to CLOSED. */
  readonly abortReset: 'RST' | 'RST,ACK'
  /** §7.2 a retransmitted SYN in SYN-RECEIVED gets an `ACK` (RFC) or the `SYN,ACK` again (Linux/BSD). */
  readonly retransmittedSynInSynReceived: 'ACK' | 'SYN,ACK'
  /** §7.3 an in-window new SYN in passive SYN-RECEIVED returns to LISTEN silently (RFC) or with a RST (Linux). */
  readonly inWindowSynInPassiveSynReceived: 'silent' | 'RST'
  /** §7.9 a passive SYN-RECEIVED that exhausts its SYN,ACK retries goes back to LISTEN or to CLOSED. */
  readonly synAckGiveUpState: 'LISTEN' | 'CLOSED'
  /** §7.10 active OPEN on a LISTEN TCB: SYN-SENT (RFC) or rejected (sockets API). */
  readonly activeOpenInListen: 'SYN-SENT' | 'reject'
  /** §7.8 and R2 give-up of a synchronized connection: close silently (RFC) or send RST,ACK (Linux). */
  readonly giveUpReset: 'none' | 'RST,ACK'
  /** §7.7 an in-window bare ACK in TIME-WAIT restarts the 2MSL timer (Linux) or not (RFC). */
  readonly timeWaitAckRestartsTimer: boolean
}

/**
 * A protocol variant. `hypothetical: true` marks teaching variants that are NOT TCP; every
 * place that shows one must label it as hypothetical.
 */
export type Variant = {
  readonly id: VariantId
  readonly hypothetical: boolean
  readonly label: Label
  readonly description: Label
}

/**
 * Context passed to `transition`: the simulated time, the profile and variant, and the ISS to
 * use if this event creates a new connection incarnation (chosen by the caller, e.g. from a
 * seeded RNG, so the engine stays pure; RFC 9293 §3.4.1).
 */
export type TransitionContext = {
  readonly now: number
  readonly profile: Profile
  readonly variant: VariantId
  readonly iss: Seq
}

/**
 * Result of `transition`: the next TCB (null = CLOSED, no TCB), the effects in order, and the rule
 * that decided the outcome (the state change, or why nothing changed).
 */
export type TransitionResult = {
  readonly tcb: Tcb | null
  readonly effects: Effect[]
  readonly rule: RuleId
}
