/**
 * The TCP header (RFC 9293 §3.1): ports, sequence and acknowledgment numbers, flags, window,
 * and how many data bytes the segment carries (from the IP length, as the payload may be cut).
 */

/** The flags a capture shows; PSH is kept so the importer can say the engine does not model it. */
export type CapturedFlags = { readonly syn: boolean; readonly ack: boolean; readonly fin: boolean; readonly rst: boolean; readonly psh: boolean }

/** One TCP header as captured. */
export type TcpHeader = {
  readonly srcPort: number
  readonly dstPort: number
  readonly seq: number
  readonly ack: number
  readonly flags: CapturedFlags
  readonly window: number
  readonly dataLength: number
}

/** Pure. The TCP header at `offset` of a segment `length` bytes long, or null when it is cut short. */
export function readTcp(frame: Uint8Array, offset: number, length: number): TcpHeader | null {
  if (offset + 20 > frame.length || length < 20) return null
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  const headerLength = (frame[offset + 12]! >> 4) * 4
  const bits = frame[offset + 13]!
  if (headerLength < 20 || headerLength > length) return null
  return {
    srcPort: view.getUint16(offset, false),
    dstPort: view.getUint16(offset + 2, false),
    seq: view.getUint32(offset + 4, false),
    ack: view.getUint32(offset + 8, false),
    flags: { fin: (bits & 0x01) !== 0, syn: (bits & 0x02) !== 0, rst: (bits & 0x04) !== 0, psh: (bits & 0x08) !== 0, ack: (bits & 0x10) !== 0 },
    window: view.getUint16(offset + 14, false),
    dataLength: length - headerLength,
  }
}
