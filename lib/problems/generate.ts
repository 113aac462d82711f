/**
 * Seeded generation of computed problems. The generator picks the situation (ISNs, byte
 * counts, which segment is lost, RTT and MSL); the engine runs it and every given and every
 * answer is read from that run.
 *
 * @module
 */
import { combineSeeds, mulberry32, randomInt, shuffle, type Rng } from '../random'
import type { HostId } from '../sim/types'
import { runCloseTiming, runDataThenClose, runHandshake, runLifecycle, runLoss, runReply } from './run'
import { closeTimingText, cumulativeAckText, dataLengthText, handshakeAckText, nextSeqAckText, stateAfterText } from './text'
import { PROBLEM_TYPES, type Problem, type ProblemType } from './types'

/** Exam-style RTTs (even, so the one-way delay is a whole number of ms). */
const RTTS = [20, 30, 40, 50, 60, 80, 100, 120, 200] as const
/** Exam-style MSLs, ms. */
const MSLS = [300, 400, 500, 600, 800, 1000, 2000] as const

function between(rng: Rng, lo: number, hi: number): number {
  return lo + randomInt(rng, hi - lo + 1)
}

function pick<T>(rng: Rng, items: ReadonlyArray<T>): T {
  return items[randomInt(rng, items.length)] as T
}

function isn(rng: Rng): number {
  return between(rng, 1, 99_999)
}

function side(rng: Rng): HostId {
  return rng() < 0.5 ? 'client' : 'server'
}

function generateOfType(type: ProblemType, rng: Rng): Problem {
  switch (type) {
    case 'handshake-ack': {
      const clientIsn = isn(rng)
      const serverIsn = isn(rng)
      return { type, params: { clientIsn, serverIsn }, question: handshakeAckText(clientIsn, serverIsn), answer: runHandshake(clientIsn, serverIsn) }
    }
    case 'data-length': {
      const who = side(rng)
      const run = runDataThenClose(who, isn(rng), between(rng, 1, 60) * 100)
      return {
        type,
        params: { side: who, synSeq: run.synSeq, finSeq: run.finSeq },
        question: dataLengthText(who, run.synSeq, run.finSeq),
        answer: { bytes: run.bytes },
      }
    }
    case 'next-seq-ack': {
      const receiver = side(rng)
      const earlier = rng() < 0.5 ? 0 : between(rng, 1, 14) * 100
      const run = runReply(receiver, { client: isn(rng), server: isn(rng) }, earlier, between(rng, 1, 14) * 100)
      const params = { receiver, seq: run.seq, ack: run.ack, length: run.length, lastSentPureAck: run.lastSentPureAck }
      return {
        type,
        params,
        question: nextSeqAckText(receiver, run.seq, run.ack, run.length, run.lastSentPureAck),
        answer: { replySeq: run.replySeq, replyAck: run.replyAck },
      }
    }
    case 'cumulative-ack': {
      const n = between(rng, 3, 5)
      const lengths = Array.from({ length: n }, () => between(rng, 1, 10) * 100)
      // Never the last one: then later segments arrive and the receiver repeats its ack.
      const lostIndex = randomInt(rng, n - 1)
      const run = runLoss(isn(rng), lengths, lostIndex)
      return {
        type,
        params: { segments: run.segments, lost: lostIndex + 1 },
        question: cumulativeAckText(run.segments, lostIndex + 1),
        answer: { ack: run.ack },
      }
    }
    case 'close-timing': {
      const rttMs = pick(rng, RTTS)
      const mslMs = pick(rng, MSLS)
      return { type, params: { rttMs, mslMs }, question: closeTimingText(rttMs, mslMs), answer: runCloseTiming(rttMs, mslMs) }
    }
    case 'state-after': {
      const clientIsn = isn(rng)
      const serverIsn = isn(rng)
      const arrivals = runLifecycle(clientIsn, serverIsn)
      const k = between(rng, 1, arrivals.length)
      const last = arrivals[k - 1]
      if (!last) throw new Error('the engine delivered no segment')
      const segments = arrivals.slice(0, k).map((a) => a.segment)
      return {
        type,
        params: { clientIsn, serverIsn, segments },
        question: stateAfterText(segments),
        answer: { clientState: last.clientState, serverState: last.serverState },
      }
    }
  }
}

/**
 * Pure. One problem of `type`; the same seed always gives the same problem.
 *
 * @param seed - Any 32-bit number.
 */
export function generateProblem(type: ProblemType, seed: number): Problem {
  return generateOfType(type, mulberry32(combineSeeds(type, seed)))
}

/**
 * Pure. `count` problems from one seed. Types come in rounds of every type in a seeded order,
 * so any six consecutive problems from the start cover all types.
 */
export function generateProblems(seed: number, count: number): Problem[] {
  const rng = mulberry32(seed)
  const out: Problem[] = []
  let round: ProblemType[] = []
  for (let i = 0; i < Math.max(0, Math.floor(count)); i++) {
    if (round.length === 0) round = shuffle(PROBLEM_TYPES, rng)
    const type = round.shift() as ProblemType
    out.push(generateProblem(type, combineSeeds(seed, i)))
  }
  return out
}
