import { expect, test } from 'vitest'
import { FRAME_MS, LAYOUT_WINDOW_MS, STEP_WINDOW_MS, layOutInStep, playMove, stepNow } from './play-pacing'

test('a step starts only while half of the frame is still ahead', () => {
  expect(STEP_WINDOW_MS).toBeCloseTo(FRAME_MS / 2)
  expect(stepNow(0, 0)).toBe(true)
  expect(stepNow(STEP_WINDOW_MS, 0)).toBe(true)
  expect(stepNow(STEP_WINDOW_MS + 0.1, 0)).toBe(false)
  expect(stepNow(30, 0)).toBe(false)
})

test('a step that has waited a frame runs however late, so Play never stalls', () => {
  expect(stepNow(STEP_WINDOW_MS + 0.1, 1)).toBe(true)
  expect(stepNow(40, 1)).toBe(true)
})

test('Play steps when a step is due and the frame left time, and otherwise waits for the next frame', () => {
  const fastest = { drawing: false, sinceLastStepMs: 16.7, speedMs: 0, elapsedMs: 4, waitedFrames: 0 }
  expect(playMove(fastest)).toBe('step')
  // The frame just drawn ran long: wait one frame, then step whatever the time.
  expect(playMove({ ...fastest, elapsedMs: 12 })).toBe('wait')
  expect(playMove({ ...fastest, elapsedMs: 12, waitedFrames: 1 })).toBe('step')
  // At a slower speed the step waits for its interval, even in a frame with time to spare.
  const normal = { ...fastest, speedMs: 800, sinceLastStepMs: 500 }
  expect(playMove(normal)).toBe('not-due')
  expect(playMove({ ...normal, elapsedMs: 12 })).toBe('not-due')
  expect(playMove({ ...normal, sinceLastStepMs: 800 })).toBe('step')
  // A burst still being drawn takes a frame's worth on every frame, whatever the speed.
  expect(playMove({ ...normal, drawing: true })).toBe('step')
})

test('a step lays itself out when it ends with time left before the next frame, and leaves it to the frame otherwise', () => {
  expect(LAYOUT_WINDOW_MS).toBeGreaterThan(STEP_WINDOW_MS)
  expect(LAYOUT_WINDOW_MS).toBeLessThan(FRAME_MS)
  expect(layOutInStep(5)).toBe(true)
  expect(layOutInStep(LAYOUT_WINDOW_MS)).toBe(true)
  expect(layOutInStep(LAYOUT_WINDOW_MS + 0.1)).toBe(false)
  expect(layOutInStep(18)).toBe(false)
})
