/**
 * One store per simulator widget (zustand vanilla, created in a Provider), so two simulators on a
 * page never share state. Every change of the simulation goes through the driver, which calls the
 * engine; the store only keeps frames, history and view settings.
 */
import { createStore } from 'zustand/vanilla'
import { lastExplainable, sentIndex, type Fate, type HostId, type SimAction, type SimRecording, type SimState, type TraceEntry } from '@/lib/sim'
import { initialFrame, operate, restoreFrames, type Frame, type Operation, type SimulatorSetup } from './driver'
import type { Notation } from './format'

/** Play speeds, as the delay between two events. `max` takes as many steps as fit in each animation frame. */
export type Speed = 'slow' | 'normal' | 'fast' | 'max'
export const SPEEDS: ReadonlyArray<Speed> = ['slow', 'normal', 'fast', 'max']
export const SPEED_MS: Readonly<Record<Speed, number>> = { slow: 1600, normal: 800, fast: 300, max: 0 }

/** Back keeps this many frames; older ones are forgotten. */
export const MAX_HISTORY = 5000

/**
 * A frame kept for Back without its own copy of the trace and of the action list. Along one
 * history each frame's trace and actions are a prefix of the next frame's (the engine only appends
 * to them), so Back cuts them from the frame it leaves; a full copy per frame would keep one trace
 * per event, quadratic memory on a long run.
 */
export type PastFrame = {
  readonly sim: Omit<SimState, 'trace' | 'actions'>
  readonly cursor: Frame['cursor']
  readonly traceLength: number
  readonly actionCount: number
}

/** Pure. A frame as Back keeps it. */
export function toPast(frame: Frame): PastFrame {
  const { trace, actions, ...sim } = frame.sim
  return { sim, cursor: frame.cursor, traceLength: trace.length, actionCount: actions.length }
}

/** Pure. The frame Back returns to, its trace and actions cut from the frame it leaves (`later`). */
export function fromPast(past: PastFrame, later: Frame): Frame {
  const sim: SimState = { ...past.sim, trace: later.sim.trace.slice(0, past.traceLength), actions: later.sim.actions.slice(0, past.actionCount) }
  return { sim, cursor: past.cursor }
}

/** What the last change was, so the live region can say it in words. */
export type Notice = { readonly kind: 'events'; readonly from: number } | { readonly kind: 'back' | 'reset' | 'restored' | 'invalid' }

export type SimulatorInit = SimulatorSetup & {
  readonly notation?: Notation
  readonly recording?: SimRecording | null
}

export type SimulatorState = {
  readonly setup: SimulatorSetup
  readonly initial: Frame
  readonly frame: Frame
  /** Frames Back returns to, oldest first. */
  readonly history: ReadonlyArray<PastFrame>
  readonly notation: Notation
  readonly speed: Speed
  readonly playing: boolean
  /** The in-flight segment whose fate is being chosen. */
  readonly selected: number | null
  readonly notice: Notice | null
  /** The trace entry the Why panel explains, by index; null when the panel is closed. */
  readonly why: number | null
  /** Whether the Why panel takes focus when it opens (asked with a click, not with the W key). */
  readonly whyFocus: boolean
}

/** What a learner asked "why?" about: a segment, a trace entry, a host's current state, or the last event. */
export type WhyTarget = { readonly segment: number } | { readonly index: number } | { readonly host: HostId } | { readonly last: true }

