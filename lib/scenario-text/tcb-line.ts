/**
 * The `client state ESTABLISHED` line: a host put straight into a state with the TCB a textbook
 * connection has there (client ISS 100, server ISS 300; `referenceTcb`), and any variable that
 * differs written as `name=value` (`snd.nxt=102`). That is how a scenario starts mid-connection.
 */
import { getProfile } from '../tcp/profiles'
import { referenceTcb } from '../tcp/reference'
import type { KeepAliveTimes, ProfileId, Tcb, TcbState } from '../tcp/types'
import type { HostId } from '../sim/types'

type FieldKind = 'number' | 'boolean' | 'origin'

/** TCB variables by the name a file uses: RFC 9293 §3.3.1 names for the RFC's variables. */
export const TCB_FIELD_NAMES: ReadonlyArray<readonly [string, keyof Tcb, FieldKind]> = [
  ['iss', 'iss', 'number'],
  ['irs', 'irs', 'number'],
  ['snd.una', 'sndUna', 'number'],
  ['snd.nxt', 'sndNxt', 'number'],
  ['snd.wnd', 'sndWnd', 'number'],
  ['snd.wl1', 'sndWl1', 'number'],
  ['snd.wl2', 'sndWl2', 'number'],
  ['rcv.nxt', 'rcvNxt', 'number'],
  ['rcv.wnd', 'rcvWnd', 'number'],
  ['send-queue', 'sendQueue', 'number'],
  ['fin-queued', 'finQueued', 'boolean'],
  ['retransmits', 'retransmits', 'number'],
  ['rto', 'rto', 'number'],
  ['probes-out', 'probesOut', 'number'],
  ['bytes-received', 'bytesReceived', 'number'],
  ['bytes-acked', 'bytesAcked', 'number'],
  ['ack-pending', 'ackPending', 'boolean'],
  ['quick-acks', 'quickAcks', 'number'],
  ['passive', 'passive', 'boolean'],
  ['syn-received-from', 'synReceivedFrom', 'origin'],
]

/** Keep-alive as a `state`, `listen` or `connect` line sets it. */
export type KeepAliveWords = { readonly keepAlive?: boolean; readonly keepAliveTimes?: KeepAliveTimes }

/** Pure. The textbook TCB of `host` in `state` under a profile, with the keep-alive words applied. */
export function baseTcb(host: HostId, state: TcbState, profile: ProfileId, ka: KeepAliveWords): Tcb {
  return referenceTcb(state, host, getProfile(profile), {
    ...(ka.keepAlive !== undefined ? { keepAlive: ka.keepAlive } : {}),
    ...(ka.keepAliveTimes !== undefined ? { keepAliveTimes: ka.keepAliveTimes } : {}),
  })
}

/** Pure. One `name=value` applied to a TCB, or an error message. */
export function applyTcbField(tcb: Tcb, name: string, value: string): Tcb | string {
  const field = TCB_FIELD_NAMES.find(([n]) => n === name.toLowerCase())
  if (!field) return `"${name}" is not a TCB variable`
  const [, key, kind] = field
  if (kind === 'number') {
    if (!/^\d+$/.test(value)) return `${name} needs a whole number, not "${value}"`
    return { ...tcb, [key]: Number(value) }
  }
  if (kind === 'boolean') {
    if (value !== 'yes' && value !== 'no') return `${name} is yes or no, not "${value}"`
    return { ...tcb, [key]: value === 'yes' }
  }
  if (value !== 'LISTEN' && value !== 'SYN-SENT' && value !== 'none') return `${name} is LISTEN, SYN-SENT or none, not "${value}"`
  return { ...tcb, [key]: value === 'none' ? null : value }
}

/** Pure. The `name=value` words that turn `base` into `tcb` (none when they are equal). */
export function tcbFieldWords(base: Tcb, tcb: Tcb): string[] {
  const words: string[] = []
  for (const [name, key, kind] of TCB_FIELD_NAMES) {
    const value = tcb[key]
    if (value === base[key]) continue
    if (kind === 'boolean') words.push(`${name}=${value ? 'yes' : 'no'}`)
    else words.push(`${name}=${value === null ? 'none' : String(value)}`)
  }
  return words
}
