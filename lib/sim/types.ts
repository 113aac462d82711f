/**
 * Types of the two-host simulation. Everything is plain JSON: a `SimState` can be compared,
 * stored, restored and sent in a URL. Times are simulated milliseconds from the start.
 */
import type {
  KeepAliveTimes,
  ProfileId,
  Segment,
  SendReason,
  Seq,
  Tcb,
  TcpState,
  TimerKind,
  UserSignal,
  VariantId,
} from '../tcp/types'
import type { RuleId } from '../tcp/rules'

/** The two endpoints. The client is the textbook's A (active opener), the server is B. */
export type HostId = 'client' | 'server'

/** Both ends, client first (the order lanes, panels and loops use). */
export const HOST_IDS: ReadonlyArray<HostId> = ['client', 'server']

/** A running timer of one host, on the simulated clock (RFC 9293 §3.8, §3.10.8). */
export type TimerEntry = {
  readonly kind: TimerKind
  readonly startedAt: number // ms
  readonly duration: number // ms
  readonly deadline: number // ms, startedAt + duration
}

/** The timers of one host, one slot per kind (null = not running). */
export type HostTimers = { readonly [K in TimerKind]: TimerEntry | null }

/** Application-level facts about a host, for the UI. */
export type HostApp = {
  readonly bytesSent: number // octets handed to SEND
  readonly bytesReceived: number // octets delivered by the TCP
  readonly lastSignal: UserSignal | null
  readonly keepAlive: boolean | null // keep-alive wish for the next OPEN (null = profile default)
  readonly keepAliveTimes: KeepAliveTimes | null // keep-alive times for the next OPEN (null = profile's)
  readonly nextIss: Seq // ISS the next incarnation on this host will use
}

/** One endpoint: up or crashed, its TCB (null = CLOSED) and its timers. */
export type Host = {
  readonly id: HostId
  readonly up: boolean
  readonly tcb: Tcb | null
  readonly timers: HostTimers
  readonly app: HostApp
}

/**
 * A segment in the channel. `arriveAt: null` means it is held back (delayed with no arrival
 * time yet) and only arrives when a `deliver` fate is chosen: that is how old duplicates are made.
 */
export type InFlightSegment = {
  readonly id: number // stable id, unique within a simulation
  readonly from: HostId
  readonly to: HostId
  readonly segment: Segment
  readonly reason: SendReason | 'stale'
  readonly sentAt: number
  readonly arriveAt: number | null
  readonly copyOf: number | null // set on a duplicate
}

/**
 * How the channel treats new segments. `auto`: each arrives after `delayMs` (unless random loss
 * or duplication picks otherwise). `manual`: each is held until a fate is chosen for it.
 */
export type ChannelMode = 'auto' | 'manual'

/** The network between the two hosts. */
export type Channel = {
  readonly mode: ChannelMode
  readonly delayMs: number // one-way delay of a delivered segment
  readonly lossRate: number // 0..1, chance that a new segment is dropped (auto mode, seeded RNG)
  readonly duplicateRate: number // 0..1, chance that a new segment is duplicated and the copy held back
  readonly inFlight: ReadonlyArray<InFlightSegment>
  readonly nextSegmentId: number
}

/** What a simulation was created with. */
export type SimConfig = {
  readonly profile: ProfileId
  readonly variant: VariantId
  readonly seed: number
  readonly iss: { readonly client: Seq; readonly server: Seq }
  /** Delayed-ACK time overriding the profile's (RFC 9293 §3.8.6.3); absent = the profile's value. */
  readonly delayedAckMs?: number | null
  /** MSL overriding the profile's, with TIME-WAIT = 2 x MSL (RFC 9293 §3.4.2, MUST-13); absent = the profile's. */
  readonly mslMs?: number | null
  /** The channel settings at creation (later `configure_channel` actions change the live channel). */
  readonly channel: {
    readonly mode: ChannelMode
    readonly delayMs: number
    readonly lossRate: number
    readonly duplicateRate: number
  }
}

/** Options for `createSimulation`. Missing fields take the textbook defaults. */
export type SimOptions = {
  readonly profile?: ProfileId // default 'rfc'
  readonly variant?: VariantId // default 'standard'
  readonly seed?: number // default 1
  readonly iss?: { readonly client?: Seq; readonly server?: Seq } // default x = 100, y = 300
  readonly delayedAckMs?: number | null // overrides the profile's delayed-ACK time
  readonly mslMs?: number | null // overrides the profile's MSL; TIME-WAIT becomes 2 x MSL
  readonly channel?: {
    readonly mode?: ChannelMode // default 'auto'
    readonly delayMs?: number // default 100
    readonly lossRate?: number // default 0
    readonly duplicateRate?: number // default 0
  }
}

