/**
 * The small pieces of notation that the parser and the printer share: words with their columns,
 * durations (`75s`, `2MSL`), packetdrill segments (`S. 0:0(0) ack 1`), state names and text that
 * continues over several lines.
 */
import type { SegmentFlags, TcpState } from '../tcp/types'
import { TCP_STATES } from '../tcp/types'
import type { SegmentPattern } from './types'

/** A word of a line and the column (from 1) where it starts. */
export type Word = { readonly text: string; readonly column: number }

/**
 * Pure. The words of a line before its comment. A comment starts with `//`, or with `#` followed by
 * a space or the end of the line, at the start or after a space: `#2` is a segment, not a comment.
 */
export function wordsOf(line: string): Word[] {
  const words: Word[] = []
  const re = /\S+/g
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m[0].startsWith('//') || m[0] === '#' || (m[0].startsWith('#') && !/^#\d/.test(m[0]))) break
    words.push({ text: m[0], column: m.index + 1 })
  }
  return words
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 }

/** Pure. A duration (`250ms`, `1.5s`, `2min`, `3h`, `2MSL`, `MSL`) in ms, or null if it is not one. */
export function parseDuration(text: string, mslMs: number): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)?(ms|s|min|h|MSL)$/.exec(text)
  if (!m) return null
  const unit = m[2]!
  if (m[1] === undefined && unit !== 'MSL') return null
  const n = Number(m[1] ?? '1')
  if (unit === 'ms') return n
  // Decimal seconds such as 119.4 are not exact in binary: round to the microsecond.
  return Math.round(n * (unit === 'MSL' ? mslMs : UNIT_MS[unit]!) * 1000) / 1000
}

/** Pure. The shortest exact text for a duration, using `MSL` only for one or two MSLs. */
export function formatDuration(ms: number, mslMs?: number): string {
  if (mslMs !== undefined && mslMs > 0 && (ms === mslMs || ms === 2 * mslMs)) return ms === mslMs ? 'MSL' : '2MSL'
  if (!Number.isInteger(ms)) return `${ms}ms`
  if (ms > 0 && ms % UNIT_MS.h! === 0) return `${ms / UNIT_MS.h!}h`
  if (ms > 0 && ms % UNIT_MS.min! === 0) return `${ms / UNIT_MS.min!}min`
  if (ms >= 1000 && ms % 10 === 0) return `${ms / 1000}s`
  return `${ms}ms`
}

/** Pure. A state name in any case, `_` for `-`, or `down` (null); undefined if it is none. */
export function parseState(text: string): TcpState | null | undefined {
  if (text.toLowerCase() === 'down') return null
  const name = text.toUpperCase().replace(/_/g, '-')
  return TCP_STATES.find((s) => s === name)
}

/** Pure. How a state is written: its RFC 9293 name, or `down` for a host that is down. */
export function formatState(state: TcpState | null): string {
  return state ?? 'down'
}

/** Pure. Packetdrill flag letters: S, F, R, P in that order, then `.` for ACK (`S.`, `F.`, `P.`, `.`). */
export function formatFlags(flags: SegmentFlags): string {
  return `${flags.syn ? 'S' : ''}${flags.fin ? 'F' : ''}${flags.rst ? 'R' : ''}${flags.psh ? 'P' : ''}${flags.ack ? '.' : ''}`
}

/** Pure. Flag letters back to flags (PSH only when set, as the engine writes it), or an error message. */
export function parseFlags(text: string): SegmentFlags | string {
  if (!/^[SFRP.]+$/.test(text)) return `"${text}" is not a set of flags`
  const flags = { syn: text.includes('S'), fin: text.includes('F'), rst: text.includes('R'), ack: text.includes('.') }
  return text.includes('P') ? { ...flags, psh: true } : flags
}

/** Pure. `seq:end(len) [ack N] [win W]` with the flags first, as packetdrill writes it. */
export function formatSegment(p: SegmentPattern): string {
  let out = `${formatFlags(p.flags)} ${p.seq}:${p.seq + p.len}(${p.len})`
  if (p.ack !== null) out += ` ack ${p.ack}`
  if (p.win !== null) out += ` win ${p.win}`
  return out
}

