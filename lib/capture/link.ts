/**
 * Link layers: where the IP packet starts inside a captured frame, for the link types a TCP
 * capture usually has (numbers from tcpdump.org's list of LINKTYPE_ values).
 */
import { type CaptureResult, fail, ok, unsupportedLinkType } from './errors'

/** The IP packet inside a frame: its version and first byte; null when the frame carries no IP. */
export type IpStart = { readonly version: 4 | 6; readonly offset: number } | null

const ETHERTYPE_IPV4 = 0x0800
const ETHERTYPE_IPV6 = 0x86dd
const VLAN_TAGS = new Set([0x8100, 0x88a8, 0x9100]) // 802.1Q, 802.1ad and the older QinQ tag
// BSD loopback address families: AF_INET is 2 everywhere; AF_INET6 is 10 (Linux), 24, 28 or 30 (BSDs, macOS).
const AF_INET6 = new Set([10, 24, 28, 30])

/** Pure. The link types the importer reads. */
export const LINK_TYPES: ReadonlySet<number> = new Set([0, 1, 12, 14, 101, 108, 113, 228, 229, 276])

/** Pure. Where the IP packet starts in a frame of `linkType`, null if it is not IP, or the link type is not read. */
export function ipStart(linkType: number, frame: Uint8Array): CaptureResult<IpStart> {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  const u16 = (at: number) => (at + 2 <= frame.length ? view.getUint16(at, false) : -1)
  switch (linkType) {
    case 1: {
      let at = 12
      while (VLAN_TAGS.has(u16(at))) at += 4
      return ok(byEthertype(u16(at), at + 2))
    }
    case 0:
    case 108: {
      if (frame.length < 4) return ok(null)
      // DLT_NULL stores the family in the byte order of the machine that captured; DLT_LOOP in network order.
      const big = view.getUint32(0, false)
      const family = linkType === 108 || big <= 0xffff ? big : view.getUint32(0, true)
      if (family === 2) return ok(version(frame, 4) === 4 ? { version: 4, offset: 4 } : null)
      if (AF_INET6.has(family)) return ok(version(frame, 4) === 6 ? { version: 6, offset: 4 } : null)
      return ok(null)
    }
    case 12:
    case 14:
    case 101:
    case 228:
    case 229: {
      const v = version(frame, 0)
      if (linkType === 228 && v !== 4) return ok(null)
      if (linkType === 229 && v !== 6) return ok(null)
      return ok(v === 4 || v === 6 ? { version: v, offset: 0 } : null)
    }
    case 113:
      return ok(byEthertype(u16(14), 16)) // SLL: 16-byte header, protocol last
    case 276:
      return ok(byEthertype(u16(0), 20)) // SLL2: 20-byte header, protocol first
    default:
      return fail(unsupportedLinkType(linkType))
  }
}

function byEthertype(type: number, offset: number): IpStart {
  if (type === ETHERTYPE_IPV4) return { version: 4, offset }
  if (type === ETHERTYPE_IPV6) return { version: 6, offset }
  return null
}

function version(frame: Uint8Array, at: number): number {
  return at < frame.length ? frame[at]! >> 4 : -1
}
