/**
 * Reference TCBs: the TCB a textbook connection (client ISS x = 100, server ISS y = 300) has in each
 * state, as in the oracle's `meta.reference_tcb` and RFC 9293 Figs. 6-13. Used to start vectors
 * and scenarios in a given state without replaying a whole conversation.
 */
import { createTcb } from './transition'
import { seqAdd } from './seq'
import type { KeepAliveTimes, Profile, Seq, Tcb, TcbState } from './types'

/** Which end a reference TCB belongs to. */
export type Role = 'client' | 'server'

/** Options for `referenceTcb`. */
export type ReferenceOptions = {
  /** For SYN-RECEIVED: reached from LISTEN (`passive`, default for the server) or SYN-SENT (`active`). */
  readonly origin?: 'passive' | 'active'
  readonly iss?: { readonly client: Seq; readonly server: Seq }
  readonly keepAlive?: boolean
  /** This connection's keep-alive times (RFC 9293 §3.8.4); absent = the profile's. */
  readonly keepAliveTimes?: KeepAliveTimes
}

/** Pure. The usual end for a state: CLOSE-WAIT, LAST-ACK, LISTEN and passive SYN-RECEIVED are the server's. */
export function defaultRole(state: TcbState, origin?: 'passive' | 'active'): Role {
  if (state === 'LISTEN' || state === 'CLOSE-WAIT' || state === 'LAST-ACK') return 'server'
  if (state === 'SYN-RECEIVED') return origin === 'active' ? 'client' : 'server'
  return 'client'
}

/**
 * Pure. The TCB of `role` in `state` after a textbook handshake with no data: e.g. client
 * ESTABLISHED has SND.UNA = SND.NXT = 101, RCV.NXT = 301; client FIN-WAIT-1 has its FIN (seq 101)
 * outstanding (RFC 9293 §3.3.1 variables; oracle `meta.reference_tcb`).
 */
export function referenceTcb(state: TcbState, role: Role, profile: Profile, options: ReferenceOptions = {}): Tcb {
  const iss = role === 'client' ? (options.iss?.client ?? 100) : (options.iss?.server ?? 300)
  const irs = role === 'client' ? (options.iss?.server ?? 300) : (options.iss?.client ?? 100)
  const keepAlive = options.keepAlive ?? profile.keepAlive.enabled
  const keepAliveTimes = options.keepAliveTimes ?? null
  const one = seqAdd(iss, 1)
  const two = seqAdd(iss, 2)
  const rcv = seqAdd(irs, 1)
  const rcvFin = seqAdd(irs, 2)
  const common = { keepAlive, keepAliveTimes, iss, irs, rcvNxt: rcv, sndWl1: irs, sndWl2: one }
  switch (state) {
    case 'LISTEN':
      return createTcb('LISTEN', profile, { passive: true, keepAlive, keepAliveTimes })
    case 'SYN-SENT':
      return createTcb('SYN-SENT', profile, { keepAlive, keepAliveTimes, iss, sndUna: iss, sndNxt: one })
    case 'SYN-RECEIVED': {
      const active = (options.origin ?? (role === 'client' ? 'active' : 'passive')) === 'active'
      return createTcb('SYN-RECEIVED', profile, {
        ...common,
        synReceivedFrom: active ? 'SYN-SENT' : 'LISTEN',
        passive: !active,
        sndUna: iss,
        sndNxt: one,
        sndWl2: 0,
      })
    }
    case 'ESTABLISHED':
      return createTcb(state, profile, { ...common, sndUna: one, sndNxt: one })
    case 'FIN-WAIT-1':
      return createTcb(state, profile, { ...common, sndUna: one, sndNxt: two })
    case 'FIN-WAIT-2':
      return createTcb(state, profile, { ...common, sndUna: two, sndNxt: two })
    case 'CLOSE-WAIT':
      return createTcb(state, profile, { ...common, sndUna: one, sndNxt: one, rcvNxt: rcvFin })
    case 'CLOSING':
      return createTcb(state, profile, { ...common, sndUna: one, sndNxt: two, rcvNxt: rcvFin })
    case 'LAST-ACK':
      return createTcb(state, profile, { ...common, sndUna: one, sndNxt: two, rcvNxt: rcvFin })
    case 'TIME-WAIT':
      return createTcb(state, profile, { ...common, sndUna: two, sndNxt: two, rcvNxt: rcvFin })
    default: {
      const never: never = state
      throw new Error(`unknown state ${String(never)}`)
    }
  }
}

/**
 * Pure. Applies RFC-variable assignments written as text, e.g. `SND.UNA=SND.NXT=101 RCV.NXT=301`
 * (the oracle's `reference_tcb` and scenario `tcb` notation). Unknown words are ignored. When only
 * SND.NXT is given, SND.UNA keeps its distance to it.
 */
export function applyTcbText(tcb: Tcb, text: string): Tcb {
  const values: Record<string, number> = {}
  for (const token of text.split(/[\s,;:]+/)) {
    if (!token.includes('=')) continue
    const parts = token.split('=')
    const value = Number(parts[parts.length - 1])
    if (!Number.isFinite(value)) continue
    for (const name of parts.slice(0, -1)) values[name.toUpperCase()] = value >>> 0
  }
  const outstanding = (tcb.sndNxt - tcb.sndUna) | 0
  let next: Tcb = tcb
  if (values.ISS !== undefined) next = { ...next, iss: values.ISS }
  if (values.IRS !== undefined) next = { ...next, irs: values.IRS, sndWl1: values.IRS }
  if (values['SND.NXT'] !== undefined) {
    next = { ...next, sndNxt: values['SND.NXT'], sndUna: values['SND.UNA'] ?? seqAdd(values['SND.NXT'], -outstanding) }
  } else if (values['SND.UNA'] !== undefined) {
    next = { ...next, sndUna: values['SND.UNA'] }
  }
  if (values['RCV.NXT'] !== undefined) next = { ...next, rcvNxt: values['RCV.NXT'] }
  if (values['RCV.WND'] !== undefined) next = { ...next, rcvWnd: values['RCV.WND'] }
  if (values['SND.WND'] !== undefined) next = { ...next, sndWnd: values['SND.WND'] }
  return next
}