/**
 * What an OPEN may say besides its mode. `iss`, when given, is the ISS this host uses for its next
 * connection (default: the host's `nextIss`). `keepAlive` switches keep-alive on or off and
 * `keepAliveTimes` sets its idle time, interval and probe count for this connection (RFC 9293
 * §3.8.4); both are remembered for the host's later OPENs (a reboot's `listen` too).
 */
export type OpenOptions = {
  readonly keepAlive?: boolean
  readonly keepAliveTimes?: KeepAliveTimes
  readonly iss?: Seq
}

/** User calls an application can make on a host (RFC 9293 §3.9.1). */
export type UserCallAction =
  | ({ readonly type: 'listen'; readonly host: HostId } & OpenOptions) // OPEN(passive)
  | ({ readonly type: 'connect'; readonly host: HostId } & OpenOptions) // OPEN(active)
  | { readonly type: 'send'; readonly host: HostId; readonly bytes: number } // SEND
  | { readonly type: 'close'; readonly host: HostId } // CLOSE
  | { readonly type: 'abort'; readonly host: HostId } // ABORT

/** The fate chosen for one in-flight segment. */
export type Fate = 'deliver' | 'drop' | 'delay' | 'duplicate'

/**
 * Everything that can happen to a simulation. Apply with `applyAction`; the list of applied
 * actions replays the simulation exactly.
 */
export type SimAction =
  | UserCallAction
  /** Host crashes: TCB and timers are lost, arriving segments are dropped. */
  | { readonly type: 'crash'; readonly host: HostId }
  /** Host comes back with no TCB (CLOSED); `listen` re-opens a passive TCB at once; `iss` sets the ISS of its next connection. */
  | { readonly type: 'reboot'; readonly host: HostId; readonly listen?: boolean; readonly iss?: Seq }
  /**
   * Choose a segment's fate: `deliver` now, `drop` it, `delay` it (held back until a later
   * `deliver`, or by `delayMs` more if given), or `duplicate` it (a copy is held back, to be
   * delivered later as an old duplicate).
   */
  | { readonly type: 'fate'; readonly segmentId: number; readonly fate: Fate; readonly delayMs?: number }
  /** Choose the fate of the newest in-flight segment sent by `from` (handy in scripted scenarios). */
  | { readonly type: 'fate_last'; readonly from: HostId; readonly fate: Fate; readonly delayMs?: number }
  /** Put a stale segment (an old duplicate of an earlier incarnation) into the channel, held back. */
  | { readonly type: 'inject'; readonly from: HostId; readonly segment: Segment }
  /** Process the next pending event in time order (the UI's Step button). */
  | { readonly type: 'step' }
  /** Let `ms` of simulated time pass, processing every event due on the way. */
  | { readonly type: 'advance'; readonly ms: number }
  /** Jump to the next timer deadline and fire it (the UI's Skip ahead), processing arrivals on the way. */
  | { readonly type: 'skip_to_next_timer' }
  /** Process events until nothing is pending except keep-alive timers, or `maxSteps` events. */
  | { readonly type: 'run'; readonly maxSteps?: number }
  /** Change the channel's mode, delay or random loss/duplication from now on. */
  | {
      readonly type: 'configure_channel'
      readonly mode?: ChannelMode
      readonly delayMs?: number
      readonly lossRate?: number
      readonly duplicateRate?: number
    }
  /** Set a host's TCB directly (scenario set-up, e.g. "both ESTABLISHED"); timers are started to match. */
  | { readonly type: 'set_tcb'; readonly host: HostId; readonly tcb: Tcb | null }

/** A pending event: what `step` would do next. */
export type PendingEvent =
  | { readonly type: 'arrival'; readonly time: number; readonly segmentId: number; readonly to: HostId }
  | { readonly type: 'timer'; readonly time: number; readonly host: HostId; readonly timer: TimerKind }

/** What caused a state change, for trace labels. */
export type StateChangeCause =
  | { readonly type: 'user_call'; readonly call: UserCallAction['type'] }
  | { readonly type: 'segment'; readonly segmentId: number }
  | { readonly type: 'timer'; readonly timer: TimerKind }
  | { readonly type: 'crash' }
  | { readonly type: 'reboot' }
  | { readonly type: 'set_tcb' }

