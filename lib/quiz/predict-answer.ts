/**
 * The answer key of a predict quiz, computed by running the simulator engine: the author
 * names a scenario and a pause, never the answer.
 *
 * A scenario's *steps* are what the simulator's Step button walks through: after the
 * scenario's set-up, each script action that does something is one step, except `run`,
 * `advance` and `skip_to_next_timer`, which are expanded into one step per event they
 * process (a segment arriving, a timer firing). Script actions that change nothing visible
 * (a channel setting) are applied without counting as a step.
 *
 * @module
 */
import { getScenario, startScenario, type Scenario } from '@/lib/scenarios'
import { applyAction, hostState, isQuiescent, nextEvent, recordingOf } from '@/lib/sim'
import type { HostId, SimAction, SimRecording, SimState, TraceEntry } from '@/lib/sim'
import type { Segment, TcpState, TimerKind } from '@/lib/tcp'
import type { PredictExpected } from './grade'
import type { PredictField, PredictPause } from './types'

/** States of both hosts; `null` = the host is down. */
export interface HostStates {
  readonly client: TcpState | null
  readonly server: TcpState | null
}

/** What happens in a step, for the "paused before ..." caption. */
export type StepEvent =
  | { readonly type: 'user_call'; readonly host: HostId; readonly call: 'listen' | 'connect' | 'send' | 'close' | 'abort'; readonly bytes?: number }
  | { readonly type: 'arrival'; readonly from: HostId; readonly to: HostId; readonly segment: Segment }
  | { readonly type: 'dropped'; readonly from: HostId; readonly segment: Segment }
  | { readonly type: 'timer'; readonly host: HostId; readonly timer: TimerKind }
  | { readonly type: 'crash' | 'reboot'; readonly host: HostId }
  | { readonly type: 'other' }

/** A segment put on the wire, with its sender. */
export interface SentSegment {
  readonly from: HostId
  readonly segment: Segment
}

/** One step of a scenario, with the simulation around it. */
export interface ScenarioStep {
  /** 0-based position in the step list. */
  readonly index: number
  /** Index of the script action this step comes from. */
  readonly scriptIndex: number
  /** The atomic action that performs the step (`step` for an expanded event). */
  readonly action: SimAction
  readonly event: StepEvent
  readonly before: HostStates
  readonly after: HostStates
  /** Segments sent during the step, in order. */
  readonly sent: readonly SentSegment[]
  /** Simulated time (ms) when the step happened. */
  readonly time: number
}

/** A scenario expanded into steps, with the atomic actions that replay it. */
export interface ScenarioTimeline {
  readonly scenario: Scenario
  readonly steps: readonly ScenarioStep[]
  /**
   * `prefixes[i]`: the atomic script actions to apply after the set-up to stand just before
   * step `i` (`prefixes[steps.length]` runs the whole script).
   */
  readonly prefixes: readonly (readonly SimAction[])[]
}

/** The words of an MDX `ask="client,server,seq,ack"` prop, and the fields they stand for. */
export const PREDICT_ASK_WORDS = { client: 'clientState', server: 'serverState', seq: 'seq', ack: 'ack' } as const satisfies Record<
  string,
  PredictField
>

/** Pure. The fields an `ask` prop stands for, in the order written; unknown words are skipped. */
export function parseAskWords(ask: string): PredictField[] {
  return ask
    .split(',')
    .map((w) => w.trim())
    .filter((w): w is keyof typeof PREDICT_ASK_WORDS => Object.hasOwn(PREDICT_ASK_WORDS, w))
    .map((w) => PREDICT_ASK_WORDS[w])
}

/** Guard against a script that never settles (a keep-alive loop would otherwise spin). */
const MAX_STEPS = 2_000

function statesOf(sim: SimState): HostStates {
  return { client: hostState(sim, 'client'), server: hostState(sim, 'server') }
}

