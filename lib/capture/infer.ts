/**
 * What a connection's segments say the applications did: the user calls behind them (connect,
 * send, close, abort), the losses that retransmissions reveal, and keep-alive probes with their
 * idle time and interval. Numbers are made relative to each side's ISN, as the scenario format
 * writes them.
 */
import { seqDiff } from '../tcp/seq'
import type { HostId } from '../sim/types'
import type { SegmentPattern } from '../scenario-text/types'
import type { CapturedSegment, Connection } from './connections'

/** A user call the capture implies, at a time in ms from the connection's first segment. */
export type InferredCall =
  | { readonly atMs: number; readonly host: HostId; readonly type: 'connect' | 'close' | 'abort'; readonly packet: number }
  | { readonly atMs: number; readonly host: HostId; readonly type: 'send'; readonly bytes: number; readonly packet: number }

/** Keep-alive as observed on one side: idle before the first probe, the interval, the probes. */
export type ObservedKeepAlive = { readonly idleMs: number; readonly intervalMs: number | null; readonly probes: ReadonlyArray<number> }

/** A captured segment with its numbers as the scenario writes them, and what the importer made of it. */
export type ReadSegment = {
  readonly segment: CapturedSegment
  readonly atMs: number
  readonly pattern: SegmentPattern
  readonly retransmits: number | null // packet number of the copy this one repeats
  readonly lost: boolean // sent again later: the network dropped this copy
  readonly keepAliveProbe: boolean
  readonly answer: boolean // an RST the stack sent in answer to a segment (not an ABORT)
}

/** Everything the importer reads from a connection. */
export type Inference = {
  readonly iss: { readonly client?: number; readonly server?: number }
  readonly serverListens: boolean
  readonly delayMs: number
  readonly calls: ReadonlyArray<InferredCall>
  readonly segments: ReadonlyArray<ReadSegment>
  readonly keepAlive: { readonly client: ObservedKeepAlive | null; readonly server: ObservedKeepAlive | null }
}

const other = (h: HostId): HostId => (h === 'client' ? 'server' : 'client')
/** Times are kept to the microsecond: finer would only print noise. */
const ms = (us: number) => Math.round(us) / 1000
// Segments of one write leave back to back; an RST within this time of a peer's segment answers it.
const BACK_TO_BACK_MS = 1

