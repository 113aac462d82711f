import { expect, test } from 'vitest'
import { formatRfc } from '../tcp/segment'
import type { SimState } from '../sim/types'
import { hostState } from '../sim/simulation'
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
    'handshake-then-data', 'handshake-with-data', 'lost-syn', 'lost-syn-ack', 'handshake-try-a-loss', 'whole-lifecycle', 'syn-retries-exhausted', 'half-open-reset-on-data',
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

test('lost final ACK without TIME-WAIT ends in a reset for the server (oracle S9): LAST-ACK is deleted, and the application, which has closed, is told nothing more', () => {
  const sim = runScenario(scenarios['lost-final-ack-no-time-wait']!)
  expect(wire(sim).at(-1)).toBe('client:<SEQ=102><CTL=RST>')
  expect(hostState(sim, 'server')).toBe('CLOSED')
  expect(sim.hosts.server.app.lastSignal).toBe('connection_closing')
})

test('keep-alive gives up at 7875 s on Linux (9 probes) and 7950 s in the textbook (10 probes)', () => {
  const giveUp = (id: string) =>
    runScenario(scenarios[id]!).trace.find((e) => e.type === 'user_signal' && e.signal === 'connection_timed_out')?.time
  expect(giveUp('keepalive-dead-peer-linux')).toBe(7_875_000)
  expect(giveUp('keepalive-dead-peer-rfc')).toBe(7_875_000)
  expect(giveUp('keepalive-dead-peer-textbook')).toBe(7_950_000)
})

test('the first data byte is x + 1 whether the third segment is a bare ACK or carries the data', () => {
  expect(wire(runScenario(scenarios['handshake-then-data']!))).toEqual([
    'client:<SEQ=100><CTL=SYN>',
    'server:<SEQ=300><ACK=101><CTL=SYN,ACK>',
    'client:<SEQ=101><ACK=301><CTL=ACK>',
    'client:<SEQ=101><ACK=301><DATA=100><CTL=ACK>',
    'server:<SEQ=301><ACK=201><CTL=ACK>',
  ])
  expect(wire(runScenario(scenarios['handshake-with-data']!))).toEqual([
    'client:<SEQ=100><CTL=SYN>',
    'server:<SEQ=300><ACK=101><CTL=SYN,ACK>',
    'client:<SEQ=101><ACK=301><DATA=100><CTL=ACK>',
    'server:<SEQ=301><ACK=201><CTL=ACK>',
  ])
})

test('a lost SYN is sent again, unchanged, when the 1 s retransmission timer expires', () => {
  const sim = runScenario(scenarios['lost-syn']!)
  const syns = sim.trace.filter((e) => e.type === 'segment_sent' && e.segment.flags.syn && e.from === 'client')
  expect(syns.map((e) => [e.time, e.type === 'segment_sent' && formatRfc(e.segment)])).toEqual([
    [0, '<SEQ=100><CTL=SYN>'],
    [1000, '<SEQ=100><CTL=SYN>'],
  ])
})

test('after a lost SYN,ACK the RFC server answers the repeated SYN with a bare ACK, which leaves the client in SYN-SENT', () => {
  const sim = runScenario(scenarios['lost-syn-ack']!)
  expect(wire(sim)).toContain('server:<SEQ=301><ACK=101><CTL=ACK>')
  expect(wire(sim).filter((w) => w === 'server:<SEQ=300><ACK=101><CTL=SYN,ACK>')).toHaveLength(2)
})

test('Linux gives up on an unanswered SYN at 127 s after six retransmissions', () => {
  const sim = runScenario(scenarios['syn-retries-exhausted']!)
  const sent = sim.trace.filter((e) => e.type === 'segment_sent').map((e) => e.time / 1000)
  expect(sent).toEqual([0, 1, 3, 7, 15, 31, 63])
  expect(sim.trace.find((e) => e.type === 'user_signal' && e.signal === 'connection_timed_out')?.time).toBe(127_000)
})

test('half-open discovery: the rebooted client resets the stale connection, then a fresh handshake succeeds (RFC 9293 Fig. 9)', () => {
  const w = wire(runScenario(scenarios['half-open-discovery']!))
  expect(w.slice(0, 3)).toEqual(['client:<SEQ=400><CTL=SYN>', 'server:<SEQ=301><ACK=101><CTL=ACK>', 'client:<SEQ=101><CTL=RST>'])
  expect(w.at(-1)).toBe('client:<SEQ=401><ACK=701><CTL=ACK>')
})

