/**
 * Building events: the engine event a vector's `event` names (user call, timer expiry or arriving
 * segment), the TCB preconditions a timer event needs, and the variant and SYN-RECEIVED origin a
 * vector gives in its fields or its id.
 */
import { parseRfc } from '../../lib/tcp/segment'
import { seqAdd } from '../../lib/tcp/seq'
import type { Profile, Tcb, TcpEvent, TimerKind } from '../../lib/tcp/types'
import { CaseError, isObject, str, type Json } from './case-json'
import { arrivingSegment, DATA_LEN } from './build-segment'

/** Timer event names (vectors, timer steps, timer triggers) and the engine timer each expires. */
export const TIMER_EVENTS: Record<string, TimerKind> = {
  timeout_retx: 'retransmission',
  timeout_retransmission: 'retransmission',
  retransmission_timeout: 'retransmission',
  timeout_2msl: 'time_wait',
  timeout_time_wait: 'time_wait',
  keepalive_idle: 'keepalive',
  keepalive_probe: 'keepalive',
  timeout_keepalive: 'keepalive',
  keepalive_probe_unanswered_max: 'keepalive',
  timeout_user: 'user_timeout',
  user_timeout: 'user_timeout',
}

/** User-call event names of vectors and the engine event each is. */
export const USER_EVENTS: Record<string, TcpEvent> = {
  passive_open: { type: 'open', mode: 'passive' },
  active_open: { type: 'open', mode: 'active' },
  close: { type: 'close' },
  abort: { type: 'abort' },
  send: { type: 'send', bytes: DATA_LEN },
  send_data: { type: 'send', bytes: DATA_LEN },
}

/** Pure. Sets the preconditions a vector's timer event needs (outstanding data, retries used up, probes out). */
export function prepareForTimer(t: Tcb | null, event: string, variant: string | undefined, profile: Profile): Tcb | null {
  if (!t) return t
  const kind = TIMER_EVENTS[event]
  const exhausted = variant !== undefined && /retries_exhausted|exhaust|give_?up|max/i.test(variant)
  if (kind === 'retransmission') {
    let next = t
    if (next.sndUna === next.sndNxt && (next.state === 'ESTABLISHED' || next.state === 'CLOSE-WAIT')) {
      next = { ...next, sndNxt: seqAdd(next.sndNxt, DATA_LEN) }
    }
    if (exhausted) {
      const limit = next.state === 'SYN-SENT' ? profile.synRetries : next.state === 'SYN-RECEIVED' ? profile.synAckRetries : profile.dataRetries
      next = { ...next, retransmits: limit }
    }
    return next
  }
  if (kind === 'keepalive') {
    const probesOut = event === 'keepalive_probe_unanswered_max' || exhausted ? profile.keepAlive.probes : 0
    return { ...t, keepAlive: true, probesOut }
  }
  return t
}

/**
 * Pure. The engine event of a vector: a user call, a timer expiry, or the arriving segment of a
 * `rcv_*` event (`example.in` when given, else built by `arrivingSegment`).
 */
export function vectorEvent(v: Json, t: Tcb | null): TcpEvent {
  const event = str(v.event)
  if (!event) throw new CaseError('missing "event"')
  const user = USER_EVENTS[event]
  if (user) return user
  const timer = TIMER_EVENTS[event]
  if (timer) return { type: 'timeout', timer }
  if (!event.startsWith('rcv_')) throw new CaseError(`unknown event "${event}"`)
  const example = isObject(v.example) ? str(v.example.in) : undefined
  const parsed = example ? parseRfc(example) : null
  const segment = parsed ?? arrivingSegment(event, vectorVariant(v), t)
  return { type: 'segment_arrives', segment: { ...segment, wnd: segment.wnd || 65535 } }
}

/** The vector's variant: its `variant` field, else the part of its id after the event (`established.rcv_fin.no_ack_bit`). */
export function vectorVariant(v: Json): string | undefined {
  const explicit = str(v.variant)
  if (explicit) return explicit
  const id = str(v.id)
  const event = str(v.event)
  if (!id || !event) return undefined
  const i = id.indexOf(`.${event}.`)
  return i >= 0 ? id.slice(i + event.length + 2) : undefined
}

/** The vector's SYN-RECEIVED origin: `origin`, else a `passive`/`active` variant, else `.passive.`/`.active.` in its id. */
export function vectorOrigin(v: Json): 'passive' | 'active' | undefined {
  for (const x of [v.origin, v.variant]) if (x === 'active' || x === 'passive') return x
  const m = /(?:^|[._])(passive|active)(?:[._]|$)/.exec(str(v.id) ?? '')
  return m ? (m[1] as 'passive' | 'active') : undefined
}