/** Pure. Reads a connection: ISNs, user calls, losses, keep-alive, and each segment in relative numbers. */
export function inferConnection(conn: Connection): Inference {
  const segs = conn.segments
  const t0 = segs[0]!.timeUs
  const at = (s: CapturedSegment) => ms(s.timeUs - t0)
  const synOf = (h: HostId) => segs.find((s) => s.from === h && s.flags.syn)
  const iss = { client: synOf('client')?.seq, server: synOf('server')?.seq }
  const rel = (n: number, h: HostId) => (iss[h] === undefined ? n : seqDiff(n, iss[h]))
  const sent: Record<HostId, number | null> = { client: null, server: null } // SND.MAX, relative
  const calls: InferredCall[] = []
  const read: ReadSegment[] = []
  const lastCopy = new Map<string, number>() // `${host}:${seq}` -> index in `read`
  let closed: Record<HostId, boolean> = { client: false, server: false }
  segs.forEach((s, i) => {
    const h = s.from
    const seq = rel(s.seq, h)
    const space = s.dataLength + (s.flags.syn ? 1 : 0) + (s.flags.fin ? 1 : 0)
    const end = seq + space
    const high = sent[h]
    const repeat = space > 0 && high !== null && end <= high
    const probe = space === 0 && !s.flags.rst && high !== null && seq === high - 1
    const prev = segs[i - 1]
    const answer = s.flags.rst && (iss[h] === undefined || (prev !== undefined && prev.from !== h && at(s) - at(prev) <= BACK_TO_BACK_MS))
    let retransmits: number | null = null
    const copyKey = `${h}:${seq}`
    if (repeat && lastCopy.has(copyKey)) {
      const j = lastCopy.get(copyKey)!
      read[j] = { ...read[j]!, lost: true }
      retransmits = read[j]!.segment.number
    }
    if (space > 0) lastCopy.set(copyKey, i)
    if (!repeat) {
      if (s.flags.syn && !s.flags.ack && h === 'client') calls.push({ atMs: at(s), host: h, type: 'connect', packet: s.number })
      if (s.dataLength > 0) {
        const last = calls[calls.length - 1]
        // One write the stack cut into several segments: same sender, nothing from the peer between, back to back.
        if (last?.type === 'send' && last.host === h && prev?.from === h && prev.dataLength > 0 && at(s) - last.atMs <= BACK_TO_BACK_MS) {
          calls[calls.length - 1] = { ...last, bytes: last.bytes + s.dataLength }
        } else calls.push({ atMs: at(s), host: h, type: 'send', bytes: s.dataLength, packet: s.number })
      }
      if (s.flags.fin && !closed[h]) {
        closed = { ...closed, [h]: true }
        calls.push({ atMs: at(s), host: h, type: 'close', packet: s.number })
      }
    }
    if (s.flags.rst && !answer) calls.push({ atMs: at(s), host: h, type: 'abort', packet: s.number })
    if (high === null || end > high) sent[h] = end
    const pattern: SegmentPattern = {
      flags: { syn: s.flags.syn, ack: s.flags.ack, fin: s.flags.fin, rst: s.flags.rst, ...(s.flags.psh ? { psh: true } : {}) },
      seq,
      len: s.dataLength,
      ack: s.flags.ack ? rel(s.ack, other(h)) : null,
      win: null, // windows depend on buffer sizes the engine does not model
    }
    read.push({ segment: s, atMs: at(s), pattern, retransmits, lost: false, keepAliveProbe: probe, answer })
  })
  return {
    iss,
    serverListens: segs.some((s) => s.from === 'server' && s.flags.syn),
    delayMs: oneWayDelay(read),
    calls,
    segments: read,
    keepAlive: { client: keepAliveOf(read, 'client'), server: keepAliveOf(read, 'server') },
  }
}

/** Half the SYN to SYN,ACK time, else half the shortest gap between a segment and the peer's next. */
function oneWayDelay(read: ReadonlyArray<ReadSegment>): number {
  const syn = read.find((r) => r.pattern.flags.syn && !r.pattern.flags.ack)
  const synAck = read.find((r) => r.pattern.flags.syn && r.pattern.flags.ack)
  let rtt = syn && synAck ? synAck.atMs - syn.atMs : Infinity
  if (!Number.isFinite(rtt)) {
    for (let i = 1; i < read.length; i++) if (read[i]!.segment.from !== read[i - 1]!.segment.from) rtt = Math.min(rtt, read[i]!.atMs - read[i - 1]!.atMs)
  }
  // At least a microsecond, so that every segment is in flight for a while and can be given a fate.
  return Number.isFinite(rtt) ? Math.max(0.001, Math.round(rtt * 500) / 1000) : 0.001
}

/** Keep-alive probes of one side: idle = time from the segment before the first probe; interval = between unanswered probes. */
function keepAliveOf(read: ReadonlyArray<ReadSegment>, h: HostId): ObservedKeepAlive | null {
  const idx = read.flatMap((r, i) => (r.segment.from === h && r.keepAliveProbe ? [i] : []))
  if (idx.length === 0) return null
  const first = idx[0]!
  const idleMs = first > 0 ? read[first]!.atMs - read[first - 1]!.atMs : read[first]!.atMs
  let intervalMs: number | null = null
  for (let k = 1; k < idx.length; k++) {
    const [a, b] = [idx[k - 1]!, idx[k]!]
    const answered = read.slice(a + 1, b).some((r) => r.segment.from !== h)
    if (!answered) intervalMs = read[b]!.atMs - read[a]!.atMs
  }
  return { idleMs: Math.round(idleMs), intervalMs: intervalMs === null ? null : Math.round(intervalMs), probes: idx.map((i) => read[i]!.segment.number) }
}