test('data to a rebooted server is answered with <SEQ=SEG.ACK><CTL=RST> and resets the client (RFC 9293 Fig. 10)', () => {
  const sim = runScenario(scenarios['half-open-reset-on-data']!)
  expect(wire(sim)).toEqual(['client:<SEQ=101><ACK=301><DATA=10><CTL=ACK>', 'server:<SEQ=301><CTL=RST>'])
  expect(sim.hosts.client.app.lastSignal).toBe('connection_reset')
})

test('the server closing first makes it the active closer: u = 301 from the server, w = 101 from the client', () => {
  const sim = runScenario(scenarios['server-closes-first']!)
  expect(wire(sim)).toEqual([
    'server:<SEQ=301><ACK=101><CTL=FIN,ACK>',
    'client:<SEQ=101><ACK=302><CTL=ACK>',
    'client:<SEQ=101><ACK=302><CTL=FIN,ACK>',
    'server:<SEQ=302><ACK=102><CTL=ACK>',
  ])
  expect(sim.trace.some((e) => e.type === 'state_change' && e.host === 'server' && e.to === 'TIME-WAIT')).toBe(true)
  expect(sim.trace.some((e) => e.type === 'state_change' && e.host === 'client' && e.to === 'TIME-WAIT')).toBe(false)
})

test('a lost FIN is sent again, unchanged, after 1 s; the server stays ESTABLISHED until it arrives', () => {
  const sim = runScenario(scenarios['lost-fin']!)
  const fins = sim.trace.filter((e) => e.type === 'segment_sent' && e.from === 'client' && e.segment.flags.fin)
  expect(fins.map((e) => [e.time, e.type === 'segment_sent' && formatRfc(e.segment)])).toEqual([
    [0, '<SEQ=101><ACK=301><CTL=FIN,ACK>'],
    [1000, '<SEQ=101><ACK=301><CTL=FIN,ACK>'],
  ])
})

test('close timing with RTT 50 ms: server CLOSED at 75 ms, client TIME-WAIT from 50 ms for 2MSL', () => {
  const sim = runScenario(scenarios['close-timing-exam']!)
  const reached = (host: string, state: string) =>
    sim.trace.find((e) => e.type === 'state_change' && e.host === host && e.to === state)?.time
  expect(reached('client', 'TIME-WAIT')).toBe(50)
  expect(reached('server', 'CLOSED')).toBe(75)
  expect(reached('client', 'CLOSED')).toBe(50 + 4 * 60_000)
})

test('with TIME-WAIT the old copy never reaches the new connection; the client cannot reopen during TIME-WAIT', () => {
  const sim = runScenario(scenarios['old-duplicate-time-wait']!)
  expect(sim.trace.some((e) => e.type === 'user_signal' && e.host === 'client' && e.signal === 'error_connection_already_exists')).toBe(true)
  expect(sim.trace.find((e) => e.type === 'segment_dropped' && e.id === 2)?.time).toBe(120_000)
  expect(sim.trace.some((e) => e.type === 'segment_delivered' && e.id === 2)).toBe(false)
  expect(sim.hosts.client.app.bytesReceived).toBe(200)
})

test('without TIME-WAIT the old copy is accepted by the new connection and the real data is discarded as a duplicate', () => {
  const sim = runScenario(scenarios['old-duplicate-no-time-wait']!)
  const copyArrives = sim.trace.findIndex((e) => e.type === 'segment_delivered' && e.id === 2)
  const realSent = sim.trace.findLastIndex((e) => e.type === 'segment_sent' && e.from === 'server' && e.segment.len === 100)
  expect(copyArrives).toBeGreaterThan(realSent)
  // The client acknowledges 401 as soon as the copy arrives: it took the old bytes as the new ones.
  const next = sim.trace.slice(copyArrives).find((e) => e.type === 'segment_sent')
  expect(next?.type === 'segment_sent' && `${next.from}:${formatRfc(next.segment)}`).toBe('client:<SEQ=101><ACK=401><CTL=ACK>')
  // The copy's 100 bytes are delivered; the real data, arriving after, delivers nothing.
  expect(sim.trace.slice(copyArrives).filter((e) => e.type === 'data_delivered')).toHaveLength(1)
})

