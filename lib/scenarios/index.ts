/**
 * Public surface of the scenarios: data, look-up and replay.
 */
import { applyActions, createSimulation, hostState } from '../sim/simulation'
import type { SimState } from '../sim/types'
import { scenarios } from './scenarios'
import type { ExpectedStates, Scenario } from './types'

export type { Checkpoint, ExpectedStates, Scenario } from './types'
export { scenarioIds, scenarios } from './scenarios'

/** Pure. The scenario with this id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined
}

/** Pure. A simulation with the scenario's options and its set-up applied, ready for the script. */
export function startScenario(scenario: Scenario): SimState {
  const sim = createSimulation({ seed: 1, ...scenario.options, profile: scenario.profile, variant: scenario.variant })
  return applyActions(sim, scenario.setup)
}

/** Pure. The simulation after the set-up and the first `upTo` script actions (all by default). */
export function runScenario(scenario: Scenario, upTo: number = scenario.script.length): SimState {
  return applyActions(startScenario(scenario), scenario.script.slice(0, upTo))
}

/** Pure. Both hosts' states (null = host down). */
export function statesOf(sim: SimState): ExpectedStates {
  return { client: hostState(sim, 'client'), server: hostState(sim, 'server') }
}
export { comparedEvents, firstDivergence, runChoice, runUnder } from './compare'
export type { ComparedEvent, Divergence, RunChoice } from './compare'
