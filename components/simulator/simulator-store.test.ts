import { expect, test } from 'vitest'
import { applyActions, createSimulation, recordingOf } from '@/lib/sim'
import { createSimulatorStore } from './simulator-store'

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
