/**
 * One line of a `setup:` or `script:` section: an action of a host, of the network or of the
 * clock, or a check (`expect`, `checkpoint`). Problems are reported, never thrown.
 */
import type { Fate, HostId, SimAction } from '../sim/types'
import type { KeepAliveTimes, ProfileId, TcbState, TcpState } from '../tcp/types'
import { createSegment } from '../tcp/segment'
import { parseDuration, parseSegmentWords, parseState, type Word } from './notation'
import { applyTcbField, baseTcb } from './tcb-line'
import type { SegmentPattern } from './types'

/** A check a line asks for, with the column of its first word. */
export type LineCheck =
  | { readonly kind: 'state'; readonly column: number; readonly host: HostId; readonly state: TcpState | null }
  | { readonly kind: 'segment'; readonly column: number; readonly host: HostId; readonly pattern: SegmentPattern }
  | { readonly kind: 'checkpoint'; readonly column: number; readonly client: TcpState | null; readonly server: TcpState | null }

/** What a line gives: actions (a time prefix adds a wait) and checks. */
export type LineResult = { actions: SimAction[]; checks: LineCheck[] }

/** What a line needs to know: the profile (for `state`) and the MSL (for `wait 2MSL`). */
export type LineContext = { readonly profile: ProfileId; readonly mslMs: number }

/** Reports a problem at a word. */
export type Report = (word: Word, message: string, hint: string) => void

const DURATION_HINT = 'a number and a unit: ms, s, min, h or MSL, e.g. 75s or 2MSL'
const FATES: ReadonlyArray<Fate> = ['deliver', 'drop', 'delay', 'duplicate']
const HOST_VERBS = 'listen, connect, send, close, abort, crash, reboot or state'
const LINE_HINT = 'a line starts with client, server, network, wait, step, run, skip, expect or checkpoint'

/** Pure. Reads one section line (without its comment) into actions and checks; null if it has a problem. */
export function parseLine(words: ReadonlyArray<Word>, ctx: LineContext, report: Report): LineResult | null {
  let rest = words
  const actions: SimAction[] = []
  const first = rest[0]!
  if (first.text.startsWith('+')) {
    // packetdrill's relative time: seconds unless a unit is given; `+0` adds nothing.
    const text = first.text.slice(1)
    const ms = /^\d*\.?\d+$/.test(text) ? parseDuration(`${text}s`, ctx.mslMs) : parseDuration(text, ctx.mslMs)
    if (ms === null) return report(first, `"${first.text}" is not a relative time`, `write +seconds (+0.1) or ${DURATION_HINT}`), null
    if (ms > 0) actions.push({ type: 'advance', ms })
    rest = rest.slice(1)
    if (rest.length === 0) return report(first, 'a relative time needs something to do after it', 'e.g. +0.1 client close'), null
  }
  const head = rest[0]!
  const args = rest.slice(1)
  const result = (more: SimAction | null): LineResult | null => (more === null ? null : { actions: [...actions, more], checks: [] })
  switch (head.text) {
    case 'client':
    case 'server':
      return result(hostLine(head.text, args, head, ctx, report))
    case 'network':
      return result(networkLine(args, head, report))
    case 'wait': {
      const ms = args.length === 1 ? parseDuration(args[0]!.text, ctx.mslMs) : null
      if (ms === null) return report(args[0] ?? head, 'wait needs one duration', DURATION_HINT), null
      return result({ type: 'advance', ms })
    }
    case 'step':
    case 'skip':
      if (args.length > 0) return report(args[0]!, `"${head.text}" takes nothing after it`, 'remove the extra words or start a comment with #'), null
      return result(head.text === 'step' ? { type: 'step' } : { type: 'skip_to_next_timer' })
    case 'run':
      if (args.length === 0) return result({ type: 'run' })
      if (args.length === 2 && args[0]!.text === 'max' && /^\d+$/.test(args[1]!.text)) return result({ type: 'run', maxSteps: Number(args[1]!.text) })
      return report(args[0]!, 'run takes nothing, or "max N"', 'e.g. run, or run max 20 to stop after 20 events'), null
    case 'expect':
    case 'checkpoint': {
      if (actions.length > 0) return report(first, 'a check cannot have a relative time', 'put the time on the line before, or use wait'), null
      const check = head.text === 'expect' ? expectLine(args, head, report) : checkpointLine(args, head, report)
      return check === null ? null : { actions: [], checks: [check] }
    }
    default:
      return report(head, `unknown line "${head.text}"`, LINE_HINT), null
  }
}

