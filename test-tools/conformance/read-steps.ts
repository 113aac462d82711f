/**
 * Reading cases, the scenario steps: the kind of a step, which host or hosts it is about, what it
 * carries (octets, fate, old duplicate) and the ISS a host's next SYN shows.
 */
import type { HostId } from '../../lib/sim/types'
import { isObject, num, str, type Json } from './case-json'
import { normalizeFlags } from './read-names'

/** Pure. The seq of the SYN or SYN,ACK a step shows `host` sending itself (not a delivery or an old duplicate), or undefined. */
export function synSeqOf(step: Json, host: HostId): number | undefined {
  if (step.from !== host || isStale(step) || /^(deliver|arrive)$/.test(str(step.type) ?? '')) return undefined
  if (!normalizeFlags(str(step.flags)).split(',').includes('SYN')) return undefined
  return num(step.seq)
}

/**
 * Pure. The ISS a host's next connection should use: the seq of the first SYN or SYN,ACK the host
 * itself sends from step `start` on (old duplicates and deliveries of earlier segments excluded),
 * stopping at the host's next crash/reboot. The ISS is the host's free choice (RFC 9293 §3.4.1),
 * so the number the case expects is the one it wants.
 */
export function upcomingIss(steps: ReadonlyArray<Json>, start: number, host: HostId): number | undefined {
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!
    if (i > start && step.from === host && /^(crash|reboot)$/.test(str(step.type) ?? str(step.trigger) ?? '')) return undefined
    const seq = synSeqOf(step, host)
    if (seq !== undefined) return seq
  }
  return undefined
}

/** Pure. The octets a step carries or sends: `bytes`, `len`, or `data` (a count or the data itself). */
export function dataLen(step: Json): number | undefined {
  return num(step.bytes) ?? num(step.len) ?? num(step.data) ?? (typeof step.data === 'string' ? step.data.length : undefined)
}

/** Pure. True when a `fate` says the segment is lost. */
export function isLost(fate: string | undefined): boolean {
  return fate !== undefined && /^(lost|lose|drop|dropped|loss)$/i.test(fate)
}

/** Pure. True when a step keeps its segment in flight (`fate` delayed/held, or `delayed`/`held`/`in_flight: true`). */
export function isHeld(step: Json, fate: string | undefined): boolean {
  if (step.delayed === true || step.held === true || step.in_flight === true) return true
  return fate !== undefined && /^(delay|delayed|held|hold|in_flight|in-flight)$/i.test(fate)
}

/** Pure. True when a `fate` says the segment is duplicated. */
export function isDuplicate(fate: string | undefined): boolean {
  return fate !== undefined && /^(duplicate|duplicated|dup)$/i.test(fate)
}

/** Pure. True for an old duplicate of an earlier incarnation: the runner injects it instead of waiting for a host to send it. */
export function isStale(step: Json): boolean {
  return step.old_duplicate === true || step.stale === true || (isObject(step) && /^(old|stale|old_duplicate)$/i.test(str(step.fate) ?? ''))
}

/** Step `type` spellings and the kind of step each is. */
export const STEP_TYPES: Record<string, string> = {
  xfer: 'xfer',
  transfer: 'xfer',
  segment: 'xfer',
  send: 'send',
  deliver: 'deliver',
  arrive: 'deliver',
  timer: 'timer',
  timeout: 'timer',
  user: 'user',
  call: 'user',
  app: 'user',
  crash: 'crash',
  reboot: 'reboot',
  restart: 'reboot',
  wait: 'wait',
  advance: 'wait',
  note: 'none',
  state: 'none',
  none: 'none',
}

