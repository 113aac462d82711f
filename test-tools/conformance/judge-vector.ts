/**
 * Judging vectors: runs one state x event vector through the engine's `transition` from the
 * reference TCB and compares (next state, flags of the segment sent) with `expect_state`,
 * `expect_send` and the `accept` entries.
 */
import { getProfile } from '../../lib/tcp/profiles'
import type { Role } from '../../lib/tcp/reference'
import { formatRfc } from '../../lib/tcp/segment'
import { transition } from '../../lib/tcp/transition'
import type { RuleId } from '../../lib/tcp/rules'
import type { Profile, Segment, Tcb, TcpState } from '../../lib/tcp/types'
import { CaseError, isObject, str, type Json } from './case-json'
import { prepareForTimer, vectorEvent, vectorOrigin, vectorVariant } from './build-event'
import { describeSend, normalizeFlags, segmentFlags, toTcpState } from './read-names'
import { profileForCase, variantForCase } from './read-profile'
import { referenceIss, vectorTcb } from './read-tcb'
import type { CaseResult } from './report'

/** The result of one vector: the next state and the segments the engine sent. */
type Outcome = { state: TcpState; sends: Segment[] }

function expectedList(v: Json): Array<{ state: TcpState; send: string }> {
  const main = toTcpState(v.expect_state)
  if (!main) throw new CaseError(`bad expect_state ${JSON.stringify(v.expect_state)}`)
  const out = [{ state: main, send: normalizeFlags(str(v.expect_send)) }]
  if (Array.isArray(v.accept)) {
    for (const a of v.accept) {
      if (!isObject(a)) continue
      const state = a.expect_state === null || a.expect_state === undefined ? main : toTcpState(a.expect_state)
      if (!state) throw new CaseError(`bad accept expect_state ${JSON.stringify(a.expect_state)}`)
      const send = 'expect_send' in a ? normalizeFlags(str(a.expect_send)) : normalizeFlags(str(v.expect_send))
      out.push({ state, send })
    }
  }
  return out
}

function outcomeMatches(o: Outcome, e: { state: TcpState; send: string }): boolean {
  if (o.state !== e.state) return false
  if (e.send === '') return o.sends.length === 0
  const first = o.sends[0]
  return first !== undefined && segmentFlags(first) === e.send
}

/**
 * Pure. Runs one state x event vector through `transition` from the reference TCB and returns the
 * next state, the segments sent and the rule that decided them (RFC 9293 §3.10; oracle README §1 event table).
 */
export function simulateVector(v: Json, meta: Json = {}): { state: TcpState; sends: Segment[]; rule: RuleId } {
  const state = toTcpState(v.state)
  if (!state) throw new CaseError(`unknown state ${JSON.stringify(v.state)}`)
  const origin = vectorOrigin(v)
  // The oracle judges an event with a pending delayed-ACK timer flushed: the ACK goes at once.
  const profile: Profile = { ...getProfile(profileForCase(v)), delayedAckMs: null }
  const variant = variantForCase(v)
  let tcb: Tcb | null = null
  let role: Role = 'client'
  if (state !== 'CLOSED') ({ tcb, role } = vectorTcb(state, origin, meta, profile))
  const event = str(v.event) ?? ''
  tcb = prepareForTimer(tcb, event, vectorVariant(v), profile)
  const ev = vectorEvent(v, tcb)
  const refIss = referenceIss(meta)
  const iss = state === 'CLOSED' ? (event === 'active_open' ? refIss.client : refIss.server) : role === 'client' ? refIss.client : refIss.server
  const result = transition(tcb, ev, { now: 0, profile, variant, iss })
  const sends = result.effects.flatMap((e) => (e.type === 'send_segment' ? [e.segment] : []))
  return { state: result.tcb ? result.tcb.state : 'CLOSED', sends, rule: result.rule }
}

/** Pure. Judges one state x event vector. */
export function judgeVector(v: Json, meta: Json): Omit<CaseResult, 'id' | 'kind'> {
  const expectations = expectedList(v)
  const outcome: Outcome = simulateVector(v, meta)
  if (expectations.some((e) => outcomeMatches(outcome, e))) return { pass: true, message: '' }
  const expected = expectations.map((e) => `${e.state} + ${describeSend(e.send)}`).join(' or ')
  const got = `${outcome.state} + ${outcome.sends.length ? outcome.sends.map(formatRfc).join(' ') : 'nothing sent'}`
  return { pass: false, message: `expected ${expected}, got ${got}` }
}
