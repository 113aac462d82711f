import { expect, test } from 'vitest'
import { applyAction, applyActions, buildTimeline, createSimulation, isQuiescent, type SimState } from '@/lib/sim'
import { runScenario, scenarioIds, getScenario } from '@/lib/scenarios'
import { buildFastTimeline } from './fast-timeline'
import { TIME_SCALE } from './diagram-layout'

function same(sim: SimState) {
  const slow = buildTimeline(sim, TIME_SCALE)
  const fast = buildFastTimeline(sim, TIME_SCALE)
  const { yOf: ySlow, ...a } = slow
  const { yOf: yFast, ...b } = fast
  expect(b).toEqual(a)
  const times = [-5, 0, 1, 50, 99, 100, 101, 250, 1000, 7_200_000, sim.time, sim.time + 100, ...sim.trace.map((e) => e.time + 7)]
  for (const t of times) expect(yFast(t)).toBeCloseTo(ySlow(t), 9)
}

test.each(scenarioIds)('the fast timeline equals the library timeline for scenario %s', (id) => {
  same(runScenario(getScenario(id)!))
})

test('the fast timeline equals the library timeline on a long data transfer, mid-flight', () => {
  let sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: 50_000 },
  ])
  for (let i = 0; i < 60 && !isQuiescent(sim); i++) sim = applyAction(sim, { type: 'step' })
  same(sim)
})
