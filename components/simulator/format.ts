/**
 * Words and numbers for the simulator's labels. Pure; the translation function is passed in so
 * the same code serves both languages and runs in unit tests.
 */
import { controlBits, type Segment } from '@/lib/tcp'

/** A translation function for the `simulator` namespace (next-intl's `t`, or a test stand-in). */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** How segments are written: textbook (`SYN=1, seq=100`) or RFC 9293 (`<SEQ=100><CTL=SYN>`). */
export type Notation = 'textbook' | 'rfc'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000)
}

/** Pure. A duration in words: `100 ms`, `1.5 s`, `4 min`, `2 h 11 min 15 s` (units translated). */
export function formatDuration(ms: number, t: Translate): string {
  const value = Math.max(0, ms)
  if (value === 0) return t('units.s', { n: '0' })
  if (value < SECOND) return t('units.ms', { n: trim(value) })
  if (value < MINUTE) return t('units.s', { n: trim(value / SECOND) })
  const parts: string[] = []
  const hours = Math.floor(value / HOUR)
  const minutes = Math.floor((value % HOUR) / MINUTE)
  const seconds = (value % MINUTE) / SECOND
  if (hours > 0) parts.push(t('units.h', { n: String(hours) }))
  if (minutes > 0) parts.push(t('units.min', { n: String(minutes) }))
  if (seconds > 0) parts.push(t('units.s', { n: trim(seconds) }))
  return parts.join(' ')
}

/** Pure. A simulated time as seconds with milliseconds, as a capture tool shows it: `7875.100`. */
export function formatSeconds(ms: number): string {
  return (ms / SECOND).toFixed(3)
}

/**
 * Pure. A segment label in two lines for a narrow diagram: RFC notation breaks before the control
 * bits, textbook notation after the flags.
 */
export function splitLabel(label: string, notation: Notation): [string, string] {
  if (notation === 'rfc') {
    const i = label.search(/<(DATA|CTL)=/)
    return i > 0 ? [label.slice(0, i), label.slice(i)] : [label, '']
  }
  const i = label.indexOf('seq=')
  return i > 0 ? [label.slice(0, i).replace(/,\s*$/, ','), label.slice(i)] : [label, '']
}

/** Pure. The control bits of a segment, or a dash for a bare segment (or an unknown one). */
export function flagsOf(segment: Segment | undefined): string {
  return (segment && controlBits(segment.flags)) || '–'
}

/** Pure. Rough width in px of a label at a font size: CJK characters are square, others about half. */
export function labelWidth(text: string, fontPx: number): number {
  let em = 0
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58
  return em * fontPx
}

/**
 * Pure. A label as lines that fit in `room` px, words kept together while they fit (a narrow screen
 * leaves little room beside the server's lane). A word longer than the room gets a line of its own.
 */
export function fitLines(text: string, room: number, fontPx: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && labelWidth(`${last} ${word}`, fontPx) <= room) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length > 0 ? lines : [text]
}
