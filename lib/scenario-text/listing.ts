/**
 * The printed run: one line per segment (time, sender, packetdrill flags, `seq:end(len)` relative
 * to the sender's ISN, `ack N` relative to the receiver's, the fate when it was not delivered) and
 * one per state change, crash and reboot. Built entry by entry as the run goes.
 */
import type { HostId, InFlightSegment, TraceEntry } from '../sim/types'
import { seqDiff } from '../tcp/seq'
import type { Segment } from '../tcp/types'
import { formatSegment } from './notation'
import type { SegmentPattern } from './types'

/** A segment of the run, with its pattern in relative numbers. */
export type SegmentRow = {
  readonly kind: 'segment'
  readonly time: number
  readonly id: number
  readonly from: HostId
  readonly pattern: SegmentPattern
  readonly note: string | null // "old duplicate", "copy of #2"
  fate: 'delivered' | 'dropped' | 'lost' | 'host down' | null
}
export type Row = SegmentRow | { readonly kind: 'event'; readonly time: number; readonly text: string }

/** The rows so far and each host's ISN (null until it has had a connection: numbers then print as they are). */
export type Listing = { rows: Row[]; isn: { client: number | null; server: number | null } }

/** Pure. An empty listing. */
export function createListing(): Listing {
  return { rows: [], isn: { client: null, server: null } }
}

const other = (h: HostId): HostId => (h === 'client' ? 'server' : 'client')

/** Pure. A segment's numbers relative to the ISNs: seq to the sender's, ack to the receiver's. */
export function relativePattern(listing: Listing, from: HostId, s: Segment): SegmentPattern {
  const own = listing.isn[from]
  const peer = listing.isn[other(from)]
  return {
    flags: s.flags,
    seq: own === null ? s.seq : seqDiff(s.seq, own),
    len: s.len,
    ack: s.flags.ack ? (peer === null ? s.ack : seqDiff(s.ack, peer)) : null,
    win: s.wnd,
  }
}

/** Adds trace entries to the listing (mutates it: it is the run's own scratch state). */
export function addEntries(listing: Listing, entries: ReadonlyArray<TraceEntry>, segmentOf: (id: number) => InFlightSegment | undefined): void {
  const byId = (id: number) => listing.rows.find((r): r is SegmentRow => r.kind === 'segment' && r.id === id)
  for (const e of entries) {
    switch (e.type) {
      case 'tcb_update': {
        const iss = e.changes.find((c) => c.field === 'iss')
        if (iss && typeof iss.to === 'number' && iss.to !== 0) listing.isn[e.host] = iss.to
        break
      }
      case 'segment_sent':
        listing.rows.push({ kind: 'segment', time: e.time, id: e.id, from: e.from, pattern: relativePattern(listing, e.from, e.segment), note: e.reason === 'stale' ? 'old duplicate' : null, fate: null })
        break
      case 'segment_duplicated': {
        const original = byId(e.id)
        const copy = segmentOf(e.copyId)
        if (original) listing.rows.push({ ...original, time: e.time, id: e.copyId, note: `copy of #${e.id}`, fate: null, ...(copy ? { from: copy.from } : {}) })
        break
      }
      case 'segment_delivered':
      case 'segment_dropped': {
        const row = byId(e.id)
        if (row) row.fate = e.type === 'segment_delivered' ? 'delivered' : e.cause === 'fate' ? 'dropped' : e.cause === 'loss' ? 'lost' : 'host down'
        break
      }
      case 'state_change':
        listing.rows.push({ kind: 'event', time: e.time, text: `${e.host} ${e.from} -> ${e.to}` })
        break
      case 'host_crash':
      case 'host_reboot':
        listing.rows.push({ kind: 'event', time: e.time, text: `${e.host} ${e.type === 'host_crash' ? 'crashes (down)' : 'reboots'}` })
        break
      default:
        break
    }
  }
}

/** Pure. A time in seconds with milliseconds, right-aligned. */
export function formatTime(ms: number): string {
  return (ms / 1000).toFixed(3).padStart(9)
}

/** Pure. The printed lines of the listing. */
export function listingLines(listing: Listing): string[] {
  return listing.rows.map((r) => {
    if (r.kind === 'event') return `${formatTime(r.time)}  ${r.text}`
    const fate = r.fate === 'delivered' ? '' : `  ${r.fate ?? 'still in flight'}`
    const note = r.note ? `  (${r.note})` : ''
    return `${formatTime(r.time)}  ${r.from} > ${formatSegment({ ...r.pattern, win: null })}  #${r.id}${note}${fate}`
  })
}
