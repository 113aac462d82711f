/**
 * Reading cases, the profile and protocol variant: which numbers (RFC, Linux, textbook) and which
 * protocol (standard TCP or a hypothetical variant) a case is judged with.
 */
import { getProfile } from '../../lib/tcp/profiles'
import type { Profile, ProfileId, TcpState, VariantId } from '../../lib/tcp/types'
import type { HostId } from '../../lib/sim/types'
import { isObject, num, str, type Json } from './case-json'
import { normalizeFlags, parseInitial, toTcpState } from './read-names'

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
