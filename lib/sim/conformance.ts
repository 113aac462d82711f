/**
 * Oracle conformance judge. Reads any document in the format of `tcp-oracle/oracle.json`
 * (`meta`, `vectors`, `scenarios`) and judges every case as `meta.judging` says:
 *
 * - a vector passes if (next state, flags of the segment sent) equals (`expect_state`,
 *   `expect_send`) or an `accept` entry (`expect_state: null` there = same as `expect_state`);
 * - a scenario is replayed step by step on a simulation with a manual channel; each step is judged
 *   on the states after it (null = host down, not judged) and on its segment's flags, seq, ack
 *   (and `len`, `t` when given); `accept` entries override keys of a step, `optional: true` steps
 *   may be absent, and `then: "final_only"` stops step judging: the simulation then runs until
 *   nothing is pending and only `final` is compared.
 *
 * How the format is read (generic, so unseen cases work the same way):
 * - a vector's arriving segment is built from its event (README §1 table) and then changed by
 *   every `variant` word (`unacceptable_ack`, `no_ack_bit`, `out_of_window`, `out_of_window_seq`,
 *   `in_window_not_exact`, `retransmitted_syn`, `in_window_syn`, `retransmitted_fin`, ...); an
 *   explicit `example.in` wins; a missing `variant`/`origin` is read from the id;
 * - TCB texts (`meta.reference_tcb`, scenario `tcb`, text after the state in `initial`) give ISS,
 *   IRS, SND.UNA, SND.NXT, RCV.NXT (also "send 300, receive 100"); missing ones are derived from
 *   the state (`tcbFromValues`). A host's ISS for each OPEN or reboot is the seq of the next SYN it
 *   sends in the steps, else the `tcb`/prose value ("A's ISS 400");
 * - keep-alive is on only for the hosts the scenario exercises (`keepAliveHosts`); the profile
 *   comes from `profileForCase`;
 * - a data step (`len` > 0) without `trigger` implies SEND; `fate` lost/duplicate/delayed,
 *   `old_duplicate`, `of`, `t`, timer steps, `optional`, `accept` and `then: "final_only"` are
 *   honoured; a host shown `null` after a step has crashed, and a down host shown in a state again
 *   has rebooted.
 *
 * Pure: no I/O. A malformed case fails with a message; it never stops the other cases.
 */
import { getProfile } from '../tcp/profiles'
import { defaultRole, referenceTcb, type Role } from '../tcp/reference'
import { createSegment, flagNames, formatRfc, parseRfc } from '../tcp/segment'
import { seqAdd } from '../tcp/seq'
import { hasOutstandingFin, transition } from '../tcp/transition'
import type { Profile, ProfileId, Segment, Tcb, TcbState, TcpEvent, TcpState, TimerKind, VariantId } from '../tcp/types'
import { TCP_STATES } from '../tcp/types'
import { applyAction, createSimulation, hostState } from './simulation'
import type { HostId, InFlightSegment, SimAction, SimState, TraceEntry } from './types'

/** The verdict on one case. */
export type CaseResult = {
  readonly id: string
  readonly kind: 'vector' | 'scenario' | 'file'
  readonly pass: boolean
  /** Empty on a pass; otherwise `expected ..., got ...` or what was wrong with the case. */
  readonly message: string
}

/** All verdicts of one document. */
export type ConformanceReport = {
  readonly results: ReadonlyArray<CaseResult>
  readonly passed: number
  readonly failed: number
}

type Json = Record<string, unknown>

class CaseError extends Error {}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined
}

function isTcpState(x: unknown): x is TcpState {
  return typeof x === 'string' && (TCP_STATES as ReadonlyArray<string>).includes(x)
}

