/**
 * The recorded fixtures (record.sh) end to end: capture → connections → scenario text → parse →
 * Linux-profile replay → compared with the capture segment by segment. Also the bad inputs, and the
 * other byte orders, nanosecond timestamps and pcapng, made by rewriting a fixture's bytes.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatFlags } from '../../lib/scenario-text/notation'
import { parseScenarioText } from '../../lib/scenario-text/parse'
import { runScenarioText } from '../../lib/scenario-text/run-text'
import { ethernet, pcapFile, pcapngFromPcap } from '../../lib/capture/capture.testkit'
import { importCapture } from '../../lib/capture/cli'
import { groupConnections } from '../../lib/capture/connections'
import { readCapture } from '../../lib/capture/read'
import { connectionToScenario } from '../../lib/capture/to-scenario'

const load = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, name)))

function connections(bytes: Uint8Array) {
  const r = readCapture(bytes)
  if (!r.ok) throw new Error(r.error)
  return groupConnections(r.value)
}

/** Flags in capture order, `client S` …, with P for PSH as tcpdump shows it. */
const flagsOf = (bytes: Uint8Array) =>
  connections(bytes)[0]!.segments.map((s) => `${s.from} ${formatFlags(s.flags)}${s.dataLength > 0 ? ` ${s.dataLength}` : ''}`)

const FIXTURES: Record<string, string[]> = {
  'handshake-data-close.pcap': ['client S', 'server S.', 'client .', 'client P. 100', 'server .', 'server P. 200', 'client .', 'client F.', 'server .', 'server F.', 'client .'],
  'half-close.pcap': ['client S', 'server S.', 'client .', 'client P. 100', 'server .', 'client F.', 'server .', 'server P. 300', 'client .', 'server F.', 'client .'],
  'refused.pcap': ['client S', 'server R.'],
  'keepalive.pcap': ['client S', 'server S.', 'client .', 'client .', 'server .', 'client .', 'server .', 'client .', 'server .', 'client F.', 'server .', 'server F.', 'client .'],
  'server-closes-first.pcap': ['client S', 'server S.', 'client .', 'server P. 100', 'client .', 'server F.', 'client .', 'client F.', 'server .'],
}

const PORTS: Record<string, number> = { 'handshake-data-close.pcap': 40101, 'half-close.pcap': 40102, 'refused.pcap': 40103, 'keepalive.pcap': 40104, 'server-closes-first.pcap': 40105 }

