import fc from 'fast-check'
import { expect, test } from 'vitest'
import { applyActions, createSimulation } from '../sim/simulation'
import { checkProblem } from './check'
import { generateProblem, generateProblems } from './generate'
import { runCloseTiming, runHandshake } from './run'
import { PROBLEM_TYPES, type Problem, type ProblemType } from './types'

const seeds = fc.integer({ min: 0, max: 0xffffffff })

function ofType<T extends ProblemType>(type: T, seed: number): Extract<Problem, { type: T }> {
  return generateProblem(type, seed) as Extract<Problem, { type: T }>
}

test('handshake-ack: the engine acks ISN + 1 both ways (408 2019-39)', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const p = ofType('handshake-ack', seed)
      expect(p.answer).toEqual(runHandshake(p.params.clientIsn, p.params.serverIsn))
      expect(p.answer).toEqual({ synAckAck: p.params.clientIsn + 1, thirdAck: p.params.serverIsn + 1 })
    }),
    { numRuns: 60 },
  )
})

test('data-length: the bytes the engine delivered are FIN seq - SYN seq - 1 (408 2020-39)', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const p = ofType('data-length', seed)
      expect(p.answer.bytes).toBe(p.params.finSeq - p.params.synSeq - 1)
      expect(p.answer.bytes).toBeGreaterThan(0)
    }),
    { numRuns: 60 },
  )
})

test('next-seq-ack: the reply carries seq = the received ack and ack = seq + length (408 2013-39)', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const p = ofType('next-seq-ack', seed)
      expect(p.answer).toEqual({ replySeq: p.params.ack, replyAck: p.params.seq + p.params.length })
    }),
    { numRuns: 60 },
  )
})

test('cumulative-ack: the receiver keeps acking the first byte of the lost segment (408 2011-40)', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const p = ofType('cumulative-ack', seed)
      const lost = p.params.segments[p.params.lost - 1]
      expect(p.params.lost).toBeLessThan(p.params.segments.length)
      expect(p.answer.ack).toBe(lost?.seq)
      p.params.segments.slice(1).forEach((s, i) => expect(s.seq).toBe((p.params.segments[i]?.seq ?? 0) + (p.params.segments[i]?.length ?? 0)))
    }),
    { numRuns: 40 },
  )
})

test('close-timing: the engine gives the exam convention, client at RTT + 2MSL, server at 1.5 RTT (408 2022-39)', () => {
  expect(runCloseTiming(50, 800)).toEqual({ clientClosedMs: 1650, serverClosedMs: 75 })
  fc.assert(
    fc.property(seeds, (seed) => {
      const { params, answer } = ofType('close-timing', seed)
      expect(answer).toEqual({ clientClosedMs: params.rttMs + 2 * params.mslMs, serverClosedMs: (3 * params.rttMs) / 2 })
    }),
    { numRuns: 40 },
  )
})

test('state-after: the states are those the engine reaches after the listed segments arrive', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const p = ofType('state-after', seed)
      // Replay by hand: open, then close from the client once established, then from the server once its FIN is acked.
      let sim = createSimulation({ iss: { client: p.params.clientIsn, server: p.params.serverIsn } })
      sim = applyActions(sim, [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
      const n = p.params.segments.length
      const script = [...Array<null>(3).fill(null), 'client', null, 'server', null, null]
      let delivered = 0
      for (let i = 0; delivered < n && i < 100; i++) {
        const before = sim.trace.length
        sim = applyActions(sim, [{ type: 'step' }])
        if (sim.trace.slice(before).some((e) => e.type === 'segment_delivered')) {
          delivered++
          const closer = script[delivered]
          if (delivered < n && closer === 'client') sim = applyActions(sim, [{ type: 'close', host: 'client' }])
        }
        if (delivered === 5 && n > 5 && sim.hosts.server.tcb?.state === 'CLOSE-WAIT' && !sim.trace.some((e) => e.type === 'user_call' && e.host === 'server' && e.call === 'close')) {
          sim = applyActions(sim, [{ type: 'close', host: 'server' }])
        }
      }
      expect(sim.hosts.client.tcb?.state ?? 'CLOSED').toBe(p.answer.clientState)
      expect(sim.hosts.server.tcb?.state ?? 'CLOSED').toBe(p.answer.serverState)
    }),
    { numRuns: 40 },
  )
})

test('the same seed gives the same problems', () => {
  expect(generateProblems(42, 12)).toEqual(generateProblems(42, 12))
  expect(generateProblems(42, 12)).not.toEqual(generateProblems(43, 12))
})

test('every type appears in any 12 problems, and each problem is answered right by its own answer', () => {
  for (const seed of [0, 1, 2, 99, 2026]) {
    const problems = generateProblems(seed, 12)
    expect(new Set(problems.map((p) => p.type))).toEqual(new Set(PROBLEM_TYPES))
    for (const p of problems) {
      const given = Object.fromEntries(Object.entries(p.answer).map(([k, v]) => [k, String(v)]))
      expect(checkProblem(p, given).correct).toBe(true)
      expect(p.question.en.length).toBeGreaterThan(20)
      expect(p.question.zh).toMatch(/[\u4e00-\u9fff]/)
    }
  }
})

test('a blank or wrong field is graded wrong', () => {
  const p = ofType('handshake-ack', 5)
  const result = checkProblem(p, { synAckAck: String(p.answer.synAckAck), thirdAck: '' })
  expect(result.correct).toBe(false)
  expect(result.fields.map((f) => f.correct)).toEqual([true, false])
})
