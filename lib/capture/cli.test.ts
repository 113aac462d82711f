import { expect, test } from 'vitest'
import { ethernet, ipv4Tcp, pcapFile } from './capture.testkit'
import { IMPORT_USAGE, importCapture, parseImportArgs } from './cli'

test('arguments: the file, a connection number and an output file in any order', () => {
  expect(parseImportArgs(['a.pcap'])).toEqual({ file: 'a.pcap', connection: 1, out: null })
  expect(parseImportArgs(['-o', 'x.txt', 'a.pcap', '--connection', '2'])).toEqual({ file: 'a.pcap', connection: 2, out: 'x.txt' })
  expect(parseImportArgs([])).toBe(IMPORT_USAGE)
  expect(parseImportArgs(['a.pcap', '--connection', 'zero'])).toMatch(/^--connection takes a connection number/)
  expect(parseImportArgs(['a.pcap', 'b.pcap'])).toMatch(/^unexpected "b.pcap"/)
})

const file = pcapFile(1, [
  [0, { sport: 5000, dport: 80, seq: 1, flags: 'S' }],
  [1, { src: '10.0.0.2', dst: '10.0.0.1', sport: 80, dport: 5000, seq: 9, ack: 2, flags: 'S.' }],
  [2, { sport: 6000, dport: 80, seq: 1, flags: 'S' }],
].map(([ms, spec]) => ({ timeUs: 1e9 + (ms as number) * 1000, frame: ethernet(ipv4Tcp(spec as Parameters<typeof ipv4Tcp>[0])) })))

test('the connections are listed on stderr and the chosen one is the scenario', () => {
  const out = importCapture('dir/x.pcap', file, 2)
  expect(out.stderr).toBe('#1 10.0.0.1:5000 → 10.0.0.2:80, 2 segments\n#2 10.0.0.1:6000 → 10.0.0.2:80, 1 segment\nconnection #2: 1 of 1 segments replay exactly under the Linux profile\n')
  expect(out.scenario).toContain('# Imported from x.pcap, connection #2: 10.0.0.1:6000 → 10.0.0.2:80')
  expect(out.exitCode).toBe(0)
})

test('an error is one line and no scenario', () => {
  expect(importCapture('x.pcap', file, 3)).toEqual({ scenario: null, stderr: 'x.pcap: there is no connection #3: the file has 2\n', exitCode: 1 })
  expect(importCapture('x.pcap', Uint8Array.of(0, 1, 2), 1)).toEqual({ scenario: null, stderr: 'x.pcap: not a capture file: it starts with neither a pcap nor a pcapng header\n', exitCode: 1 })
})