// ---------------------------------------------------------------------------------------------
// States, flags, profiles, variants
// ---------------------------------------------------------------------------------------------

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
function parseInitial(x: unknown): { state: TcpState | null; text: string } | undefined {
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

function segmentFlags(s: Segment): string {
  return normalizeFlags(flagNames(s.flags))
}

function describeSend(flags: string): string {
  return flags === '' ? 'nothing sent' : flags
}

const PROFILE_IDS: ReadonlyArray<ProfileId> = ['rfc', 'linux', 'textbook']
const VARIANT_IDS: ReadonlyArray<VariantId> = ['standard', 'two_way_handshake', 'no_time_wait', 'four_segment_handshake']

const LINUX_WORDS = /\blinux\b/i
const TEXTBOOK_WORDS = /textbook|\bxie\b|谢希仁|教材/i
const RFC_WORDS = /\brfc\s*\d|\brfc\b/i

function keywordProfile(text: string): ProfileId | undefined {
  const linux = LINUX_WORDS.test(text)
  const textbook = TEXTBOOK_WORDS.test(text)
  if (linux && !textbook) return 'linux'
  if (textbook && !linux) return 'textbook'
  return undefined
}

/** Seconds until a profile gives up retransmitting after `retries` retransmissions (RTO backoff, RFC 6298). */
function giveUpSeconds(p: Profile, retries: number): number {
  let total = 0
  for (let i = 0; i <= retries; i++) total += Math.min(p.rtoInitialMs * p.backoff ** i, p.rtoMaxMs)
  return total / 1000
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6

/**
 * Pure. The profile whose numbers the case uses, or undefined when the case has no telling
 * number. Scores each profile on: TIME-WAIT expiry (`timeout_2msl` at t, absolute or after the
 * previous timed step: 240 s rfc/textbook, 60 s linux); keep-alive give-up (number of probe steps
 * before `keepalive_probe_unanswered_max`, or its distance to `keepalive_idle`: 9 probes / 675 s
 * linux, 10 / 750 s textbook; the RFC fixes no count, so it scores none); SYN or SYN,ACK give-up
 * time (a `timeout_retx` that closes SYN-SENT / SYN-RECEIVED at t: linux 127 s / 63 s); for a
 * vector, numeric `duration`/`t`/`seconds`/`probes`/`retries` fields against the same parameters.
 */
export function profileFromNumbers(c: Json): ProfileId | undefined {
  const score: Record<ProfileId, number> = { rfc: 0, linux: 0, textbook: 0 }
  const profiles = PROFILE_IDS.map((id) => getProfile(id))
  const steps = Array.isArray(c.steps) ? c.steps.filter(isObject) : []
  const initial = isObject(c.initial) ? c.initial : {}
  const before: Record<HostId, TcpState | null> = {
    client: parseInitial(initial.client)?.state ?? 'CLOSED',
    server: parseInitial(initial.server)?.state ?? 'CLOSED',
  }
  let lastT = 0
  let idleT: number | undefined
  let probes = 0
  const prober = steps.find((s) => /keepalive_idle/.test(str(s.event) ?? ''))?.from
  for (const step of steps) {
    const event = str(step.event) ?? ''
    const t = num(step.t)
    const host: HostId = step.from === 'server' ? 'server' : 'client'
    const after = toTcpState(step[`${host}_state_after`])
    if (t !== undefined && /2msl|time_?wait/i.test(event)) {
      for (const p of profiles) if (near(p.timeWaitMs / 1000, t) || near(p.timeWaitMs / 1000, t - lastT)) score[p.id]++
    }
    if (/keepalive_idle/.test(event)) {
      idleT = t
      probes = 0
    } else if (/keepalive/.test(event) && /max|gave|give|dead|fail/.test(event)) {
      for (const p of profiles) {
        if (p.id === 'rfc') continue
        const span = (p.keepAlive.probes * p.keepAlive.intervalMs) / 1000
        if (probes === p.keepAlive.probes || (t !== undefined && idleT !== undefined && near(t - idleT, span))) score[p.id]++
      }
    } else if (idleT !== undefined && step.from === prober && normalizeFlags(str(step.flags)) === 'ACK' && step.type !== 'deliver') {
      probes++
    }
    if (t !== undefined && /retx|retrans/.test(event) && (after === 'CLOSED' || after === 'LISTEN')) {
      // A SYN (SYN-SENT) or SYN,ACK (SYN-RECEIVED) given up at t.
      const retries = (p: Profile): number | undefined =>
        before[host] === 'SYN-SENT' ? p.synRetries : before[host] === 'SYN-RECEIVED' ? p.synAckRetries : undefined
      for (const p of profiles) {
        const n = retries(p)
        if (n !== undefined && near(giveUpSeconds(p, n), t)) score[p.id]++
      }
    }
    for (const h of ['client', 'server'] as const) {
      const key = `${h}_state_after`
      if (step[key] === null) before[h] = null
      else if (toTcpState(step[key])) before[h] = toTcpState(step[key])!
    }
    if (t !== undefined) lastT = t
  }
  // Vectors (or cases) that state a duration, probe count or retry count outright.
  const event = str(c.event) ?? ''
  const secs = num(c.duration) ?? num(c.seconds) ?? num(c.t) ?? num(c.after)
  const count = num(c.probes) ?? num(c.retries) ?? num(c.count)
  for (const p of profiles) {
    if (secs !== undefined && /2msl|time_?wait/i.test(event) && near(secs, p.timeWaitMs / 1000)) score[p.id]++
    if (count !== undefined && /keepalive/.test(event) && p.id !== 'rfc' && count === p.keepAlive.probes) score[p.id]++
    if (count !== undefined && /retx|retrans/.test(event)) {
      const state = toTcpState(c.state)
      const limit = state === 'SYN-SENT' ? p.synRetries : state === 'SYN-RECEIVED' ? p.synAckRetries : p.dataRetries
      if (count === limit) score[p.id]++
    }
  }
  let best: ProfileId | undefined
  for (const id of PROFILE_IDS) if (score[id] > 0 && (best === undefined || score[id] > score[best])) best = id
  return best
}

/**
 * Pure. The profile a case is judged with, by the first rule that gives one:
 * 1. an explicit `profile` field (`rfc`, `linux`, `textbook`; any case, or text containing one);
 * 2. a keyword in `id` or `title` (Linux; textbook, Xie, 谢希仁, 教材);
 * 3. a keyword in `ref`, `protocol`, `note` or `notes`, when that text names exactly one of
 *    Linux/textbook and none of the case's text names an RFC (a Linux aside in an RFC case's
 *    note does not switch it);
 * 4. the case's own numbers (`profileFromNumbers`): TIME-WAIT 60 s → linux, 240 s → rfc;
 *    keep-alive give-up after 9 probes → linux, 10 → textbook; SYN give-up at 127 s → linux;
 * 5. otherwise `rfc`.
 */
export function profileForCase(c: Json): ProfileId {
  const explicit = str(c.profile)?.toLowerCase()
  if (explicit) {
    if ((PROFILE_IDS as ReadonlyArray<string>).includes(explicit)) return explicit as ProfileId
    const fromText = keywordProfile(explicit)
    if (fromText) return fromText
    if (RFC_WORDS.test(explicit)) return 'rfc'
  }
  const primary = `${str(c.id) ?? ''} ${str(c.title) ?? ''}`
  const fromPrimary = keywordProfile(primary)
  if (fromPrimary) return fromPrimary
  const secondary = ['ref', 'protocol', 'note', 'notes'].map((k) => str(c[k]) ?? '').join(' ')
  const fromSecondary = keywordProfile(secondary)
  if (fromSecondary && !RFC_WORDS.test(`${primary} ${secondary}`)) return fromSecondary
  return profileFromNumbers(c) ?? 'rfc'
}

/** Pure. The protocol variant a case asks for, from `protocol` (free text) or a variant id. */
export function variantForCase(c: Json): VariantId {
  for (const key of ['protocol_variant', 'protocol', 'variant']) {
    const v = str(c[key])
    if (!v) continue
    if ((VARIANT_IDS as ReadonlyArray<string>).includes(v)) return v as VariantId
    if (key === 'variant') continue
    if (/two[- _]?way|2[- ]?way|2whs/i.test(v)) return 'two_way_handshake'
    if (/time[- _]?wait/i.test(v)) return 'no_time_wait'
    if (/four[- _]?segment|4[- ]?segment|four[- _]?way handshake/i.test(v)) return 'four_segment_handshake'
  }
  return 'standard'
}

// ---------------------------------------------------------------------------------------------
// TCB descriptions
// ---------------------------------------------------------------------------------------------

type TcbVar = 'ISS' | 'IRS' | 'SND.UNA' | 'SND.NXT' | 'RCV.NXT' | 'RCV.WND' | 'SND.WND'
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

// ---------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------

function roleFromText(text: string | undefined): Role | undefined {
  if (!text) return undefined
  const m = /^\s*(client|server)\b/i.exec(text)
  return m ? (m[1]!.toLowerCase() as Role) : undefined
}

function referenceText(meta: Json, state: TcbState, origin: 'passive' | 'active' | undefined): string | undefined {
  const refs = isObject(meta.reference_tcb) ? meta.reference_tcb : {}
  return str(refs[origin ? `${state}/${origin}` : state]) ?? (state === 'SYN-RECEIVED' ? str(refs[`${state}/passive`]) : undefined)
}

/** The ISS of each end in the document's reference TCBs (client from SYN-SENT, server from passive SYN-RECEIVED). */
function referenceIss(meta: Json): { client: number; server: number } {
  const client = parseTcbValues(referenceText(meta, 'SYN-SENT', undefined) ?? '').ISS ?? 100
  const server = parseTcbValues(referenceText(meta, 'SYN-RECEIVED', 'passive') ?? '').ISS ?? 300
  return { client, server }
}

function vectorTcb(state: TcbState, origin: 'passive' | 'active' | undefined, meta: Json, profile: Profile): { tcb: Tcb; role: Role } {
  const text = referenceText(meta, state, origin)
  const role = roleFromText(text) ?? defaultRole(state, origin)
  const iss = referenceIss(meta)
  const values = parseTcbValues(text ?? '')
  const peerIss = role === 'client' ? iss.server : iss.client
  if (values.ISS === undefined && values['SND.NXT'] === undefined && values['SND.UNA'] === undefined) values.ISS = role === 'client' ? iss.client : iss.server
  const tcb = tcbFromValues(state, role, profile, values, origin ? { origin, peerIss } : { peerIss })
  return { tcb, role }
}

const DATA_LEN = 10

/** The ACK field of a peer segment that acknowledges everything but our outstanding FIN (oracle `rcv_fin`). */
function ackButFin(t: Tcb): number {
  return hasOutstandingFin(t) ? seqAdd(t.sndNxt, -1) : t.sndNxt
}

function seg(seq: number, ack: number | null, flags: string, len = 0, wnd = 65535): Segment {
  const f = normalizeFlags(flags).split(',')
  return createSegment({
    seq,
    ack: ack ?? 0,
    flags: { syn: f.includes('SYN'), ack: f.includes('ACK'), fin: f.includes('FIN'), rst: f.includes('RST') },
    len,
    wnd,
  })
}

/** The arriving-segment modifications the oracle's `variant` values stand for (`meta.variants`). */
type VariantMod =
  | 'unacceptable_ack'
  | 'no_ack'
  | 'out_of_window'
  | 'old'
  | 'in_window_not_exact'
  | 'retransmitted_syn'
  | 'in_window_syn'
  | 'retransmitted_fin'
  | 'with_data'

/**
 * Pure. The segment modifications named by a `variant` (several may be joined with `+`, `,` or
 * spaces). Unknown words (e.g. `retries_exhausted`, `passive`) modify no segment.
 */
export function variantMods(variant: string | undefined): VariantMod[] {
  if (!variant) return []
  const mods: VariantMod[] = []
  for (const raw of variant.toLowerCase().split(/[\s,+&]+/)) {
    const v = raw.replace(/[-.]/g, '_')
    if (!v) continue
    if (/unaccept|bad_ack|invalid_ack|wrong_ack|ack_(beyond|above|too|gt|unsent|not_sent|future)|future_ack/.test(v)) mods.push('unacceptable_ack')
    else if (/no_ack|without_ack|ack_off|ack_bit_off|noack/.test(v)) mods.push('no_ack')
    else if (/not_exact|inexact|in_window_rst|in_window_seq/.test(v)) mods.push('in_window_not_exact')
    else if (/(retrans|dup|again|repeat|old).*syn|syn.*(retrans|dup|again|repeat)/.test(v)) mods.push('retransmitted_syn')
    else if (/in_window_syn|new_syn/.test(v)) mods.push('in_window_syn')
    else if (/(retrans|dup|again|repeat).*fin|fin.*(retrans|dup|again|repeat)/.test(v)) mods.push('retransmitted_fin')
    else if (/out_of_window_seq|old|dup|stale|below|behind/.test(v)) mods.push('old')
    else if (/out_of_window|outside|beyond_window|above_window|far/.test(v)) mods.push('out_of_window')
    else if (/with_data|data/.test(v)) mods.push('with_data')
  }
  return mods
}

/** Builds the arriving segment of a `rcv_*` event for a TCB, then applies the variant (oracle README §1 event table, `meta.variants`). */
function arrivingSegment(event: string, variant: string | undefined, t: Tcb | null): Segment {
  const st: TcpState = t ? t.state : 'CLOSED'
  const unsync = st === 'CLOSED' || st === 'LISTEN' || st === 'SYN-SENT'
  const rcvNxt = t ? t.rcvNxt : 0
  const peerSeq = st === 'SYN-SENT' ? 300 : st === 'LISTEN' ? 101 : 301
  let seq: number
  let ack: number | null
  let flags: string
  let len = 0
  switch (event) {
    case 'rcv_syn':
      ;[seq, ack, flags] = [st === 'CLOSED' || st === 'LISTEN' ? 100 : st === 'SYN-SENT' ? 300 : rcvNxt, null, 'SYN']
      break
    case 'rcv_synack':
      if (st === 'CLOSED') [seq, ack] = [300, 91]
      else if (st === 'LISTEN') [seq, ack] = [300, 101]
      else if (st === 'SYN-SENT') [seq, ack] = [300, seqAdd(t!.iss, 1)]
      else [seq, ack] = [t!.irs, seqAdd(t!.iss, 1)]
      flags = 'SYN,ACK'
      break
    case 'rcv_ack':
      if (st === 'CLOSED') [seq, ack] = [300, 101]
      else if (st === 'LISTEN') [seq, ack] = [101, 301]
      else if (st === 'SYN-SENT') [seq, ack] = [300, t!.sndNxt]
      else [seq, ack] = [rcvNxt, t!.sndNxt]
      flags = 'ACK'
      break
    case 'rcv_fin':
      if (unsync) [seq, ack, flags] = [peerSeq, null, 'FIN']
      else [seq, ack, flags] = [rcvNxt, ackButFin(t!), 'FIN,ACK']
      break
    case 'rcv_finack':
      if (st === 'CLOSED' || st === 'LISTEN') [seq, ack] = [301, 102]
      else if (st === 'SYN-SENT') [seq, ack] = [peerSeq, t!.sndNxt]
      else [seq, ack] = [rcvNxt, t!.sndNxt]
      flags = 'FIN,ACK'
      break
    case 'rcv_rst':
      if (st === 'CLOSED' || st === 'LISTEN') [seq, ack, flags] = [301, null, 'RST']
      else if (st === 'SYN-SENT') [seq, ack, flags] = [0, t!.sndNxt, 'RST,ACK']
      else [seq, ack, flags] = [rcvNxt, null, 'RST']
      break
    case 'rcv_data':
      if (st === 'CLOSED') [seq, ack] = [300, 100]
      else if (st === 'LISTEN') [seq, ack] = [101, 301]
      else if (st === 'SYN-SENT') [seq, ack] = [301, t!.sndNxt]
      else [seq, ack] = [rcvNxt, ackButFin(t!)]
      flags = 'ACK'
      len = DATA_LEN
      break
    default:
      throw new CaseError(`unknown event "${event}"`)
  }
  const wnd = t ? t.rcvWnd : 65535
  const hasRcvNxt = t !== null && !unsync
  for (const mod of variantMods(variant)) {
    switch (mod) {
      case 'unacceptable_ack':
        if (!t || st === 'LISTEN') break
        if (!normalizeFlags(flags).includes('ACK')) flags = `${flags},ACK`
        // SYN-SENT: SEG.ACK =< ISS (an old duplicate's ACK); elsewhere: SEG.ACK > SND.NXT (acks something not yet sent).
        ack = st === 'SYN-SENT' ? (event === 'rcv_synack' ? seqAdd(t.iss, -9) : t.iss) : seqAdd(t.sndNxt, 100)
        break
      case 'no_ack':
        flags = normalizeFlags(flags).split(',').filter((f) => f !== 'ACK').join(',')
        ack = null
        break
      case 'out_of_window':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, wnd + 1000)
        break
      case 'old':
        // An old duplicate lying entirely below RCV.NXT; for a SYN or RST any out-of-window number does.
        if (hasRcvNxt) seq = event === 'rcv_syn' || event === 'rcv_rst' ? seqAdd(rcvNxt, wnd + 1000) : seqAdd(rcvNxt, -(Math.max(len, DATA_LEN) + 5))
        break
      case 'in_window_not_exact':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, Math.min(10, Math.max(1, wnd - 1)))
        break
      case 'retransmitted_syn':
        if (t && st !== 'LISTEN' && st !== 'SYN-SENT') seq = t.irs
        break
      case 'in_window_syn':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, 1)
        break
      case 'retransmitted_fin':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, -1)
        break
      case 'with_data':
        if (len === 0) len = DATA_LEN
        break
    }
  }
  return seg(seq, ack, flags, len)
}