test('TIME-WAIT assassination: the old copy draws an ACK, the closed server answers RST <SEQ=402>, the RST ends TIME-WAIT (RFC 1337)', () => {
  const sim = runScenario(scenarios['time-wait-assassination']!)
  expect(wire(sim).slice(-2)).toEqual(['client:<SEQ=102><ACK=402><CTL=ACK>', 'server:<SEQ=402><CTL=RST>'])
  expect(hostState(sim, 'client')).toBe('CLOSED')
  expect(sim.hosts.client.app.lastSignal).not.toBe('connection_reset')
  expect(sim.time).toBeLessThan(4 * 60_000)
})

test('Linux close() with unread data: RST,ACK <SEQ=101><ACK=401> instead of a FIN', () => {
  const sim = runScenario(scenarios['linux-close-unread-data']!)
  expect(wire(sim).at(-1)).toBe('client:<SEQ=101><ACK=401><CTL=RST,ACK>')
  expect(sim.hosts.server.app.lastSignal).toBe('connection_reset')
})

test('a whole connection passes every state of a normal open and close on both sides', () => {
  const sim = runScenario(scenarios['whole-lifecycle']!)
  const visited = (host: 'client' | 'server') =>
    sim.trace.flatMap((e) => (e.type === 'state_change' && e.host === host ? [e.to] : []))
  expect(visited('client')).toEqual(['SYN-SENT', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED'])
  expect(visited('server')).toEqual(['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'])
  expect(wire(sim)).toContain('client:<SEQ=201><ACK=301><CTL=FIN,ACK>')
})

test('keep-alive, live peer: the probe <SEQ=300> is answered with <SEQ=101><ACK=301>, and the next probe comes 10 s after the answer', () => {
  const sim = runScenario(scenarios['keepalive-live-peer']!)
  expect(wire(sim)).toEqual([
    'server:<SEQ=300><ACK=101><CTL=ACK>',
    'client:<SEQ=101><ACK=301><CTL=ACK>',
    'server:<SEQ=300><ACK=101><CTL=ACK>',
    'client:<SEQ=101><ACK=301><CTL=ACK>',
  ])
  const probes = sim.trace.filter((e) => e.type === 'segment_sent' && e.reason === 'keepalive_probe').map((e) => e.time)
  expect(probes).toEqual([10_000, 20_200])
  expect(sim.hosts.server.tcb?.probesOut).toBe(0)
})

test('keep-alive, lost probe: the server does not give up on one unanswered probe; the second is answered 5 s later', () => {
  const sim = runScenario(scenarios['keepalive-lost-probe']!)
  expect(sim.trace.filter((e) => e.type === 'segment_dropped').map((e) => e.time)).toEqual([10_000])
  const probes = sim.trace.filter((e) => e.type === 'segment_sent' && e.reason === 'keepalive_probe').map((e) => e.time)
  expect(probes).toEqual([10_000, 15_000])
  expect(wire(sim).at(-1)).toBe('client:<SEQ=101><ACK=301><CTL=ACK>')
  expect(sim.hosts.server.tcb?.probesOut).toBe(0)
})

test('keep-alive, dead peer with 10 s / 5 s / 3: probes at 10, 15, 20 s, then RST,ACK <SEQ=301> and "timed out" at 25 s', () => {
  const sim = runScenario(scenarios['keepalive-dead-peer-short']!)
  const probes = sim.trace.filter((e) => e.type === 'segment_sent' && e.reason === 'keepalive_probe').map((e) => e.time)
  expect(probes).toEqual([10_000, 15_000, 20_000])
  expect(wire(sim).at(-1)).toBe('server:<SEQ=301><ACK=101><CTL=RST,ACK>')
  expect(sim.trace.find((e) => e.type === 'user_signal' && e.signal === 'connection_timed_out')?.time).toBe(25_000)
})

test('keep-alive, rebooted peer after 10 s: one probe draws <SEQ=101><CTL=RST> and the server is reset at 10.2 s', () => {
  const sim = runScenario(scenarios['keepalive-rebooted-peer-short']!)
  expect(wire(sim)).toEqual(['server:<SEQ=300><ACK=101><CTL=ACK>', 'client:<SEQ=101><CTL=RST>'])
  expect(sim.hosts.server.app.lastSignal).toBe('connection_reset')
  expect(sim.trace.find((e) => e.type === 'state_change' && e.host === 'server' && e.to === 'CLOSED')?.time).toBe(10_200)
})

test('the RFC dead-peer run says that its 75 s and 9 probes are Linux\'s, not the RFC\'s', () => {
  const s = scenarios['keepalive-dead-peer-rfc']!
  expect(s.title.en).toMatch(/Linux/)
  expect(s.description.en).toMatch(/no interval/)
})
