import { expect, test } from 'vitest'
import { measureEngineStepsPerSecond } from './bench'

/** A clock that makes each round take the given seconds, whatever the engine does. */
function clock(roundSeconds: number[]): () => number {
  const readings = roundSeconds.flatMap((seconds, i) => {
    const start = i * 100_000
    return [start, start + seconds * 1000]
  })
  let i = 0
  return () => readings[i++]!
}

test('reports the fastest round as the engine speed, and the median round beside it', () => {
  const result = measureEngineStepsPerSecond({ steps: 2_000, rounds: 5, warmupSteps: 0, now: clock([4, 1, 2, 8, 3]) })
  expect(result.rounds).toBe(5)
  expect(result.seconds).toBe(1)
  expect(result.stepsPerSecond).toBe(2_000)
  expect(result.medianStepsPerSecond).toBeCloseTo(2_000 / 3)
})

test('one round is its own fastest and median', () => {
  const result = measureEngineStepsPerSecond({ steps: 1_000, rounds: 1, warmupSteps: 0, now: clock([2]) })
  expect(result.stepsPerSecond).toBe(500)
  expect(result.medianStepsPerSecond).toBe(500)
})