function hostLine(host: HostId, args: ReadonlyArray<Word>, at: Word, ctx: LineContext, report: Report): SimAction | null {
  const verb = args[0]
  if (!verb) return report(at, `what should the ${host} do?`, `write ${HOST_VERBS}`), null
  const opts = args.slice(1)
  switch (verb.text) {
    case 'listen':
    case 'connect': {
      const o = readOptions(opts, ['iss', 'keep-alive'], ctx, report)
      return o && { type: verb.text, host, ...o.open }
    }
    case 'send': {
      const n = opts[0]
      const bytesWord = opts[1]
      if (!n || !/^\d+$/.test(n.text) || opts.length > 2 || (bytesWord && bytesWord.text !== 'bytes')) {
        return report(n ?? verb, 'send needs a number of bytes', 'e.g. client send 100'), null
      }
      return { type: 'send', host, bytes: Number(n.text) }
    }
    case 'close':
    case 'abort':
    case 'crash':
      if (opts.length > 0) return report(opts[0]!, `"${verb.text}" takes nothing after it`, 'remove the extra words or start a comment with #'), null
      return { type: verb.text, host }
    case 'reboot': {
      const o = readOptions(opts, ['iss', 'listen'], ctx, report)
      return o && { type: 'reboot', host, ...(o.listen ? { listen: true } : {}), ...(o.open.iss !== undefined ? { iss: o.open.iss } : {}) }
    }
    case 'state':
      return stateLine(host, opts, verb, ctx, report)
    default:
      return report(verb, `unknown action "${verb.text}" for the ${host}`, `write ${HOST_VERBS}`), null
  }
}

type Options = { open: { iss?: number; keepAlive?: boolean; keepAliveTimes?: KeepAliveTimes }; listen: boolean; fields: Word[] }

/** Reads the option words of an OPEN, a reboot or a `state` line. */
function readOptions(words: ReadonlyArray<Word>, allowed: ReadonlyArray<string>, ctx: LineContext, report: Report): Options | null {
  const out: Options = { open: {}, listen: false, fields: [] }
  const times: Partial<Record<'idle' | 'interval' | 'count', number>> = {}
  let ok = true
  const fail = (w: Word, message: string, hint: string) => {
    report(w, message, hint)
    ok = false
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const next = words[i + 1]
    if (allowed.includes('fields') && w.text.includes('=')) out.fields.push(w)
    else if (w.text === 'iss' && allowed.includes('iss')) {
      if (next && /^\d+$/.test(next.text)) out.open.iss = Number(next.text) >>> 0
      else fail(next ?? w, 'iss needs a whole number', 'e.g. iss 400')
      i++
    } else if (w.text === 'listen' && allowed.includes('listen')) out.listen = true
    else if (w.text === 'keep-alive' && allowed.includes('keep-alive')) {
      out.open.keepAlive = next?.text !== 'off'
      if (next?.text === 'off' || next?.text === 'on') i++
    } else if ((w.text === 'idle' || w.text === 'interval') && allowed.includes('keep-alive')) {
      const ms = next ? parseDuration(next.text, ctx.mslMs) : null
      if (ms === null || ms <= 0) fail(next ?? w, `${w.text} needs a duration`, DURATION_HINT)
      else times[w.text] = ms
      i++
    } else if (w.text === 'count' && allowed.includes('keep-alive')) {
      if (next && /^\d+$/.test(next.text) && Number(next.text) > 0) times.count = Number(next.text)
      else fail(next ?? w, 'count needs a whole number of probes', 'e.g. count 3')
      i++
    } else fail(w, `unexpected "${w.text}"`, `this line takes ${allowed.join(', ')}`)
  }
  const given = Object.keys(times).length
  if (given > 0 && given < 3) fail(words[0]!, 'keep-alive times need idle, interval and count together', 'e.g. keep-alive idle 10s interval 5s count 3')
  if (given === 3) out.open.keepAliveTimes = { idleMs: times.idle!, intervalMs: times.interval!, probes: times.count! }
  return ok ? out : null
}

function stateLine(host: HostId, words: ReadonlyArray<Word>, at: Word, ctx: LineContext, report: Report): SimAction | null {
  const stateWord = words[0]
  const state = stateWord ? parseState(stateWord.text) : undefined
  if (!stateWord || state === undefined || state === null) {
    return report(stateWord ?? at, 'state needs a state name', 'e.g. client state ESTABLISHED (CLOSED removes the TCB)'), null
  }
  const o = readOptions(words.slice(1), ['keep-alive', 'fields'], ctx, report)
  if (!o) return null
  if (state === 'CLOSED') return { type: 'set_tcb', host, tcb: null }
  let tcb = baseTcb(host, state as TcbState, ctx.profile, o.open)
  for (const w of o.fields) {
    const [name = '', value = ''] = w.text.split('=')
    const next = applyTcbField(tcb, name, value)
    if (typeof next === 'string') return report(w, next, 'e.g. snd.nxt=102 rcv.nxt=301 (content/README.md, Scenarios, lists the names)'), null
    tcb = next
  }
  return { type: 'set_tcb', host, tcb }
}

