/**
 * Classic pcap files (the libpcap format tcpdump writes): a 24-byte file header, then one
 * 16-byte record header per packet. The magic number gives the byte order and the timestamp unit.
 */
import { type CaptureResult, fail, NOT_A_CAPTURE, ok, truncatedAt } from './errors'

/** One packet as stored: its time (µs since 1970), link type, captured bytes and where it starts. */
export type RawPacket = {
  readonly number: number // 1 for the first packet of the file
  readonly timeUs: number
  readonly linkType: number
  readonly data: Uint8Array
}

const MAGICS: ReadonlyArray<{ magic: number; little: boolean; nano: boolean }> = [
  { magic: 0xa1b2c3d4, little: false, nano: false },
  { magic: 0xd4c3b2a1, little: true, nano: false },
  { magic: 0xa1b23c4d, little: false, nano: true },
  { magic: 0x4d3cb2a1, little: true, nano: true },
]

/** Pure. True when the bytes start with one of the four pcap magic numbers. */
export function isPcap(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && pcapMagic(bytes) !== undefined
}

function pcapMagic(bytes: Uint8Array) {
  const first = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, false)
  return MAGICS.find((m) => m.magic === first)
}

/** Pure. Every packet of a classic pcap file, or why it cannot be read. */
export function readPcap(bytes: Uint8Array): CaptureResult<RawPacket[]> {
  const magic = bytes.length >= 4 ? pcapMagic(bytes) : undefined
  if (!magic) return fail(NOT_A_CAPTURE)
  if (bytes.length < 24) return fail(truncatedAt(bytes.length, 'the 24-byte file header'))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (at: number) => view.getUint32(at, magic.little)
  // The upper bits of the link-type field carry FCS information (pcap format, "LinkType and additional information").
  const linkType = u32(20) & 0x0fffffff
  const packets: RawPacket[] = []
  for (let at = 24; at < bytes.length; ) {
    const number = packets.length + 1
    if (at + 16 > bytes.length) return fail(truncatedAt(bytes.length, `the record header of packet ${number}`))
    const captured = u32(at + 8)
    if (at + 16 + captured > bytes.length) return fail(truncatedAt(bytes.length, `packet ${number}`))
    const timeUs = u32(at) * 1e6 + (magic.nano ? u32(at + 4) / 1000 : u32(at + 4))
    packets.push({ number, timeUs, linkType, data: bytes.subarray(at + 16, at + 16 + captured) })
    at += 16 + captured
  }
  return ok(packets)
}
