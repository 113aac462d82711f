/**
 * The words for one segment on the diagram and in the table: its accessible name, its tags
 * (retransmission, copy, delayed, in flight) and its fate. Messages are formatted once per
 * language and filled per segment, since a long run has thousands of segments. Pure.
 */
import type { DrawnArrow } from './diagram-layout'
import { formatSeconds, type Translate } from './format'

export type ArrowWords = {
  /** "Segment 7: ACK, client → server, in flight. Choose its fate" */
  name: (arrow: DrawnArrow, flags: string) => string
  /** "copy of 3 · retransmission · in flight"; without the fate for the table. */
  tags: (arrow: DrawnArrow, withFate: boolean) => string
  /** "delivered at 0.200" / "lost" / "in flight" / "held back". */
  fate: (arrow: DrawnArrow) => string
  status: (arrow: DrawnArrow) => string
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match))
}

/** Pure. Word makers for one language. */
export function createArrowWords(t: Translate): ArrowWords {
  const button = t('fate.segmentButton', { id: '{id}', flags: '{flags}', direction: '{direction}', status: '{status}' })
  const deliveredAt = t('status.deliveredAt', { time: '{time}' })
  const copy = t('status.duplicate', { id: '{id}' })
  const status: Record<DrawnArrow['fate'], string> = {
    delivered: t('status.delivered'),
    dropped: t('status.dropped'),
    in_flight: t('status.in_flight'),
    held: t('status.held'),
  }
  const direction = { client: t('direction.client'), server: t('direction.server') }
  const reasons: Partial<Record<DrawnArrow['reason'], string>> = {
    stale: t('status.stale'),
    retransmission: t('status.retransmission'),
    keepalive_probe: t('status.keepalive_probe'),
    challenge_ack: t('status.challenge_ack'),
  }
  const delayed = t('diagram.delayed')
  const inFlight = t('diagram.inFlight')
  const held = t('diagram.held')
  return {
    name: (arrow, flags) => fill(button, { id: arrow.id, flags, direction: direction[arrow.from], status: status[arrow.fate] }),
    tags: (arrow, withFate) => {
      const tags: string[] = []
      if (arrow.copyOf !== null) tags.push(fill(copy, { id: arrow.copyOf }))
      const reason = reasons[arrow.reason]
      if (reason) tags.push(reason)
      if (arrow.delayed) tags.push(delayed)
      if (withFate && arrow.fate === 'in_flight') tags.push(inFlight)
      if (withFate && arrow.fate === 'held') tags.push(held)
      return tags.join(' · ')
    },
    fate: (arrow) => {
      const base = arrow.fate === 'delivered' ? fill(deliveredAt, { time: formatSeconds(arrow.endAt) }) : status[arrow.fate]
      const tags: string[] = []
      if (arrow.copyOf !== null) tags.push(fill(copy, { id: arrow.copyOf }))
      const reason = reasons[arrow.reason]
      if (reason) tags.push(reason)
      if (arrow.delayed) tags.push(delayed)
      return [base, ...tags].join(' · ')
    },
    status: (arrow) => status[arrow.fate],
  }
}
