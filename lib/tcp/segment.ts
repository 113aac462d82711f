/**
 * Segment constructors and the two notations the course uses: RFC notation
 * (`<SEQ=100><ACK=301><CTL=SYN,ACK>`, RFC 9293 §3.5) and textbook notation
 * (`SYN=1, ACK=1, seq=300, ack=101`).
 */
import type { Segment, SegmentFlags, Seq } from './types'

const NO_FLAGS: SegmentFlags = { syn: false, ack: false, fin: false, rst: false }

/** Pure. Builds a segment (RFC 9293 §3.1). Missing fields are 0 / off. */
export function createSegment(fields: {
  seq: Seq
  ack?: Seq
  flags?: Partial<SegmentFlags>
  len?: number
  wnd?: number
}): Segment {
  return {
    seq: fields.seq >>> 0,
    ack: (fields.ack ?? 0) >>> 0,
    flags: { ...NO_FLAGS, ...fields.flags },
    len: fields.len ?? 0,
    wnd: fields.wnd ?? 0,
  }
}

/** Pure. SEG.LEN as RFC 9293 §3.4 counts it: data octets plus one for SYN and one for FIN. */
export function segLen(segment: Segment): number {
  return segment.len + (segment.flags.syn ? 1 : 0) + (segment.flags.fin ? 1 : 0)
}

/** Pure. The control bits in RFC order, e.g. `SYN,ACK`, `FIN,ACK`, `RST,ACK` (oracle `expect_send` form, which leaves PSH out). */
export function flagNames(flags: SegmentFlags): string {
  const names: string[] = []
  if (flags.syn) names.push('SYN')
  if (flags.fin) names.push('FIN')
  if (flags.rst) names.push('RST')
  if (flags.ack) names.push('ACK')
  return names.join(',')
}

/** Pure. The control bits as labels show them: `flagNames` with PSH before ACK (`PSH,ACK`). */
export function controlBits(flags: SegmentFlags): string {
  const names = flagNames(flags)
  if (!flags.psh) return names
  return flags.ack ? names.replace(/ACK$/, 'PSH,ACK') : names ? `${names},PSH` : 'PSH'
}

/**
 * Pure. RFC notation of RFC 9293 §3.5 figures: `<SEQ=100><ACK=301><CTL=SYN,ACK>`; ACK is shown
 * only when the ACK bit is set, data as `<DATA=n>`.
 */
export function formatRfc(segment: Segment): string {
  let out = `<SEQ=${segment.seq}>`
  if (segment.flags.ack) out += `<ACK=${segment.ack}>`
  if (segment.len > 0) out += `<DATA=${segment.len}>`
  const ctl = controlBits(segment.flags)
  if (ctl) out += `<CTL=${ctl}>`
  return out
}

/**
 * Pure. Textbook notation (谢希仁《计算机网络》): `SYN=1, ACK=1, seq=300, ack=101`. Flags that
 * are set come first, then `seq`, then `ack` when the ACK bit is set, then the data length.
 */
export function formatTextbook(segment: Segment): string {
  const parts: string[] = []
  if (segment.flags.syn) parts.push('SYN=1')
  if (segment.flags.fin) parts.push('FIN=1')
  if (segment.flags.rst) parts.push('RST=1')
  if (segment.flags.psh) parts.push('PSH=1')
  if (segment.flags.ack) parts.push('ACK=1')
  parts.push(`seq=${segment.seq}`)
  if (segment.flags.ack) parts.push(`ack=${segment.ack}`)
  if (segment.len > 0) parts.push(`len=${segment.len}`)
  return parts.join(', ')
}

/**
 * Pure. Parses RFC notation back into a segment, e.g. `<SEQ=100><ACK=101><DATA=10><CTL=SYN,ACK>`.
 * Returns null if the text is not in that form. Used by the conformance runner.
 */
export function parseRfc(text: string): Segment | null {
  const fields = [...text.matchAll(/<([A-Z]+)=([^>]*)>/g)]
  if (fields.length === 0 || fields.map((m) => m[0]).join('') !== text.replace(/\s+/g, '')) return null
  let seq: number | null = null
  let ack = 0
  let len = 0
  const flags: { -readonly [K in keyof SegmentFlags]: SegmentFlags[K] } = { syn: false, ack: false, fin: false, rst: false }
  for (const m of fields) {
    const key = m[1]
    const value = m[2] ?? ''
    if (key === 'SEQ' || key === 'ACK' || key === 'DATA') {
      if (!/^\d+$/.test(value)) return null
      const n = Number(value)
      if (key === 'SEQ') seq = n
      else if (key === 'ACK') ack = n
      else len = n
    } else if (key === 'CTL') {
      for (const f of value.split(',')) {
        const name = f.trim().toUpperCase()
        if (name === 'SYN') flags.syn = true
        else if (name === 'ACK') flags.ack = true
        else if (name === 'FIN') flags.fin = true
        else if (name === 'RST') flags.rst = true
        else if (name === 'PSH') flags.psh = true
        else if (name !== 'URG') return null
      }
    } else return null
  }
  if (seq === null) return null
  return createSegment({ seq, ack, flags, len })
}
