import { expect, test } from 'vitest'
import { parseScenarioText } from '../scenario-text/parse'
import { runScenarioText } from '../scenario-text/run-text'
import { ethernet, ipv4Tcp, pcapFile } from './capture.testkit'
import { groupConnections } from './connections'
import { readCapture } from './read'
import { connectionToScenario } from './to-scenario'

const C = { src: '10.0.0.1', dst: '10.0.0.2', sport: 5000, dport: 80 }
const S = { src: '10.0.0.2', dst: '10.0.0.1', sport: 80, dport: 5000 }

/** A capture from `[ms, spec]` pairs, imported. */
function importSegments(list: ReadonlyArray<[number, Parameters<typeof ipv4Tcp>[0]]>) {
  const r = readCapture(pcapFile(1, list.map(([ms, spec]) => ({ timeUs: 1_000_000_000 + ms * 1000, frame: ethernet(ipv4Tcp(spec)) }))))
  if (!r.ok) throw new Error(r.error)
  return connectionToScenario(groupConnections(r.value)[0]!, 'test.pcap')
}

function replay(text: string) {
  const parsed = parseScenarioText(text)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return runScenarioText(parsed.scenario, parsed.expectations)
}

const handshake: Array<[number, Parameters<typeof ipv4Tcp>[0]]> = [
  [0, { ...C, seq: 1000, flags: 'S' }],
  [10, { ...S, seq: 5000, ack: 1001, flags: 'S.' }],
  [20, { ...C, seq: 1001, ack: 5001, flags: '.' }],
]

test('a retransmitted segment makes its first copy a loss, and the replay matches', () => {
  const out = importSegments([
    ...handshake,
    [100, { ...C, seq: 1001, ack: 5001, flags: 'P.', len: 50 }],
    [1100, { ...C, seq: 1001, ack: 5001, flags: 'P.', len: 50 }], // RTO 1 s later
    [1110, { ...S, seq: 5001, ack: 1051, flags: '.' }],
  ])
  expect(out.text).toContain('client send 50\nnetwork drop client\n')
  expect(out.text).toMatch(/iss: client 1000, server 5000/)
  expect(out.text).toContain('retransmits packet 4')
  expect(out.reproduced).toBe(6)
  expect(replay(out.text).failures).toEqual([])
})

test('every segment the replay does not reproduce is named in a comment, with a likely reason', () => {
  const out = importSegments([
    ...handshake,
    [100, { ...C, seq: 1001, ack: 5001, flags: 'P.', len: 50 }],
    [140, { ...S, seq: 5001, ack: 1051, flags: 'P.', len: 20 }], // the ACK rides on the answer 40 ms later
    [150, { ...C, seq: 1051, ack: 5021, flags: '.' }],
  ])
  expect(out.differences.map((d) => d.packet)).toEqual([5])
  expect(out.text).toMatch(/^# packet 5 differs: the server sent \. 1:1\(0\) ack 51 .*\n.*# packet 5 at/m)
  // Only comments were added: the text replays with the same verdicts.
  expect(replay(out.text).failures).toHaveLength(1)
})

test('an RST that answers nothing is an abort; a title and a description in both languages say where it came from', () => {
  const out = importSegments([...handshake, [500, { ...C, seq: 1001, ack: 5001, flags: 'R.' }]])
  expect(out.text).toContain('client abort')
  expect(out.text).toContain('title.en: Imported capture: 10.0.0.1:5000 → 10.0.0.2:80')
  expect(out.text).toContain('从抓包文件 test.pcap 的第 1 个连接导入')
  expect(out.reproduced).toBe(4)
})
