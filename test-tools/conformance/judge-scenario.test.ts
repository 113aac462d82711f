import { expect, test } from 'vitest'
import { runConformance } from './index'

const doc = (scenario: Record<string, unknown>) => runConformance({ scenarios: [{ id: 's', ...scenario }] })

const verdict = (scenario: Record<string, unknown>) => {
  const r = doc(scenario).results[0]!
  return r.pass ? 'PASS' : r.message
}

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

// Simultaneous close (RFC 9293 Fig. 13) with both FINs lost: both retransmission timers expire at t = 1 s.
const closing = {
  initial: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  tcb: { client: 'SND.NXT=101 RCV.NXT=301', server: 'SND.NXT=301 RCV.NXT=101' },
}
const bothFinsLost = [
  { n: 1, type: 'xfer', from: 'client', flags: 'FIN,ACK', seq: 101, ack: 301, trigger: 'close', fate: 'lost', client_state_after: 'FIN-WAIT-1', server_state_after: 'ESTABLISHED' },
  { n: 2, type: 'xfer', from: 'server', flags: 'FIN,ACK', seq: 301, ack: 101, trigger: 'close', fate: 'lost', client_state_after: 'FIN-WAIT-1', server_state_after: 'FIN-WAIT-1' },
]

test('a timer step that fires on both hosts at once judges both hosts’ states and segments, client first', () => {
  // A timer step on both hosts, then each host's retransmitted FIN as its own step.
  expect(
    verdict({
      ...closing,
      steps: [
        ...bothFinsLost,
        { n: 3, type: 'timer', from: 'both', event: 'timeout_retx', t: 1, client_state_after: 'FIN-WAIT-1', server_state_after: 'FIN-WAIT-1' },
        { n: 4, type: 'xfer', from: 'client', flags: 'FIN,ACK', seq: 101, ack: 301, fate: 'delayed', client_state_after: 'FIN-WAIT-1', server_state_after: 'FIN-WAIT-1' },
        { n: 5, type: 'xfer', from: 'server', flags: 'FIN,ACK', seq: 301, ack: 101, client_state_after: 'CLOSING', server_state_after: 'FIN-WAIT-1' },
        { n: 6, type: 'deliver', from: 'client', of: 4, client_state_after: 'CLOSING', server_state_after: 'CLOSING' },
      ],
    }),
  ).toBe('PASS')
  // One transfer step whose trigger is the timer on both hosts: per-host keys, the FINs cross;
  // then TIME-WAIT ends on both hosts at the same instant (hosts listed server first).
  const crossing = (serverSeq: number, clientSeq = 101) => ({
    ...closing,
    steps: [
      ...bothFinsLost,
      { n: 3, type: 'xfer', from: 'both', trigger: 'timeout_retx', flags: 'FIN,ACK', client_seq: clientSeq, client_ack: 301, server_seq: serverSeq, server_ack: 101, t: 1, client_state_after: 'CLOSING', server_state_after: 'CLOSING' },
      { n: 4, type: 'xfer', from: 'client', flags: 'ACK', seq: 102, ack: 302, client_state_after: 'CLOSING', server_state_after: 'TIME-WAIT' },
      { n: 5, type: 'xfer', from: 'server', flags: 'ACK', seq: 302, ack: 102, client_state_after: 'TIME-WAIT', server_state_after: 'TIME-WAIT' },
      { n: 6, type: 'timer', from: ['server', 'client'], event: 'timeout_2msl', t: 241, client_state_after: 'CLOSED', server_state_after: 'CLOSED' },
    ],
  })
  expect(verdict(crossing(301))).toBe('PASS')
  expect(verdict(crossing(300))).toBe('step 3: expected server seq 300, got <SEQ=301><ACK=101><CTL=FIN,ACK>')
  // Both wrong: the client is reported, whatever order the engine ran the two timers in.
  expect(verdict(crossing(300, 99))).toBe('step 3: expected client seq 99, got <SEQ=101><ACK=301><CTL=FIN,ACK>')
  // The same expectations as a `segments` list (by `from`, in any order).
  expect(
    verdict({
      ...closing,
      steps: [
        ...bothFinsLost,
        {
          n: 3,
          type: 'xfer',
          from: 'client+server',
          trigger: 'timeout_retx',
          segments: [
            { from: 'server', flags: 'FIN,ACK', seq: 301, ack: 101, t: 1 },
            { from: 'client', flags: 'FIN,ACK', seq: 101, ack: 301, t: 1 },
          ],
          client_state_after: 'CLOSING',
          server_state_after: 'CLOSING',
        },
      ],
    }),
  ).toBe('PASS')
})

test('two one-host timer steps at the same instant pass in either order', () => {
  const twoMsl = (first: 'client' | 'server', second: 'client' | 'server') => ({
    ...closing,
    steps: [
      { n: 1, type: 'xfer', from: 'client', flags: 'FIN,ACK', seq: 101, ack: 301, trigger: 'close', fate: 'delayed', client_state_after: 'FIN-WAIT-1', server_state_after: 'ESTABLISHED' },
      { n: 2, type: 'xfer', from: 'server', flags: 'FIN,ACK', seq: 301, ack: 101, trigger: 'close', client_state_after: 'CLOSING', server_state_after: 'FIN-WAIT-1' },
      { n: 3, type: 'deliver', from: 'client', of: 1, client_state_after: 'CLOSING', server_state_after: 'CLOSING' },
      { n: 4, type: 'xfer', from: 'client', flags: 'ACK', seq: 102, ack: 302, client_state_after: 'CLOSING', server_state_after: 'TIME-WAIT' },
      { n: 5, type: 'xfer', from: 'server', flags: 'ACK', seq: 302, ack: 102, client_state_after: 'TIME-WAIT', server_state_after: 'TIME-WAIT' },
      { n: 6, type: 'timer', from: first, event: 'timeout_2msl', t: 240, [`${first}_state_after`]: 'CLOSED' },
      { n: 7, type: 'timer', from: second, event: 'timeout_2msl', t: 240, client_state_after: 'CLOSED', server_state_after: 'CLOSED' },
    ],
  })
  expect(verdict(twoMsl('client', 'server'))).toBe('PASS')
  expect(verdict(twoMsl('server', 'client'))).toBe('PASS')
})
