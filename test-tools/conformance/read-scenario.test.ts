import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { keepAliveHosts, runConformance } from './index'

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../lib/tcp/__fixtures__/${name}`, import.meta.url), 'utf8'))

test('keep-alive is switched on only for the host whose keep-alive the scenario exercises', () => {
  expect(keepAliveHosts({ title: 'Keep-alive', steps: [{ type: 'timer', from: 'server', event: 'keepalive_idle' }] })).toEqual({ client: false, server: true })
  expect(keepAliveHosts({ title: 'Keep-alive on the client', steps: [] })).toEqual({ client: true, server: false })
  expect(keepAliveHosts({ steps: [{ type: 'send', from: 'client', note: 'keep-alive probe 1/9' }] })).toEqual({ client: true, server: false })
  expect(keepAliveHosts({ title: 'Three-way handshake', steps: [] })).toEqual({ client: false, server: false })
  const report = runConformance(load('rfc-review-cases.json'))
  expect(report.results.find((r) => r.id === 'r.S_keepalive_live_peer')?.pass).toBe(true)
})

const verdict = (scenario: Record<string, unknown>) => {
  const r = runConformance({ scenarios: [{ id: 's', ...scenario }] }).results[0]!
  return r.pass ? 'PASS' : r.message
}

test('a host with no TCB or ISS takes its sequence numbers from its first data step', () => {
  // No `tcb` at all: the client's first data step has no seq, its second is at 5010 after 10
  // octets, so it started at 5000; the server's first data step is at 9000. Each peer's RCV.NXT follows.
  const steps = [
    { n: 1, type: 'xfer', from: 'client', flags: 'ACK', len: 10, trigger: 'send', client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
    { n: 2, type: 'xfer', from: 'server', flags: 'ACK', seq: 9000, ack: 5010, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
    { n: 3, type: 'xfer', from: 'client', flags: 'ACK', seq: 5010, ack: 9000, len: 20, trigger: 'send', client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
    { n: 4, type: 'xfer', from: 'server', flags: 'ACK', seq: 9000, ack: 5030, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
    { n: 5, type: 'xfer', from: 'server', flags: 'ACK', seq: 9000, ack: 5030, len: 5, trigger: 'send', client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
    { n: 6, type: 'xfer', from: 'client', flags: 'ACK', seq: 5030, ack: 9005, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
  ]
  expect(verdict({ initial: { client: 'ESTABLISHED', server: 'ESTABLISHED' }, steps })).toBe('PASS')
  // A TCB the case gives still wins over the data steps: the client sends at 101, the server acks 111.
  expect(verdict({ initial: { client: 'ESTABLISHED', server: 'ESTABLISHED' }, tcb: { client: 'SND.NXT=101 RCV.NXT=301' }, steps })).toBe(
    'step 2: expected ack 5010, got <SEQ=9000><ACK=111><CTL=ACK>',
  )
  // A listening server whose SYN,ACK shows no seq: its ISS is its first data seq less its SYN.
  expect(
    verdict({
      initial: { client: 'SYN-SENT', server: 'LISTEN' },
      steps: [
        { n: 1, type: 'xfer', from: 'client', flags: 'SYN', seq: 700, client_state_after: 'SYN-SENT', server_state_after: 'SYN-RECEIVED' },
        { n: 2, type: 'xfer', from: 'server', flags: 'SYN,ACK', ack: 701, client_state_after: 'ESTABLISHED', server_state_after: 'SYN-RECEIVED' },
        { n: 3, type: 'xfer', from: 'client', flags: 'ACK', seq: 701, ack: 4001, client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
        { n: 4, type: 'xfer', from: 'server', flags: 'ACK', seq: 4001, ack: 701, len: 10, trigger: 'send', client_state_after: 'ESTABLISHED', server_state_after: 'ESTABLISHED' },
      ],
    }),
  ).toBe('PASS')
})
