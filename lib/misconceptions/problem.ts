/**
 * Misconceptions in a wrong answer to a computed problem.
 *
 * @module
 */
import type { ProblemCheck } from '../problems/check'
import type { Problem } from '../problems/types'
import type { MisconceptionId } from './catalog'
import { classifyAll, type ClassifyInput, type SegmentFacts } from './classify'

const SYN = { length: 0, syn: true, fin: false } as const

function inputsFor(problem: Problem, name: string, given: number | string): ClassifyInput | null {
  const n = typeof given === 'number' ? given : NaN
  switch (problem.type) {
    case 'handshake-ack': {
      const { clientIsn, serverIsn } = problem.params
      if (name === 'synAckAck') return { asked: 'ack', expected: problem.answer.synAckAck, given: n, acked: { seq: clientIsn, ...SYN } }
      return { asked: 'ack', expected: problem.answer.thirdAck, given: n, acked: { seq: serverIsn, ...SYN }, clientIsn }
    }
    case 'data-length':
      return { asked: 'bytes', expected: problem.answer.bytes, given: n }
    case 'next-seq-ack': {
      const p = problem.params
      if (name === 'replySeq') {
        const previous: SegmentFacts | null = p.lastSentPureAck ? { seq: problem.answer.replySeq, length: 0, syn: false, fin: false } : null
        return { asked: 'seq', expected: problem.answer.replySeq, given: n, previous }
      }
      return { asked: 'ack', expected: problem.answer.replyAck, given: n, acked: { seq: p.seq, length: p.length, syn: false, fin: false } }
    }
    case 'cumulative-ack': {
      const before = problem.params.segments[problem.params.lost - 2]
      const acked = before ? { seq: before.seq, length: before.length, syn: false, fin: false } : null
      return { asked: 'ack', expected: problem.answer.ack, given: n, acked }
    }
    case 'close-timing': {
      const { mslMs } = problem.params
      if (name === 'clientClosedMs') return { asked: 'closed-time', closer: 'active', expected: problem.answer.clientClosedMs, given: n, mslMs }
      return { asked: 'closed-time', closer: 'passive', expected: problem.answer.serverClosedMs, given: n, mslMs }
    }
    case 'state-after': {
      const firstFin = problem.params.segments.find((s) => s.flags.includes('FIN'))
      const host = name === 'clientState' ? 'client' : 'server'
      const expected = host === 'client' ? problem.answer.clientState : problem.answer.serverState
      return { asked: 'state', host, expected, given: String(given), activeCloser: firstFin?.from ?? null }
    }
  }
}

/** Pure. The misconceptions shown by the wrong fields of a checked computed problem. */
export function classifyProblem(problem: Problem, check: ProblemCheck): MisconceptionId[] {
  const inputs = check.fields
    .filter((f) => !f.correct && f.given !== undefined)
    .map((f) => inputsFor(problem, f.name, f.given as number | string))
    .filter((i): i is ClassifyInput => i !== null)
  return classifyAll(inputs)
}
