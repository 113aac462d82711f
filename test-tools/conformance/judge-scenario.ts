/**
 * Judging scenarios: replays a message-sequence scenario step by step and compares each step's
 * outcome (states after it; the segment's flags, seq, ack, len; time) with the step and its
 * `accept` alternatives, honouring `optional` and `then: "final_only"`, then the `final` states.
 */
import { getProfile } from '../../lib/tcp/profiles'
import { formatRfc } from '../../lib/tcp/segment'
import { hostState } from '../../lib/sim/simulation'
import type { Segment } from '../../lib/tcp/types'
import { CaseError, isObject, num, str, type Json } from './case-json'
import { normalizeFlags, segmentFlags, toTcpState } from './read-names'
import { profileForCase, variantForCase } from './read-profile'
import { keepAliveHosts, scenarioHosts } from './read-scenario'
import type { CaseResult } from './report'
import { act, createRunner, setUpHost, type Script } from './replay-runner'
import { runStep, type StepOutcome } from './replay-step'

function describeSeg(s: Segment | null): string {
  return s ? formatRfc(s) : 'no segment'
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

/** Pure. Replays and judges one message-sequence scenario. */
export function judgeScenario(sc: Json): Omit<CaseResult, 'id' | 'kind'> {
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : null
  if (!steps) throw new CaseError('missing "steps"')
  const profileId = profileForCase(sc)
  const profile = getProfile(profileId)
  const script: Script = { steps, keepAlive: keepAliveHosts(sc) }
  const hosts = scenarioHosts(sc, steps, profile, script.keepAlive)
  const iss: { client?: number; server?: number } = {}
  if (hosts.client.iss !== undefined) iss.client = hosts.client.iss
  if (hosts.server.iss !== undefined) iss.server = hosts.server.iss
  const r = createRunner({ profile: profileId, variant: variantForCase(sc), seed: 1, iss, channel: { mode: 'manual' } })
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
