import fc from 'fast-check'
import { expect, test } from 'vitest'
import { PROFILES } from '../tcp/profiles'
import { referenceTcb } from '../tcp/reference'
import { createSegment } from '../tcp/segment'
import { seqAdd, seqDiff, seqLeq } from '../tcp/seq'
import { transition } from '../tcp/transition'
import type { ProfileId, Tcb, TcbState, TcpEvent } from '../tcp/types'
import { TCP_STATES, TIMER_KINDS } from '../tcp/types'
import { applyAction, applyActions, createSimulation, hostState, isQuiescent, nextEvent, nextTimerEvent, pendingEvents } from './simulation'
import { hostArb, playRun, profileArb, randomRunArb, toAction, variantArb, type Move } from './moves.testkit'
import type { SimState } from './types'

const SEED = 20240917
const RUNS = 1000

/** Invariants of one TCB: sequence variables in order, state-specific facts (RFC 9293 §3.3.1). */
function checkTcb(t: Tcb, profile: ProfileId): void {
  const p = PROFILES[profile]
  expect(TCP_STATES).toContain(t.state)
  if (t.state === 'LISTEN') return
  expect(seqLeq(t.iss, t.sndUna)).toBe(true)
  expect(seqLeq(t.sndUna, t.sndNxt)).toBe(true)
  expect(seqDiff(t.sndNxt, t.iss)).toBeGreaterThanOrEqual(1)
  if (t.state === 'SYN-RECEIVED') expect(t.synReceivedFrom).not.toBeNull()
  if (t.state !== 'SYN-SENT') expect(seqDiff(t.rcvNxt, t.irs)).toBeGreaterThanOrEqual(1)
  expect(t.probesOut).toBeLessThanOrEqual(p.keepAlive.probes)
  expect(t.retransmits).toBeLessThanOrEqual(Math.max(p.synRetries, p.synAckRetries, p.dataRetries))
  expect(t.sendQueue).toBeGreaterThanOrEqual(0)
}

function checkSim(sim: SimState): void {
  for (const id of ['client', 'server'] as const) {
    const host = sim.hosts[id]
    const state = hostState(sim, id)
    expect(state === null || TCP_STATES.includes(state)).toBe(true)
    if (host.tcb) checkTcb(host.tcb, sim.config.profile)
    if (!host.tcb || !host.up) for (const kind of TIMER_KINDS) expect(host.timers[kind]).toBeNull()
    if (host.timers.time_wait) expect(host.tcb?.state).toBe('TIME-WAIT')
  }
  for (const e of sim.trace) expect(e.time).toBeLessThanOrEqual(sim.time)
}

/**
 * A run of random user calls, segment fates and clock jumps on a channel with some loss and
 * duplication; `check` sees the state after every move.
 */
function checkRandomRuns(check: (sim: SimState) => void): void {
  fc.assert(
    fc.property(randomRunArb, (run) => void playRun(run, check)),
    { numRuns: RUNS, seed: SEED },
  )
}

test('random user calls, segment fates and clock jumps never throw and keep every state valid', () => {
  checkRandomRuns(checkSim)
})

test('the next event, the next timer and quiescence, found in one pass, are what the sorted pending list says', () => {
  checkRandomRuns((sim) => {
    const pending = pendingEvents(sim)
    expect(nextEvent(sim)).toEqual(pending[0] ?? null)
    expect(nextTimerEvent(sim)).toEqual(pending.find((e) => e.type === 'timer') ?? null)
    expect(isQuiescent(sim)).toBe(pending.every((e) => e.type === 'timer' && e.timer === 'keepalive'))
  })
})

const friendlyMoveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.tuple(hostArb, fc.integer({ min: 1, max: 3000 })).map(([host, bytes]): Move => ({ kind: 'action', action: { type: 'send', host, bytes } })),
  fc.constant<Move>({ kind: 'action', action: { type: 'step' } }),
  fc.integer({ min: 0, max: 5000 }).map((ms): Move => ({ kind: 'action', action: { type: 'advance', ms } })),
  fc.record({ kind: fc.constant('fate' as const), index: fc.nat(20), fate: fc.constantFrom('deliver' as const, 'drop' as const, 'delay' as const, 'duplicate' as const) }),
)

