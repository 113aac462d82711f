import fc from 'fast-check'
import { expect, test } from 'vitest'
import { applyAction, applyActions, createSimulation, type SimState } from '@/lib/sim'
import { moveArb, profileArb, toAction } from '@/lib/sim/moves.testkit'
import { getScenario, runScenario } from '@/lib/scenarios'
import { STACK_PX, createDiagramLayouter, initialStates, laneXs, layoutDiagram } from './diagram-layout'

const open = applyActions(createSimulation(), [
  { type: 'listen', host: 'server' },
  { type: 'connect', host: 'client' },
  { type: 'step' },
  { type: 'step' },
])

test('lanes sit a fifth of the width in from each side, within limits', () => {
  expect(laneXs(360)).toEqual({ client: 72, server: 288 })
  expect(laneXs(1000)).toEqual({ client: 170, server: 830 })
  expect(laneXs(200)).toEqual({ client: 60, server: 140 })
})

test('a delivered segment runs from lane to lane and time flows down', () => {
  const layout = layoutDiagram(open, 600)
  const [syn, synAck] = layout.arrows
  expect(syn).toMatchObject({ fate: 'delivered', x1: layout.lanes.client, x2: layout.lanes.server })
  expect(syn!.y2).toBeGreaterThan(syn!.y1)
  expect(synAck!.y1).toBe(syn!.y2)
  expect(synAck!.x2).toBe(layout.lanes.client)
})

test('a segment still in flight is drawn to its projected arrival and can be chosen', () => {
  const layout = layoutDiagram(open, 600)
  const ack = layout.arrows[2]!
  expect(ack).toMatchObject({ fate: 'in_flight', open: true, x2: layout.lanes.server })
  expect(ack.y2).toBeGreaterThan(ack.y1)
  expect(layout.height).toBeGreaterThan(ack.y2)
})

test('a segment in flight keeps its place while other events happen', () => {
  let sim = applyActions(open, [{ type: 'send', host: 'client', bytes: 20_000 }])
  const before = layoutDiagram(sim, 600).arrows.filter((a) => a.fate === 'in_flight')
  sim = applyActions(sim, [{ type: 'step' }, { type: 'step' }, { type: 'step' }])
  const after = layoutDiagram(sim, 600).arrows
  const still = before.filter((a) => after.find((b) => b.id === a.id)?.fate === 'in_flight')
  expect(still.length).toBeGreaterThan(3)
  for (const a of still) expect(after.find((b) => b.id === a.id)).toEqual(a)
})

test('a lost segment stops short of the other lane', () => {
  const sim = applyActions(open, [{ type: 'fate_last', from: 'client', fate: 'drop' }])
  const ack = layoutDiagram(sim, 600).arrows[2]!
  expect(ack.fate).toBe('dropped')
  expect(ack.lostCause).toBe('fate')
  expect(ack.x2).toBeLessThan(600 - 120)
  expect(ack.x2).toBeGreaterThan(120)
})

test('a held segment is a stub, and a delayed one is marked', () => {
  const sim = applyActions(open, [{ type: 'fate_last', from: 'client', fate: 'delay' }])
  const ack = layoutDiagram(sim, 600).arrows[2]!
  expect(ack.fate).toBe('held')
  expect(ack.delayed).toBe(true)
  expect(ack.x2 - ack.x1).toBeLessThan((600 - 240) / 2)
})

test('two hours of keep-alive silence are one compressed gap with its real length', () => {
  const layout = layoutDiagram(runScenario(getScenario('keepalive-dead-peer-linux')!), 600)
  const gap = layout.gaps.find((g) => g.to - g.from >= 7_000_000)
  expect(gap).toBeDefined()
  expect(gap!.y2 - gap!.y1).toBeLessThan(100)
  expect(layout.height).toBeLessThan(4000)
})

test('segments a host sends at the same instant get rows of their own', () => {
  const sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'step' },
    { type: 'step' },
    { type: 'send', host: 'client', bytes: 3000 },
  ])
  const data = layoutDiagram(sim, 600).arrows.filter((a) => a.fate === 'in_flight')
  expect(data.length).toBeGreaterThan(1)
  expect(data[1]!.y1 - data[0]!.y1).toBe(STACK_PX)
})

test('timers are spans beside their lane with their full duration', () => {
  const layout = layoutDiagram(applyActions(runScenario(getScenario('four-way-close')!, 3), [{ type: 'step' }]), 600)
  const twoMsl = layout.timers.find((t) => t.timer === 'time_wait')
  expect(twoMsl).toMatchObject({ host: 'client', duration: 240_000, end: 'running' })
  expect(twoMsl!.x).toBeLessThan(layout.lanes.client)
})

test('the states before the trace began are shown under the lane headers', () => {
  expect(initialStates(open)).toEqual({ client: 'CLOSED', server: 'CLOSED' })
  expect(initialStates(createSimulation())).toEqual({ client: 'CLOSED', server: 'CLOSED' })
  // A host that is down now was up when the trace began, whether or not it changed state first.
  const crashed = applyActions(createSimulation(), [{ type: 'crash', host: 'server' }])
  expect(crashed.hosts.server.up).toBe(false)
  expect(initialStates(crashed)).toEqual({ client: 'CLOSED', server: 'CLOSED' })
  const listenedThenCrashed = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'crash', host: 'server' }])
  expect(initialStates(listenedThenCrashed)).toEqual({ client: 'CLOSED', server: 'CLOSED' })
  expect(initialStates(applyActions(createSimulation(), [{ type: 'listen', host: 'server' }]))).toEqual({ client: 'CLOSED', server: 'CLOSED' })
})

test('a layouter fed successive states, Back and other widths lays out what a fresh layout does', () => {
  fc.assert(
    fc.property(
      profileArb,
      fc.integer({ min: 1, max: 1000 }),
      fc.array(fc.oneof({ weight: 8, arbitrary: moveArb }, { weight: 1, arbitrary: fc.constant('back' as const) }, { weight: 1, arbitrary: fc.constantFrom(360, 900) }), { maxLength: 50 }),
      (profile, seed, moves) => {
        const layout = createDiagramLayouter()
        let width = 600
        const history: SimState[] = [applyActions(createSimulation({ profile, seed }), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])]
        for (const move of moves) {
          if (move === 'back') history.splice(Math.max(1, history.length - 1))
          else if (typeof move === 'number') width = move
          else {
            const action = toAction(history[history.length - 1]!, move)
            if (action) history.push(applyAction(history[history.length - 1]!, action))
          }
          const sim = history[history.length - 1]!
          expect(layout(sim, width)).toEqual(layoutDiagram(sim, width))
        }
      },
    ),
    { seed: 20261130, numRuns: 200 },
  )
})

test('while a run plays, settled segments keep the same drawn arrow, so the drawing skips them', () => {
  let sim = applyActions(open, [{ type: 'send', host: 'client', bytes: 20_000 }, { type: 'step' }, { type: 'step' }, { type: 'step' }])
  const layout = createDiagramLayouter()
  const before = layout(sim, 600)
  sim = applyActions(sim, [{ type: 'step' }, { type: 'step' }])
  const after = layout(sim, 600)
  const settled = before.arrows.filter((a) => !a.open)
  expect(settled.length).toBeGreaterThanOrEqual(3)
  for (const a of settled) expect(after.arrows.find((b) => b.id === a.id)).toBe(a)
  // A new width draws every arrow again.
  expect(layout(sim, 500).arrows[0]).not.toBe(after.arrows[0])
})
