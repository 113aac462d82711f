/**
 * The two-host simulation: a client and a server joined by a channel, on a simulated clock.
 * Pure: every function returns a new `SimState` and never mutates its input.
 */
import type { TcpState } from '../tcp/types'
import type { HostId, PendingEvent, SimAction, SimOptions, SimState } from './types'

/** Pure. A new simulation: both hosts up and CLOSED, nothing in flight, time 0 (RFC 9293 §3.3.2). */
export function createSimulation(options: SimOptions = {}): SimState {
  void options
  throw new Error('not implemented yet')
}

/** Pure. Applies one action and returns the next state; the action is appended to `actions`. */
export function applyAction(sim: SimState, action: SimAction): SimState {
  void sim
  void action
  throw new Error('not implemented yet')
}

/** Pure. Applies actions in order. */
export function applyActions(sim: SimState, actions: ReadonlyArray<SimAction>): SimState {
  return actions.reduce(applyAction, sim)
}

/** Pure. Every pending event (arrivals and timer expiries) in the order `step` would process them. */
export function pendingEvents(sim: SimState): PendingEvent[] {
  void sim
  return []
}

/** Pure. The event `step` would process next, or null when nothing is pending. */
export function nextEvent(sim: SimState): PendingEvent | null {
  return pendingEvents(sim)[0] ?? null
}

/** Pure. The TCP state of a host: its TCB's state, CLOSED without a TCB, null when the host is down. */
export function hostState(sim: SimState, host: HostId): TcpState | null {
  const h = sim.hosts[host]
  if (!h.up) return null
  return h.tcb ? h.tcb.state : 'CLOSED'
}
