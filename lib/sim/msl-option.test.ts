import { expect, test } from 'vitest'
import { applyActions, createSimulation, decodeRecording, effectiveProfile, encodeRecording, recordingOf, replay } from './simulation'

const CLOSE = [
  { type: 'listen', host: 'server' },
  { type: 'connect', host: 'client' },
  { type: 'run' },
  { type: 'close', host: 'client' },
  { type: 'run' },
] as const

test('an mslMs option overrides the profile: MSL and TIME-WAIT = 2 x MSL', () => {
  const config = createSimulation({ mslMs: 800 }).config
  expect(config.mslMs).toBe(800)
  expect(effectiveProfile(config)).toMatchObject({ mslMs: 800, timeWaitMs: 1600 })
  expect(effectiveProfile(createSimulation().config)).toMatchObject({ mslMs: 120_000, timeWaitMs: 240_000 })
})

test('the TIME-WAIT timer runs 2 x the given MSL', () => {
  const sim = applyActions(createSimulation({ mslMs: 800 }), [...CLOSE, { type: 'close', host: 'server' }, { type: 'run' }])
  const start = sim.trace.find((e) => e.type === 'timer_start' && e.timer === 'time_wait')
  expect(start).toMatchObject({ host: 'client', duration: 1600 })
})

test('the option survives a recording, its URL form and a replay', () => {
  const sim = applyActions(createSimulation({ mslMs: 500 }), CLOSE)
  const recording = recordingOf(sim)
  expect(recording.mslMs).toBe(500)
  const decoded = decodeRecording(encodeRecording(recording))
  expect(decoded?.mslMs).toBe(500)
  expect(replay(recording).config.mslMs).toBe(500)
  expect(decodeRecording(encodeRecording({ ...recording, mslMs: -1 }))).toBeNull()
})

test('without the option nothing changes in the config (plain JSON stays as it was)', () => {
  expect('mslMs' in createSimulation().config).toBe(false)
})
