/**
 * Two runs of one scenario side by side: under two profiles (RFC against Linux) or two variants
 * (TCP against a hypothetical one), and the first event where they part. Pure.
 */
import { applyActions, createSimulation } from '../sim/simulation'
import type { SimState, TraceEntry } from '../sim/types'
import { PROFILE_IDS } from '../tcp/profiles'
import type { RuleId } from '../tcp/rules'
import type { ProfileId, VariantId } from '../tcp/types'
import { VARIANT_IDS } from '../tcp/variants'
import type { Scenario } from './types'

/** One side of a comparison: the scenario's own profile and variant unless named. */
export type RunChoice = { readonly profile: ProfileId; readonly variant: VariantId }

/** The events a comparison reads: what went on the wire and the state changes, in order. */
export type ComparedEvent = Extract<TraceEntry, { type: 'segment_sent' } | { type: 'state_change' }>

/** Where two runs first differ: the events at that place (null where a run has none) and the rules behind them. */
export type Divergence = {
  /** The place in each run's list of compared events. */
  readonly at: number
  readonly a: ComparedEvent | null
  readonly b: ComparedEvent | null
  /** The rule of each side's event there, or of its last event before it when it has none. */
  readonly ruleA: RuleId | null
  readonly ruleB: RuleId | null
}

/** Pure. `"rfc"`, `"linux"`, `"standard"`, `"two_way_handshake"`…: a profile or a variant that replaces the scenario's own. */
export function runChoice(scenario: Scenario, name: string): RunChoice | null {
  if ((PROFILE_IDS as ReadonlyArray<string>).includes(name)) return { profile: name as ProfileId, variant: scenario.variant }
  if ((VARIANT_IDS as ReadonlyArray<string>).includes(name)) return { profile: scenario.profile, variant: name as VariantId }
  return null
}

/** Pure. The whole scenario under a profile and variant, run on until nothing but keep-alive is pending. */
export function runUnder(scenario: Scenario, choice: RunChoice): SimState {
  const sim = createSimulation({ seed: 1, ...scenario.options, profile: choice.profile, variant: choice.variant })
  return applyActions(sim, [...scenario.setup, ...scenario.script, { type: 'run' }])
}

/** Pure. The segments and state changes of a run, in order. */
export function comparedEvents(sim: SimState): ComparedEvent[] {
  return sim.trace.filter((e): e is ComparedEvent => e.type === 'segment_sent' || e.type === 'state_change')
}

function same(a: ComparedEvent, b: ComparedEvent): boolean {
  if (a.time !== b.time) return false
  if (a.type === 'segment_sent' && b.type === 'segment_sent') {
    const [x, y] = [a.segment, b.segment]
    return a.from === b.from && x.seq === y.seq && x.ack === y.ack && x.len === y.len && x.flags.syn === y.flags.syn && x.flags.ack === y.flags.ack && x.flags.fin === y.flags.fin && x.flags.rst === y.flags.rst && !x.flags.psh === !y.flags.psh
  }
  if (a.type === 'state_change' && b.type === 'state_change') return a.host === b.host && a.from === b.from && a.to === b.to
  return false
}

/** Pure. The first place where two runs differ (a segment or a state change, its content or its time), or null when they agree. */
export function firstDivergence(runA: SimState, runB: SimState): Divergence | null {
  const [a, b] = [comparedEvents(runA), comparedEvents(runB)]
  const length = Math.max(a.length, b.length)
  for (let at = 0; at < length; at++) {
    const [x, y] = [a[at] ?? null, b[at] ?? null]
    if (x && y && same(x, y)) continue
    const ruleOf = (events: ComparedEvent[]) => events.slice(0, at + 1).at(-1)?.rule ?? null
    return { at, a: x, b: y, ruleA: ruleOf(a), ruleB: ruleOf(b) }
  }
  return null
}
