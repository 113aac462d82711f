/**
 * Trace entries in words, for the live region, the "what just happened" line and the text export.
 * Pure: it only reads the engine's trace.
 */
import { continuesTrace, type TraceEntry } from '@/lib/sim'
import type { Segment } from '@/lib/tcp'
import { flagsOf, formatDuration, formatSeconds, type Translate } from './format'

type SentEntry = Extract<TraceEntry, { type: 'segment_sent' }>

/** Segment facts by id, collected from a trace (copies point at their original). */
export type SegmentIndex = { get(id: number): SentEntry | undefined }

/**
 * Adds one trace entry to an index: a sent segment under its id, a duplicate's copy id pointing at
 * its original. Returns the segment id the entry names, or null for entries about no segment.
 */
function addToIndex(index: Map<number, SentEntry>, entry: TraceEntry): number | null {
  if (entry.type === 'segment_sent') {
    index.set(entry.id, entry)
    return entry.id
  }
  if (entry.type === 'segment_duplicated') {
    const original = index.get(entry.id)
    if (original) index.set(entry.copyId, original)
    return entry.copyId
  }
  return null
}

/** Pure. Every segment of a trace by id; a duplicate's copy id maps to the original's entry. */
export function indexSegments(trace: ReadonlyArray<TraceEntry>): Map<number, SentEntry> {
  const index = new Map<number, SentEntry>()
  for (const entry of trace) addToIndex(index, entry)
  return index
}

/**
 * Indexes the successive states of one simulation: fed a trace that continues the last one (see
 * continuesTrace), it reads only the entries added since, instead of indexing every segment of a
 * long run again on every event. Any other trace (Back, Reset) is read afresh. Each index it
 * returns answers for its own trace only: segment ids rise along a trace, so later segments,
 * added to the shared map by later calls, lie above its highest id.
 */
export function createSegmentIndexer(): (trace: ReadonlyArray<TraceEntry>) => SegmentIndex {
  let map = new Map<number, SentEntry>()
  let position = { trace: [] as ReadonlyArray<TraceEntry>, read: 0, time: 0 }
  let highest = 0
  return (trace) => {
    if (!continuesTrace(position, trace, 0)) {
      map = new Map()
      position = { trace: [], read: 0, time: 0 }
      highest = 0
    }
    for (let i = position.read; i < trace.length; i++) {
      const id = addToIndex(map, trace[i]!)
      if (id !== null) highest = Math.max(highest, id)
    }
    position = { trace, read: trace.length, time: 0 }
    const own = map
    const limit = highest
    return { get: (id) => (id <= limit ? own.get(id) : undefined) }
  }
}

/** Pure. A segment in words: `SYN, seq 100`, `SYN,ACK, seq 300, ack 101`, `ACK, seq 101, ack 301, 100 bytes`. */
export function segmentWords(segment: Segment, t: Translate): string {
  const flags = flagsOf(segment)
  const words = segment.flags.ack
    ? t('events.segmentAck', { flags, seq: segment.seq, ack: segment.ack })
    : t('events.segment', { flags, seq: segment.seq })
  return segment.len > 0 ? t('events.segmentData', { words, len: segment.len }) : words
}