/** The TCB variables a `tcb_update` reports (RFC 9293 §3.3.1 names, and the engine's own counters). */
export type TcbField =
  | 'iss'
  | 'irs'
  | 'sndUna'
  | 'sndNxt'
  | 'sndWnd'
  | 'sndWl1'
  | 'sndWl2'
  | 'rcvNxt'
  | 'rcvWnd'
  | 'sendQueue'
  | 'finQueued'
  | 'retransmits'
  | 'rto'
  | 'probesOut'
  | 'ackPending'
  | 'quickAcks'
  | 'bytesReceived'
  | 'bytesAcked'

/** One TCB variable an engine step changed; `from` is null when the step created the TCB. */
export type TcbChange = { readonly field: TcbField; readonly from: number | boolean | null; readonly to: number | boolean }

/**
 * What ties an entry to the engine step behind it: `step` counts the events passed through
 * `transition` (the entries of one event share it; null for what no event of the engine did, such
 * as a crash) and `rule` is the rule that produced the entry (`lib/tcp/rules.ts`). The event that started the step (an arrival, a timer, a user call)
 * carries the rule that decided its outcome.
 */
type Because = { readonly step: number | null; readonly rule: RuleId }

/**
 * One entry of the trace, in the order things happened. Enough to draw a sequence diagram:
 * every segment with its fate, every state change, every timer start/restart/cancel/expiry, and
 * for each the rule behind it.
 */
export type TraceEntry =
  | ({
      readonly type: 'segment_sent'
      readonly time: number
      readonly id: number
      readonly from: HostId
      readonly to: HostId
      readonly segment: Segment
      readonly reason: SendReason | 'stale'
      readonly copyOf: number | null
    } & Because)
  | ({ readonly type: 'segment_delivered'; readonly time: number; readonly id: number; readonly to: HostId } & Because)
  | {
      readonly type: 'segment_dropped'
      readonly time: number
      readonly id: number
      readonly cause: 'fate' | 'loss' | 'host_down'
    }
  | { readonly type: 'segment_duplicated'; readonly time: number; readonly id: number; readonly copyId: number }
  | { readonly type: 'segment_delayed'; readonly time: number; readonly id: number; readonly until: number | null }
  | ({
      readonly type: 'state_change'
      readonly time: number
      readonly host: HostId
      readonly from: TcpState
      readonly to: TcpState
      readonly cause: StateChangeCause
    } & Because)
  | ({ readonly type: 'tcb_update'; readonly time: number; readonly host: HostId; readonly changes: ReadonlyArray<TcbChange> } & Because)
  | ({
      readonly type: 'timer_start' | 'timer_restart'
      readonly time: number
      readonly host: HostId
      readonly timer: TimerKind
      readonly duration: number
      readonly deadline: number
    } & Because)
  | ({ readonly type: 'timer_cancel'; readonly time: number; readonly host: HostId; readonly timer: TimerKind } & Because)
  | ({ readonly type: 'timer_expire'; readonly time: number; readonly host: HostId; readonly timer: TimerKind } & Because)
  | ({
      readonly type: 'user_call'
      readonly time: number
      readonly host: HostId
      readonly call: UserCallAction['type']
      readonly bytes?: number
    } & Because)
  | ({ readonly type: 'user_signal'; readonly time: number; readonly host: HostId; readonly signal: UserSignal } & Because)
  | ({ readonly type: 'data_delivered'; readonly time: number; readonly host: HostId; readonly bytes: number } & Because)
  | { readonly type: 'host_crash' | 'host_reboot'; readonly time: number; readonly host: HostId }

/** The whole simulation: plain JSON. */
export type SimState = {
  readonly version: 1
  readonly config: SimConfig
  readonly time: number // ms of simulated time
  readonly hosts: { readonly client: Host; readonly server: Host }
  readonly channel: Channel
  readonly rng: number // state of the seeded PRNG (mulberry32)
  readonly trace: ReadonlyArray<TraceEntry>
  readonly stepCount: number // engine steps: events passed through `transition`
  readonly actions: ReadonlyArray<SimAction> // every action applied, for replay
}

/** What reproduces a simulation exactly: creation options and the actions applied. */
export type SimRecording = {
  readonly scenario?: string
  readonly profile: ProfileId
  readonly variant: VariantId
  readonly seed: number
  readonly iss?: { readonly client?: Seq; readonly server?: Seq }
  readonly delayedAckMs?: number | null
  readonly mslMs?: number | null
  readonly channel?: SimOptions['channel']
  readonly actions: ReadonlyArray<SimAction>
}
