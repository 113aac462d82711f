/**
 * pcapng files: a sequence of blocks (type, total length, body, total length again). A Section
 * Header Block sets the byte order of its section; Interface Description Blocks give each
 * interface its link type and timestamp unit (`if_tsresol`); packets come in Enhanced Packet
 * Blocks or Simple Packet Blocks. Other blocks are skipped.
 */
import { type CaptureResult, fail, NOT_A_CAPTURE, ok, truncatedAt } from './errors'
import type { RawPacket } from './pcap'

const SHB = 0x0a0d0d0a
const IDB = 1
const SPB = 3
const EPB = 6
const BYTE_ORDER_MAGIC = 0x1a2b3c4d
const IF_TSRESOL = 9
const IF_TSOFFSET = 14

// The smallest body each block type can have, with its type and both lengths: an IDB's link type and
// snap length; an EPB's interface, time and lengths; an SPB's original length.
const MIN_LENGTH: Readonly<Record<number, number>> = { [IDB]: 20, [EPB]: 32, [SPB]: 16 }

type Interface = { linkType: number; snapLen: number; unitsPerSecond: bigint; offsetSeconds: bigint }

/** Pure. True when the bytes start with a Section Header Block. */
export function isPcapng(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x0a && bytes[1] === 0x0d && bytes[2] === 0x0d && bytes[3] === 0x0a
}

/** Pure. Every packet of a pcapng file, or why it cannot be read. */
export function readPcapng(bytes: Uint8Array): CaptureResult<RawPacket[]> {
  if (!isPcapng(bytes)) return fail(NOT_A_CAPTURE)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let little = true
  let interfaces: Interface[] = []
  let lastTimeUs = 0
  const packets: RawPacket[] = []
  for (let at = 0; at < bytes.length; ) {
    if (at + 12 > bytes.length) return fail(truncatedAt(bytes.length, `the block at byte ${at}`))
    const type = view.getUint32(at, little)
    if (type === SHB) {
      // The byte-order magic follows the length; it decides how to read this section, length included.
      const bom = view.getUint32(at + 8, true)
      if (bom === BYTE_ORDER_MAGIC) little = true
      else if (bom === 0x4d3c2b1a) little = false
      else return fail(NOT_A_CAPTURE)
      interfaces = []
    }
    const length = view.getUint32(at + 4, little)
    if (length < 12 || length % 4 !== 0) return fail(`not a capture file: the block at byte ${at} has a length of ${length}`)
    if (at + length > bytes.length) return fail(truncatedAt(bytes.length, `the block at byte ${at}`))
    if (length < (MIN_LENGTH[type] ?? 12)) return fail(`not a capture file: the block at byte ${at} is too short for its type (${length} bytes)`)
    const u32 = (offset: number) => view.getUint32(at + offset, little)
    if (type === IDB) interfaces.push(readInterface(view, at, length, little))
    else if (type === EPB || type === SPB) {
      const number = packets.length + 1
      const iface = interfaces[type === EPB ? u32(8) : 0]
      if (!iface) return fail(`not a capture file: packet ${number} names an interface that was never described`)
      let data: Uint8Array
      if (type === EPB) {
        const captured = u32(20)
        if (28 + captured > length - 4) return fail(truncatedAt(at + length, `packet ${number}`))
        data = bytes.subarray(at + 28, at + 28 + captured)
        const units = (BigInt(u32(12)) << 32n) | BigInt(u32(16))
        const ns = ((units + iface.offsetSeconds * iface.unitsPerSecond) * 1_000_000_000n) / iface.unitsPerSecond
        // Whole microseconds first: ns since 1970 do not fit a double exactly.
        lastTimeUs = Number(ns / 1000n) + Number(ns % 1000n) / 1000
      } else {
        // An SPB has no captured length: it is the original length, cut to the snap length and the block.
        const original = u32(8)
        const captured = Math.min(original, iface.snapLen || original, length - 16)
        data = bytes.subarray(at + 12, at + 12 + captured)
      }
      // An SPB carries no time: it keeps the time of the packet before it.
      packets.push({ number, timeUs: lastTimeUs, linkType: iface.linkType, data })
    }
    at += length
  }
  return ok(packets)
}

/** An IDB: link type and snap length, then options, of which only the timestamp unit and offset matter here. */
function readInterface(view: DataView, at: number, length: number, little: boolean): Interface {
  const iface: Interface = { linkType: view.getUint16(at + 8, little), snapLen: view.getUint32(at + 12, little), unitsPerSecond: 1_000_000n, offsetSeconds: 0n }
  const end = at + length - 4
  for (let o = at + 16; o + 4 <= end; ) {
    const code = view.getUint16(o, little)
    const len = view.getUint16(o + 2, little)
    // opt_endofopt, or an option that claims more than the block holds: nothing more to read.
    if (code === 0 || o + 4 + len > end) break
    if (code === IF_TSRESOL && len >= 1) {
      const v = view.getUint8(o + 4)
      // High bit set: a negative power of 2; clear: a negative power of 10 (pcapng, if_tsresol).
      iface.unitsPerSecond = v & 0x80 ? 1n << BigInt(v & 0x7f) : 10n ** BigInt(v)
    }
    if (code === IF_TSOFFSET && len >= 8) iface.offsetSeconds = view.getBigInt64(o + 4, little)
    o += 4 + Math.ceil(len / 4) * 4
  }
  return iface
}
