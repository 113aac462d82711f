import { expect, test } from 'vitest'
import { bestRun, benchRecording, BENCH_SEND_BYTES } from './bench-simulator'

test('the frame row takes the run with the shortest longest frame, the first of equals', () => {
  const runs = [
    { run: 1, longestFrameMs: 27.5 },
    { run: 2, longestFrameMs: 14.2 },
    { run: 3, longestFrameMs: 14.2 },
  ]
  expect(bestRun(runs).run).toBe(2)
  expect(bestRun([{ run: 1, longestFrameMs: 40 }]).run).toBe(1)
  expect(() => bestRun([])).toThrow(/no runs/)
})

test('the recording the frame bench plays takes about 1,000 events', () => {
  const { encoded, events } = benchRecording()
  expect(events).toBeGreaterThanOrEqual(950)
  expect(events).toBeLessThanOrEqual(1100)
  expect(encoded.length).toBeGreaterThan(0)
  expect(BENCH_SEND_BYTES).toBe(730_000)
})
