/**
 * Scenario types: a named, replayable simulation with the end states it must reach.
 */
import type { Label, ProfileId, TcpState, VariantId } from '../tcp/types'
import type { SimAction, SimOptions } from '../sim/types'

/** States of both hosts at a point of a scenario (null = host down). */
export type ExpectedStates = {
  readonly client: TcpState | null
  readonly server: TcpState | null
}

/** An intermediate check: the states after the first `afterAction` script actions. */
export type Checkpoint = ExpectedStates & { readonly afterAction: number }

/** A scenario as data. Replay: `createSimulation(options)`, then `setup`, then `script`. */
export type Scenario = {
  readonly id: string // stable kebab-case id, never renamed
  readonly title: Label
  readonly description: Label
  /** True for teaching variants that are not TCP; the UI must say so. */
  readonly hypothetical: boolean
  readonly profile: ProfileId
  readonly variant: VariantId
  /** Extra simulation options (channel, delayed ACK). Seed defaults to 1, ISS to 100/300. */
  readonly options?: Omit<SimOptions, 'profile' | 'variant'>
  /** Actions that put the hosts in their starting states (not shown as lesson steps). */
  readonly setup: ReadonlyArray<SimAction>
  /** The scripted story, including segment fates. */
  readonly script: ReadonlyArray<SimAction>
  readonly expected: ExpectedStates
  readonly checkpoints?: ReadonlyArray<Checkpoint>
}
