/**
 * Replaying scenarios, the timers: makes a step's timer expire on one host or on both hosts at the
 * same instant, and remembers expiries that fired at the current instant while another timer step
 * ran, so that two timer steps at one instant are judged in either order.
 */
import { hostState } from '../../lib/sim/simulation'
import type { HostId } from '../../lib/sim/types'
import { CaseError } from './case-json'
import { TIMER_EVENTS } from './build-event'
import { advanceUntil, type Runner } from './replay-runner'

/**
 * Runs the simulation until `event`'s timer has expired on every host of `hosts` and returns each
 * host's expiry time (ms). An expiry that already fired at the current instant during an earlier
 * timer step counts (the simulation breaks ties client first, the case may list the server first).
 * `keepalive_probe_unanswered_max` waits for the expiry that ends the connection, not merely the
 * next probe. Throws a CaseError, prefixed with `label`, if a host's timer never fires.
 */
export function fireTimers(r: Runner, hosts: ReadonlyArray<HostId>, event: string, label: string): Map<HostId, number> {
  const kind = TIMER_EVENTS[event]
  if (!kind) throw new CaseError(`${label}: unknown timer event ${JSON.stringify(event)}`)
  const givesUp = event === 'keepalive_probe_unanswered_max'
  const times = new Map<HostId, number>()
  if (!givesUp) {
    for (const host of hosts) {
      const i = r.sameInstant.findIndex((e) => e.host === host && e.timer === kind && e.time === r.sim.time)
      if (i < 0) continue
      times.set(host, r.sameInstant[i]!.time)
      r.sameInstant.splice(i, 1)
    }
  }
  const waiting = hosts.filter((h) => !times.has(h))
  if (waiting.length === 0) return times
  const seen = r.expired.length
  const before = new Map(waiting.map((h) => [h, hostState(r.sim, h)]))
  const firedOn = (h: HostId): boolean =>
    r.expired.slice(seen).some((e) => e.host === h && e.timer === kind) && (!givesUp || hostState(r.sim, h) !== before.get(h))
  if (!advanceUntil(r, () => waiting.every(firedOn))) {
    const missing = waiting.find((h) => !firedOn(h))
    throw new CaseError(`${label}: expected the ${missing}'s ${event} timer to fire, but it was not running`)
  }
  const fresh = r.expired.slice(seen)
  for (const host of waiting) {
    const matching = fresh.filter((e) => e.host === host && e.timer === kind)
    const hit = givesUp ? matching[matching.length - 1] : matching[0]
    if (hit) times.set(host, hit.time)
  }
  const now = r.sim.time
  const others = fresh.filter((e) => e.time === now && !(waiting.includes(e.host) && e.timer === kind))
  r.sameInstant = [...r.sameInstant.filter((e) => e.time === now), ...others]
  return times
}