function networkLine(args: ReadonlyArray<Word>, at: Word, report: Report): SimAction | null {
  const verb = args[0]
  const target = args[1]
  if (!verb) return report(at, 'what should the network do?', 'write deliver, drop, delay, duplicate, inject or channel'), null
  if (verb.text === 'inject') {
    if (!target || (target.text !== 'client' && target.text !== 'server')) return report(target ?? verb, 'inject needs the host the old segment claims to come from', 'e.g. network inject client S 90:90(0) win 65535'), null
    const seg = parseSegmentWords(args.slice(2), target)
    if (!seg.ok) return report(seg.word, seg.message, seg.hint), null
    const p = seg.pattern
    return { type: 'inject', from: target.text, segment: createSegment({ seq: p.seq, ack: p.ack ?? 0, flags: p.flags, len: p.len, wnd: p.win ?? 0 }) }
  }
  if (verb.text === 'channel') return channelLine(args.slice(1), report)
  const fate = FATES.find((f) => f === verb.text)
  if (!fate) return report(verb, `unknown network action "${verb.text}"`, 'write deliver, drop, delay, duplicate, inject or channel'), null
  let delayMs: number | undefined
  if (args.length === 3 && fate === 'delay') {
    const ms = parseDuration(args[2]!.text, 0)
    if (ms === null) return report(args[2]!, 'delay takes a duration', 'e.g. network delay client 500ms, or no duration to hold it back'), null
    delayMs = ms
  } else if (args.length > 2) return report(args[2]!, `unexpected "${args[2]!.text}"`, 'only delay takes a duration'), null
  const extra = delayMs !== undefined ? { delayMs } : {}
  if (target?.text === 'client' || target?.text === 'server') return { type: 'fate_last', from: target.text, fate, ...extra }
  if (target && /^#\d+$/.test(target.text)) return { type: 'fate', segmentId: Number(target.text.slice(1)), fate, ...extra }
  return report(target ?? verb, `${fate} needs a segment`, 'write client or server (that host\'s newest segment in flight) or #N (segment N of the run)'), null
}

function channelLine(words: ReadonlyArray<Word>, report: Report): SimAction | null {
  const out: { mode?: 'auto' | 'manual'; delayMs?: number; lossRate?: number; duplicateRate?: number } = {}
  for (let i = 0; i < words.length; i += 2) {
    const key = words[i]!
    const value = words[i + 1]
    const rate = value && /^(0(\.\d+)?|1(\.0+)?)$/.test(value.text) ? Number(value.text) : null
    if (key.text === 'mode' && (value?.text === 'auto' || value?.text === 'manual')) out.mode = value.text
    else if (key.text === 'delay' && value && parseDuration(value.text, 0) !== null) out.delayMs = parseDuration(value.text, 0)!
    else if (key.text === 'loss' && rate !== null) out.lossRate = rate
    else if (key.text === 'duplicate' && rate !== null) out.duplicateRate = rate
    else return report(key, `"${key.text}${value ? ` ${value.text}` : ''}" is not a channel setting`, 'e.g. network channel mode manual delay 25ms loss 0.1 duplicate 0'), null
  }
  return { type: 'configure_channel', ...out }
}

function expectLine(args: ReadonlyArray<Word>, at: Word, report: Report): LineCheck | null {
  const host = args[0]
  if (!host || (host.text !== 'client' && host.text !== 'server')) return report(host ?? at, 'expect needs client or server', 'e.g. expect client ESTABLISHED, or expect server > S. 0:0(0) ack 1'), null
  if (args[1]?.text === '>') {
    const seg = parseSegmentWords(args.slice(2), args[1])
    if (!seg.ok) return report(seg.word, seg.message, seg.hint), null
    return { kind: 'segment', column: at.column, host: host.text, pattern: seg.pattern }
  }
  const state = args[1] ? parseState(args[1].text) : undefined
  if (!args[1] || state === undefined || args.length > 2) {
    return report(args[1] ?? host, 'expect needs a state or "> segment"', 'e.g. expect client TIME-WAIT, expect client down, or expect client > F. 1:1(0) ack 1'), null
  }
  return { kind: 'state', column: at.column, host: host.text, state }
}

function checkpointLine(args: ReadonlyArray<Word>, at: Word, report: Report): LineCheck | null {
  const [c, cs, s, ss] = args.map((w) => ({ ...w, text: w.text.replace(/,$/, '') }))
  const clientState = cs ? parseState(cs.text) : undefined
  const serverState = ss ? parseState(ss.text) : undefined
  if (args.length !== 4 || c?.text !== 'client' || s?.text !== 'server' || clientState === undefined || serverState === undefined) {
    return report(args[0] ?? at, 'checkpoint needs both states', 'e.g. checkpoint client FIN-WAIT-2, server CLOSE-WAIT'), null
  }
  return { kind: 'checkpoint', column: at.column, client: clientState, server: serverState }
}
