/**
 * Trace entries in words, for the live region, the "what just happened" line and the text export.
 * Pure: it only reads the engine's trace.
 */
import type { TcbChange, TraceEntry } from '@/lib/sim'
import type { Segment } from '@/lib/tcp'
import { flagsOf, formatDuration, formatSeconds, type Translate } from './format'
import { indexSegments, type SentEntry } from './view-model'

/** Segment facts by id (see indexSegments). */
export type SegmentIndex = Pick<ReadonlyMap<number, SentEntry>, 'get'>

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
    case 'tcb_update':
      return t('events.tcbUpdate', { host: host(entry.host), changes: entry.changes.map((c) => changeWords(c, t)).join(t('listBreak')) })
  }
}

/** Pure. One TCB variable's change in words: "SND.NXT 100 → 101", or "SND.NXT = 101" when the TCB is new. */
export function changeWords(change: TcbChange, t: Translate): string {
  const value = (v: number | boolean) => (typeof v === 'boolean' ? t(v ? 'why.yes' : 'why.no') : String(v))
  const field = t(`why.field.${change.field}`)
  return change.from === null ? `${field} = ${value(change.to)}` : `${field} ${value(change.from)} → ${value(change.to)}`
}

/** The TCB's own changes are told in the Why panel and the export, not read out after every step. */
function told(entry: TraceEntry): boolean {
  return entry.type !== 'tcb_update'
}

/**
 * Sentences the announcement tells at most. One step can send a whole window of segments (forty-odd
 * for a large SEND); read out in full, that would be a minute of speech.
 */
export const MAX_TOLD = 6

/**
 * Pure. The announcement after one step: the events since `start` in words, or, when there are more
 * than `max`, the first `max - 1` and how many more there are (the segment list and Export show them all).
 */
export function tellSince(trace: ReadonlyArray<TraceEntry>, start: number, t: Translate, segments: SegmentIndex = indexSegments(trace), max: number = MAX_TOLD): string {
  const entries = trace.slice(Math.max(0, start)).filter(told)
  const count = entries.length
  const said = entries.slice(0, count <= max ? count : max - 1).map((entry) => describeEntry(entry, segments, t))
  // ". " between English sentences, a full-width "。" between Chinese ones.
  return (count <= max ? said : [...said, t('moreEvents', { count: count - said.length })]).join(t('sentenceBreak'))
}

/** Pure. The entries from `start` up to `end` (by default, the end of the trace) in words, one sentence each, as the live region tells them. */
export function describeSince(trace: ReadonlyArray<TraceEntry>, start: number, t: Translate, end: number = trace.length): string[] {
  const segments = indexSegments(trace)
  return trace
    .slice(Math.max(0, start), end)
    .filter(told)
    .map((entry) => describeEntry(entry, segments, t))
}

/** Pure. The whole trace as text, one line per entry, each with its time in seconds and the rule behind it. */
export function traceToText(trace: ReadonlyArray<TraceEntry>, t: Translate, header: ReadonlyArray<string> = []): string {
  const segments = indexSegments(trace)
  const lines = [...header]
  for (const entry of trace) {
    // The rule id lets a reader look the rule up (Why panel, content/README.md).
    const rule = 'rule' in entry ? `  [${entry.rule}]` : ''
    lines.push(`${formatSeconds(entry.time).padStart(12)}  ${describeEntry(entry, segments, t)}${rule}`)
  }
  return `${lines.join('\n')}\n`
}