function describe(entries: readonly TraceEntry[], sim: SimState): StepEvent {
  const sentById = new Map<number, SentSegment>()
  for (const e of sim.trace) if (e.type === 'segment_sent') sentById.set(e.id, { from: e.from, segment: e.segment })
  for (const e of entries) {
    switch (e.type) {
      case 'user_call':
        return e.bytes === undefined
          ? { type: 'user_call', host: e.host, call: e.call }
          : { type: 'user_call', host: e.host, call: e.call, bytes: e.bytes }
      case 'segment_delivered': {
        const s = sentById.get(e.id)
        if (s) return { type: 'arrival', from: s.from, to: e.to, segment: s.segment }
        break
      }
      case 'segment_dropped': {
        const s = sentById.get(e.id)
        if (s) return { type: 'dropped', from: s.from, segment: s.segment }
        break
      }
      case 'timer_expire':
        return { type: 'timer', host: e.host, timer: e.timer }
      case 'host_crash':
        return { type: 'crash', host: e.host }
      case 'host_reboot':
        return { type: 'reboot', host: e.host }
      default:
        break
    }
  }
  return { type: 'other' }
}

/** The atomic actions a script action stands for, generated lazily against the live simulation. */
function* atomic(action: SimAction, current: () => SimState): Generator<SimAction> {
  switch (action.type) {
    case 'run': {
      const limit = action.maxSteps ?? MAX_STEPS
      for (let i = 0; i < limit && !isQuiescent(current()); i++) yield { type: 'step' }
      return
    }
    case 'advance': {
      const target = current().time + Math.max(0, action.ms)
      for (;;) {
        const next = nextEvent(current())
        if (!next || next.time > target) break
        yield { type: 'step' }
      }
      const rest = target - current().time
      if (rest > 0) yield { type: 'advance', ms: rest }
      return
    }
    case 'skip_to_next_timer': {
      const timer = nextTimerTime(current())
      if (timer === null) return
      for (;;) {
        const next = nextEvent(current())
        if (!next || next.time > timer) break
        yield { type: 'step' }
      }
      return
    }
    default:
      yield action
  }
}

function nextTimerTime(sim: SimState): number | null {
  let best: number | null = null
  for (const host of [sim.hosts.client, sim.hosts.server]) {
    if (!host.up) continue
    for (const t of Object.values(host.timers)) if (t && (best === null || t.deadline < best)) best = t.deadline
  }
  return best
}

/**
 * Pure. Expands a scenario into the steps a learner walks through, each with the host
 * states before and after it and the segments it sends.
 */
export function scenarioTimeline(scenario: Scenario): ScenarioTimeline {
  let sim = startScenario(scenario)
  const steps: ScenarioStep[] = []
  const prefixes: SimAction[][] = [[]]
  const applied: SimAction[] = []
  scenario.script.forEach((scriptAction, scriptIndex) => {
    for (const action of atomic(scriptAction, () => sim)) {
      if (steps.length >= MAX_STEPS) return
      const before = sim
      sim = applyAction(sim, action)
      applied.push(action)
      const entries = sim.trace.slice(before.trace.length)
      if (entries.length === 0) {
        // Nothing visible happened: fold the action into the prefix of the next step.
        prefixes[steps.length] = applied.slice()
        continue
      }
      const sent: SentSegment[] = []
      for (const e of entries) if (e.type === 'segment_sent') sent.push({ from: e.from, segment: e.segment })
      steps.push({
        index: steps.length,
        scriptIndex,
        action,
        event: describe(entries, sim),
        before: statesOf(before),
        after: statesOf(sim),
        sent,
        time: sim.time,
      })
      prefixes[steps.length] = applied.slice()
    }
  })
  return { scenario, steps, prefixes }
}

/** Why no answer could be computed (an authoring mistake the content check reports). */
export type PredictAnswerError =
  | { readonly code: 'unknownScenario'; readonly scenario: string }
  | { readonly code: 'stepOutOfRange'; readonly step: number; readonly steps: number }
  | { readonly code: 'hostDown'; readonly host: HostId }
  | { readonly code: 'noNextSegment' }
  | { readonly code: 'noAckOnNextSegment'; readonly segment: SentSegment }

/** Everything a predict widget needs: the key, the situation at the pause, and a replay. */
export interface PredictAnswer {
  readonly expected: PredictExpected
  /** The step the learner predicts the outcome of. */
  readonly step: ScenarioStep
  /** Number of steps in the scenario. */
  readonly stepCount: number
  /** The first segment sent during or after the step (what `seq`/`ack` refer to). */
  readonly nextSegment: SentSegment | null
  /** Reproduces the simulation just before the step (set-up plus atomic actions). */
  readonly before: SimRecording
  /** Reproduces the simulation just after the step. */
  readonly after: SimRecording
}