/** Pure. One trace entry in words: every kind of entry has a sentence. */
export function describeEntry(entry: TraceEntry, segments: Pick<SegmentIndex, 'get'>, t: Translate): string {
  const host = (id: 'client' | 'server') => t('events.hostName', { host: id })
  const flagsFor = (id: number) => {
    const sent = segments.get(id)
    return sent ? flagsOf(sent.segment) : '?'
  }
  switch (entry.type) {
    case 'segment_sent': {
      const segment = segmentWords(entry.segment, t)
      if (entry.reason === 'stale') return t('events.stale', { segment })
      if (entry.reason === 'retransmission') return t('events.retransmitted', { host: host(entry.from), segment })
      if (entry.reason === 'keepalive_probe') return t('events.probe', { host: host(entry.from), segment })
      return t('events.sent', { host: host(entry.from), segment })
    }
    case 'segment_delivered':
      return t('events.delivered', { host: host(entry.to), id: entry.id, flags: flagsFor(entry.id) })
    case 'segment_dropped': {
      const values = { id: entry.id, flags: flagsFor(entry.id) }
      if (entry.cause === 'host_down') {
        const to = segments.get(entry.id)?.to ?? 'client'
        return t('events.droppedDown', { ...values, host: t('events.hostLower', { host: to }) })
      }
      return t(entry.cause === 'loss' ? 'events.droppedLoss' : 'events.droppedFate', values)
    }
    case 'segment_duplicated':
      return t('events.duplicated', { id: entry.id, copyId: entry.copyId })
    case 'segment_delayed':
      return entry.until === null
        ? t('events.heldBack', { id: entry.id })
        : t('events.delayedUntil', { id: entry.id, time: formatDuration(entry.until, t) })
    case 'state_change':
      return t('events.stateChange', { host: host(entry.host), from: entry.from, to: entry.to })
    case 'timer_start':
    case 'timer_restart':
      return t(entry.type === 'timer_start' ? 'events.timerStart' : 'events.timerRestart', {
        host: host(entry.host),
        timer: t(`timers.${entry.timer}`),
        duration: formatDuration(entry.duration, t),
      })
    case 'timer_cancel':
      return t('events.timerCancel', { host: host(entry.host), timer: t(`timers.${entry.timer}`) })
    case 'timer_expire':
      return t('events.timerExpire', { host: host(entry.host), timer: t(`timers.${entry.timer}`) })
    case 'user_call':
      return t('events.userCall', { host: host(entry.host), call: t(`calls.${entry.call}`, { bytes: entry.bytes ?? 0 }) })
    case 'user_signal':
      return t('events.userSignal', { host: host(entry.host), signal: t(`signals.${entry.signal}`) })
    case 'data_delivered':
      return t('events.dataDelivered', { host: host(entry.host), bytes: entry.bytes })
    case 'host_crash':
      return t('events.crash', { host: host(entry.host) })
    case 'host_reboot':
      return t('events.reboot', { host: host(entry.host) })
  }
}

/**
 * Pure. Looks a segment up by searching back from the end of the trace: the segments an event
 * names were nearly always sent a moment ago, so this beats indexing a long trace on every event.
 */
export function recentSegments(trace: ReadonlyArray<TraceEntry>): Pick<SegmentIndex, 'get'> {
  const get = (id: number): SentEntry | undefined => {
    for (let i = trace.length - 1; i >= 0; i--) {
      const e = trace[i]!
      if (e.type === 'segment_sent' && e.id === id) return e
      if (e.type === 'segment_duplicated' && e.copyId === id) return get(e.id)
    }
    return undefined
  }
  return { get }
}

/**
 * Sentences the announcement tells at most. One step can send a whole window of segments (forty-odd
 * for a large SEND); read out in full, that would be a minute of speech, and on screen a box sixteen
 * lines tall that pushes the panels below it down and back up again.
 */
export const MAX_TOLD = 6

/**
 * Pure. The announcement after one step: the events since `start` in words, or, when there are more
 * than `max`, the first `max - 1` and how many more there are (the segment list and Export show them all).
 * Every entry has a sentence, so the rest are counted without being put into words: a step that
 * sends a whole window would otherwise format forty sentences to show five, in the frame where the
 * burst starts (one of the slowest while Play runs).
 */
export function tellSince(trace: ReadonlyArray<TraceEntry>, start: number, t: Translate, max: number = MAX_TOLD): string {
  const from = Math.max(0, start)
  const count = Math.max(0, trace.length - from)
  // ". " between English sentences, a full-width "。" between Chinese ones.
  const between = t('sentenceBreak')
  if (count <= max) return describeSince(trace, from, t).join(between)
  const told = describeSince(trace, from, t, from + max - 1)
  return [...told, t('moreEvents', { count: count - told.length })].join(between)
}

/**
 * Pure. The entries from `start` up to `end` (by default, the end of the trace) in words, one
 * sentence each; `tellSince` makes the announcement from them.
 */
export function describeSince(trace: ReadonlyArray<TraceEntry>, start: number, t: Translate, end: number = trace.length): string[] {
  const segments = recentSegments(trace)
  const out: string[] = []
  for (let i = Math.max(0, start); i < Math.min(end, trace.length); i++) out.push(describeEntry(trace[i]!, segments, t))
  return out
}

/** Pure. The whole trace as text, one line per entry, each with its time in seconds. */
export function traceToText(trace: ReadonlyArray<TraceEntry>, t: Translate, header: ReadonlyArray<string> = []): string {
  const segments = indexSegments(trace)
  const lines = [...header]
  for (const entry of trace) {
    lines.push(`${formatSeconds(entry.time).padStart(12)}  ${describeEntry(entry, segments, t)}`)
  }
  return `${lines.join('\n')}\n`
}
