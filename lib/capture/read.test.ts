import { describe, expect, test } from 'vitest'
import { concat, ethernet, ipv4Tcp, ipv6Tcp, pcapFile, pcapngFromPcap } from './capture.testkit'
import { NO_TCP, NOT_A_CAPTURE } from './errors'
import { readCapture } from './read'

const SYN = { sport: 5000, dport: 80, seq: 100, flags: 'S' }
const frames = (f: Uint8Array) => [{ timeUs: 1_700_000_000_250_000, frame: f }]

describe('link layers', () => {
  test('Ethernet, with and without an 802.1Q tag, and IPv4 options', () => {
    for (const frame of [ethernet(ipv4Tcp(SYN)), ethernet(ipv4Tcp(SYN), true), ethernet(ipv4Tcp(SYN, 8))]) {
      const r = readCapture(pcapFile(1, frames(frame)))
      expect(r.ok && r.value[0]).toMatchObject({ src: '10.0.0.1', dst: '10.0.0.2', srcPort: 5000, dstPort: 80, seq: 100, dataLength: 0, flags: { syn: true, ack: false } })
    }
  })

  test('IPv6 with an extension header', () => {
    const r = readCapture(pcapFile(1, frames(ethernet(ipv6Tcp({ ...SYN, flags: 'P.', len: 7 })))))
    expect(r.ok && r.value[0]).toMatchObject({ src: '::1', dst: '::2', dataLength: 7, flags: { psh: true, ack: true } })
  })

  test('raw IP, BSD loopback in both byte orders, Linux cooked v1 and v2', () => {
    const ip = ipv4Tcp(SYN)
    const withHead = (head: Uint8Array) => concat([head, ip])
    const sll = new Uint8Array(16)
    sll[14] = 0x08
    const sll2 = new Uint8Array(20)
    sll2[0] = 0x08
    const cases: Array<[number, Uint8Array]> = [
      [101, ip], [12, ip], [14, ip], [228, ip], [229, ipv6Tcp(SYN)],
      [0, withHead(Uint8Array.of(2, 0, 0, 0))], [0, withHead(Uint8Array.of(0, 0, 0, 2))], [108, withHead(Uint8Array.of(0, 0, 0, 2))],
      [113, withHead(sll)], [276, withHead(sll2)],
    ]
    for (const [linkType, frame] of cases) {
      const r = readCapture(pcapFile(linkType, frames(frame)))
      expect(r.ok && r.value.length, `link type ${linkType}`).toBe(1)
    }
  })
})

describe('formats', () => {
  const pcap = pcapFile(1, [{ timeUs: 1_700_000_000_250_000, frame: ethernet(ipv4Tcp(SYN)) }, { timeUs: 1_700_000_000_250_123, frame: ethernet(ipv4Tcp({ sport: 80, dport: 5000, seq: 300, ack: 101, flags: 'S.' })) }])

  test('pcapng in both byte orders, micro- and nanosecond units, enhanced and simple packet blocks', () => {
    for (const little of [true, false]) {
      for (const nano of [true, false]) {
        const r = readCapture(pcapngFromPcap(pcap, { little, nano }))
        expect(r.ok && r.value.map((p) => p.timeUs - 1_700_000_000_000_000)).toEqual([250_000, 250_123])
      }
    }
    const simple = readCapture(pcapngFromPcap(pcap, { little: true, nano: false, simple: true }))
    expect(simple.ok && simple.value.map((p) => p.seq)).toEqual([100, 300])
  })

  test('bad input gets one line', () => {
    expect(readCapture(Uint8Array.of(1, 2, 3, 4, 5))).toEqual({ ok: false, error: NOT_A_CAPTURE })
    expect(readCapture(pcap.subarray(0, pcap.length - 3))).toEqual({ ok: false, error: `the file is truncated at byte ${pcap.length - 3}: packet 2 goes past its end` })
    expect(readCapture(pcapFile(1, []))).toEqual({ ok: false, error: NO_TCP })
    const unknown = readCapture(pcapFile(147, frames(ipv4Tcp(SYN))))
    expect(unknown.ok || unknown.error).toMatch(/^unsupported link type 147 /)
    const big = readCapture(new Uint8Array(10 * 1024 * 1024 + 1))
    expect(big.ok || big.error).toMatch(/^the file is larger than 10 MB/)
  })
})

describe('damaged files found by fuzzing', () => {
  // A little-endian section header, then the blocks given as 32-bit words.
  const pcapng = (...words: number[]) => {
    const shb = [0x0a0d0d0a, 28, 0x1a2b3c4d, 1, 0xffffffff, 0xffffffff, 28]
    const all = [...shb, ...words]
    const out = new Uint8Array(all.length * 4)
    all.forEach((w, i) => new DataView(out.buffer).setUint32(i * 4, w >>> 0, true))
    return out
  }

  test('an interface block too short to hold its link type and snap length, at the end of the file', () => {
    expect(readCapture(pcapng(1, 12, 12))).toEqual({ ok: false, error: 'not a capture file: the block at byte 28 is too short for its type (12 bytes)' })
  })

  test('a packet block too short to hold its time and lengths', () => {
    const idb = [1, 20, 1, 65535, 20]
    expect(readCapture(pcapng(...idb, 6, 12, 12))).toEqual({ ok: false, error: 'not a capture file: the block at byte 48 is too short for its type (12 bytes)' })
  })

  test('an interface option that claims more bytes than its block holds is not read', () => {
    // if_tsoffset (14) claiming 8 bytes with 4 left before the trailing length.
    const idb = [1, 28, 1, 65535, (8 << 16) | 14, 0, 28]
    expect(readCapture(pcapng(...idb))).toEqual({ ok: false, error: NO_TCP })
  })

  test('a packet record claiming 4 GB is refused as truncated, not allocated', () => {
    const file = pcapFile(1, frames(ethernet(ipv4Tcp(SYN))))
    new DataView(file.buffer).setUint32(24 + 8, 0xffffffff, true)
    expect(readCapture(file)).toEqual({ ok: false, error: `the file is truncated at byte ${file.length}: packet 1 goes past its end` })
  })
})
