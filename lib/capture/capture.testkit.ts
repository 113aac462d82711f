/**
 * Builds capture bytes for tests: TCP/IP frames, and pcap or pcapng files around them.
 */

/** A TCP segment to build; flags as packetdrill letters (`S`, `S.`, `P.`, `F.`, `R.`). */
export type SegmentSpec = { src?: string; dst?: string; sport: number; dport: number; seq: number; ack?: number; flags: string; len?: number }

const FLAG_BITS: Record<string, number> = { F: 1, S: 2, R: 4, P: 8, '.': 16 }

/** An IPv4 packet (with `ipOptions` bytes of IP options) carrying a TCP segment; the payload is zeros. */
export function ipv4Tcp(s: SegmentSpec, ipOptions = 0): Uint8Array {
  const len = s.len ?? 0
  const ihl = 20 + ipOptions
  const out = new Uint8Array(ihl + 20 + len)
  const v = new DataView(out.buffer)
  out[0] = 0x40 | (ihl / 4)
  v.setUint16(2, out.length)
  out[8] = 64
  out[9] = 6
  out.set((s.src ?? '10.0.0.1').split('.').map(Number), 12)
  out.set((s.dst ?? '10.0.0.2').split('.').map(Number), 16)
  tcpHeader(out, ihl, s)
  return out
}

/** An IPv6 packet with one destination-options extension header before the TCP segment. */
export function ipv6Tcp(s: SegmentSpec): Uint8Array {
  const len = s.len ?? 0
  const out = new Uint8Array(40 + 8 + 20 + len)
  const v = new DataView(out.buffer)
  out[0] = 0x60
  v.setUint16(4, 8 + 20 + len)
  out[6] = 60 // destination options
  out[7] = 64
  out[23] = 1 // ::1
  out[39] = 2 // ::2
  out[40] = 6 // next: TCP
  out[41] = 0 // (0 + 1) * 8 bytes
  tcpHeader(out, 48, s)
  return out
}

function tcpHeader(out: Uint8Array, at: number, s: SegmentSpec): void {
  const v = new DataView(out.buffer)
  v.setUint16(at, s.sport)
  v.setUint16(at + 2, s.dport)
  v.setUint32(at + 4, s.seq >>> 0)
  v.setUint32(at + 8, (s.ack ?? 0) >>> 0)
  out[at + 12] = 5 << 4
  out[at + 13] = [...s.flags].reduce((bits, f) => bits | (FLAG_BITS[f] ?? 0), 0)
  v.setUint16(at + 14, 65535)
}

/** An Ethernet frame (optionally 802.1Q-tagged) around an IP packet. */
export function ethernet(ip: Uint8Array, vlan = false): Uint8Array {
  const head = vlan ? 18 : 14
  const out = new Uint8Array(head + ip.length)
  const v = new DataView(out.buffer)
  if (vlan) v.setUint16(12, 0x8100)
  v.setUint16(head - 2, (ip[0]! >> 4) === 6 ? 0x86dd : 0x0800)
  out.set(ip, head)
  return out
}

/** A classic little-endian microsecond pcap file. */
export function pcapFile(linkType: number, frames: ReadonlyArray<{ timeUs: number; frame: Uint8Array }>): Uint8Array {
  const parts: Uint8Array[] = []
  const head = new DataView(new ArrayBuffer(24))
  head.setUint32(0, 0xa1b2c3d4, true)
  head.setUint16(4, 2, true)
  head.setUint16(6, 4, true)
  head.setUint32(16, 65535, true)
  head.setUint32(20, linkType, true)
  parts.push(new Uint8Array(head.buffer))
  for (const f of frames) {
    const rec = new DataView(new ArrayBuffer(16))
    rec.setUint32(0, Math.floor(f.timeUs / 1e6), true)
    rec.setUint32(4, f.timeUs % 1e6, true)
    rec.setUint32(8, f.frame.length, true)
    rec.setUint32(12, f.frame.length, true)
    parts.push(new Uint8Array(rec.buffer), f.frame)
  }
  return concat(parts)
}

/** Pure. Byte arrays one after the other. */
export function concat(parts: ReadonlyArray<Uint8Array>): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * A pcapng file with the packets of a classic pcap: one SHB and one IDB (with `if_tsresol` = 9,
 * nanoseconds, when `nano`), then one EPB per packet; `little` picks the byte order of the section.
 */
export function pcapngFromPcap(pcap: Uint8Array, options: { little: boolean; nano: boolean; simple?: boolean }): Uint8Array {
  const src = new DataView(pcap.buffer, pcap.byteOffset, pcap.byteLength)
  const srcLittle = src.getUint32(0, true) === 0xa1b2c3d4
  const linkType = src.getUint32(20, srcLittle)
  const blocks: Uint8Array[] = []
  const block = (type: number, body: Uint8Array) => {
    const length = 12 + Math.ceil(body.length / 4) * 4
    const out = new Uint8Array(length)
    const v = new DataView(out.buffer)
    v.setUint32(0, type, options.little)
    v.setUint32(4, length, options.little)
    out.set(body, 8)
    v.setUint32(length - 4, length, options.little)
    blocks.push(out)
  }
  const shb = new DataView(new ArrayBuffer(16))
  shb.setUint32(0, 0x1a2b3c4d, options.little)
  shb.setUint16(4, 1, options.little)
  shb.setBigInt64(8, -1n, options.little)
  block(0x0a0d0d0a, new Uint8Array(shb.buffer))
  const idb = new DataView(new ArrayBuffer(options.nano ? 20 : 8))
  idb.setUint16(0, linkType, options.little)
  if (options.nano) {
    idb.setUint16(8, 9, options.little) // if_tsresol
    idb.setUint16(10, 1, options.little)
    idb.setUint8(12, 9) // 10^-9 s
  }
  block(1, new Uint8Array(idb.buffer))
  for (let at = 24; at < pcap.length; ) {
    const sec = src.getUint32(at, srcLittle)
    const usec = src.getUint32(at + 4, srcLittle)
    const captured = src.getUint32(at + 8, srcLittle)
    const original = src.getUint32(at + 12, srcLittle)
    const data = pcap.subarray(at + 16, at + 16 + captured)
    if (options.simple) {
      const body = new Uint8Array(4 + data.length)
      new DataView(body.buffer).setUint32(0, original, options.little)
      body.set(data, 4)
      block(3, body)
    } else {
      const body = new Uint8Array(20 + data.length)
      const v = new DataView(body.buffer)
      const units = BigInt(sec) * (options.nano ? 1_000_000_000n : 1_000_000n) + BigInt(usec) * (options.nano ? 1000n : 1n)
      v.setUint32(4, Number(units >> 32n), options.little)
      v.setUint32(8, Number(units & 0xffffffffn), options.little)
      v.setUint32(12, captured, options.little)
      v.setUint32(16, original, options.little)
      body.set(data, 20)
      block(6, body)
    }
    at += 16 + captured
  }
  return concat(blocks)
}
