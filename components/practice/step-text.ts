import { formatRfc, formatTextbook } from '@/lib/tcp/segment'
import type { Segment } from '@/lib/tcp/types'
import type { StepEvent } from '@/lib/quiz/predict-answer'

type T = (key: string, values?: Record<string, string | number>) => string

/** A segment in both notations the course uses: `<SEQ=300><ACK=101><CTL=SYN,ACK> (SYN=1, ACK=1, seq=300, ack=101)`. */
export function segmentText(segment: Segment): string {
  return `${formatRfc(segment)} (${formatTextbook(segment)})`
}

/** One sentence saying what a step does, e.g. "The client's segment … arrives at the server." */
export function stepEventText(event: StepEvent, t: T): string {
  const host = (h: string) => t(`host.${h}`)
  switch (event.type) {
    case 'user_call':
      return t(`event.${event.call}`, { host: host(event.host), bytes: event.bytes ?? 0 })
    case 'arrival':
      return t('event.arrival', { from: host(event.from), to: host(event.to), segment: segmentText(event.segment) })
    case 'dropped':
      return t('event.dropped', { from: host(event.from), segment: segmentText(event.segment) })
    case 'timer':
      return t('event.timer', { host: host(event.host), timer: t(`timer.${event.timer}`) })
    case 'crash':
    case 'reboot':
      return t(`event.${event.type}`, { host: host(event.host) })
    case 'other':
      return t('event.other')
  }
}

/** A host state for display; `null` means the host is down. */
export function stateText(state: string | null, t: T): string {
  return state === null ? t('hostDown') : state
}
