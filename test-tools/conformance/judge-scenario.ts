/**
 * Judging scenarios: replays a message-sequence scenario step by step and compares each step's
 * outcome (states after it; the segment's flags, seq, ack, len; time) with the step and its
 * `accept` alternatives, honouring `optional` and `then: "final_only"`, then the `final` states.
 */
import { getProfile } from '../../lib/tcp/profiles'
import { formatRfc } from '../../lib/tcp/segment'
import { hostState } from '../../lib/sim/simulation'
import type { Segment } from '../../lib/tcp/types'
import type { SimState } from '../../lib/sim/types'
import { CaseError, isObject, num, str, type Json } from './case-json'
import { normalizeFlags, segmentFlags, toTcpState } from './read-names'
import { profileForCase, variantForCase } from './read-profile'
import { keepAliveHosts, scenarioHosts } from './read-scenario'
import { hostExpectation } from './read-steps'
import type { CaseResult } from './report'
import { act, createRunner, setUpHost, type Runner, type Script } from './replay-runner'
import { runStep, type HostPart, type StepOutcome } from './replay-step'

function describeSeg(s: Segment | null): string {
  return s ? formatRfc(s) : 'no segment'
}

/** The first way a segment differs from what `want` expects (flags, seq, ack, len), each message starting with `prefix`; null if none. */
function segmentMismatch(s: Segment | null, want: Json, prefix: string): string | null {
  const flags = str(want.flags)
  if (flags === undefined) return null
  if (!s) return `${prefix}segment ${flags}, got nothing sent`
  if (segmentFlags(s) !== normalizeFlags(flags)) return `${prefix}segment ${flags}, got ${describeSeg(s)}`
  const seq = num(want.seq)
  if (seq !== undefined && s.seq !== seq >>> 0) return `${prefix}seq ${seq}, got ${describeSeg(s)}`
  const ack = num(want.ack)
  if (ack !== undefined && (!s.flags.ack || s.ack !== ack >>> 0)) return `${prefix}ack ${ack}, got ${describeSeg(s)}`
  const len = num(want.len)
  if (len !== undefined && s.len !== len) return `${prefix}len ${len}, got ${describeSeg(s)}`
  return null
}

/** The first mismatch of `at` (ms) against `t` (s), or null; `at` null = no time known. */
function timeMismatch(t: number | undefined, at: number | null, prefix: string): string | null {
  if (t === undefined) return null
  if (at === null || Math.abs(at / 1000 - t) > 1e-6) return `${prefix}t=${t}s, got t=${at === null ? '?' : at / 1000}s`
  return null
}

/**
 * Judges each host's part of a step about both hosts, client first: its segment against
 * `hostExpectation` (absent passes on an `optional` step), then its time; then `extra_send`.
 */
function jointMismatch(o: StepOutcome, parts: ReadonlyArray<HostPart>, alt: Json): string | null {
  for (const part of parts) {
    const want = hostExpectation(alt, part.host)
    const prefix = `${part.host} `
    if (!(alt.optional === true && part.segment === null)) {
      const problem = segmentMismatch(part.segment, want, prefix)
      if (problem !== null) return problem
    }
    const problem = timeMismatch(num(want.t), part.segmentTime ?? part.timerTime, prefix)
    if (problem !== null) return problem
  }
  return extraMismatch(o, alt)
}

/** The first mismatch of the step's other segments against `extra_send`, or null. */
function extraMismatch(o: StepOutcome, alt: Json): string | null {
  const extra = str(alt.extra_send)
  if (extra === undefined) return null
  const want = normalizeFlags(extra)
  if (o.extra.some((s) => segmentFlags(s) === want)) return null
  return `extra ${extra} sent, got ${o.extra.length ? o.extra.map(formatRfc).join(' ') : 'none'}`
}

/** Judges a step outcome against one alternative; returns the first mismatch or null. */
export function mismatch(o: StepOutcome, alt: Json, hasSegment: boolean): string | null {
  for (const host of ['client', 'server'] as const) {
    const key = `${host}_state_after`
    const raw = alt[key]
    if (raw === undefined || raw === null) continue
    const want = toTcpState(raw)
    if (!want) return `bad ${key} ${JSON.stringify(raw)}`
    const got = o[host]
    if (got !== want) return `${host} ${want}, got ${got ?? '(down)'}`
  }
  if (o.joint) return jointMismatch(o, o.joint, alt)
  if (hasSegment) {
    const problem = segmentMismatch(o.segment, alt, '')
    if (problem !== null) return problem
  }
  return extraMismatch(o, alt) ?? timeMismatch(num(alt.t), o.segmentTime ?? o.timerTime, '')
}

/** Pure. Replays and judges one message-sequence scenario. */
export function judgeScenario(sc: Json, seen: (sim: SimState) => void = () => {}): Omit<CaseResult, 'id' | 'kind'> {
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : null
  if (!steps) throw new CaseError('missing "steps"')
  const profileId = profileForCase(sc)
  const profile = getProfile(profileId)
  const script: Script = { steps, keepAlive: keepAliveHosts(sc) }
  const hosts = scenarioHosts(sc, steps, profile, script.keepAlive)
  const iss: { client?: number; server?: number } = {}
  if (hosts.client.iss !== undefined) iss.client = hosts.client.iss
  if (hosts.server.iss !== undefined) iss.server = hosts.server.iss
  // The oracle judges each event with a pending delayed-ACK timer flushed: the ACK goes at once.
  const r = createRunner({ profile: profileId, variant: variantForCase(sc), seed: 1, iss, channel: { mode: 'manual' }, delayedAckMs: null })
  for (const host of ['client', 'server'] as const) setUpHost(r, host, hosts[host].state, hosts[host].tcb, script)
  r.unclaimed = { client: [], server: [] }
  try {
    return judgeSteps(r, sc, steps, script)
  } finally {
    seen(r.sim)
  }
}

function judgeSteps(r: Runner, sc: Json, steps: Json[], script: Script): Omit<CaseResult, 'id' | 'kind'> {
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
