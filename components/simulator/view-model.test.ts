import { expect, test } from 'vitest'
import { applyActions, createSimulation } from '@/lib/sim'
import { getScenario, runScenario } from '@/lib/scenarios'
import { laneXs } from './sequence-diagram'
import { STACK_PX, initialStates, viewModel } from './view-model'

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
  const [syn, synAck] = viewModel(open).arrows
  expect(syn).toMatchObject({ fate: 'delivered', from: 'client', to: 'server', reach: 1 })
  expect(syn!.y2).toBeGreaterThan(syn!.y1)
  expect(synAck!.y1).toBe(syn!.y2)
  expect(synAck).toMatchObject({ from: 'server', to: 'client', reach: 1 })
})

test('a segment still in flight is drawn to its projected arrival and can be chosen', () => {
  const layout = viewModel(open)
  const ack = layout.arrows[2]!
  expect(ack).toMatchObject({ fate: 'in_flight', open: true, reach: 1 })
  expect(ack.y2).toBeGreaterThan(ack.y1)
  expect(layout.height).toBeGreaterThan(ack.y2)
})

test('a segment in flight keeps its place while other events happen', () => {
  let sim = applyActions(open, [{ type: 'send', host: 'client', bytes: 20_000 }])
  const before = viewModel(sim).arrows.filter((a) => a.fate === 'in_flight')
  sim = applyActions(sim, [{ type: 'step' }, { type: 'step' }, { type: 'step' }])
  const after = viewModel(sim).arrows
  const still = before.filter((a) => after.find((b) => b.id === a.id)?.fate === 'in_flight')
  expect(still.length).toBeGreaterThan(3)
  for (const a of still) expect(after.find((b) => b.id === a.id)).toEqual(a)
})

test('a lost segment stops short of the other lane', () => {
  const sim = applyActions(open, [{ type: 'fate_last', from: 'client', fate: 'drop' }])
  const ack = viewModel(sim).arrows[2]!
  expect(ack.fate).toBe('dropped')
  expect(ack.lostCause).toBe('fate')
  expect(ack.reach).toBeLessThan(1)
  expect(ack.reach).toBeGreaterThan(0.3)
})

test('a held segment is a stub, and a delayed one is marked', () => {
  const sim = applyActions(open, [{ type: 'fate_last', from: 'client', fate: 'delay' }])
  const ack = viewModel(sim).arrows[2]!
  expect(ack.fate).toBe('held')
  expect(ack.delayed).toBe(true)
  expect(ack.reach).toBeLessThan(0.5)
})

test('two hours of keep-alive silence are one compressed gap with its real length', () => {
  const layout = viewModel(runScenario(getScenario('keepalive-dead-peer-linux')!))
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
  const data = viewModel(sim).arrows.filter((a) => a.fate === 'in_flight')
  expect(data.length).toBeGreaterThan(1)
  expect(data[1]!.y1 - data[0]!.y1).toBe(STACK_PX)
})

test('timers are spans beside their lane with their full duration', () => {
  const layout = viewModel(applyActions(runScenario(getScenario('four-way-close')!, 3), [{ type: 'step' }]))
  const twoMsl = layout.timers.find((t) => t.timer === 'time_wait')
  expect(twoMsl).toMatchObject({ host: 'client', duration: 240_000, end: 'running' })
  expect(twoMsl!.offset).toBeGreaterThan(0)
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

test('every segment is indexed by id, a copy under its own id pointing at the original', () => {
  const sim = applyActions(open, [{ type: 'fate_last', from: 'client', fate: 'duplicate' }])
  const vm = viewModel(sim)
  const copy = vm.arrows.find((a) => a.copyOf !== null)!
  expect(copy.sent).toBe(vm.segments.get(copy.copyOf!))
  expect(vm.arrows.every((a) => vm.segments.get(a.id) === a.sent)).toBe(true)
})

test('"now" lies below every settled event, and the drawing is tall enough for everything', () => {
  const vm = viewModel(applyActions(open, [{ type: 'step' }, { type: 'send', host: 'client', bytes: 3000 }]))
  for (const a of vm.arrows.filter((x) => !x.open)) expect(vm.nowY).toBeGreaterThanOrEqual(a.y2)
  expect(vm.height).toBeGreaterThan(Math.max(...vm.arrows.map((a) => a.y2), ...vm.states.map((s) => s.y)))
})
