import { expect, test } from 'vitest'
import { formatRfc } from '../tcp/segment'
import {
  applyAction,
  applyActions,
  createSimulation,
  decodeRecording,
  encodeRecording,
  hostState,
  isQuiescent,
  nextEvent,
  nextTimerEvent,
  pendingEvents,
  recordingOf,
  replay,
} from './simulation'
import type { SimAction } from './types'

const handshake: SimAction[] = [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }]

test('Step processes the next arrival in time order', () => {
  let sim = applyActions(createSimulation(), handshake)
  expect(nextEvent(sim)).toEqual({ type: 'arrival', time: 100, segmentId: 1, to: 'server' })
  sim = applyAction(sim, { type: 'step' })
  expect(hostState(sim, 'server')).toBe('SYN-RECEIVED')
  expect(sim.time).toBe(100)
  expect(pendingEvents(sim).map((e) => e.type)).toEqual(['arrival', 'timer', 'timer'])
})

test("on the same millisecond an arrival comes before a timer, and the client's timer before the server's", () => {
  const sim = applyActions(createSimulation(), [...handshake, { type: 'step' }])
  // The server's SYN,ACK is in flight; both sides run a retransmission timer. Put all three on one millisecond.
  const synAck = sim.channel.inFlight[0]!
  const at = synAck.arriveAt!
  const withTimer = (host: 'client' | 'server') => ({ ...sim.hosts[host], timers: { ...sim.hosts[host].timers, retransmission: { ...sim.hosts[host].timers.retransmission!, deadline: at } } })
  const tied = { ...sim, hosts: { client: withTimer('client'), server: withTimer('server') } }
  expect(nextEvent(tied)).toEqual({ type: 'arrival', time: at, segmentId: synAck.id, to: synAck.to })
  expect(nextTimerEvent(tied)).toEqual({ type: 'timer', time: at, host: 'client', timer: 'retransmission' })
  expect(pendingEvents(tied).map((e) => (e.type === 'arrival' ? 'arrival' : e.host))).toEqual(['arrival', 'client', 'server'])
})

test('applyAction never mutates its input', () => {
  const sim = applyActions(createSimulation(), handshake)
  const copy = JSON.parse(JSON.stringify(sim))
  applyAction(sim, { type: 'run' })
  expect(sim).toEqual(copy)
})

test('the state is plain JSON and round-trips', () => {
  const sim = applyActions(createSimulation(), [...handshake, { type: 'run' }])
  expect(JSON.parse(JSON.stringify(sim))).toEqual(sim)
})

test('same options and actions give the same trace, even with random loss', () => {
  const actions: SimAction[] = [...handshake, { type: 'send', host: 'client', bytes: 5000 }, { type: 'run' }]
  const a = applyActions(createSimulation({ seed: 7, channel: { lossRate: 0.3, duplicateRate: 0.2 } }), actions)
  const b = applyActions(createSimulation({ seed: 7, channel: { lossRate: 0.3, duplicateRate: 0.2 } }), actions)
  expect(a.trace).toEqual(b.trace)
})

test('a recording reproduces the simulation through a URL-safe string', () => {
  const sim = applyActions(createSimulation({ profile: 'linux', seed: 3 }), [...handshake, { type: 'run' }, { type: 'close', host: 'client' }])
  const text = encodeRecording(recordingOf(sim, 'three-way-handshake'))
  expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
  const decoded = decodeRecording(text)
  expect(decoded?.scenario).toBe('three-way-handshake')
  expect(replay(decoded!)).toEqual(sim)
  expect(decodeRecording('not-a-recording')).toBeNull()
})

test('a dropped SYN is retransmitted after the initial RTO', () => {
  let sim = applyActions(createSimulation(), handshake)
  sim = applyActions(sim, [{ type: 'fate', segmentId: 1, fate: 'drop' }, { type: 'skip_to_next_timer' }])
  expect(sim.time).toBe(1000)
  const last = sim.trace.filter((e) => e.type === 'segment_sent').at(-1)
  expect(last?.type === 'segment_sent' && formatRfc(last.segment)).toBe('<SEQ=100><CTL=SYN>')
  expect(sim.trace.at(-1)).toMatchObject({ type: 'timer_start', timer: 'retransmission', duration: 2000, deadline: 3000 })
})

test('a duplicated segment is held back until delivered', () => {
  let sim = applyActions(createSimulation(), handshake)
  sim = applyAction(sim, { type: 'fate', segmentId: 1, fate: 'duplicate' })
  expect(sim.channel.inFlight.map((s) => [s.id, s.arriveAt, s.copyOf])).toEqual([[1, 100, null], [2, null, 1]])
})

test('a crashed host drops arriving segments and loses its TCB', () => {
  let sim = applyActions(createSimulation(), [...handshake, { type: 'run' }, { type: 'crash', host: 'server' }])
  expect(hostState(sim, 'server')).toBeNull()
  sim = applyActions(sim, [{ type: 'send', host: 'client', bytes: 10 }, { type: 'step' }])
  expect(sim.trace.at(-1)).toMatchObject({ type: 'segment_dropped', cause: 'host_down' })
  sim = applyAction(sim, { type: 'reboot', host: 'server' })
  expect(hostState(sim, 'server')).toBe('CLOSED')
})

test('run stops when only keep-alive timers are left', () => {
  const sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server', keepAlive: true },
    { type: 'connect', host: 'client' },
    { type: 'run' },
  ])
  expect(isQuiescent(sim)).toBe(true)
  expect(sim.hosts.server.timers.keepalive?.deadline).toBe(300 + 7_200_000)
})

test('every event through the engine counts as a step', () => {
  const sim = applyActions(createSimulation(), [...handshake, { type: 'run' }])
  expect(sim.stepCount).toBe(5)
})
