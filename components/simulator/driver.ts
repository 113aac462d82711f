/**
 * Drives a simulation for the widget: walks a scenario's script one visible event at a time,
 * applies the learner's own actions, and rebuilds the history from a shared recording.
 * Pure; every TCP decision is the engine's (lib/sim applyAction), this only chooses which
 * SimAction to apply next.
 */
import { applyAction, createSimulation, keepAliveTimesIn, nextEvent, nextTimerEvent, optionsOfRecording, isQuiescent, withKeepAliveTimes } from '@/lib/sim'
import type { SimAction, SimRecording, SimState } from '@/lib/sim'
import type { KeepAliveTimes, ProfileId, VariantId } from '@/lib/tcp'
import { getScenario, type Scenario } from '@/lib/scenarios'

/** Where the widget is in a scenario's script (null once the learner has left the script). */
export type ScriptCursor = {
  readonly index: number // next script action
  /** For an `advance` being walked one event at a time: the time it advances to. */
  readonly target: number | null
  /** For a `run` being walked one event at a time: events taken so far. */
  readonly taken: number
}

/** One point in the widget's history. States are immutable, so frames share structure. */
export type Frame = { readonly sim: SimState; readonly cursor: ScriptCursor | null }

/** What a widget starts from: a scenario (or a blank pair of CLOSED hosts) and its settings. */
export type SimulatorSetup = {
  readonly scenarioId: string | null
  readonly profile: ProfileId
  readonly variant: VariantId
  /**
   * Keep-alive times for every connection of this widget (RFC 9293 §3.8.4): the scenario's set-up
   * TCBs and every OPEN, scripted or the learner's, carry them. Absent: the scenario's or profile's.
   */
  readonly keepAliveTimes?: KeepAliveTimes
  /** Delayed-ACK time for this widget (RFC 9293 §3.8.6.3), null for ACK at once. Absent: the scenario's or profile's. */
  readonly delayedAckMs?: number | null
}

/** A learner action that is not a script step. */
export type Operation =
  | { readonly type: 'step' }
  | { readonly type: 'skip' }
  | { readonly type: 'action'; readonly action: SimAction }

const START: ScriptCursor = { index: 0, target: null, taken: 0 }

/** Pure. The scenario of a setup, or null for a blank simulation. */
export function scenarioOf(setup: SimulatorSetup): Scenario | null {
  return setup.scenarioId ? (getScenario(setup.scenarioId) ?? null) : null
}

/** Pure. An action as this widget applies it: with the setup's keep-alive times, if it has some. */
export function actionForSetup(action: SimAction, setup: SimulatorSetup): SimAction {
  return setup.keepAliveTimes ? withKeepAliveTimes(action, setup.keepAliveTimes) : action
}

function setupActionsOf(setup: SimulatorSetup): ReadonlyArray<SimAction> {
  return (scenarioOf(setup)?.setup ?? []).map((action) => actionForSetup(action, setup))
}

/** Pure. The frame a widget starts from: the scenario's set-up applied (blank: both CLOSED). */
export function initialFrame(setup: SimulatorSetup): Frame {
  const scenario = scenarioOf(setup)
  let sim = createSimulation({
    seed: 1,
    ...scenario?.options,
    profile: setup.profile,
    variant: setup.variant,
    ...(setup.delayedAckMs !== undefined ? { delayedAckMs: setup.delayedAckMs } : {}),
  })
  for (const action of setupActionsOf(setup)) sim = applyAction(sim, action)
  return settle({ sim, cursor: scenario && scenario.script.length > 0 ? START : null }, setup)
}

/**
 * Pure. Moves the cursor past a `run` that has nothing left to run, so a finished script reads as
 * finished (Step and Play then know there is nothing more to do).
 */
function settle(frame: Frame, setup: SimulatorSetup): Frame {
  const script = scriptOf(setup)
  let cursor = frame.cursor
  while (cursor) {
    const action = script[cursor.index]
    if (action?.type !== 'run') break
    if (!isQuiescent(frame.sim) && cursor.taken < (action.maxSteps ?? Number.POSITIVE_INFINITY)) break
    cursor = { index: cursor.index + 1, target: null, taken: 0 }
  }
  return cursor === frame.cursor ? frame : { sim: frame.sim, cursor }
}

function scriptOf(setup: SimulatorSetup): ReadonlyArray<SimAction> {
  const script = scenarioOf(setup)?.script ?? []
  return setup.keepAliveTimes ? script.map((action) => actionForSetup(action, setup)) : script
}

