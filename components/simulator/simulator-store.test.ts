import fc from 'fast-check'
import { expect, test } from 'vitest'
import { applyActions, createSimulation, recordingOf } from '@/lib/sim'
import { moveArb, toAction } from '@/lib/sim/moves.testkit'
import { restoreFrames, type Frame } from './driver'
import { createSimulatorStore, playingAtFastest } from './simulator-store'

/** Client connects with 20,000 bytes already queued: when the SYN,ACK arrives it sends a burst. */
function queuedSend() {
  const start = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: 20_000 },
  ])
  return createSimulatorStore({ scenarioId: null, profile: 'rfc', variant: 'standard', recording: recordingOf(start) })
}

type Store = ReturnType<typeof queuedSend>
const traceLength = (store: Store) => store.getState().frame.sim.trace.length
const sendsBefore = (store: Store, end: number) => store.getState().frame.sim.trace.slice(0, end).filter((e) => e.type === 'segment_sent').length

/** Plays frames until one step leaves part of a burst undrawn; returns the trace length before it. */
function playUntilBurst(store: Store, perFrame: number): number {
  for (let i = 0; i < 10; i++) {
    const before = traceLength(store)
    expect(store.getState().playFrame(perFrame)).toBe(true)
    if (store.getState().drawnUpTo !== null) return before
  }
  throw new Error('no burst')
}

test('while playing, a burst is drawn three segments per frame before the next step', () => {
  const store = queuedSend()
  const before = playUntilBurst(store, 3)
  const length = traceLength(store)
  const sendsAtStart = sendsBefore(store, before)
  const total = sendsBefore(store, length) - sendsAtStart
  expect(total).toBeGreaterThan(6)
  expect(sendsBefore(store, store.getState().drawnUpTo!) - sendsAtStart).toBe(3)

  store.getState().playFrame(3)
  expect(traceLength(store)).toBe(length) // drawing, not stepping
  expect(sendsBefore(store, store.getState().drawnUpTo!) - sendsAtStart).toBe(6)

  let frames = 2
  while (store.getState().drawnUpTo !== null) {
    store.getState().playFrame(3)
    frames++
  }
  expect(frames).toBe(Math.ceil(total / 3))
  expect(traceLength(store)).toBe(length)
  store.getState().playFrame(3)
  expect(traceLength(store)).toBeGreaterThan(length) // the next step
})

test('pausing or stepping by hand draws the whole burst at once', () => {
  const paused = queuedSend()
  playUntilBurst(paused, 3)
  paused.getState().pause()
  expect(paused.getState().drawnUpTo).toBeNull()

  const stepped = queuedSend()
  playUntilBurst(stepped, 3)
  stepped.getState().step()
  expect(stepped.getState().drawnUpTo).toBeNull()
})

test('with reduced motion (all per frame) nothing is held back', () => {
  const store = queuedSend()
  for (let i = 0; i < 6; i++) {
    store.getState().playFrame(Infinity)
    expect(store.getState().drawnUpTo).toBeNull()
  }
  expect(sendsBefore(store, traceLength(store))).toBeGreaterThan(6)
})

test('Back returns to exactly the frames it left, though the history keeps no copy of their traces', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<string | null>(null, 'three-way-handshake', 'four-way-close'),
      fc.array(fc.oneof({ weight: 6, arbitrary: moveArb }, { weight: 2, arbitrary: fc.constant('back' as const) }), { maxLength: 60 }),
      (scenarioId, moves) => {
        const store = createSimulatorStore({ scenarioId, profile: 'rfc', variant: 'standard' })
        const seen: Frame[] = [store.getState().frame]
        for (const move of moves) {
          const state = store.getState()
          if (move === 'back') {
            state.back()
            if (seen.length > 1) seen.pop()
          } else {
            const before = state.frame
            const action = toAction(before.sim, move)
            if (!action) continue
            if (action.type === 'fate') state.fate(action.segmentId, action.fate)
            else if (action.type === 'step') state.step()
            else if (action.type === 'skip_to_next_timer') state.skip()
            else state.act(action)
            if (store.getState().frame !== before) seen.push(store.getState().frame)
          }
          expect(store.getState().frame).toEqual(seen[seen.length - 1])
          expect(store.getState().history).toHaveLength(seen.length - 1)
        }
        for (const past of store.getState().history) expect(past.sim).not.toHaveProperty('trace')
      },
    ),
    { seed: 20261201, numRuns: 150 },
  )
})

test('Back after opening a shared link walks back through the recorded frames', () => {
  const start = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
  const recording = recordingOf(applyActions(start, [{ type: 'step' }, { type: 'step' }, { type: 'close', host: 'client' }, { type: 'step' }]))
  const restored = restoreFrames(recording)!
  const store = createSimulatorStore({ scenarioId: null, profile: 'rfc', variant: 'standard', recording })
  const expected = [restored.initial, ...restored.frames]
  expect(store.getState().frame).toEqual(expected.pop())
  while (expected.length > 0) {
    store.getState().back()
    expect(store.getState().frame).toEqual(expected.pop())
  }
  expect(store.getState().history).toHaveLength(0)
})

test('playingAtFastest is true only while Play runs at the fastest speed', () => {
  const store = createSimulatorStore({ scenarioId: null, profile: 'rfc', variant: 'standard' })
  expect(playingAtFastest(store.getState())).toBe(false)
  store.getState().setSpeed('max')
  expect(playingAtFastest(store.getState())).toBe(false)
  store.getState().play()
  expect(playingAtFastest(store.getState())).toBe(true)
  store.getState().setSpeed('fast')
  expect(playingAtFastest(store.getState())).toBe(false)
  store.getState().setSpeed('max')
  store.getState().pause()
  expect(playingAtFastest(store.getState())).toBe(false)
})
