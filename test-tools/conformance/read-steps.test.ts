import { expect, test } from 'vitest'
import { hostExpectation, sendStartFromData, stepHosts } from './read-steps'

test('a host’s start is its first data step’s seq less what it sent before; deliveries, old duplicates and a new incarnation do not count', () => {
  const steps = [
    { from: 'server', flags: 'ACK', seq: 300, ack: 100 },
    { from: 'client', flags: 'ACK', len: 10 },
    { from: 'client', type: 'deliver', flags: 'ACK', seq: 1, len: 10, of: 1 },
    { from: 'client', flags: 'ACK', seq: 90, len: 10, old_duplicate: true },
    { from: 'client', flags: 'ACK', bytes: 20 },
    { from: 'client', flags: 'ACK', seq: 1030, len: 5 },
    { from: 'server', flags: 'ACK', seq: 300, len: 1 },
  ]
  expect(sendStartFromData(steps, 'client')).toEqual({ sndNxt: 1000, synCounted: false })
  expect(sendStartFromData(steps, 'server')).toEqual({ sndNxt: 300, synCounted: false })
  expect(sendStartFromData([{ from: 'client', flags: 'SYN' }, { from: 'client', flags: 'ACK', seq: 8, len: 3 }], 'client')).toEqual({ sndNxt: 7, synCounted: true })
  expect(sendStartFromData([{ from: 'client', type: 'crash' }, { from: 'client', flags: 'ACK', seq: 8, len: 3 }], 'client')).toBeUndefined()
  expect(sendStartFromData([{ from: 'client', flags: 'ACK', seq: 8 }], 'client')).toBeUndefined()
})

test('a step names one host or both, client first; each host’s expected segment comes from per-host keys or a list', () => {
  expect(stepHosts({ from: 'B' })).toEqual(['server'])
  expect(stepHosts({ from: 'both' })).toEqual(['client', 'server'])
  expect(stepHosts({ from: 'server+client' })).toEqual(['client', 'server'])
  expect(stepHosts({ host: ['server', 'client'] })).toEqual(['client', 'server'])
  expect(() => stepHosts({ from: 'router' })).toThrow('from: expected "client" or "server", got "router"')
  const step = { flags: 'FIN,ACK', client_seq: 101, server_seq: 301, ack: 5 }
  expect(hostExpectation(step, 'server')).toEqual({ flags: 'FIN,ACK', seq: 301, ack: 5 })
  const listed = { segments: [{ flags: 'ACK' }, { flags: 'FIN,ACK' }] }
  expect(hostExpectation(listed, 'client')).toEqual({ flags: 'ACK' })
  expect(hostExpectation(listed, 'server')).toEqual({ flags: 'FIN,ACK' })
  expect(hostExpectation({ segments: [{ from: 'server', flags: 'RST' }] }, 'client')).toEqual({})
})
