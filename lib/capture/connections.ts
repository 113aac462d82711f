/**
 * Groups a capture's TCP segments into connections by their 4-tuple, and decides which end is the
 * client: the sender of the first SYN without ACK (the active opener), else the first sender.
 */
import type { CapturedFlags } from './tcp'
import type { TcpPacket } from './read'

/** One end of a connection. */
export type Endpoint = { readonly address: string; readonly port: number }

/** A segment of a connection, with its sender named as the simulation names hosts. */
export type CapturedSegment = {
  readonly number: number // packet number in the file, from 1
  readonly timeUs: number
  readonly from: 'client' | 'server'
  readonly seq: number
  readonly ack: number
  readonly flags: CapturedFlags
  readonly window: number
  readonly dataLength: number
}

/** A connection of the file: numbered from 1 in the order of its first packet. */
export type Connection = {
  readonly number: number
  readonly client: Endpoint
  readonly server: Endpoint
  readonly segments: ReadonlyArray<CapturedSegment>
}

const key = (address: string, port: number) => `${address}|${port}`

/** Pure. The connections of a capture, in the order of their first packet. */
export function groupConnections(packets: ReadonlyArray<TcpPacket>): Connection[] {
  const groups = new Map<string, TcpPacket[]>()
  for (const p of packets) {
    const ends = [key(p.src, p.srcPort), key(p.dst, p.dstPort)].sort()
    const id = ends.join('>')
    const list = groups.get(id)
    if (list) list.push(p)
    else groups.set(id, [p])
  }
  return [...groups.values()].map((list, i) => {
    const opener = list.find((p) => p.flags.syn && !p.flags.ack) ?? list[0]!
    const client: Endpoint = { address: opener.src, port: opener.srcPort }
    const server: Endpoint = { address: opener.dst, port: opener.dstPort }
    const segments = list.map((p): CapturedSegment => ({
      number: p.number,
      timeUs: p.timeUs,
      from: p.src === client.address && p.srcPort === client.port ? 'client' : 'server',
      seq: p.seq,
      ack: p.ack,
      flags: p.flags,
      window: p.window,
      dataLength: p.dataLength,
    }))
    return { number: i + 1, client, server, segments }
  })
}

/** Pure. `10.0.0.1:5000`, or `[::1]:5000` for IPv6. */
export function formatEndpoint(e: Endpoint): string {
  return e.address.includes(':') ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`
}