/** Pure. True while the scenario's script still has actions to play. */
export function onScript(frame: Frame, setup: SimulatorSetup): boolean {
  return frame.cursor !== null && frame.cursor.index < scriptOf(setup).length
}

/** Pure. True when Step would change something. */
export function canStep(frame: Frame, setup: SimulatorSetup): boolean {
  return onScript(frame, setup) || nextEvent(frame.sim) !== null
}

/**
 * Pure. True when Play should keep going: the script is not finished, or something other than
 * a keep-alive timer is pending (a healthy idle connection would probe forever).
 */
export function shouldKeepPlaying(frame: Frame, setup: SimulatorSetup): boolean {
  return onScript(frame, setup) || !isQuiescent(frame.sim)
}

/**
 * Pure. The timer Skip ahead fires: the next one to expire on a host that is up, provided nothing
 * else happens first. When a segment arrives before it, null: that arrival may stop the timer (a
 * SYN,ACK stops the SYN's retransmission timer), so skipping "to the timer" would run past events
 * that never let it fire. Step delivers what comes first.
 */
export function skipTarget(sim: SimState): ReturnType<typeof nextTimerEvent> {
  const timer = nextTimerEvent(sim)
  const first = nextEvent(sim)
  return timer && first && first.time >= timer.time ? timer : null
}

/** Pure. True when Skip ahead has a timer to go to (see skipTarget). */
export function canSkip(frame: Frame): boolean {
  return skipTarget(frame.sim) !== null
}

type Stepped = { frame: Frame; applied: SimAction[] }

const STEP: SimAction = { type: 'step' }

/**
 * Pure. One Step: the next script action, with `run` and `advance` walked one engine event per
 * Step so each arrow can be watched; actions that change nothing visible are passed through in the
 * same Step. Off script, one engine event. Null when nothing would change.
 */
export function stepFrame(frame: Frame, setup: SimulatorSetup): Stepped | null {
  const script = scriptOf(setup)
  let { sim, cursor } = frame
  const applied: SimAction[] = []
  const apply = (action: SimAction) => {
    sim = applyAction(sim, action)
    applied.push(action)
  }
  const done = () => ({ frame: settle({ sim, cursor }, setup), applied })
  for (let guard = 0; guard < script.length + 2; guard++) {
    const action = cursor ? script[cursor.index] : undefined
    if (!cursor || !action) {
      if (nextEvent(sim) === null) return applied.length > 0 ? done() : null
      apply(STEP)
      return done()
    }
    const traceBefore = sim.trace.length
    const next = { index: cursor.index + 1, target: null, taken: 0 }
    if (action.type === 'run') {
      const limit = action.maxSteps ?? Number.POSITIVE_INFINITY
      if (!isQuiescent(sim) && cursor.taken < limit) {
        apply(STEP)
        cursor = { ...cursor, taken: cursor.taken + 1 }
        return done()
      }
      cursor = next
      continue
    }
    if (action.type === 'advance' || action.type === 'skip_to_next_timer') {
      const target = cursor.target ?? targetOf(sim, action)
      const event = nextEvent(sim)
      if (target !== null && event && event.time <= target) {
        apply(STEP)
        cursor = { ...cursor, target }
        // Nothing more happens before the target: finish the wait in this Step, so that a script
        // ending on a live connection (a keep-alive timer always pending) reads as finished.
        const after = nextEvent(sim)
        if (!after || after.time > target) {
          if (target > sim.time) apply({ type: 'advance', ms: target - sim.time })
          cursor = next
        }
        return done()
      }
      if (target !== null && target > sim.time) apply({ type: 'advance', ms: target - sim.time })
      cursor = next
    } else {
      apply(action)
      cursor = next
    }
    if (sim.trace.length > traceBefore) return done()
  }
  return applied.length > 0 ? done() : null
}

function targetOf(sim: SimState, action: Extract<SimAction, { type: 'advance' | 'skip_to_next_timer' }>): number | null {
  if (action.type === 'advance') return sim.time + Math.max(0, action.ms)
  return nextTimerEvent(sim)?.time ?? null
}

/**
 * Pure. Skip ahead to the next timer. While the script is waiting (`run`, `advance`) this is the
 * same as stepping there, so the script continues; otherwise the learner has left the script.
 */
