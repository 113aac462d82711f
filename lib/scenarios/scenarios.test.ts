import { expect, test } from 'vitest'
import { formatRfc } from '../tcp/segment'
import type { SimState } from '../sim/types'
import { getScenario, runScenario, scenarioIds, scenarios, statesOf } from './index'

const wire = (sim: SimState): string[] =>
  sim.trace.flatMap((e) => (e.type === 'segment_sent' && e.reason !== 'stale' ? [`${e.from}:${formatRfc(e.segment)}`] : []))

test.each(scenarioIds.map((id) => [id]))('scenario %s reaches its end states and checkpoints', (id) => {
  const scenario = getScenario(id)!
  expect(statesOf(runScenario(scenario))).toEqual(scenario.expected)
  for (const cp of scenario.checkpoints ?? []) {
    expect(statesOf(runScenario(scenario, cp.afterAction))).toEqual({ client: cp.client, server: cp.server })
  }
})

test('every required scenario id exists, ids are kebab-case, hypothetical ones are flagged', () => {
  for (const id of [
    'three-way-handshake', 'simultaneous-open', 'old-duplicate-syn', 'old-duplicate-syn-two-way', 'connection-refused',
    'four-way-close', 'half-close-with-data', 'three-segment-close', 'simultaneous-close', 'lost-final-ack',
    'lost-final-ack-no-time-wait', 'keepalive-dead-peer-rfc', 'keepalive-dead-peer-linux', 'keepalive-dead-peer-textbook',
    'keepalive-rebooted-peer', 'half-open-discovery', 'four-segment-handshake', 'two-way-handshake',
  ]) expect(scenarios[id]?.id).toBe(id)
  for (const s of Object.values(scenarios)) {
    expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(s.hypothetical).toBe(s.variant !== 'standard')
    expect(s.title.zh.length).toBeGreaterThan(0)
  }
  expect(getScenario('no-such-scenario')).toBeUndefined()
})

test('three-way handshake uses x = 100, y = 300 (oracle S1)', () => {
  expect(wire(runScenario(scenarios['three-way-handshake']!))).toEqual([
    'client:<SEQ=100><CTL=SYN>',
    'server:<SEQ=300><ACK=101><CTL=SYN,ACK>',
    'client:<SEQ=101><ACK=301><CTL=ACK>',
  ])
})

test('four-way close uses u = 101, v = 301, w = 301 (oracle S2)', () => {
  expect(wire(runScenario(scenarios['four-way-close']!))).toEqual([
    'client:<SEQ=101><ACK=301><CTL=FIN,ACK>',
    'server:<SEQ=301><ACK=102><CTL=ACK>',
    'server:<SEQ=301><ACK=102><CTL=FIN,ACK>',
    'client:<SEQ=102><ACK=302><CTL=ACK>',
  ])
})

test('half-close with data: the server FIN carries w = 401', () => {
  expect(wire(runScenario(scenarios['half-close-with-data']!))).toContain('server:<SEQ=401><ACK=102><CTL=FIN,ACK>')
})

test('three-segment close: the server ACK rides on its FIN', () => {
  expect(wire(runScenario(scenarios['three-segment-close']!))).toEqual([
    'client:<SEQ=101><ACK=301><CTL=FIN,ACK>',
    'server:<SEQ=301><ACK=102><CTL=FIN,ACK>',
    'client:<SEQ=102><ACK=302><CTL=ACK>',
  ])
})

test('old duplicate SYN: RST <SEQ=91>, then the server answers the real SYN with ISS 400 (oracle S6)', () => {
  expect(wire(runScenario(scenarios['old-duplicate-syn']!))).toEqual([
    'client:<SEQ=100><CTL=SYN>',
    'server:<SEQ=300><ACK=91><CTL=SYN,ACK>',
    'client:<SEQ=91><CTL=RST>',
    'server:<SEQ=400><ACK=101><CTL=SYN,ACK>',
    'client:<SEQ=101><ACK=401><CTL=ACK>',
  ])
})

test('lost final ACK without TIME-WAIT ends in a reset for the server (oracle S9)', () => {
  const sim = runScenario(scenarios['lost-final-ack-no-time-wait']!)
  expect(wire(sim).at(-1)).toBe('client:<SEQ=102><CTL=RST>')
  expect(sim.hosts.server.app.lastSignal).toBe('connection_reset')
})

test('keep-alive gives up at 7875 s on Linux (9 probes) and 7950 s in the textbook (10 probes)', () => {
  const giveUp = (id: string) =>
    runScenario(scenarios[id]!).trace.find((e) => e.type === 'user_signal' && e.signal === 'connection_timed_out')?.time
  expect(giveUp('keepalive-dead-peer-linux')).toBe(7_875_000)
  expect(giveUp('keepalive-dead-peer-rfc')).toBe(7_875_000)
  expect(giveUp('keepalive-dead-peer-textbook')).toBe(7_950_000)
})