/** Result of {@link expectedAnswer}. */
export type PredictAnswerResult = { readonly ok: true; readonly answer: PredictAnswer } | { readonly ok: false; readonly error: PredictAnswerError }

/** Index of the step a pause stands before, or -1 if the script action has no later step. */
function stepIndexOf(timeline: ScenarioTimeline, pause: PredictPause): number {
  if ('beforeStep' in pause) return pause.beforeStep
  return timeline.steps.findIndex((s) => s.scriptIndex > pause.afterAction)
}

function recording(scenario: Scenario, actions: readonly SimAction[]): SimRecording {
  const sim = startScenario(scenario)
  return recordingOf(
    actions.reduce((s, a) => applyAction(s, a), sim),
    scenario.id,
  )
}

/**
 * Pure. The right answer to a predict quiz on `scenario`: replays the scenario to the pause,
 * performs the next step, and reads the client's and the server's state after it and the
 * seq/ack of the next segment (the first one sent during or after the step) from the engine.
 *
 * @param pause - `{ beforeStep: n }` (0-based step index) or `{ afterAction: n }` (pause after
 *   script action `n`, i.e. before the first step of a later script action).
 * @param ask - The fields the quiz asks for; only these appear in `expected`.
 */
export function expectedAnswerFor(scenario: Scenario, pause: PredictPause, ask: readonly PredictField[]): PredictAnswerResult {
  const timeline = scenarioTimeline(scenario)
  const index = stepIndexOf(timeline, pause)
  const step = timeline.steps[index]
  if (!step || index < 0) {
    const requested = 'beforeStep' in pause ? pause.beforeStep : index
    return { ok: false, error: { code: 'stepOutOfRange', step: requested, steps: timeline.steps.length } }
  }
  const nextSegment = step.sent[0] ?? timeline.steps.slice(index + 1).find((s) => s.sent.length > 0)?.sent[0] ?? null
  const expected: { -readonly [K in keyof PredictExpected]: PredictExpected[K] } = {}
  for (const field of ask) {
    if (field === 'clientState' || field === 'serverState') {
      const host: HostId = field === 'clientState' ? 'client' : 'server'
      const state = step.after[host]
      if (state === null) return { ok: false, error: { code: 'hostDown', host } }
      expected[field] = state
    } else {
      if (!nextSegment) return { ok: false, error: { code: 'noNextSegment' } }
      if (field === 'seq') expected.seq = nextSegment.segment.seq
      else if (!nextSegment.segment.flags.ack) return { ok: false, error: { code: 'noAckOnNextSegment', segment: nextSegment } }
      else expected.ack = nextSegment.segment.ack
    }
  }
  return {
    ok: true,
    answer: {
      expected,
      step,
      stepCount: timeline.steps.length,
      nextSegment,
      before: recording(scenario, timeline.prefixes[index] ?? []),
      after: recording(scenario, timeline.prefixes[index + 1] ?? []),
    },
  }
}

/** Pure. {@link expectedAnswerFor} on a scenario looked up by its stable id. */
export function expectedAnswer(scenarioId: string, pause: PredictPause, ask: readonly PredictField[]): PredictAnswerResult {
  const scenario = getScenario(scenarioId)
  if (!scenario) return { ok: false, error: { code: 'unknownScenario', scenario: scenarioId } }
  return expectedAnswerFor(scenario, pause, ask)
}

/** One line for an author, e.g. `step 9 does not exist; scenario "x" has 4 steps`. */
export function describePredictError(error: PredictAnswerError, scenarioId: string): string {
  switch (error.code) {
    case 'unknownScenario':
      return `there is no scenario "${error.scenario}"`
    case 'stepOutOfRange':
      return `step ${error.step + 1} does not exist; scenario "${scenarioId}" has ${error.steps} step${error.steps === 1 ? '' : 's'}`
    case 'hostDown':
      return `the ${error.host} is down after that step, so its state cannot be asked`
    case 'noNextSegment':
      return 'no segment is sent during or after that step, so seq/ack cannot be asked'
    case 'noAckOnNextSegment':
      return `the next segment (from the ${error.segment.from}) has no ACK bit, so ack cannot be asked`
  }
}
