/**
 * Reads a whole capture file into its TCP segments: picks the format by its magic number, then
 * unwraps link layer, IP and TCP for each packet. Packets that are not TCP are passed over.
 */
import { type CaptureResult, fail, MAX_CAPTURE_BYTES, NO_TCP, NOT_A_CAPTURE, ok, tooLarge } from './errors'
import { readIp } from './ip'
import { ipStart } from './link'
import { isPcap, readPcap } from './pcap'
import { isPcapng, readPcapng } from './pcapng'
import { readTcp, type TcpHeader } from './tcp'

/** One TCP segment of the file: the packet it came in, its time (µs since 1970), addresses and header. */
export type TcpPacket = TcpHeader & { readonly number: number; readonly timeUs: number; readonly src: string; readonly dst: string }

/** Pure. The TCP segments of a pcap or pcapng file, in file order, or the one line that says what is wrong. */
export function readCapture(bytes: Uint8Array): CaptureResult<TcpPacket[]> {
  if (bytes.length > MAX_CAPTURE_BYTES) return fail(tooLarge(bytes.length))
  const raw = isPcap(bytes) ? readPcap(bytes) : isPcapng(bytes) ? readPcapng(bytes) : fail<never>(NOT_A_CAPTURE)
  if (!raw.ok) return raw
  const segments: TcpPacket[] = []
  for (const p of raw.value) {
    const start = ipStart(p.linkType, p.data)
    if (!start.ok) return start
    if (!start.value) continue
    const ip = readIp(p.data, start.value)
    if (!ip || ip.protocol !== 6) continue
    const tcp = readTcp(p.data, ip.payloadOffset, ip.payloadLength)
    if (tcp) segments.push({ ...tcp, number: p.number, timeUs: p.timeUs, src: ip.src, dst: ip.dst })
  }
  return segments.length === 0 ? fail(NO_TCP) : ok(segments)
}
