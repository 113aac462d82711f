/**
 * Recognising a misconception in a wrong answer: what was asked, the engine's answer and its
 * context in, misconception ids out. Pure; knows nothing of where the question came from.
 *
 * @module
 */
import type { HostId } from '../sim/types'
import type { TcpState } from '../tcp/types'
import type { MisconceptionId } from './catalog'

/** What the classifier needs to know about a segment. */
export type SegmentFacts = { readonly seq: number; readonly length: number; readonly syn: boolean; readonly fin: boolean }

/** One asked value, with the engine's answer, the context and the learner's answer. */
export type ClassifyInput =
  /** An ack number; `acked` is the segment it acknowledges; `clientIsn` when that is the server's SYN. */
  | { readonly asked: 'ack'; readonly expected: number; readonly given: number; readonly acked: SegmentFacts | null; readonly clientIsn?: number }
  /** A seq number; `previous` is the sender's previous segment; `clientIsn` when the segment is the server's SYN,ACK. */
  | { readonly asked: 'seq'; readonly expected: number; readonly given: number; readonly previous: SegmentFacts | null; readonly clientIsn?: number }
  /** Bytes of data between a SYN and a FIN. */
  | { readonly asked: 'bytes'; readonly expected: number; readonly given: number }
  /** A host's state; `activeCloser` is the side that sent the first FIN (null before any FIN). */
  | { readonly asked: 'state'; readonly host: HostId; readonly expected: TcpState; readonly given: string; readonly activeCloser: HostId | null }
  /** When a side reaches CLOSED in the exam's close, counted from the first FIN. */
  | { readonly asked: 'closed-time'; readonly closer: 'active' | 'passive'; readonly expected: number; readonly given: number; readonly mslMs: number }

const ACTIVE_CLOSER_STATES: ReadonlyArray<string> = ['FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSING', 'TIME-WAIT']

function consumesOne(s: SegmentFacts): boolean {
  return s.syn || s.fin
}

function isPureAck(s: SegmentFacts): boolean {
  return s.length === 0 && !consumesOne(s)
}

/**
 * Pure. The misconceptions a wrong answer shows; empty when the answer is right or wrong in
 * no recognisable way.
 */
export function classify(input: ClassifyInput): MisconceptionId[] {
  if (input.given === input.expected) return []
  const out: MisconceptionId[] = []
  switch (input.asked) {
    case 'ack': {
      const { acked, given, expected, clientIsn } = input
      if (acked && !consumesOne(acked) && acked.length > 0 && given === expected + 1) out.push('ack-plus-one')
      if (acked && consumesOne(acked) && given === expected - 1) out.push('syn-fin-free')
      if (acked?.syn && clientIsn !== undefined && (given === clientIsn + 1 || given === clientIsn + 2)) out.push('server-isn-from-client')
      break
    }
    case 'seq': {
      const { previous, given, expected, clientIsn } = input
      if (previous && isPureAck(previous) && given === expected + 1) out.push('pure-ack-consumes')
      if (previous && consumesOne(previous) && previous.length === 0 && given === expected - 1) out.push('syn-fin-free')
      if (previous && !consumesOne(previous) && previous.length > 0 && given === expected + 1) out.push('ack-plus-one')
      if (clientIsn !== undefined && given === clientIsn + 1) out.push('server-isn-from-client')
      break
    }
    case 'bytes':
      if (input.given === input.expected + 1) out.push('syn-fin-free')
      break
    case 'state': {
      const { host, expected, activeCloser } = input
      const given = input.given.trim().toUpperCase().replace(/[\s_-]+/g, '-')
      if (given === expected) return []
      if (given === 'CLOSE-WAIT' && host === activeCloser && ACTIVE_CLOSER_STATES.includes(expected)) out.push('active-closer-close-wait')
      if (host === 'client' && expected === 'SYN-SENT' && given === 'ESTABLISHED') out.push('established-early')
      if (activeCloser !== null && host !== activeCloser && expected === 'CLOSE-WAIT' && given === 'ESTABLISHED') out.push('close-wait-late')
      break
    }
    case 'closed-time': {
      const { closer, given, expected, mslMs } = input
      if (closer === 'active' && given === expected - mslMs) out.push('time-wait-one-msl')
      if (closer === 'active' && given === 2 * mslMs) out.push('time-wait-from-fin')
      if (closer === 'passive' && given === expected + 2 * mslMs) out.push('passive-waits-2msl')
      break
    }
  }
  return out
}

/** Pure. Several classifications merged, each id once, in first-seen order. */
export function classifyAll(inputs: ReadonlyArray<ClassifyInput>): MisconceptionId[] {
  return [...new Set(inputs.flatMap(classify))]
}