const TIMER_EVENTS: Record<string, TimerKind> = {
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

const USER_EVENTS: Record<string, TcpEvent> = {
  passive_open: { type: 'open', mode: 'passive' },
  active_open: { type: 'open', mode: 'active' },
  close: { type: 'close' },
  abort: { type: 'abort' },
  send: { type: 'send', bytes: DATA_LEN },
  send_data: { type: 'send', bytes: DATA_LEN },
}

/** Sets the preconditions a timer event needs (outstanding data, retries used up, probes out). */
function prepareForTimer(t: Tcb | null, event: string, variant: string | undefined, profile: Profile): Tcb | null {
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

function vectorEvent(v: Json, t: Tcb | null): TcpEvent {
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
function vectorVariant(v: Json): string | undefined {
  const explicit = str(v.variant)
  if (explicit) return explicit
  const id = str(v.id)
  const event = str(v.event)
  if (!id || !event) return undefined
  const i = id.indexOf(`.${event}.`)
  return i >= 0 ? id.slice(i + event.length + 2) : undefined
}

/** The vector's SYN-RECEIVED origin: `origin`, else a `passive`/`active` variant, else `.passive.`/`.active.` in its id. */
function vectorOrigin(v: Json): 'passive' | 'active' | undefined {
  for (const x of [v.origin, v.variant]) if (x === 'active' || x === 'passive') return x
  const m = /(?:^|[._])(passive|active)(?:[._]|$)/.exec(str(v.id) ?? '')
  return m ? (m[1] as 'passive' | 'active') : undefined
}

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
 * next state and the segments sent (RFC 9293 §3.10; oracle README §1 event table).
 */
export function simulateVector(v: Json, meta: Json = {}): { state: TcpState; sends: Segment[] } {
  const state = toTcpState(v.state)
  if (!state) throw new CaseError(`unknown state ${JSON.stringify(v.state)}`)
  const origin = vectorOrigin(v)
  const profile = getProfile(profileForCase(v))
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
  return { state: result.tcb ? result.tcb.state : 'CLOSED', sends }
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

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

const STEP_LIMIT = 20_000

type Runner = {
  sim: SimState
  cursor: number // trace entries already scanned
  unclaimed: { client: number[]; server: number[] }
  sentAt: Map<number, number>
  byStep: Map<number, number>
  copies: Map<number, number>
  expired: Array<{ host: HostId; timer: TimerKind; time: number }>
}

/** What a scenario's replay needs besides the simulation: its steps and the per-host keep-alive switch. */
type Script = {
  readonly steps: ReadonlyArray<Json>
  readonly keepAlive: Readonly<Record<HostId, boolean>>
}

function act(r: Runner, action: SimAction): void {
  r.sim = applyAction(r.sim, action)
  const trace = r.sim.trace
  for (; r.cursor < trace.length; r.cursor++) {
    const e = trace[r.cursor] as TraceEntry
    if (e.type === 'segment_sent' && e.reason !== 'stale') {
      r.unclaimed[e.from].push(e.id)
      r.sentAt.set(e.id, e.time)
    } else if (e.type === 'timer_expire') {
      r.expired.push({ host: e.host, timer: e.timer, time: e.time })
    }
  }
}

function findSegment(r: Runner, id: number): InFlightSegment | undefined {
  return r.sim.channel.inFlight.find((s) => s.id === id)
}

/** The segment with this id: in flight, sent earlier, or a duplicate copy of one (copies have no `segment_sent` entry). */
function segmentById(r: Runner, id: number): Segment | undefined {
  const live = findSegment(r, id)
  if (live) return live.segment
  for (const e of r.sim.trace) {
    if (e.type === 'segment_sent' && e.id === id) return e.segment
    if (e.type === 'segment_duplicated' && e.copyId === id) return segmentById(r, e.id)
  }
  return undefined
}

function hostOf(x: unknown, what: string): HostId {
  if (x === 'client' || x === 'server') return x
  if (typeof x === 'string') {
    if (/^(client|a)$/i.test(x.trim())) return 'client'
    if (/^(server|b)$/i.test(x.trim())) return 'server'
  }
  throw new CaseError(`${what}: expected "client" or "server", got ${JSON.stringify(x)}`)
}

function other(h: HostId): HostId {
  return h === 'client' ? 'server' : 'client'
}

function synSeqOf(step: Json, host: HostId): number | undefined {
  if (step.from !== host || isStale(step) || /^(deliver|arrive)$/.test(str(step.type) ?? '')) return undefined
  if (!normalizeFlags(str(step.flags)).split(',').includes('SYN')) return undefined
  return num(step.seq)
}

/**
 * The ISS a host's next connection should use: the seq of the first SYN or SYN,ACK the host
 * itself sends from step `start` on (old duplicates and deliveries of earlier segments excluded),
 * stopping at the host's next crash/reboot. The ISS is the host's free choice (RFC 9293 §3.4.1),
 * so the number the case expects is the one it wants.
 */
function upcomingIss(steps: ReadonlyArray<Json>, start: number, host: HostId): number | undefined {
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!
    if (i > start && step.from === host && /^(crash|reboot)$/.test(str(step.type) ?? str(step.trigger) ?? '')) return undefined
    const seq = synSeqOf(step, host)
    if (seq !== undefined) return seq
  }
  return undefined
}

function userAction(name: string, host: HostId, step: Json, script: Script, index: number): SimAction {
  const keepAlive = script.keepAlive[host]
  const iss = upcomingIss(script.steps, index, host)
  const withIss = iss === undefined ? {} : { iss }
  switch (name) {
    case 'active_open':
    case 'open':
    case 'connect':
      return { type: 'connect', host, keepAlive, ...withIss }
    case 'passive_open':
    case 'listen':
      return { type: 'listen', host, keepAlive, ...withIss }
    case 'close':
      return { type: 'close', host }
    case 'abort':
      return { type: 'abort', host }
    case 'send':
    case 'send_data':
    case 'write':
      return { type: 'send', host, bytes: dataLen(step) ?? DATA_LEN }
    case 'crash':
      return { type: 'crash', host }
    case 'reboot':
    case 'restart':
    case 'recover':
      return { type: 'reboot', host, ...withIss }
    default:
      throw new CaseError(`unknown user call "${name}"`)
  }
}

function dataLen(step: Json): number | undefined {
  return num(step.bytes) ?? num(step.len) ?? num(step.data) ?? (typeof step.data === 'string' ? step.data.length : undefined)
}

/** Processes events until `done` holds or nothing is pending; false if it never held. */
function advanceUntil(r: Runner, done: () => boolean): boolean {
  for (let i = 0; i < STEP_LIMIT; i++) {
    if (done()) return true
    const before = r.sim.trace.length
    const time = r.sim.time
    act(r, { type: 'step' })
    if (r.sim.trace.length === before && r.sim.time === time) return done()
  }
  return done()
}

type StepOutcome = {
  client: TcpState | null
  server: TcpState | null
  segment: Segment | null // the segment this step is about
  segmentTime: number | null
  timerTime: number | null
  extra: Segment[] // segments the receiver emitted during the step
}

function describeSeg(s: Segment | null): string {
  return s ? formatRfc(s) : 'no segment'
}

/** Judges a step outcome against one alternative; returns the first mismatch or null. */
function mismatch(o: StepOutcome, alt: Json, hasSegment: boolean): string | null {
  for (const host of ['client', 'server'] as const) {
    const key = `${host}_state_after`
    const raw = alt[key]
    if (raw === undefined || raw === null) continue
    const want = toTcpState(raw)
    if (!want) return `bad ${key} ${JSON.stringify(raw)}`
    const got = o[host]
    if (got !== want) return `${host} ${want}, got ${got ?? '(down)'}`
  }
  if (hasSegment) {
    const flags = str(alt.flags)
    if (flags !== undefined && flags !== null) {
      if (!o.segment) return `segment ${flags}, got nothing sent`
      if (segmentFlags(o.segment) !== normalizeFlags(flags)) return `segment ${flags}, got ${describeSeg(o.segment)}`
      const seq = num(alt.seq)
      if (seq !== undefined && o.segment.seq !== seq >>> 0) return `seq ${seq}, got ${describeSeg(o.segment)}`
      const ack = num(alt.ack)
      if (ack !== undefined && (!o.segment.flags.ack || o.segment.ack !== ack >>> 0)) return `ack ${ack}, got ${describeSeg(o.segment)}`
      const len = num(alt.len)
      if (len !== undefined && o.segment.len !== len) return `len ${len}, got ${describeSeg(o.segment)}`
    }
  }
  const extra = str(alt.extra_send)
  if (extra !== undefined) {
    const want = normalizeFlags(extra)
    if (!o.extra.some((s) => segmentFlags(s) === want)) {
      return `extra ${extra} sent, got ${o.extra.length ? o.extra.map(formatRfc).join(' ') : 'none'}`
    }
  }
  const t = num(alt.t)
  if (t !== undefined) {
    const at = o.segmentTime ?? o.timerTime
    if (at === null || Math.abs(at / 1000 - t) > 1e-6) return `t=${t}s, got t=${at === null ? '?' : at / 1000}s`
  }
  return null
}

function isLost(fate: string | undefined): boolean {
  return fate !== undefined && /^(lost|lose|drop|dropped|loss)$/i.test(fate)
}

function isHeld(step: Json, fate: string | undefined): boolean {
  if (step.delayed === true || step.held === true || step.in_flight === true) return true
  return fate !== undefined && /^(delay|delayed|held|hold|in_flight|in-flight)$/i.test(fate)
}

function isDuplicate(fate: string | undefined): boolean {
  return fate !== undefined && /^(duplicate|duplicated|dup)$/i.test(fate)
}

/** An old duplicate of an earlier incarnation: the runner injects it instead of waiting for a host to send it. */
function isStale(step: Json): boolean {
  return step.old_duplicate === true || step.stale === true || (isObject(step) && /^(old|stale|old_duplicate)$/i.test(str(step.fate) ?? ''))
}

/** Claims the next unjudged segment sent by `host`, advancing the clock if it has sent nothing yet. */
function claim(r: Runner, host: HostId, optional: boolean, flags: string | undefined): number | null {
  const queue = r.unclaimed[host]
  if (optional) {
    const id = queue[0]
    if (id === undefined) return null
    const s = segmentById(r, id)
    if (flags && s && segmentFlags(s) !== normalizeFlags(flags)) return null
    queue.shift()
    return id
  }
  if (queue.length === 0) advanceUntil(r, () => queue.length > 0)
  return queue.shift() ?? null
}

/**
 * A data step (`len` > 0) with no `trigger` implies SEND on its host when the host has nothing
 * matching waiting to be judged and the data is new (SEG.SEQ = SND.NXT, or no seq given and nothing
 * outstanding); a data step at an older seq is a retransmission, which the timer produces.
 */
function impliedSend(r: Runner, step: Json, from: HostId): number | undefined {
  const len = dataLen(step)
  if (len === undefined || len <= 0 || str(step.trigger)) return undefined
  const tcb = r.sim.hosts[from].tcb
  if (!r.sim.hosts[from].up || !tcb) return undefined
  const seq = num(step.seq)
  const waiting = r.unclaimed[from].some((id) => {
    const s = segmentById(r, id)
    return s !== undefined && s.len === len && (seq === undefined || s.seq === seq >>> 0)
  })
  if (waiting) return undefined
  const fresh = seq === undefined ? tcb.sndUna === tcb.sndNxt : tcb.sndNxt === seq >>> 0
  return fresh ? len : undefined
}

const STEP_TYPES: Record<string, string> = {
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

function runStep(r: Runner, step: Json, script: Script, index: number): { outcome: StepOutcome; hasSegment: boolean } {
  const rawType = str(step.type) ?? (str(step.event) && TIMER_EVENTS[str(step.event)!] ? 'timer' : str(step.flags) ? 'xfer' : undefined)
  const type = rawType ? STEP_TYPES[rawType.toLowerCase()] : undefined
  if (!type) throw new CaseError(`step ${String(step.n ?? index + 1)}: unknown step type ${JSON.stringify(step.type)}`)
  const from = step.from === undefined && step.host !== undefined ? hostOf(step.host, 'host') : hostOf(step.from, 'from')
  const n = num(step.n)
  const flags = str(step.flags)
  const fate = str(step.fate)
  let segmentId: number | null = null
  let captured: Segment | null = null
  let segmentTime: number | null = null
  let timerTime: number | null = null
  const receiver = other(from)
  // A host the step shows up again after being down has rebooted (RFC 9293 Fig. 9/10 "(CRASH)").
  for (const host of ['client', 'server'] as const) {
    const want = toTcpState(step[`${host}_state_after`])
    if (want && !r.sim.hosts[host].up && type !== 'reboot' && type !== 'crash') {
      const reboot = userAction('reboot', host, step, script, index)
      act(r, want === 'LISTEN' ? { ...reboot, type: 'reboot', host, listen: true } : reboot)
    }
  }
  const trigger = str(step.trigger)
  const t = num(step.t)
  if ((trigger || type === 'user') && t !== undefined && t * 1000 > r.sim.time) act(r, { type: 'advance', ms: t * 1000 - r.sim.time })
  const mark = r.unclaimed[receiver].length
  if (trigger) act(r, userAction(trigger, from, step, script, index))
  switch (type) {
    case 'xfer':
    case 'send': {
      if (isStale(step) && num(step.seq) !== undefined && flags) {
        segmentId = r.sim.channel.nextSegmentId
        act(r, { type: 'inject', from, segment: seg(num(step.seq)!, num(step.ack) ?? null, flags, dataLen(step) ?? 0) })
        captured = segmentById(r, segmentId) ?? null
        segmentTime = r.sim.time
        if (n !== undefined) r.byStep.set(n, segmentId)
        if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
        else if (type === 'xfer' && !isHeld(step, fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
        break
      }
      const bytes = impliedSend(r, step, from)
      if (bytes !== undefined) act(r, { type: 'send', host: from, bytes })
      segmentId = claim(r, from, step.optional === true, flags)
      if (segmentId === null) break
      captured = segmentById(r, segmentId) ?? null
      segmentTime = r.sentAt.get(segmentId) ?? null
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else if (isDuplicate(fate)) {
        const before = r.sim.channel.nextSegmentId
        act(r, { type: 'fate', segmentId, fate: 'duplicate' })
        r.copies.set(segmentId, before)
        if (type === 'xfer') act(r, { type: 'fate', segmentId, fate: 'deliver' })
      } else if (type === 'xfer' && !isHeld(step, fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'deliver': {
      const of = num(step.of)
      if (of !== undefined) {
        const original = r.byStep.get(of)
        if (original === undefined) throw new CaseError(`step ${n}: "of": ${of} names no earlier segment`)
        const copy = r.copies.get(original)
        segmentId = findSegment(r, original) ? original : copy !== undefined && findSegment(r, copy) ? copy : null
        if (segmentId === null) throw new CaseError(`step ${n}: the segment of step ${of} is no longer in flight`)
      } else {
        const seq = num(step.seq)
        if (seq === undefined || !flags) throw new CaseError(`step ${n}: a stale segment needs flags and seq`)
        const ack = num(step.ack)
        const segment = seg(seq, ack ?? null, flags, dataLen(step) ?? 0)
        segmentId = r.sim.channel.nextSegmentId
        act(r, { type: 'inject', from, segment })
      }
      // Read the segment before it is delivered: a delivered duplicate copy leaves the channel for good.
      captured = segmentById(r, segmentId) ?? null
      segmentTime = r.sim.time
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'timer': {
      const event = str(step.event) ?? str(step.timer)
      const kind = event ? TIMER_EVENTS[event] : undefined
      if (!kind) throw new CaseError(`step ${n}: unknown timer event ${JSON.stringify(step.event)}`)
      const seen = r.expired.length
      const before = hostState(r.sim, from)
      // "Gave up" means the expiry that ends the connection, not merely the next probe.
      const givesUp = event === 'keepalive_probe_unanswered_max'
      const fired = advanceUntil(r, () =>
        r.expired.slice(seen).some((e) => e.host === from && e.timer === kind) && (!givesUp || hostState(r.sim, from) !== before),
      )
      if (!fired) throw new CaseError(`step ${n}: expected the ${from}'s ${event} timer to fire, but it was not running`)
      const matching = r.expired.slice(seen).filter((e) => e.host === from && e.timer === kind)
      timerTime = (givesUp ? matching[matching.length - 1]?.time : matching[0]?.time) ?? null
      if (flags) {
        segmentId = claim(r, from, step.optional === true, flags)
        if (segmentId !== null) {
          captured = segmentById(r, segmentId) ?? null
          segmentTime = r.sentAt.get(segmentId) ?? null
        }
      }
      break
    }
    case 'user': {
      const call = str(step.event) ?? str(step.call)
      if (!trigger) {
        if (!call) throw new CaseError(`step ${n}: a user step needs "event"`)
        act(r, userAction(call, from, step, script, index))
      }
      if (flags) {
        segmentId = claim(r, from, step.optional === true, flags)
        if (segmentId !== null) {
          captured = segmentById(r, segmentId) ?? null
          segmentTime = r.sentAt.get(segmentId) ?? null
        }
      }
      break
    }
    case 'crash':
    case 'reboot':
      if (!trigger) act(r, userAction(type, from, step, script, index + 1))
      break
    case 'wait': {
      const ms = num(step.ms) ?? (num(step.seconds) ?? 0) * 1000
      act(r, { type: 'advance', ms: t !== undefined ? Math.max(0, t * 1000 - r.sim.time) : ms })
      break
    }
    case 'none':
      break
  }
  // A host the step shows as down (null) has crashed.
  for (const host of ['client', 'server'] as const) {
    if (step[`${host}_state_after`] === null && r.sim.hosts[host].up) act(r, { type: 'crash', host })
  }
  const extraIds = r.unclaimed[receiver].slice(mark)
  const outcome: StepOutcome = {
    client: hostState(r.sim, 'client'),
    server: hostState(r.sim, 'server'),
    segment: captured,
    segmentTime,
    timerTime,
    extra: extraIds.flatMap((id) => {
      const s = segmentById(r, id)
      return s ? [s] : []
    }),
  }
  const hasSegment = type === 'xfer' || type === 'send' || type === 'deliver' || segmentId !== null
  return { outcome, hasSegment }
}

function setUpHost(r: Runner, host: HostId, state: TcpState | null, tcb: Tcb | null, script: Script): void {
  if (state === null) {
    act(r, { type: 'crash', host })
    return
  }
  if (state === 'CLOSED') return
  if (state === 'LISTEN') {
    act(r, { type: 'listen', host, keepAlive: script.keepAlive[host] })
    return
  }
  // SYN-SENT is entered by a real OPEN, so the SYN is in flight (with the described ISS).
  if (state === 'SYN-SENT' && tcb) act(r, { type: 'connect', host, keepAlive: script.keepAlive[host], iss: tcb.iss })
  else if (tcb) act(r, { type: 'set_tcb', host, tcb })
}

const KEEPALIVE_WORDS = /keep[- _]?alive/i

/**
 * Pure. The hosts whose keep-alive a scenario exercises (keep-alive is per connection and off by
 * default, RFC 1122 4.2.3.6 / RFC 9293 3.8.4): an explicit `keepalive`/`keep_alive` field (a host,
 * a list, `both`, true); else the `from` of keep-alive timer steps and of steps whose note speaks of
 * a keep-alive probe, and hosts named as in "[server timer: keepalive_idle]" or "keep-alive on the
 * server"; else, if the case only mentions keep-alive, the server (the textbook's keep-alive side).
 */
export function keepAliveHosts(sc: Json): Record<HostId, boolean> {
  const on: Record<HostId, boolean> = { client: false, server: false }
  const explicit = sc.keepalive ?? sc.keep_alive ?? sc.keepAlive
  if (explicit !== undefined) {
    const list: unknown[] = Array.isArray(explicit) ? explicit : [explicit]
    for (const x of list) {
      if (x === true || x === 'both') on.client = on.server = true
      else if (x === 'client' || x === 'server') on[x] = true
    }
    return on
  }
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : []
  for (const step of steps) {
    const from = step.from === 'client' || step.from === 'server' ? step.from : undefined
    const text = `${str(step.note) ?? ''} ${str(step.notes) ?? ''}`
    if (from && (KEEPALIVE_WORDS.test(str(step.event) ?? '') || KEEPALIVE_WORDS.test(str(step.timer) ?? ''))) on[from] = true
    if (from && step.type !== 'deliver' && /keep[- _]?alive probe|probe \d+\s*\//i.test(text)) on[from] = true
    for (const m of text.matchAll(/\b(client|server)\s+timer:\s*keep[- _]?alive/gi)) on[m[1]!.toLowerCase() as HostId] = true
  }
  if (on.client || on.server) return on
  const text = ['id', 'title', 'note', 'notes', 'ref'].map((k) => str(sc[k]) ?? '').join(' ')
  if (!KEEPALIVE_WORDS.test(text)) return on
  for (const m of text.matchAll(/\b(client|server)(?:'s)?\s+keep[- _]?alive|keep[- _]?alive\s+(?:on|at|of|by|from)\s+(?:the\s+)?(client|server)/gi)) {
    on[(m[1] ?? m[2])!.toLowerCase() as HostId] = true
  }
  if (!on.client && !on.server) on.server = true
  return on
}

/** ISS numbers a scenario's prose gives: "A's ISS 400", "client ISS=100", "B ISS is 300". */
function issFromProse(sc: Json): Partial<Record<HostId, number>> {
  const out: Partial<Record<HostId, number>> = {}
  const text = ['title', 'note', 'notes', 'ref', 'description'].map((k) => str(sc[k]) ?? '').join(' ')
  for (const m of text.matchAll(/\b(A|B|client|server)(?:'s)?\s+(?:initial sequence number|ISS)\s*(?:=|:|is|of)?\s*(\d+)/gi)) {
    const host: HostId = /^(a|client)$/i.test(m[1]!) ? 'client' : 'server'
    out[host] ??= Number(m[2]) >>> 0
  }
  return out
}

/** Pure. Replays and judges one message-sequence scenario. */
export function judgeScenario(sc: Json): Omit<CaseResult, 'id' | 'kind'> {
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : null
  if (!steps) throw new CaseError('missing "steps"')
  const profileId = profileForCase(sc)
  const profile = getProfile(profileId)
  const script: Script = { steps, keepAlive: keepAliveHosts(sc) }
  const initial = isObject(sc.initial) ? sc.initial : {}
  const tcbTexts = isObject(sc.tcb) ? sc.tcb : {}
  const prose = issFromProse(sc)
  const hosts = {} as Record<HostId, { state: TcpState | null; tcb: Tcb | null; iss: number | undefined }>
  for (const host of ['client', 'server'] as const) {
    const parsed = parseInitial(initial[host])
    if (initial[host] !== undefined && !parsed) throw new CaseError(`initial ${host}: unknown state ${JSON.stringify(initial[host])}`)
    const state = parsed ? parsed.state : 'CLOSED'
    const tcbText = tcbTexts[host]
    const values = parseTcbValues(`${parsed?.text ?? ''} ${typeof tcbText === 'string' ? tcbText : isObject(tcbText) ? JSON.stringify(tcbText).replace(/[{}"]/g, ' ').replace(/:/g, '=') : ''}`)
    let tcb: Tcb | null = null
    let iss: number | undefined
    if (state !== null && state !== 'CLOSED' && state !== 'LISTEN') {
      if (values.ISS === undefined && values['SND.NXT'] === undefined && values['SND.UNA'] === undefined) {
        const fromSteps = state === 'SYN-SENT' ? upcomingIss(steps, 0, host) : undefined
        const guess = fromSteps ?? prose[host]
        if (guess !== undefined) values.ISS = guess
      }
      tcb = tcbFromValues(state, host, profile, values, { keepAlive: script.keepAlive[host] })
      iss = tcb.iss
    } else {
      iss = values.ISS ?? upcomingIss(steps, 0, host) ?? prose[host]
    }
    hosts[host] = { state, tcb, iss }
  }
  const iss: { client?: number; server?: number } = {}
  if (hosts.client.iss !== undefined) iss.client = hosts.client.iss
  if (hosts.server.iss !== undefined) iss.server = hosts.server.iss
  const r: Runner = {
    sim: createSimulation({ profile: profileId, variant: variantForCase(sc), seed: 1, iss, channel: { mode: 'manual' } }),
    cursor: 0,
    unclaimed: { client: [], server: [] },
    sentAt: new Map(),
    byStep: new Map(),
    copies: new Map(),
    expired: [],
  }
  for (const host of ['client', 'server'] as const) setUpHost(r, host, hosts[host].state, hosts[host].tcb, script)
  r.unclaimed = { client: [], server: [] }
  let finalOnly = false
  for (const [index, step] of steps.entries()) {
    const { outcome, hasSegment } = runStep(r, step, script, index)
    const alternatives: Json[] = [step, ...(Array.isArray(step.accept) ? step.accept.filter(isObject).map((a) => ({ ...step, ...a })) : [])]
    const absentOk = step.optional === true && outcome.segment === null
    let chosen: Json | null = null
    let firstProblem = ''
    for (const alt of alternatives) {
      const problem = mismatch(outcome, alt, hasSegment && !absentOk)
      if (problem === null) {
        chosen = alt
        break
      }
      if (!firstProblem) firstProblem = problem
    }
    if (!chosen) return { pass: false, message: `step ${String(step.n ?? index + 1)}: expected ${firstProblem}` }
    if (chosen.then === 'final_only') {
      finalOnly = true
      break
    }
  }
  if (finalOnly) {
    for (const s of r.sim.channel.inFlight) if (s.arriveAt === null) act(r, { type: 'fate', segmentId: s.id, fate: 'delay', delayMs: r.sim.channel.delayMs })
    act(r, { type: 'configure_channel', mode: 'auto' })
    act(r, { type: 'run' })
  }
  if (isObject(sc.final)) {
    for (const host of ['client', 'server'] as const) {
      const raw = sc.final[host]
      if (raw === undefined || raw === null) continue
      const want = toTcpState(raw)
      const got = hostState(r.sim, host)
      if (got !== want) return { pass: false, message: `final: expected ${host} ${String(raw)}, got ${got ?? '(down)'}` }
    }
  }
  return { pass: true, message: '' }
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function judgeSafely(id: string, kind: 'vector' | 'scenario', run: () => Omit<CaseResult, 'id' | 'kind'>): CaseResult {
  try {
    return { id, kind, ...run() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { id, kind, pass: false, message: error instanceof CaseError ? message : `error: ${message}` }
  }
}

/** Pure. Judges every vector and scenario of an oracle-format document. */
export function runConformance(doc: unknown): ConformanceReport {
  const results: CaseResult[] = []
  if (!isObject(doc)) {
    results.push({ id: 'file', kind: 'file', pass: false, message: 'expected a JSON object with "vectors" and/or "scenarios"' })
  } else {
    const meta = isObject(doc.meta) ? doc.meta : {}
    const vectors = doc.vectors
    const scenarios = doc.scenarios
    if (!Array.isArray(vectors) && !Array.isArray(scenarios)) {
      results.push({ id: 'file', kind: 'file', pass: false, message: 'no "vectors" or "scenarios" array' })
    }
    if (Array.isArray(vectors)) {
      vectors.forEach((v, i) => {
        const id = isObject(v) ? (str(v.id) ?? `vectors[${i}]`) : `vectors[${i}]`
        results.push(judgeSafely(id, 'vector', () => {
          if (!isObject(v)) throw new CaseError('not an object')
          return judgeVector(v, meta)
        }))
      })
    }
    if (Array.isArray(scenarios)) {
      scenarios.forEach((sc, i) => {
        const id = isObject(sc) ? (str(sc.id) ?? `scenarios[${i}]`) : `scenarios[${i}]`
        results.push(judgeSafely(id, 'scenario', () => {
          if (!isObject(sc)) throw new CaseError('not an object')
          return judgeScenario(sc)
        }))
      })
    }
  }
  const passed = results.filter((r) => r.pass).length
  return { results, passed, failed: results.length - passed }
}

/** Pure. The report as printed by `npm run conformance`: one line per case, then the totals. */
export function formatReport(report: ConformanceReport): string[] {
  const lines = report.results.map((r) => (r.pass ? `PASS ${r.id}` : `FAIL ${r.id}: ${r.message}`))
  lines.push(`${report.passed} passed, ${report.failed} failed`)
  return lines
}
