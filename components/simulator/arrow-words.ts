/**
 * The words for one segment on the diagram and in the table: its accessible name, its tags
 * (retransmission, copy, delayed, in flight) and its fate. Pure.
 */
import { formatSeconds, type Translate } from './format'
import type { ViewArrow } from './view-model'

export type ArrowWords = {
  /** "Segment 7: ACK, client → server, in flight. Choose its fate" */
  name: (arrow: ViewArrow, flags: string) => string
  /** "Segment 2: SYN,ACK, server → client, delivered. Why was it sent?" once its fate is settled. */
  whyName: (arrow: ViewArrow, flags: string) => string
  /** "copy of 3 · retransmission · in flight"; without the fate for the table. */
  tags: (arrow: ViewArrow, withFate: boolean) => string
  /** "delivered at 0.200 · retransmission" / "lost" / "in flight" / "held back". */
  fate: (arrow: ViewArrow) => string
}

const REASONS = ['stale', 'retransmission', 'keepalive_probe', 'challenge_ack']

/** Pure. Word makers for one language. */
export function createArrowWords(t: Translate): ArrowWords {
  const status = (a: ViewArrow) => t(`status.${a.fate}`)
  const marks = (a: ViewArrow) => [
    ...(a.copyOf !== null ? [t('status.duplicate', { id: a.copyOf })] : []),
    ...(REASONS.includes(a.reason) ? [t(`status.${a.reason}`)] : []),
    ...(a.delayed ? [t('diagram.delayed')] : []),
  ]
  return {
    name: (a, flags) => t('fate.segmentButton', { id: a.id, flags, direction: t(`direction.${a.from}`), status: status(a) }),
    whyName: (a, flags) => t('why.arrowButton', { id: a.id, flags, direction: t(`direction.${a.from}`), status: status(a) }),
    tags: (a, withFate) => [...marks(a), ...(withFate && a.fate === 'in_flight' ? [t('diagram.inFlight')] : []), ...(withFate && a.fate === 'held' ? [t('diagram.held')] : [])].join(' · '),
    fate: (a) => [a.fate === 'delivered' ? t('status.deliveredAt', { time: formatSeconds(a.endAt) }) : status(a), ...marks(a)].join(' · '),
  }
}
