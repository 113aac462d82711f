/**
 * The header of a scenario file: `key: value` lines before `setup:` or `script:`. Text values
 * (`title.en:`, `description.zh:` ...) may go on over indented lines.
 */
import type { ChannelMode, SimOptions } from '../sim/types'
import type { ProfileId, TcpState, VariantId } from '../tcp/types'
import { PROFILE_IDS } from '../tcp/profiles'
import { VARIANT_IDS } from '../tcp/variants'
import { parseDuration, parseState, wordsOf, type Word } from './notation'

/** The header's values, as read so far; `lines` remembers where each key was, for later problems. */
export type Header = {
  id?: string
  text: Partial<Record<TextKey, string>>
  profile?: ProfileId
  variant?: VariantId
  hypothetical?: boolean
  options: { -readonly [K in keyof Omit<SimOptions, 'profile' | 'variant'>]: SimOptions[K] }
  msl?: { raw: Word; line: number }
  end?: { client: TcpState | null; server: TcpState | null; line: number; column: number }
  lines: Partial<Record<string, number>>
}

export const TEXT_KEYS = ['title.en', 'title.zh', 'description.en', 'description.zh'] as const
export type TextKey = (typeof TEXT_KEYS)[number]

/** Every key a header may have, for the hint of an unknown one. */
export const HEADER_KEYS = ['id', ...TEXT_KEYS, 'profile', 'variant', 'hypothetical', 'seed', 'iss', 'delay', 'loss', 'duplicate', 'mode', 'delayed-ack', 'msl', 'end']

/** Reports a problem at a column of the current line. */
export type ReportAt = (column: number, message: string, hint: string) => void

/** Pure. Reads one `key: value` line into the header. `valueColumn` is where the value starts. */
export function readHeaderLine(h: Header, key: string, value: string, valueColumn: number, line: number, report: ReportAt): void {
  if (h.lines[key] !== undefined) return report(1, `"${key}" is given twice (first on line ${h.lines[key]})`, 'keep one of them')
  h.lines[key] = line
  const words = wordsOf(value).map((w) => ({ text: w.text, column: w.column + valueColumn - 1 }))
  const one = words[0]
  const col = one?.column ?? valueColumn
  if ((TEXT_KEYS as ReadonlyArray<string>).includes(key)) {
    h.text[key as TextKey] = value.trim()
    return
  }
  if (!one) return report(valueColumn, `"${key}" has no value`, `write a value after "${key}:"`)
  if (words.length > 1 && key !== 'iss' && key !== 'end') return report(words[1]!.column, `"${key}" takes one value`, 'remove the extra words or start a comment with #')
  switch (key) {
    case 'id':
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(one.text)) return report(col, `id "${one.text}" is not kebab-case`, 'use lowercase letters, digits and dashes, e.g. lost-final-ack')
      h.id = one.text
      return
    case 'profile': {
      const p = PROFILE_IDS.find((x) => x === one.text)
      if (!p) return report(col, `unknown profile "${one.text}"`, `write one of ${PROFILE_IDS.join(', ')}`)
      h.profile = p
      return
    }
    case 'variant': {
      const v = VARIANT_IDS.find((x) => x === one.text.replace(/-/g, '_'))
      if (!v) return report(col, `unknown variant "${one.text}"`, `write one of ${VARIANT_IDS.join(', ')}`)
      h.variant = v
      return
    }
    case 'hypothetical':
      if (one.text !== 'yes' && one.text !== 'no') return report(col, 'hypothetical is yes or no', 'write hypothetical: yes for a variant that is not TCP')
      h.hypothetical = one.text === 'yes'
      return
    case 'seed':
      if (!/^\d+$/.test(one.text)) return report(col, 'seed needs a whole number', 'e.g. seed: 1')
      h.options.seed = Number(one.text)
      return
    case 'iss':
      return readIss(h, words, col, report)
    case 'delay': {
      const ms = parseDuration(one.text, 0)
      if (ms === null) return report(col, `"${one.text}" is not a duration`, 'the one-way delay, e.g. delay: 25ms')
      h.options.channel = { ...h.options.channel, delayMs: ms }
      return
    }
    case 'loss':
    case 'duplicate': {
      const rate = Number(one.text)
      if (!/^\d*\.?\d+$/.test(one.text) || rate > 1) return report(col, `${key} is a rate from 0 to 1`, `e.g. ${key}: 0.1`)
      h.options.channel = { ...h.options.channel, [key === 'loss' ? 'lossRate' : 'duplicateRate']: rate }
      return
    }
    case 'mode':
      if (one.text !== 'auto' && one.text !== 'manual') return report(col, 'mode is auto or manual', 'manual holds every segment until the script chooses its fate')
      h.options.channel = { ...h.options.channel, mode: one.text as ChannelMode }
      return
    case 'delayed-ack': {
      const ms = one.text === 'off' ? null : parseDuration(one.text, 0)
      if (ms === null && one.text !== 'off') return report(col, `"${one.text}" is not a duration`, 'e.g. delayed-ack: 200ms, or delayed-ack: off to ACK at once')
      h.options.delayedAckMs = ms
      return
    }
    case 'msl':
      h.msl = { raw: one, line }
      return
    case 'end':
      return readEnd(h, words, col, line, report)
    default:
      return report(1, `unknown header key "${key}"`, `the keys are ${HEADER_KEYS.join(', ')}; the actions go after setup: or script:`)
  }
}

function readIss(h: Header, words: ReadonlyArray<Word>, col: number, report: ReportAt): void {
  const iss: { client?: number; server?: number } = {}
  for (let i = 0; i < words.length; i += 2) {
    const host = words[i]!.text
    const n = words[i + 1]?.text.replace(/,$/, '')
    if ((host !== 'client' && host !== 'server') || !n || !/^\d+$/.test(n)) return report(words[i]!.column, 'iss is "client N, server N"', 'e.g. iss: client 100, server 300')
    iss[host] = Number(n)
  }
  if (words.length === 0) return report(col, 'iss is "client N, server N"', 'e.g. iss: client 100, server 300')
  h.options.iss = iss
}

function readEnd(h: Header, words: ReadonlyArray<Word>, col: number, line: number, report: ReportAt): void {
  const [c, cs, s, ss] = words.map((w) => w.text.replace(/,$/, ''))
  const client = cs ? parseState(cs) : undefined
  const server = ss ? parseState(ss) : undefined
  if (words.length !== 4 || c !== 'client' || s !== 'server' || client === undefined || server === undefined) {
    return report(col, 'end needs the final state of both hosts', 'e.g. end: client CLOSED, server CLOSED (down for a host that is down)')
  }
  h.end = { client, server, line, column: col }
}