describe.each(Object.entries(FIXTURES))('%s', (name, flags) => {
  const bytes = load(name)

  test('one connection; the SYN sender is the client; the segments in order', () => {
    const list = connections(bytes)
    expect(list).toHaveLength(1)
    expect(list[0]!.server.port).toBe(PORTS[name]) // record.sh's port: the listening side is the server
    expect(flagsOf(bytes)).toEqual(flags)
  })

  test('round trip: import, replay under the Linux profile, compare; every difference is named', () => {
    const imported = connectionToScenario(connections(bytes)[0]!, name)
    const parsed = parseScenarioText(imported.text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    const run = runScenarioText(parsed.scenario, parsed.expectations)
    const segmentChecks = parsed.expectations.filter((e) => e.kind === 'segment')
    expect(segmentChecks).toHaveLength(flags.length)
    const failedLines = run.failures.map((f) => f.line)
    const reproduced = segmentChecks.filter((e) => !failedLines.includes(e.line)).length
    console.info(`${name}: ${reproduced} of ${segmentChecks.length} captured segments replay exactly under the Linux profile`)
    expect(reproduced).toBe(imported.reproduced)
    // No silent difference: the line above each failing expect is a comment naming its packet.
    const lines = imported.text.split('\n')
    for (const f of run.failures) expect(lines[f.line - 2]).toMatch(/^# packet \d+ differs: /)
    // The end states come from the replay, so they always hold.
    expect(run.failures.every((f) => !f.expected.endsWith('at the end'))).toBe(true)
  })
})

test('handshake, data and close: the handshake and both FINs replay exactly', () => {
  const bytes = load('handshake-data-close.pcap')
  const imported = connectionToScenario(connections(bytes)[0]!, 'handshake-data-close.pcap')
  const differing = new Set(imported.differences.map((d) => d.packet))
  for (const packet of [1, 2, 3, 8, 10]) expect(differing.has(packet), `packet ${packet}`).toBe(false)
  expect(imported.text).toMatch(/^client connect\n/m)
  expect(imported.text).toMatch(/^client send 100\n[^]*^server send 200\n[^]*^client close\n[^]*^server close\n/m)
})

test('half-close: the server sends after the client\'s FIN, then closes', () => {
  const text = connectionToScenario(connections(load('half-close.pcap'))[0]!, 'half-close.pcap').text
  expect(text).toMatch(/^client close\n[^]*^server send 300\n[^]*^server close\n/m)
})

test('refused: no listen, the server\'s RST is the stack\'s answer, not an abort', () => {
  const text = connectionToScenario(connections(load('refused.pcap'))[0]!, 'refused.pcap').text
  expect(text).not.toMatch(/listen|abort/)
  expect(text).toContain('expect server > R. 0:0(0) ack 1')
})

test('keep-alive: the client\'s probes give its idle time', () => {
  const text = connectionToScenario(connections(load('keepalive.pcap'))[0]!, 'keepalive.pcap').text
  expect(text).toMatch(/^client connect keep-alive idle 10\d\dms interval 10\d\dms count 9$/m)
  expect(text.match(/, keep-alive probe$/gm)).toHaveLength(3)
})

test('server closes first: the server\'s close comes before the client\'s', () => {
  const text = connectionToScenario(connections(load('server-closes-first.pcap'))[0]!, 'server-closes-first.pcap').text
  expect(text.indexOf('server close')).toBeLessThan(text.indexOf('client close'))
})

describe('other encodings of the same capture', () => {
  const pcap = load('handshake-data-close.pcap')
  const times = (bytes: Uint8Array) => {
    const r = readCapture(bytes)
    if (!r.ok) throw new Error(r.error)
    return r.value.map((p) => p.timeUs)
  }

  /** The fixture with every header field swapped to big-endian and/or its fractions in nanoseconds. */
  function rewrite(big: boolean, nano: boolean): Uint8Array {
    const out = new Uint8Array(pcap)
    const src = new DataView(pcap.buffer, pcap.byteOffset, pcap.byteLength)
    const dst = new DataView(out.buffer)
    dst.setUint32(0, nano ? 0xa1b23c4d : 0xa1b2c3d4, !big)
    dst.setUint16(4, src.getUint16(4, true), !big)
    dst.setUint16(6, src.getUint16(6, true), !big)
    for (const at of [8, 12, 16, 20]) dst.setUint32(at, src.getUint32(at, true), !big)
    for (let at = 24; at < pcap.length; ) {
      const captured = src.getUint32(at + 8, true)
      dst.setUint32(at, src.getUint32(at, true), !big)
      dst.setUint32(at + 4, src.getUint32(at + 4, true) * (nano ? 1000 : 1), !big)
      dst.setUint32(at + 8, captured, !big)
      dst.setUint32(at + 12, src.getUint32(at + 12, true), !big)
      at += 16 + captured
    }
    return out
  }

  test('big-endian, nanosecond and pcapng files read the same', () => {
    const want = times(pcap)
    for (const big of [false, true]) for (const nano of [false, true]) expect(times(rewrite(big, nano)), `big ${big} nano ${nano}`).toEqual(want)
    for (const little of [false, true]) expect(times(pcapngFromPcap(pcap, { little, nano: true }))).toEqual(want)
    const viaNg = connectionToScenario(connections(pcapngFromPcap(pcap, { little: false, nano: true }))[0]!, 'x').text
    expect(viaNg).toBe(connectionToScenario(connections(pcap)[0]!, 'x').text)
  })
})

describe('bad input: one line, nothing written', () => {
  const pcap = load('keepalive.pcap')
  const udp = () => {
    const ip = new Uint8Array(28)
    ip[0] = 0x45
    ip[3] = 28
    ip[9] = 17 // UDP
    return pcapFile(1, [{ timeUs: 1e9, frame: ethernet(ip) }])
  }
  const unknownLink = () => {
    const out = new Uint8Array(pcap)
    new DataView(out.buffer).setUint32(20, 147, true) // a user link type
    return out
  }
  let seed = 7
  const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff)
  const cases: Array<[string, Uint8Array, string]> = [
    ['random bytes', random, 'x: not a capture file: it starts with neither a pcap nor a pcapng header'],
    ['a truncated pcap', pcap.subarray(0, 500), 'x: the file is truncated at byte 500: packet 6 goes past its end'],
    ['only UDP', udp(), 'x: no TCP segment in the file'],
    ['over 10 MB', new Uint8Array(10 * 1024 * 1024 + 1), 'x: the file is larger than 10 MB (10485761 bytes); cut it down to the connection you want, e.g. with tcpdump -r IN -w OUT \'tcp port P\''],
    ['an unknown link type', unknownLink(), 'x: unsupported link type 147 (read: Ethernet 1, BSD loopback 0 and 108, raw IP 101/12/14/228/229, Linux cooked 113 and 276)'],
  ]
  test.each(cases)('%s', (_, bytes, line) => {
    expect(importCapture('x', bytes, 1)).toEqual({ scenario: null, stderr: `${line}\n`, exitCode: 1 })
  })
})
