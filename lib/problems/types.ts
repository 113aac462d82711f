/**
 * Computed exam problems: the kinds of TCP-connection questions the 408 exam asks, with fresh
 * numbers from a seed and answers read from a run of the engine. Plain JSON throughout.
 *
 * @module
 */
import type { HostId } from '../sim/types'
import type { TcpState } from '../tcp/types'

/** Text in both course languages. */
export type Bilingual = { readonly en: string; readonly zh: string }

/** Every problem type, in the order the generator cycles through them. */
export const PROBLEM_TYPES = ['handshake-ack', 'data-length', 'next-seq-ack', 'cumulative-ack', 'close-timing', 'state-after'] as const

/** A problem type id. */
export type ProblemType = (typeof PROBLEM_TYPES)[number]

/** One segment of a `state-after` problem, as the question lists it. */
export type ListedSegment = {
  readonly from: HostId
  /** Flag set, e.g. `SYN`, `SYN,ACK`, `ACK`, `FIN,ACK`. */
  readonly flags: string
  readonly seq: number
  /** `null` when the ACK bit is off. */
  readonly ack: number | null
  /** Data octets carried. */
  readonly length: number
}

/** One data segment of a `cumulative-ack` problem. */
export type RunSegment = { readonly seq: number; readonly length: number }

type Base<T extends ProblemType, P, A> = {
  readonly type: T
  readonly params: P
  readonly question: Bilingual
  readonly answer: A
}

/** Client ISN and server ISN → the ack of the SYN,ACK and of the third segment (408 2019-39). */
export type HandshakeAckProblem = Base<
  'handshake-ack',
  { readonly clientIsn: number; readonly serverIsn: number },
  { readonly synAckAck: number; readonly thirdAck: number }
>

/** The seq of one side's SYN and of its FIN → the bytes of data it sent (408 2020-39). */
export type DataLengthProblem = Base<
  'data-length',
  { readonly side: HostId; readonly synSeq: number; readonly finSeq: number },
  { readonly bytes: number }
>

/**
 * A received segment's seq, ack and length → the seq and ack of the reply (408 2013-39).
 * `lastSentPureAck`: the replying side's previous segment was a pure ACK (the question says so).
 */
export type NextSeqAckProblem = Base<
  'next-seq-ack',
  { readonly receiver: HostId; readonly seq: number; readonly ack: number; readonly length: number; readonly lastSentPureAck: boolean },
  { readonly replySeq: number; readonly replyAck: number }
>

/** A run of data segments with one lost (`lost`, 1-based) → the ack the receiver keeps sending (408 2011-40). */
export type CumulativeAckProblem = Base<
  'cumulative-ack',
  { readonly segments: ReadonlyArray<RunSegment>; readonly lost: number },
  { readonly ack: number }
>

/**
 * RTT and MSL; the client closes first (FIN sent at 0 ms), the server closes as soon as the
 * client's FIN arrives; one-way delay = RTT / 2 → when each side reaches CLOSED (408 2022-39).
 */
export type CloseTimingProblem = Base<
  'close-timing',
  { readonly rttMs: number; readonly mslMs: number },
  { readonly clientClosedMs: number; readonly serverClosedMs: number }
>

/**
 * Segments that have arrived, in order (the client opens and closes first; the server closes
 * once the ACK of the client's FIN is back) → the state of each side just after the last one
 * arrives (408 2021-38).
 */
export type StateAfterProblem = Base<
  'state-after',
  { readonly clientIsn: number; readonly serverIsn: number; readonly segments: ReadonlyArray<ListedSegment> },
  { readonly clientState: TcpState; readonly serverState: TcpState }
>

/** Any computed problem; switch on `type`. */
export type Problem =
  | HandshakeAckProblem
  | DataLengthProblem
  | NextSeqAckProblem
  | CumulativeAckProblem
  | CloseTimingProblem
  | StateAfterProblem

/** The answer fields of a problem type, in the order a form asks them. */
export type AnswerField = { readonly name: string; readonly kind: 'number' | 'state' }
