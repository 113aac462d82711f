/**
 * Random simulations for property tests: moves (user calls, steps, time, fates of segments in
 * flight) as fast-check arbitraries, and how a move becomes an action on a given state.
 */
import fc from 'fast-check'
import type { ProfileId, VariantId } from '../tcp/types'
import { applyAction, createSimulation } from './simulation'
import type { HostId, SimAction, SimState } from './types'

export const hostArb = fc.constantFrom<HostId>('client', 'server')
export const profileArb = fc.constantFrom<ProfileId>('rfc', 'linux', 'textbook')
export const variantArb = fc.constantFrom<VariantId>('standard', 'two_way_handshake', 'no_time_wait', 'four_segment_handshake')

/** An action whose segment is picked by index among those in flight when it is applied. */
export type Move =
  | { kind: 'action'; action: SimAction }
  | { kind: 'fate'; index: number; fate: 'deliver' | 'drop' | 'delay' | 'duplicate' }

export const moveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ kind: fc.constant('action' as const), action: fc.oneof(
    hostArb.map((host): SimAction => ({ type: 'listen', host })),
    hostArb.map((host): SimAction => ({ type: 'connect', host })),
    fc.tuple(hostArb, fc.integer({ min: 1, max: 4000 })).map(([host, bytes]): SimAction => ({ type: 'send', host, bytes })),
    hostArb.map((host): SimAction => ({ type: 'close', host })),
    hostArb.map((host): SimAction => ({ type: 'abort', host })),
    hostArb.map((host): SimAction => ({ type: 'crash', host })),
    fc.tuple(hostArb, fc.boolean()).map(([host, listen]): SimAction => ({ type: 'reboot', host, listen })),
    fc.constant<SimAction>({ type: 'step' }),
    fc.integer({ min: 0, max: 10_000_000 }).map((ms): SimAction => ({ type: 'advance', ms })),
    fc.constant<SimAction>({ type: 'skip_to_next_timer' }),
  ) }),
  fc.record({ kind: fc.constant('fate' as const), index: fc.nat(20), fate: fc.constantFrom('deliver' as const, 'drop' as const, 'delay' as const, 'duplicate' as const) }),
)

export function toAction(sim: SimState, move: Move): SimAction | null {
  if (move.kind === 'action') return move.action
  const inFlight = sim.channel.inFlight
  if (inFlight.length === 0) return null
  const target = inFlight[move.index % inFlight.length]!
  return { type: 'fate', segmentId: target.id, fate: move.fate }
}

/** A random run: profile, variant, seed and up to 30 moves, on a channel with some loss and duplication. */
export const randomRunArb = fc.tuple(profileArb, variantArb, fc.integer({ min: 1, max: 1000 }), fc.array(moveArb, { maxLength: 30 }))

/** Plays a random run; `each` sees the state after every move. Returns the last state. */
export function playRun([profile, variant, seed, moves]: [ProfileId, VariantId, number, Move[]], each: (sim: SimState) => void = () => {}): SimState {
  let sim = createSimulation({ profile, variant, seed, channel: { lossRate: 0.1, duplicateRate: 0.1 } })
  for (const move of moves) {
    const action = toAction(sim, move)
    if (action) sim = applyAction(sim, action)
    each(sim)
  }
  return sim
}
