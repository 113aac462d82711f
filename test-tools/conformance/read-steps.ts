/**
 * Reading cases, the scenario steps: the kind of a step, which host or hosts it is about, what it
 * carries (octets, fate, old duplicate) and the ISS a host's next SYN shows.
 */
import type { HostId } from '../../lib/sim/types'
import { CaseError, isObject, num, str, type Json } from './case-json'
import { hostOf, normalizeFlags } from './read-names'

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


/** Where a host's numbers start, read from its first data step (see `sendStartFromData`). */
export type DataStart = {
  /** The host's SND.NXT before its first step: the data step's seq minus what the host sent before it. */
  readonly sndNxt: number
  /** True if a SYN of the host was counted in what it sent before (then `sndNxt` is its ISS). */
  readonly synCounted: boolean
}

/**
 * Pure. A host's sequence numbers when the case gives no TCB or ISS for it: the seq of the first
 * step with `len` > 0 and a `seq` that the host sends itself (not a delivery of an earlier segment,
 * not an old duplicate), minus what the host's earlier steps sent without a seq (their octets, and
 * one for each SYN or FIN). Undefined when the host sends no numbered data before it crashes or
 * reboots (a new incarnation has new numbers).
 */
export function sendStartFromData(steps: ReadonlyArray<Json>, host: HostId): DataStart | undefined {
  let before = 0
  let synCounted = false
  for (const step of steps) {
    if (step.from !== host) continue
    if (/^(crash|reboot|restart)$/i.test(str(step.type) ?? str(step.trigger) ?? '')) return undefined
    if (isStale(step) || /^(deliver|arrive)$/i.test(str(step.type) ?? '') || step.of !== undefined) continue
    const len = dataLen(step) ?? 0
    const seq = num(step.seq)
    if (len > 0 && seq !== undefined) return { sndNxt: (seq - before) >>> 0, synCounted }
    const flags = normalizeFlags(str(step.flags)).split(',')
    if (flags.includes('SYN')) synCounted = true
    before += Math.max(len, 0) + (flags.includes('SYN') ? 1 : 0) + (flags.includes('FIN') ? 1 : 0)
  }
  return undefined
}

const BOTH_HOSTS = /^\s*(both|all|both hosts|client\s*(\+|,|&|and|\/)\s*server|server\s*(\+|,|&|and|\/)\s*client|a\s*(\+|,|&|and|\/)\s*b|b\s*(\+|,|&|and|\/)\s*a)\s*$/i

/**
 * Pure. The hosts a step is about, client first: its `from` (else `host`, else `hosts`) naming one
 * host, or both at once (`"both"`, `"client+server"`, `["client", "server"]`), as for a timer that
 * expires on both hosts at the same instant. Throws a CaseError on anything else.
 */
export function stepHosts(step: Json): HostId[] {
  const key = step.from !== undefined ? 'from' : step.host !== undefined ? 'host' : step.hosts !== undefined ? 'hosts' : 'from'
  const raw = step[key]
  if (Array.isArray(raw) || (typeof raw === 'string' && BOTH_HOSTS.test(raw))) {
    const named = Array.isArray(raw) ? raw.map((x) => hostOf(x, key)) : (['client', 'server'] as const)
    const hosts = (['client', 'server'] as const).filter((h) => named.includes(h))
    if (hosts.length === 0) throw new CaseError(`${key}: expected "client" or "server", got ${JSON.stringify(raw)}`)
    return hosts
  }
  return [hostOf(raw, key)]
}

const SEGMENT_KEYS = ['flags', 'seq', 'ack', 'len', 'bytes', 't', 'fate'] as const

/**
 * Pure. What a step (or an accept entry merged over it) expects of `host`'s segment when the step
 * is about both hosts: the entry for the host in `segments`/`sends` (by `from`, else client first),
 * else the step's `flags`, `seq`, `ack`, `len`, `t`, `fate` with `client_…`/`server_…` keys
 * (`server_seq`) overriding them.
 */
export function hostExpectation(step: Json, host: HostId): Json {
  const list = Array.isArray(step.segments) ? step.segments : Array.isArray(step.sends) ? step.sends : undefined
  if (list) {
    const entries = list.filter(isObject)
    const named = entries.find((e) => e.from !== undefined && hostOf(e.from, 'segments from') === host)
    if (named) return named
    const unnamed = entries.filter((e) => e.from === undefined)
    return unnamed[host === 'client' ? 0 : unnamed.length > 1 ? 1 : -1] ?? {}
  }
  const out: Json = {}
  for (const k of SEGMENT_KEYS) {
    const own = step[`${host}_${k}`]
    if (own !== undefined) out[k] = own
    else if (step[k] !== undefined) out[k] = step[k]
  }
  return out
}