/** What reading a segment gives: the pattern, or a problem at one of its words. */
export type SegmentRead = { ok: true; pattern: SegmentPattern } | { ok: false; word: Word; message: string; hint: string }

const SEGMENT_HINT = 'write flags, then seq:end(len), then optional "ack N" and "win N", e.g. S. 0:0(0) ack 1'

/** Pure. Reads `FLAGS seq:end(len) [ack N] [win W]` from words. */
export function parseSegmentWords(words: ReadonlyArray<Word>, at: Word): SegmentRead {
  const [flagWord, rangeWord, ...rest] = words
  if (!flagWord) return { ok: false, word: at, message: 'a segment is missing', hint: SEGMENT_HINT }
  const flags = parseFlags(flagWord.text)
  if (typeof flags === 'string') return { ok: false, word: flagWord, message: flags, hint: 'flags are S (SYN), F (FIN), R (RST), P (PSH) and . (ACK), e.g. S. or P.' }
  if (!rangeWord) return { ok: false, word: flagWord, message: 'the sequence range is missing', hint: SEGMENT_HINT }
  const m = /^(-?\d+):(-?\d+)\((\d+)\)$/.exec(rangeWord.text)
  if (!m) return { ok: false, word: rangeWord, message: `"${rangeWord.text}" is not seq:end(len)`, hint: SEGMENT_HINT }
  const seq = Number(m[1])
  const len = Number(m[3])
  if (Number(m[2]) !== seq + len) {
    return { ok: false, word: rangeWord, message: `end ${m[2]} is not seq + len = ${seq + len}`, hint: 'end is the sequence number after the last data byte (SYN and FIN do not count)' }
  }
  let ack: number | null = null
  let win: number | null = null
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i]!
    const value = rest[i + 1]
    if ((key.text !== 'ack' && key.text !== 'win') || !value || !/^-?\d+$/.test(value.text)) {
      return { ok: false, word: key, message: `unexpected "${key.text}" after the segment`, hint: SEGMENT_HINT }
    }
    if (key.text === 'ack') ack = Number(value.text)
    else win = Number(value.text)
  }
  return { ok: true, pattern: { flags, seq, len, ack, win } }
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** Pure. Joins a text's continuation line: with a space, but none beside Chinese characters or punctuation. */
export function joinText(a: string, b: string): string {
  if (a === '') return b
  return CJK.test(a.slice(-1)) || CJK.test(b.slice(0, 1)) ? a + b : `${a} ${b}`
}

/** Pure. Splits a text into lines of about `width` characters that `joinText` puts back exactly. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let rest = text
  while (rest.length > width) {
    const cut = breakPoint(rest, width)
    if (cut === null) break
    lines.push(rest.slice(0, cut.at))
    rest = rest.slice(cut.at + (cut.dropSpace ? 1 : 0))
  }
  lines.push(rest)
  return lines.map((l) => l.trim()).reduce(joinText, '') === text ? lines : [text]
}

/** The last place before `width` where a line can end: a single space between Latin words, or after a Chinese character. */
function breakPoint(text: string, width: number): { at: number; dropSpace: boolean } | null {
  // Chinese reads best broken after a comma or full stop.
  for (let i = Math.min(width, text.length - 1); i > width / 2; i--) {
    if (/[，。；：、）]/.test(text[i - 1]!) && text[i] !== ' ') return { at: i, dropSpace: false }
  }
  for (let i = Math.min(width, text.length - 1); i > width / 2; i--) {
    const prev = text[i - 1]!
    const ch = text[i]!
    const next = text[i + 1] ?? ''
    if (ch === ' ' && prev !== ' ' && next !== ' ' && !CJK.test(prev) && !CJK.test(next)) return { at: i, dropSpace: true }
    if (CJK.test(prev) && ch !== ' ') return { at: i, dropSpace: false }
  }
  return null
}
