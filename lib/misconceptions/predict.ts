/**
 * Misconceptions in a wrong answer to a predict quiz. The context (which segment the next
 * segment acknowledges, its sender's previous segment, who closed first) is read from the
 * engine's trace of the scenario up to the step.
 *
 * @module
 */
import type { PredictGiven } from '../quiz/grade'
import { normalizeStateName, parseSeqNumber } from '../quiz/grade'
import type { PredictAnswer } from '../quiz/predict-answer'
import { replay } from '../sim/simulation'
import type { TraceEntry } from '../sim/types'
import type { Segment, TcpState } from '../tcp/types'
import type { MisconceptionId } from './catalog'
import { classifyAll, type ClassifyInput, type SegmentFacts } from './classify'

type Sent = Extract<TraceEntry, { type: 'segment_sent' }>

function facts(s: Segment): SegmentFacts {
  return { seq: s.seq, length: s.len, syn: s.flags.syn, fin: s.flags.fin }
}

function sameSegment(a: Segment, b: Segment): boolean {
  return a.seq === b.seq && a.ack === b.ack && a.len === b.len && a.flags.syn === b.flags.syn && a.flags.ack === b.flags.ack && a.flags.fin === b.flags.fin && a.flags.rst === b.flags.rst
}

/** Pure. The misconceptions a wrong prediction shows, judged against the engine's answer. */
export function classifyPredict(answer: PredictAnswer, given: PredictGiven): MisconceptionId[] {
  const trace = replay(answer.after).trace
  const sent = new Map<number, Sent>()
  for (const e of trace) if (e.type === 'segment_sent') sent.set(e.id, e)
  const next = answer.nextSegment
  // Context stops at the next segment when the step itself sent it.
  const at = next ? trace.findIndex((e) => e.type === 'segment_sent' && e.from === next.from && sameSegment(e.segment, next.segment)) : -1
  const context = at >= 0 ? trace.slice(0, at) : trace
  const firstFin = trace.find((e): e is Sent => e.type === 'segment_sent' && e.segment.flags.fin)
  const activeCloser = firstFin?.from ?? null
  const clientSyn = trace.find((e): e is Sent => e.type === 'segment_sent' && e.from === 'client' && e.segment.flags.syn)
  const inputs: ClassifyInput[] = []

  for (const host of ['client', 'server'] as const) {
    const field = host === 'client' ? 'clientState' : 'serverState'
    const expected = answer.expected[field]
    const raw = given[field]
    if (expected === undefined || raw === undefined || raw === null || raw.trim() === '') continue
    inputs.push({ asked: 'state', host, expected: normalizeStateName(expected) as TcpState, given: raw, activeCloser })
  }
  if (next) {
    let lastReceived: Sent | undefined
    let previous: Sent | undefined
    for (const e of context) {
      if (e.type === 'segment_delivered' && e.to === next.from) lastReceived = sent.get(e.id)
      if (e.type === 'segment_sent' && e.from === next.from) previous = e
    }
    const isSynAck = next.from === 'server' && next.segment.flags.syn && next.segment.flags.ack
    const seqGiven = parseSeqNumber(given.seq)
    if (answer.expected.seq !== undefined && seqGiven !== undefined) {
      inputs.push({
        asked: 'seq',
        expected: answer.expected.seq,
        given: seqGiven,
        previous: previous ? facts(previous.segment) : null,
        ...(isSynAck && clientSyn ? { clientIsn: clientSyn.segment.seq } : {}),
      })
    }
    const ackGiven = parseSeqNumber(given.ack)
    if (answer.expected.ack !== undefined && ackGiven !== undefined) {
      const acksServerSyn = lastReceived?.from === 'server' && lastReceived.segment.flags.syn
      inputs.push({
        asked: 'ack',
        expected: answer.expected.ack,
        given: ackGiven,
        acked: lastReceived ? facts(lastReceived.segment) : null,
        ...(acksServerSyn && clientSyn ? { clientIsn: clientSyn.segment.seq } : {}),
      })
    }
  }
  return classifyAll(inputs)
}
