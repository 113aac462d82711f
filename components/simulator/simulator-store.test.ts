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

test('each step is one change that the live region tells, and Back undoes it', () => {
  const store = queuedSend()
  const before = store.getState().history.length
  const changes: number[] = []
  store.subscribe((s) => changes.push(s.frame.sim.trace.length))
  for (let i = 0; i < 5; i++) expect(store.getState().step()).toBe(true)
  expect(changes).toHaveLength(5)
  const { frame, notice, history } = store.getState()
  expect(history).toHaveLength(before + 5)
  expect(notice).toEqual({ kind: 'events', from: expect.any(Number) })
  expect(notice?.kind === 'events' && notice.from).toBeGreaterThan(0)
  expect(notice?.kind === 'events' && notice.from).toBeLessThan(frame.sim.trace.length)
  store.getState().back()
  expect(store.getState().history).toHaveLength(before + 4)
  expect(store.getState().frame.sim.trace.length).toBe(changes[3])
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

test('restoring a lesson link replaces the run in place; an unreadable link keeps the start and says so', () => {
  const store = createSimulatorStore({ scenarioId: 'three-way-handshake', profile: 'rfc', variant: 'standard' })
  const start = store.getState().frame
  store.getState().step()
  store.getState().step()
  const recording = recordingOf(store.getState().frame.sim, 'three-way-handshake')
  store.getState().reset()
  store.getState().play()
  store.getState().restore(recording)
  expect(store.getState().frame.sim).toEqual(restoreFrames(recording)!.frames.at(-1)!.sim)
  expect(store.getState().notice).toEqual({ kind: 'restored' })
  expect(store.getState().playing).toBe(false)
  store.getState().back()
  store.getState().back()
  expect(store.getState().frame).toEqual(start)
  store.getState().restore(null)
  expect(store.getState().frame).toEqual(start)
  expect(store.getState().notice).toEqual({ kind: 'invalid' })
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

test('Why: a segment, a host’s last state change or the last event opens the panel on its trace entry; Back past it closes it', () => {
  const store = createSimulatorStore({ scenarioId: 'three-way-handshake', profile: 'rfc', variant: 'standard' })
  const trace = () => store.getState().frame.sim.trace
  // Before any Step, the last event is the set-up's Listen.
  store.getState().explain({ last: true })
  expect(trace()[store.getState().why!]).toMatchObject({ type: 'user_call', call: 'listen', rule: 'open-passive' })
  store.getState().step()
  store.getState().step()
  store.getState().explain({ segment: 2 }, true)
  expect(trace()[store.getState().why!]).toMatchObject({ type: 'segment_sent', id: 2, rule: 'listen-syn' })
  expect(store.getState().whyFocus).toBe(true)
  store.getState().explain({ host: 'server' })
  expect(trace()[store.getState().why!]).toMatchObject({ type: 'state_change', host: 'server', to: 'SYN-RECEIVED' })
  expect(store.getState().whyFocus).toBe(false)
  store.getState().explain({ last: true })
  expect(trace()[store.getState().why!]).toMatchObject({ type: 'segment_delivered', id: 1 })
  store.getState().step()
  expect(store.getState().why).not.toBeNull()
  store.getState().back()
  store.getState().back()
  expect(store.getState().why).toBeNull()
  store.getState().explain({ segment: 99 })
  expect(store.getState().why).toBeNull()
})
