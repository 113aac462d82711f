import { expect, test } from 'vitest'
import { profileForCase } from './index'

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