test('with both hosts up and a channel that eventually delivers, both ends reach CLOSED after both close', () => {
  fc.assert(
    fc.property(
      profileArb,
      fc.array(friendlyMoveArb, { maxLength: 20 }),
      fc.nat(20),
      fc.nat(20),
      (profile, moves, clientClosesAt, serverClosesAt) => {
        let sim = applyActions(createSimulation({ profile }), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
        moves.forEach((move, i) => {
          if (i === clientClosesAt) sim = applyAction(sim, { type: 'close', host: 'client' })
          if (i === serverClosesAt) sim = applyAction(sim, { type: 'close', host: 'server' })
          const action = toAction(sim, move)
          if (action) sim = applyAction(sim, action)
        })
        if (clientClosesAt >= moves.length) sim = applyAction(sim, { type: 'close', host: 'client' })
        if (serverClosesAt >= moves.length) sim = applyAction(sim, { type: 'close', host: 'server' })
        // From now on the channel delivers everything, including what was held back.
        for (const s of sim.channel.inFlight) if (s.arriveAt === null) sim = applyAction(sim, { type: 'fate', segmentId: s.id, fate: 'delay', delayMs: 100 })
        sim = applyActions(sim, [{ type: 'configure_channel', mode: 'auto' }, { type: 'run', maxSteps: 5000 }])
        expect([hostState(sim, 'client'), hostState(sim, 'server')]).toEqual(['CLOSED', 'CLOSED'])
      },
    ),
    { numRuns: RUNS, seed: SEED },
  )
})

const STATES: TcbState[] = ['LISTEN', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT', 'CLOSING', 'LAST-ACK', 'TIME-WAIT']

test('transition handles any segment or event in every state without throwing', () => {
  const eventArb: fc.Arbitrary<(t: Tcb | null) => TcpEvent> = fc.oneof(
    fc.record({ syn: fc.boolean(), ack: fc.boolean(), fin: fc.boolean(), rst: fc.boolean(), dSeq: fc.integer({ min: -70000, max: 70000 }), dAck: fc.integer({ min: -3, max: 3 }), len: fc.nat(2000), wnd: fc.nat(65535) }).map(
      (f) => (t: Tcb | null): TcpEvent => ({
        type: 'segment_arrives',
        segment: createSegment({ seq: seqAdd(t?.rcvNxt ?? 0, f.dSeq), ack: seqAdd(t?.sndNxt ?? 0, f.dAck), flags: f, len: f.len, wnd: f.wnd }),
      }),
    ),
    fc.constantFrom<TcpEvent>({ type: 'open', mode: 'active' }, { type: 'open', mode: 'passive' }, { type: 'close' }, { type: 'abort' }, { type: 'send', bytes: 10 }).map((e) => () => e),
    fc.constantFrom(...TIMER_KINDS).map((timer) => (): TcpEvent => ({ type: 'timeout', timer })),
  )
  fc.assert(
    fc.property(fc.constantFrom(...STATES), fc.boolean(), fc.constantFrom<'client' | 'server'>('client', 'server'), profileArb, variantArb, fc.integer({ min: 0, max: 0xffffffff }), fc.array(eventArb, { minLength: 1, maxLength: 8 }),
      (state, active, role, profile, variant, iss, events) => {
        const p = PROFILES[profile]
        let tcb: Tcb | null = referenceTcb(state, role, p, { origin: active ? 'active' : 'passive', iss: { client: iss, server: seqAdd(iss, 12345) } })
        for (const make of events) {
          const result = transition(tcb, make(tcb), { now: 0, profile: p, variant, iss: seqAdd(iss, 99) })
          tcb = result.tcb
          if (tcb) checkTcb(tcb, profile)
        }
      }),
    { numRuns: RUNS, seed: SEED },
  )
})
