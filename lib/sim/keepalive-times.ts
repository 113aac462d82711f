/**
 * Keep-alive times written as text, as lessons and the playground give them: `"10s,5s,3"` is an
 * idle time of 10 s, a probe every 5 s, and 3 unanswered probes before giving up (RFC 9293 §3.8.4;
 * RFC 1122 §4.2.3.6 makes the idle time configurable and sets no interval or count). Also the
 * helpers that carry such times into a scenario's actions, so every connection it opens uses them.
 */
import type { KeepAliveTimes } from '../tcp/types'
import type { SimAction } from './types'

/**
 * The range Linux accepts for TCP_KEEPIDLE and TCP_KEEPINTVL (1 to 32767 s, MAX_TCP_KEEPIDLE) and
 * TCP_KEEPCNT (1 to 127, MAX_TCP_KEEPCNT): wide enough for the textbook's 2 h and for a 1 s demo.
 */
export const KEEPALIVE_LIMITS = { minSeconds: 1, maxSeconds: 32_767, minProbes: 1, maxProbes: 127 } as const

/** How to write the value, for error messages. */
export const KEEPALIVE_EXAMPLE = 'idle,interval,probes, for example "10s,5s,3" or "2h,75s,10"'

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, min: 60_000, h: 3_600_000 }

export type ParsedKeepAlive = { readonly ok: true; readonly times: KeepAliveTimes } | { readonly ok: false; readonly error: string }

/** Pure. A duration such as `10s`, `2min` or `2h` in whole seconds within Linux's range, or an error. */
function parseDuration(what: string, text: string): { ok: true; ms: number } | { ok: false; error: string } {
  const m = /^(\d+(?:\.\d+)?)\s*(s|min|h)$/.exec(text)
  if (!m) return { ok: false, error: `the ${what} "${text}" needs a number and a unit: s, min or h (for example 10s)` }
  const ms = Number(m[1]) * UNIT_MS[m[2]!]!
  const { minSeconds, maxSeconds } = KEEPALIVE_LIMITS
  if (!Number.isInteger(ms / 1000)) return { ok: false, error: `the ${what} "${text}" must be a whole number of seconds` }
  if (ms < minSeconds * 1000 || ms > maxSeconds * 1000) {
    return { ok: false, error: `the ${what} "${text}" must be from ${minSeconds} s to ${maxSeconds} s` }
  }
  return { ok: true, ms }
}

/** Pure. Reads `idle,interval,probes` (e.g. `10s,5s,3`); the error says what to write instead. */
export function parseKeepAliveTimes(text: string): ParsedKeepAlive {
  const parts = text.split(',').map((p) => p.trim())
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    return { ok: false, error: `write three values, ${KEEPALIVE_EXAMPLE}` }
  }
  const [idleText, intervalText, probesText] = parts as [string, string, string]
  const idle = parseDuration('idle time', idleText)
  if (!idle.ok) return idle
  const interval = parseDuration('interval', intervalText)
  if (!interval.ok) return interval
  const { minProbes, maxProbes } = KEEPALIVE_LIMITS
  if (!/^\d+$/.test(probesText) || Number(probesText) < minProbes || Number(probesText) > maxProbes) {
    return { ok: false, error: `the probe count "${probesText}" must be a whole number from ${minProbes} to ${maxProbes}, without a unit` }
  }
  return { ok: true, times: { idleMs: idle.ms, intervalMs: interval.ms, probes: Number(probesText) } }
}

function formatDuration(ms: number): string {
  if (ms % UNIT_MS.h! === 0) return `${ms / UNIT_MS.h!}h`
  if (ms % UNIT_MS.min! === 0 && ms >= UNIT_MS.min! * 2) return `${ms / UNIT_MS.min!}min`
  return `${ms / 1000}s`
}

/** Pure. The text `parseKeepAliveTimes` reads back: `{ 10 000, 5 000, 3 }` → `10s,5s,3`. */
export function formatKeepAliveTimes(times: KeepAliveTimes): string {
  return `${formatDuration(times.idleMs)},${formatDuration(times.intervalMs)},${times.probes}`
}

/** Pure. True when two sets of times are the same. */
export function sameKeepAliveTimes(a: KeepAliveTimes | null | undefined, b: KeepAliveTimes | null | undefined): boolean {
  if (!a || !b) return !a && !b
  return a.idleMs === b.idleMs && a.intervalMs === b.intervalMs && a.probes === b.probes
}

/**
 * Pure. The action with these keep-alive times for the connection it opens or sets up: an OPEN
 * (`listen`, `connect`) carries them, a `set_tcb` gets a TCB with them. Whether keep-alive is on
 * stays as the action says. Every other action is returned as it is.
 */
export function withKeepAliveTimes(action: SimAction, times: KeepAliveTimes): SimAction {
  switch (action.type) {
    case 'listen':
    case 'connect':
      return { ...action, keepAliveTimes: times }
    case 'set_tcb':
      return action.tcb ? { ...action, tcb: { ...action.tcb, keepAliveTimes: times } } : action
    default:
      return action
  }
}

/** Pure. The first keep-alive times an OPEN or a set-up TCB in `actions` carries, or null. */
export function keepAliveTimesIn(actions: ReadonlyArray<SimAction>): KeepAliveTimes | null {
  for (const action of actions) {
    if ((action.type === 'listen' || action.type === 'connect') && action.keepAliveTimes) return action.keepAliveTimes
    if (action.type === 'set_tcb' && action.tcb?.keepAliveTimes) return action.tcb.keepAliveTimes
  }
  return null
}