export function skipFrame(frame: Frame, setup: SimulatorSetup): Stepped | null {
  if (!canSkip(frame)) return null
  const action: SimAction = { type: 'skip_to_next_timer' }
  const sim = applyAction(frame.sim, action)
  const current = frame.cursor ? scriptOf(setup)[frame.cursor.index] : undefined
  const waiting = current?.type === 'run' || current?.type === 'advance' || current?.type === 'skip_to_next_timer'
  let cursor: ScriptCursor | null = null
  if (frame.cursor && waiting) {
    cursor = frame.cursor
    if (current.type === 'advance' || current.type === 'skip_to_next_timer') {
      const target = frame.cursor.target ?? targetOf(frame.sim, current)
      cursor = target === null || sim.time >= target ? { index: frame.cursor.index + 1, target: null, taken: 0 } : { ...frame.cursor, target }
    }
  }
  return { frame: settle({ sim, cursor }, setup), applied: [action] }
}

/** Pure. A learner's own action (a user call, a crash, a fate): it leaves the script. */
export function actFrame(frame: Frame, action: SimAction): Stepped {
  return { frame: { sim: applyAction(frame.sim, action), cursor: null }, applied: [action] }
}

/** Pure. Applies one operation. */
export function operate(frame: Frame, setup: SimulatorSetup, op: Operation): Stepped | null {
  switch (op.type) {
    case 'step':
      return stepFrame(frame, setup)
    case 'skip':
      return skipFrame(frame, setup)
    case 'action':
      return actFrame(frame, actionForSetup(op.action, setup))
  }
}

function sameActions(a: ReadonlyArray<SimAction>, b: ReadonlyArray<SimAction>): boolean {
  return a.length === b.length && a.every((action, i) => JSON.stringify(action) === JSON.stringify(b[i]))
}

/**
 * The setup a recording was made with. A delayed-ACK time other than the scenario's is the widget's
 * own. Keep-alive times count as the widget's own when a blank
 * simulation's OPENs carry them, or when a scenario's set-up was changed to carry them.
 */
export function setupOfRecording(recording: SimRecording): SimulatorSetup {
  const scenario = recording.scenario ? getScenario(recording.scenario) : undefined
  const own = recording.delayedAckMs !== undefined && recording.delayedAckMs !== scenario?.options?.delayedAckMs
  const setup: SimulatorSetup = {
    scenarioId: scenario ? scenario.id : null,
    profile: recording.profile,
    variant: recording.variant,
    ...(own ? { delayedAckMs: recording.delayedAckMs } : {}),
  }
  const times = keepAliveTimesIn(recording.actions)
  if (!times) return setup
  const plain = scenario?.setup ?? []
  if (scenario && sameActions(recording.actions.slice(0, plain.length), plain)) return setup
  return { ...setup, keepAliveTimes: times }
}

/**
 * Pure. Rebuilds a widget's frames from a recording (a shared link): the start frame and one frame
 * per learner operation, with the script cursor each had, so Back works after loading. Recorded
 * actions that a Step would have produced become Steps; anything else is the learner's own action.
 * Returns null when the recording does not start from the setup it names.
 */
export function restoreFrames(recording: SimRecording): { setup: SimulatorSetup; initial: Frame; frames: Frame[] } | null {
  const setup = setupOfRecording(recording)
  const base = initialFrame(setup)
  let start = createSimulation(optionsOfRecording(recording))
  const setupActions = setupActionsOf(setup)
  if (!sameActions(recording.actions.slice(0, setupActions.length), setupActions)) return null
  for (const action of setupActions) start = applyAction(start, action)
  // A scenario fixes the options; a blank simulator takes the recording's own (an imported capture's ISS and delay).
  if (setup.scenarioId !== null && JSON.stringify(start.config) !== JSON.stringify(base.sim.config)) return null
  const initial: Frame = { sim: start, cursor: base.cursor }
  const frames: Frame[] = []
  let frame = initial
  const rest = recording.actions.slice(setupActions.length)
  let i = 0
  while (i < rest.length) {
    const recorded = rest[i]!
    let result: Stepped | null = null
    if (recorded.type === 'skip_to_next_timer') result = skipFrame(frame, setup)
    if (!result) {
      const stepped = stepFrame(frame, setup)
      if (stepped && sameActions(stepped.applied, rest.slice(i, i + stepped.applied.length))) result = stepped
    }
    result ??= actFrame(frame, recorded)
    i += result.applied.length
    frame = result.frame
    frames.push(frame)
  }
  return { setup, initial, frames }
}
