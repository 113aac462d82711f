/**
 * Reading cases, the TCB texts: the variables a text gives (`meta.reference_tcb`, a scenario's
 * `tcb`, text after a state in `initial`) and the TCB they describe, missing variables derived from
 * the state as the oracle's reference TCBs do.
 */
import { defaultRole, referenceTcb, type Role } from '../../lib/tcp/reference'
import { seqAdd } from '../../lib/tcp/seq'
import type { Profile, Tcb, TcbState } from '../../lib/tcp/types'
import { isObject, str, type Json } from './case-json'

/** A TCB variable a text can name. */
export type TcbVar = 'ISS' | 'IRS' | 'SND.UNA' | 'SND.NXT' | 'RCV.NXT' | 'RCV.WND' | 'SND.WND'
/** The TCB variables a text gives. */
export type TcbValues = Partial<Record<TcbVar, number>>

const VAR_NAMES = 'ISS|IRS|SND\\.UNA|SND\\.NXT|RCV\\.NXT|RCV\\.WND|SND\\.WND'

/**
 * Pure. The TCB variables a text gives: chains such as `SND.UNA=SND.NXT=101`, `ISS=400`,
 * `ISS 400`, `RCV.NXT: 100`, and the RFC figures' `(send 300, receive 100)` (= SND.NXT, RCV.NXT).
 */
export function parseTcbValues(text: string): TcbValues {
  const values: TcbValues = {}
  const chain = new RegExp(`((?:(?:${VAR_NAMES})\\s*=\\s*)+)(\\d+)`, 'gi')
  for (const m of text.matchAll(chain)) {
    for (const name of m[1]!.split('=')) {
      const key = name.trim().toUpperCase() as TcbVar
      if (key) values[key] = Number(m[2]) >>> 0
    }
  }
  const phrase = new RegExp(`\\b(${VAR_NAMES})\\s*(?::|is|of)?\\s+(\\d+)`, 'gi')
  for (const m of text.matchAll(phrase)) {
    const key = m[1]!.toUpperCase() as TcbVar
    values[key] ??= Number(m[2]) >>> 0
  }
  const send = /\bsend(?:ing)?\s+(?:seq\s*)?(\d+)/i.exec(text)
  if (send) values['SND.NXT'] ??= Number(send[1]) >>> 0
  const receive = /\breceiv(?:e|ing)\s+(?:seq\s*)?(\d+)/i.exec(text)
  if (receive) values['RCV.NXT'] ??= Number(receive[1]) >>> 0
  return values
}

/**
 * Pure. The TCB of `role` in `state` described by `values`, with the missing variables derived
 * from the state as `meta.reference_tcb` does: ISS from SND.NXT/SND.UNA (SND.NXT = ISS+1, or ISS+2
 * once our FIN is sent), IRS from RCV.NXT (RCV.NXT = IRS+1, or IRS+2 once the peer's FIN is in),
 * SND.UNA keeps the state's outstanding distance to SND.NXT.
 */
export function tcbFromValues(
  state: TcbState,
  role: Role,
  profile: Profile,
  values: TcbValues,
  options: { origin?: 'passive' | 'active'; keepAlive?: boolean; peerIss?: number } = {},
): Tcb {
  const base = { ...(options.origin ? { origin: options.origin } : {}), ...(options.keepAlive !== undefined ? { keepAlive: options.keepAlive } : {}) }
  const ref = referenceTcb(state, role, profile, base)
  const sndOff = (ref.sndNxt - ref.iss) | 0
  const unaOff = (ref.sndUna - ref.iss) | 0
  const rcvOff = (ref.rcvNxt - ref.irs) | 0
  const iss =
    values.ISS ??
    (values['SND.NXT'] !== undefined ? seqAdd(values['SND.NXT'], -sndOff) : values['SND.UNA'] !== undefined ? seqAdd(values['SND.UNA'], -unaOff) : ref.iss)
  const irs = values.IRS ?? (values['RCV.NXT'] !== undefined && state !== 'SYN-SENT' && state !== 'LISTEN' ? seqAdd(values['RCV.NXT'], -rcvOff) : (options.peerIss ?? ref.irs))
  let tcb = referenceTcb(state, role, profile, { ...base, iss: role === 'client' ? { client: iss, server: irs } : { client: irs, server: iss } })
  if (state === 'LISTEN') return tcb
  const outstanding = (tcb.sndNxt - tcb.sndUna) | 0
  if (values['SND.NXT'] !== undefined) tcb = { ...tcb, sndNxt: values['SND.NXT'], sndUna: values['SND.UNA'] ?? seqAdd(values['SND.NXT'], -outstanding) }
  else if (values['SND.UNA'] !== undefined) tcb = { ...tcb, sndUna: values['SND.UNA'], sndNxt: seqAdd(values['SND.UNA'], outstanding) }
  if (values['RCV.NXT'] !== undefined) tcb = { ...tcb, rcvNxt: values['RCV.NXT'] }
  if (values['RCV.WND'] !== undefined) tcb = { ...tcb, rcvWnd: values['RCV.WND'] }
  if (values['SND.WND'] !== undefined) tcb = { ...tcb, sndWnd: values['SND.WND'] }
  return tcb
}

function roleFromText(text: string | undefined): Role | undefined {
  if (!text) return undefined
  const m = /^\s*(client|server)\b/i.exec(text)
  return m ? (m[1]!.toLowerCase() as Role) : undefined
}

function referenceText(meta: Json, state: TcbState, origin: 'passive' | 'active' | undefined): string | undefined {
  const refs = isObject(meta.reference_tcb) ? meta.reference_tcb : {}
  return str(refs[origin ? `${state}/${origin}` : state]) ?? (state === 'SYN-RECEIVED' ? str(refs[`${state}/passive`]) : undefined)
}

/** Pure. The ISS of each end in the document's reference TCBs (client from SYN-SENT, server from passive SYN-RECEIVED; else 100 and 300). */
export function referenceIss(meta: Json): { client: number; server: number } {
  const client = parseTcbValues(referenceText(meta, 'SYN-SENT', undefined) ?? '').ISS ?? 100
  const server = parseTcbValues(referenceText(meta, 'SYN-RECEIVED', 'passive') ?? '').ISS ?? 300
  return { client, server }
}

/**
 * Pure. The TCB a vector starts from: `meta.reference_tcb` for the state (and SYN-RECEIVED origin),
 * its role from the text (`client ...`/`server ...`) or the state, ISS/IRS from the reference ISSs.
 */
export function vectorTcb(state: TcbState, origin: 'passive' | 'active' | undefined, meta: Json, profile: Profile): { tcb: Tcb; role: Role } {
  const text = referenceText(meta, state, origin)
  const role = roleFromText(text) ?? defaultRole(state, origin)
  const iss = referenceIss(meta)
  const values = parseTcbValues(text ?? '')
  const peerIss = role === 'client' ? iss.server : iss.client
  if (values.ISS === undefined && values['SND.NXT'] === undefined && values['SND.UNA'] === undefined) values.ISS = role === 'client' ? iss.client : iss.server
  const tcb = tcbFromValues(state, role, profile, values, origin ? { origin, peerIss } : { peerIss })
  return { tcb, role }
}
