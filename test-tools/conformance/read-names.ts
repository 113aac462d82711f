/**
 * Reading cases, the names: state names in any usual spelling, a host's initial description
 * (state, down, TCB text), flag sets compared unordered, and host names (`client`/`A`, `server`/`B`).
 */
import { flagNames } from '../../lib/tcp/segment'
import type { Segment, TcpState } from '../../lib/tcp/types'
import { TCP_STATES } from '../../lib/tcp/types'
import type { HostId } from '../../lib/sim/types'
import { CaseError, isObject, str } from './case-json'

function isTcpState(x: unknown): x is TcpState {
  return typeof x === 'string' && (TCP_STATES as ReadonlyArray<string>).includes(x)
}

const STATE_ALIASES: Record<string, TcpState> = {
  CLOSED: 'CLOSED',
  CLOSE: 'CLOSED',
  LISTEN: 'LISTEN',
  SYNSENT: 'SYN-SENT',
  SYNRECEIVED: 'SYN-RECEIVED',
  SYNRCVD: 'SYN-RECEIVED',
  SYNRECV: 'SYN-RECEIVED',
  ESTAB: 'ESTABLISHED',
  ESTABLISHED: 'ESTABLISHED',
  FINWAIT1: 'FIN-WAIT-1',
  FINWAIT2: 'FIN-WAIT-2',
  CLOSEWAIT: 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  LASTACK: 'LAST-ACK',
  TIMEWAIT: 'TIME-WAIT',
}

/** Pure. A state name in any usual spelling (`SYN_RECV`, `syn-rcvd`, `ESTAB`, `FIN WAIT-1`), or undefined. */
export function toTcpState(x: unknown): TcpState | undefined {
  if (typeof x !== 'string') return undefined
  const key = x.trim().toUpperCase()
  if (isTcpState(key)) return key
  return STATE_ALIASES[key.replace(/[^A-Z0-9]/g, '')]
}

const DOWN_WORDS = /^\s*[([]?\s*(down|crash(ed)?|dead|unreachable|rebooting|off|null|none)\b/i

/**
 * Pure. A host's initial description: `null`/"down" = host down; a state name, optionally followed
 * by a TCB text (`"ESTABLISHED (send 300, receive 100)"`); or `{ state, tcb }`.
 */
export function parseInitial(x: unknown): { state: TcpState | null; text: string } | undefined {
  if (x === undefined) return undefined
  if (x === null) return { state: null, text: '' }
  if (isObject(x)) {
    const inner = parseInitial(x.state ?? null)
    const text = [str(x.tcb), str(x.note), inner?.text].filter(Boolean).join(' ')
    return { state: inner ? inner.state : null, text }
  }
  if (typeof x !== 'string') return undefined
  if (DOWN_WORDS.test(x)) return { state: null, text: x }
  const exact = toTcpState(x)
  if (exact) return { state: exact, text: '' }
  const words = x.trim().split(/[\s(,:;]+/)
  for (const n of [3, 2, 1]) {
    const state = toTcpState(words.slice(0, n).join(' '))
    if (state) return { state, text: x }
  }
  return undefined
}

/** Pure. Canonical form of a flag set: upper-case, sorted, PSH/URG dropped ('ACK' also matches 'PSH,ACK'). */
export function normalizeFlags(flags: string | null | undefined): string {
  if (!flags) return ''
  return flags
    .split(/[\s,+|]+/)
    .map((f) => f.trim().toUpperCase())
    .filter((f) => f !== '' && f !== 'PSH' && f !== 'URG')
    .sort()
    .join(',')
}

/** Pure. The canonical flag set of a segment (see `normalizeFlags`). */
export function segmentFlags(s: Segment): string {
  return normalizeFlags(flagNames(s.flags))
}

/** Pure. A canonical flag set as the report prints it: `nothing sent` for the empty set. */
export function describeSend(flags: string): string {
  return flags === '' ? 'nothing sent' : flags
}

/** Pure. The host a `from`/`host` value names (`client`/`A`, `server`/`B`); throws a CaseError naming `what` otherwise. */
export function hostOf(x: unknown, what: string): HostId {
  if (x === 'client' || x === 'server') return x
  if (typeof x === 'string') {
    if (/^(client|a)$/i.test(x.trim())) return 'client'
    if (/^(server|b)$/i.test(x.trim())) return 'server'
  }
  throw new CaseError(`${what}: expected "client" or "server", got ${JSON.stringify(x)}`)
}

/** Pure. The other end of the connection. */
export function other(h: HostId): HostId {
  return h === 'client' ? 'server' : 'client'
}
