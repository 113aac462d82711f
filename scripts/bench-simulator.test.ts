import { expect, test } from 'vitest'
import { benchRecording, BENCH_SEND_BYTES } from './bench-simulator'

test('the recording the frame bench plays takes about 1,000 events', () => {
  const { encoded, events } = benchRecording()
  expect(events).toBeGreaterThanOrEqual(950)
  expect(events).toBeLessThanOrEqual(1100)
  expect(encoded.length).toBeGreaterThan(0)
  expect(BENCH_SEND_BYTES).toBe(730_000)
})
