/**
 * IPv4 and IPv6 headers: the addresses, and where the transport header and its payload are.
 * Lengths come from the IP header, not from the captured bytes, so a capture cut short by a
 * snap length still tells how much data a segment carried.
 */
import type { IpStart } from './link'

/** An IP packet's addresses and transport part; `payloadLength` as the IP header states it. */
export type IpPacket = {
  readonly src: string
  readonly dst: string
  readonly protocol: number
  readonly payloadOffset: number
  readonly payloadLength: number
}

const TCP = 6
// IPv6 extension headers that can be stepped over: hop-by-hop, routing, fragment, destination options, AH, mobility.
const EXTENSIONS = new Set([0, 43, 44, 60, 51, 135])

/** Pure. The IP packet at `start`, or null when it is cut short, a later fragment or not readable. */
export function readIp(frame: Uint8Array, start: NonNullable<IpStart>): IpPacket | null {
  return start.version === 4 ? readIpv4(frame, start.offset) : readIpv6(frame, start.offset)
}

function readIpv4(frame: Uint8Array, at: number): IpPacket | null {
  if (at + 20 > frame.length) return null
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  const headerLength = (frame[at]! & 0x0f) * 4 // IHL: options make it longer than 20
  const total = view.getUint16(at + 2, false)
  // Only the first fragment has the TCP header.
  if ((view.getUint16(at + 6, false) & 0x1fff) !== 0 || headerLength < 20) return null
  const src = Array.from(frame.subarray(at + 12, at + 16)).join('.')
  const dst = Array.from(frame.subarray(at + 16, at + 20)).join('.')
  return { src, dst, protocol: frame[at + 9]!, payloadOffset: at + headerLength, payloadLength: total - headerLength }
}

function readIpv6(frame: Uint8Array, at: number): IpPacket | null {
  if (at + 40 > frame.length) return null
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  let remaining = view.getUint16(at + 4, false)
  let next = frame[at + 6]!
  let offset = at + 40
  while (EXTENSIONS.has(next) && next !== TCP) {
    if (offset + 8 > frame.length) return null
    if (next === 44 && (view.getUint16(offset + 2, false) & 0xfff8) !== 0) return null // a later fragment
    const length = next === 44 ? 8 : next === 51 ? (frame[offset + 1]! + 2) * 4 : (frame[offset + 1]! + 1) * 8
    next = frame[offset]!
    offset += length
    remaining -= length
  }
  return { src: ipv6Text(frame.subarray(at + 8, at + 24)), dst: ipv6Text(frame.subarray(at + 24, at + 40)), protocol: next, payloadOffset: offset, payloadLength: remaining }
}

/** Pure. An IPv6 address as RFC 5952 writes it: lower-case hex, the longest run of zero groups as `::`. */
export function ipv6Text(bytes: Uint8Array): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16))
  let best = { start: -1, length: 0 }
  for (let i = 0; i < 8; ) {
    let j = i
    while (j < 8 && groups[j] === '0') j++
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i }
    i = j === i ? i + 1 : j
  }
  if (best.start < 0) return groups.join(':')
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`
}
