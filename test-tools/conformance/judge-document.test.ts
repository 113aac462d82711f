import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { formatReport, keepAliveHosts, normalizeFlags, parseTcbValues, profileForCase, runConformance, toTcpState } from './index'

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../lib/tcp/__fixtures__/${name}`, import.meta.url), 'utf8'))

test('every vector and scenario of the oracle passes', () => {
  const report = runConformance(load('oracle.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  expect(report.passed).toBe(89)
})

test('the extra cases (other states and events) pass', () => {
  const report = runConformance(load('extra-cases.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  expect(report.passed).toBeGreaterThanOrEqual(19)
})

test('a wrong expectation, an unknown event and an unknown step shape fail without stopping the run', () => {
  const report = runConformance(load('wrong-cases.json'))
  expect(report.results.map((r) => [r.id, r.pass])).toEqual([
    ['wrong.established.rcv_rst', false],
    ['wrong.unknown_event', false],
    ['right.closed.rcv_syn', true],
    ['wrong.step_shape', false],
  ])
  const lines = formatReport(report)
  expect(lines[0]).toBe('FAIL wrong.established.rcv_rst: expected ESTABLISHED + nothing sent, got CLOSED + nothing sent')
  expect(lines.at(-1)).toBe('1 passed, 3 failed')
})

test('a document that is not an oracle file fails as a whole', () => {
  expect(runConformance([]).failed).toBe(1)
  expect(runConformance({ meta: {} }).failed).toBe(1)
})

test('flag sets compare unordered and PSH is optional', () => {
  expect(normalizeFlags('ACK,RST')).toBe(normalizeFlags('RST,ACK'))
  expect(normalizeFlags('PSH,ACK')).toBe('ACK')
  expect(normalizeFlags(null)).toBe('')
})

const doc = (scenario: Record<string, unknown>) => runConformance({ scenarios: [{ id: 's', ...scenario }] })
const verdict = (scenario: Record<string, unknown>) => {
  const r = doc(scenario).results[0]!
  return r.pass ? 'PASS' : r.message
}

test('the failing RFC review cases all pass now (rfc-review-failing.json was folded into rfc-review-cases.json)', () => {
  const report = runConformance(load('rfc-review-cases.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  const ids = report.results.map((r) => r.id)
  for (const id of [
    'r.established.rcv_fin.unacceptable_ack',
    'r.fin_wait_1.rcv_finack.unacceptable_ack',
    'r.S_half_open_discovery_crashed_client',
    'r.S_keepalive_live_peer',
  ]) expect(ids).toContain(id)
})

test('a vector variant changes the synthesized segment of every rcv_* event', () => {
  const vectors = [
    { id: 'fin', state: 'ESTABLISHED', event: 'rcv_fin', variant: 'unacceptable_ack', expect_state: 'ESTABLISHED', expect_send: 'ACK' },
    { id: 'finack', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'unacceptable_ack', expect_state: 'FIN-WAIT-1', expect_send: 'ACK' },
    { id: 'finack.old', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'out_of_window_seq', expect_state: 'FIN-WAIT-1', expect_send: 'ACK' },
    { id: 'data.far', state: 'CLOSE-WAIT', event: 'rcv_data', variant: 'out_of_window', expect_state: 'CLOSE-WAIT', expect_send: 'ACK' },
    { id: 'finack.noack', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'no_ack_bit', expect_state: 'FIN-WAIT-1', expect_send: null },
    { id: 'synack.sr', state: 'SYN-RECEIVED', origin: 'passive', event: 'rcv_data', variant: 'unacceptable_ack', expect_state: 'SYN-RECEIVED', expect_send: 'RST' },
    // no `variant` field: taken from the id, and the origin from ".active."
    { id: 'syn_received.active.rcv_ack.unacceptable_ack', state: 'SYN-RECEIVED', event: 'rcv_ack', expect_state: 'SYN-RECEIVED', expect_send: 'RST' },
  ]
  const report = runConformance({ vectors })
  expect(report.results.filter((r) => !r.pass)).toEqual([])
})

test('scenario TCB text sets ISS and derives SND.UNA/SND.NXT/IRS; a CLOSED host takes its ISS from its first SYN', () => {
  // SYN-SENT with ISS 400: the retransmission is the SYN at 400, not a data segment at 100.
  expect(
    verdict({
      initial: { client: 'SYN-SENT', server: null },
      tcb: { client: 'ISS=400' },
      steps: [
        { n: 1, type: 'timer', from: 'client', event: 'timeout_retx', t: 1, client_state_after: 'SYN-SENT', server_state_after: null },
        { n: 2, type: 'send', from: 'client', flags: 'SYN', seq: 400, ack: null, fate: 'lost', client_state_after: 'SYN-SENT', server_state_after: null },
      ],
    }),
  ).toBe('PASS')
  // RFC 9293 Fig. 9 in the RFC's own words: no ISS key, B "(send 300, receive 100)".
  expect(
    verdict({
      title: 'Half-open connection discovery',
      initial: { client: 'CLOSED', server: 'ESTABLISHED (send 300, receive 100)' },
      steps: [
        { n: 1, type: 'xfer', from: 'client', flags: 'SYN', seq: 400, ack: null, trigger: 'active_open', client_state_after: 'SYN-SENT', server_state_after: 'ESTABLISHED' },
        { n: 2, type: 'xfer', from: 'server', flags: 'ACK', seq: 300, ack: 100, client_state_after: 'SYN-SENT', server_state_after: 'ESTABLISHED' },
        { n: 3, type: 'xfer', from: 'client', flags: 'RST', seq: 100, ack: null, client_state_after: 'SYN-SENT', server_state_after: 'CLOSED' },
      ],
    }),
  ).toBe('PASS')
})

test('a host that crashes and comes back uses the ISS its next SYN shows', () => {
  expect(
    verdict({
      initial: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
      steps: [
        { n: 1, type: 'crash', from: 'client', client_state_after: null, server_state_after: 'ESTABLISHED' },
        { n: 2, type: 'xfer', from: 'client', flags: 'SYN', seq: 400, ack: null, trigger: 'active_open', client_state_after: 'SYN-SENT', server_state_after: 'ESTABLISHED' },
        { n: 3, type: 'xfer', from: 'server', flags: 'ACK', seq: 301, ack: 101, client_state_after: 'SYN-SENT', server_state_after: 'ESTABLISHED' },
      ],
    }),
  ).toBe('PASS')
  // The same without an explicit crash step: the host is down (null) and then shows up again.
  expect(
    verdict({
      initial: { client: null, server: 'ESTABLISHED' },
      tcb: { server: 'SND.NXT=300 RCV.NXT=100' },
      steps: [{ n: 1, type: 'xfer', from: 'client', flags: 'SYN', seq: 400, ack: null, trigger: 'active_open', client_state_after: 'SYN-SENT', server_state_after: 'ESTABLISHED' }],
    }),
  ).toBe('PASS')
})

test('keep-alive is switched on only for the host whose keep-alive the scenario exercises', () => {
  expect(keepAliveHosts({ title: 'Keep-alive', steps: [{ type: 'timer', from: 'server', event: 'keepalive_idle' }] })).toEqual({ client: false, server: true })
  expect(keepAliveHosts({ title: 'Keep-alive on the client', steps: [] })).toEqual({ client: true, server: false })
  expect(keepAliveHosts({ steps: [{ type: 'send', from: 'client', note: 'keep-alive probe 1/9' }] })).toEqual({ client: true, server: false })
  expect(keepAliveHosts({ title: 'Three-way handshake', steps: [] })).toEqual({ client: false, server: false })
  const report = runConformance(load('rfc-review-cases.json'))
  expect(report.results.find((r) => r.id === 'r.S_keepalive_live_peer')?.pass).toBe(true)
})

test('profile: explicit field, then keywords, then the case numbers, else rfc', () => {
  expect(profileForCase({ profile: 'Linux', title: 'textbook' })).toBe('linux')
  expect(profileForCase({ id: 'x', title: '谢希仁 keep-alive' })).toBe('textbook')
  expect(profileForCase({ id: 'x', ref: 'Linux ip-sysctl' })).toBe('linux')
  // An RFC case whose note mentions Linux stays rfc.
  expect(profileForCase({ id: 'x', ref: 'RFC 9293 3.10.7.4', note: 'Linux does the same' })).toBe('rfc')
  const close = (t: number) => ({
    id: 'close',
    steps: [
      { n: 1, type: 'xfer', from: 'client', flags: 'ACK', seq: 102, ack: 302, client_state_after: 'TIME-WAIT', server_state_after: 'CLOSED' },
      { n: 2, type: 'timer', from: 'client', event: 'timeout_2msl', t, client_state_after: 'CLOSED', server_state_after: 'CLOSED' },
    ],
  })
  expect(profileForCase(close(60))).toBe('linux')
  expect(profileForCase(close(240))).toBe('rfc')
  const probes = (n: number) => ({
    id: 'ka',
    steps: [
      { type: 'timer', from: 'server', event: 'keepalive_idle', t: 7200 },
      ...Array.from({ length: n }, (_, i) => ({ type: 'send', from: 'server', flags: 'ACK', seq: 300, ack: 101, fate: 'lost', t: 7200 + 75 * i })),
      { type: 'timer', from: 'server', event: 'keepalive_probe_unanswered_max', server_state_after: 'CLOSED' },
    ],
  })
  expect(profileForCase(probes(10))).toBe('textbook')
  expect(profileForCase(probes(9))).toBe('linux')
  expect(profileForCase({ id: 'syn', initial: { client: 'SYN-SENT' }, steps: [{ type: 'timer', from: 'client', event: 'timeout_retx', t: 127, client_state_after: 'CLOSED' }] })).toBe('linux')
  expect(profileForCase({ id: 'plain', steps: [] })).toBe('rfc')
})

test('a data step without a trigger makes its host SEND (RFC 9293 Fig. 10, active side finds the half-open connection)', () => {
  expect(
    verdict({
      initial: { client: 'CLOSED', server: 'ESTABLISHED' },
      tcb: { server: 'send 300, receive 100' },
      steps: [
        { n: 1, type: 'xfer', from: 'server', flags: 'ACK', seq: 300, ack: 100, len: 10, client_state_after: 'CLOSED', server_state_after: 'ESTABLISHED' },
        { n: 2, type: 'xfer', from: 'client', flags: 'RST', seq: 100, ack: null, client_state_after: 'CLOSED', server_state_after: 'CLOSED' },
      ],
    }),
  ).toBe('PASS')
})

test('a duplicated segment delivered later is judged on the copy, not as "nothing sent"', () => {
  expect(
    verdict({
      initial: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
      steps: [
        { n: 1, type: 'xfer', from: 'client', flags: 'ACK', seq: 101, ack: 301, len: 10, trigger: 'send', fate: 'duplicate', client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
        { n: 2, type: 'xfer', from: 'server', flags: 'ACK', seq: 301, ack: 111, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
        { n: 3, type: 'deliver', from: 'client', flags: 'ACK', seq: 101, ack: 301, len: 10, of: 1, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
        { n: 4, type: 'xfer', from: 'server', flags: 'ACK', seq: 301, ack: 111, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
      ],
    }),
  ).toBe('PASS')
})

test('state names in other spellings and a state with TCB text in "initial" are understood', () => {
  expect(toTcpState('SYN_RECV')).toBe('SYN-RECEIVED')
  expect(toTcpState('FIN WAIT-1')).toBe('FIN-WAIT-1')
  expect(toTcpState('estab')).toBe('ESTABLISHED')
  expect(parseTcbValues('A: SND.UNA=SND.NXT=101, RCV.NXT 301, ISS 100')).toEqual({ 'SND.UNA': 101, 'SND.NXT': 101, 'RCV.NXT': 301, ISS: 100 })
})