export type SimulatorActions = {
  /** One Step; returns false when nothing changed. */
  step: () => boolean
  back: () => void
  reset: () => void
  skip: () => void
  play: () => void
  pause: () => void
  setSpeed: (speed: Speed) => void
  setNotation: (notation: Notation) => void
  select: (segmentId: number | null) => void
  /** A user call or host event on one side (Listen, Connect, Send data, Close, Abort, Crash, Reboot). */
  act: (action: SimAction) => void
  fate: (segmentId: number, fate: Fate) => void
  /** Opens the Why panel on a target, or closes it (null). */
  explain: (target: WhyTarget | null, takeFocus?: boolean) => void
  /** Replaces the whole run with a shared one (a lesson link); null says the link was unreadable. */
  restore: (recording: SimRecording | null) => void
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>

/** Selector. True while Play runs at the fastest speed, too fast for the live region to tell each event. */
export function playingAtFastest(s: Pick<SimulatorState, 'playing' | 'speed'>): boolean {
  return s.playing && s.speed === 'max'
}

/** Bytes the "Send data" button hands to SEND: the textbook's usual 100. */
export const SEND_BYTES = 100

/** The user call behind each host button. */
export function hostAction(host: HostId, call: 'listen' | 'connect' | 'send' | 'close' | 'abort' | 'crash' | 'reboot'): SimAction {
  switch (call) {
    case 'send':
      return { type: 'send', host, bytes: SEND_BYTES }
    default:
      return { type: call, host }
  }
}

function startState(init: SimulatorInit): Pick<SimulatorState, 'setup' | 'initial' | 'frame' | 'history' | 'notice'> {
  const setup: SimulatorSetup = {
    scenarioId: init.scenarioId,
    profile: init.profile,
    variant: init.variant,
    ...(init.keepAliveTimes ? { keepAliveTimes: init.keepAliveTimes } : {}),
    ...(init.delayedAckMs !== undefined ? { delayedAckMs: init.delayedAckMs } : {}),
  }
  if (init.recording) {
    const restored = restoreFrames(init.recording)
    if (restored) {
      const frames = restored.frames.slice(-MAX_HISTORY - 1)
      const frame = frames.pop() ?? restored.initial
      const history = (restored.frames.length > MAX_HISTORY ? frames : [restored.initial, ...frames]).map(toPast)
      return { setup: restored.setup, initial: restored.initial, frame, history, notice: { kind: 'restored' } }
    }
  }
  const initial = initialFrame(setup)
  return { setup, initial, frame: initial, history: [], notice: init.recording === null ? { kind: 'invalid' } : null }
}

/** Creates the store of one simulator widget. */
export function createSimulatorStore(init: SimulatorInit) {
  return createStore<SimulatorState & SimulatorActions>()((set, get) => {
    /** Applies one operation and keeps the frame it leaves for Back; false when nothing changed. */
    const push = (op: Operation): boolean => {
      const { frame, history, setup, selected } = get()
      const result = operate(frame, setup, op)
      if (!result) return false
      const past = [...history.slice(history.length >= MAX_HISTORY ? 1 : 0), toPast(frame)]
      set({ frame: result.frame, history: past, notice: { kind: 'events', from: frame.sim.trace.length }, selected: keepSelection(selected, result.frame) })
      return true
    }
    return {
      ...startState(init),
      notation: init.notation ?? 'textbook',
      speed: 'normal',
      playing: false,
      selected: null,
      why: null,
      whyFocus: false,
      step: () => push({ type: 'step' }),
      back: () => {
        const { history, frame } = get()
        const past = history[history.length - 1]
        if (!past) return
        const previous = fromPast(past, frame)
        set({ frame: previous, history: history.slice(0, -1), notice: { kind: 'back' }, playing: false, selected: keepSelection(get().selected, previous), why: keepWhy(get().why, previous) })
      },
      reset: () => set((s) => ({ frame: s.initial, history: [], notice: { kind: 'reset' }, playing: false, selected: null, why: null })),
      skip: () => void push({ type: 'skip' }),
      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
      setNotation: (notation) => set({ notation }),
      select: (segmentId) => set({ selected: segmentId }),
      act: (action) => void push({ type: 'action', action }),
      fate: (segmentId, fate) => {
        push({ type: 'action', action: { type: 'fate', segmentId, fate } })
        set({ selected: null })
      },
      restore: (recording) => set({ ...startState({ ...get().setup, recording }), playing: false, selected: null, why: null }),
      explain: (target, takeFocus = false) => set({ why: target === null ? null : whyIndex(get().frame.sim.trace, target), whyFocus: takeFocus }),
    }
  })
}

/** Pure. The trace index a Why target points at; null when there is nothing to explain. */
export function whyIndex(trace: ReadonlyArray<TraceEntry>, target: WhyTarget): number | null {
  let index = -1
  if ('segment' in target) index = sentIndex(trace, target.segment)
  else if ('index' in target) index = target.index < trace.length ? target.index : -1
  else if ('host' in target) index = trace.findLastIndex((e) => e.type === 'state_change' && e.host === target.host)
  else index = lastExplainable(trace)
  return index < 0 ? null : index
}

/** After Back the trace is shorter: the panel stays open only on an entry that is still there. */
function keepWhy(why: number | null, frame: Frame): number | null {
  return why !== null && why < frame.sim.trace.length ? why : null
}

function keepSelection(selected: number | null, frame: Frame): number | null {
  if (selected === null) return null
  return frame.sim.channel.inFlight.some((s) => s.id === selected) ? selected : null
}
