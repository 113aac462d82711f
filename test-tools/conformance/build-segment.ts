/**
 * Building arriving segments: the segment a vector's `rcv_*` event stands for, from the receiving
 * TCB and the oracle's event table, changed by each `variant` word; and segments built from a
 * step's own numbers.
 */
import { createSegment } from '../../lib/tcp/segment'
import { seqAdd } from '../../lib/tcp/seq'
import { hasOutstandingFin } from '../../lib/tcp/transition'
import type { Segment, Tcb, TcpState } from '../../lib/tcp/types'
import { CaseError } from './case-json'
import { normalizeFlags } from './read-names'

/** Octets in a data segment the judge builds or a SEND it makes when the case gives no length. */
export const DATA_LEN = 10

/** The ACK field of a peer segment that acknowledges everything but our outstanding FIN (oracle `rcv_fin`). */
function ackButFin(t: Tcb): number {
  return hasOutstandingFin(t) ? seqAdd(t.sndNxt, -1) : t.sndNxt
}

/** Pure. A segment with these numbers and flags (any spelling `normalizeFlags` reads); a null ACK field is 0. */
export function seg(seq: number, ack: number | null, flags: string, len = 0, wnd = 65535): Segment {
  const f = normalizeFlags(flags).split(',')
  return createSegment({
    seq,
    ack: ack ?? 0,
    flags: { syn: f.includes('SYN'), ack: f.includes('ACK'), fin: f.includes('FIN'), rst: f.includes('RST') },
    len,
    wnd,
  })
}

/** The arriving-segment modifications the oracle's `variant` values stand for (`meta.variants`). */
/** A change to an arriving segment that a `variant` word stands for. */
export type VariantMod =
  | 'unacceptable_ack'
  | 'no_ack'
  | 'out_of_window'
  | 'old'
  | 'in_window_not_exact'
  | 'retransmitted_syn'
  | 'in_window_syn'
  | 'retransmitted_fin'
  | 'with_data'

/**
 * Pure. The segment modifications named by a `variant` (several may be joined with `+`, `,` or
 * spaces). Unknown words (e.g. `retries_exhausted`, `passive`) modify no segment.
 */
export function variantMods(variant: string | undefined): VariantMod[] {
  if (!variant) return []
  const mods: VariantMod[] = []
  for (const raw of variant.toLowerCase().split(/[\s,+&]+/)) {
    const v = raw.replace(/[-.]/g, '_')
    if (!v) continue
    if (/unaccept|bad_ack|invalid_ack|wrong_ack|ack_(beyond|above|too|gt|unsent|not_sent|future)|future_ack/.test(v)) mods.push('unacceptable_ack')
    else if (/no_ack|without_ack|ack_off|ack_bit_off|noack/.test(v)) mods.push('no_ack')
    else if (/not_exact|inexact|in_window_rst|in_window_seq/.test(v)) mods.push('in_window_not_exact')
    else if (/(retrans|dup|again|repeat|old).*syn|syn.*(retrans|dup|again|repeat)/.test(v)) mods.push('retransmitted_syn')
    else if (/in_window_syn|new_syn/.test(v)) mods.push('in_window_syn')
    else if (/(retrans|dup|again|repeat).*fin|fin.*(retrans|dup|again|repeat)/.test(v)) mods.push('retransmitted_fin')
    else if (/out_of_window_seq|old|dup|stale|below|behind/.test(v)) mods.push('old')
    else if (/out_of_window|outside|beyond_window|above_window|far/.test(v)) mods.push('out_of_window')
    else if (/with_data|data/.test(v)) mods.push('with_data')
  }
  return mods
}

/**
 * Pure. Builds the arriving segment of a `rcv_*` event for a TCB (null = CLOSED), then applies the
 * variant (oracle README §1 event table, `meta.variants`). Throws a CaseError on an unknown event.
 */
export function arrivingSegment(event: string, variant: string | undefined, t: Tcb | null): Segment {
  const st: TcpState = t ? t.state : 'CLOSED'
  const unsync = st === 'CLOSED' || st === 'LISTEN' || st === 'SYN-SENT'
  const rcvNxt = t ? t.rcvNxt : 0
  const peerSeq = st === 'SYN-SENT' ? 300 : st === 'LISTEN' ? 101 : 301
  let seq: number
  let ack: number | null
  let flags: string
  let len = 0
  switch (event) {
    case 'rcv_syn':
      ;[seq, ack, flags] = [st === 'CLOSED' || st === 'LISTEN' ? 100 : st === 'SYN-SENT' ? 300 : rcvNxt, null, 'SYN']
      break
    case 'rcv_synack':
      if (st === 'CLOSED') [seq, ack] = [300, 91]
      else if (st === 'LISTEN') [seq, ack] = [300, 101]
      else if (st === 'SYN-SENT') [seq, ack] = [300, seqAdd(t!.iss, 1)]
      else [seq, ack] = [t!.irs, seqAdd(t!.iss, 1)]
      flags = 'SYN,ACK'
      break
    case 'rcv_ack':
      if (st === 'CLOSED') [seq, ack] = [300, 101]
      else if (st === 'LISTEN') [seq, ack] = [101, 301]
      else if (st === 'SYN-SENT') [seq, ack] = [300, t!.sndNxt]
      else [seq, ack] = [rcvNxt, t!.sndNxt]
      flags = 'ACK'
      break
    case 'rcv_fin':
      if (unsync) [seq, ack, flags] = [peerSeq, null, 'FIN']
      else [seq, ack, flags] = [rcvNxt, ackButFin(t!), 'FIN,ACK']
      break
    case 'rcv_finack':
      if (st === 'CLOSED' || st === 'LISTEN') [seq, ack] = [301, 102]
      else if (st === 'SYN-SENT') [seq, ack] = [peerSeq, t!.sndNxt]
      else [seq, ack] = [rcvNxt, t!.sndNxt]
      flags = 'FIN,ACK'
      break
    case 'rcv_rst':
      if (st === 'CLOSED' || st === 'LISTEN') [seq, ack, flags] = [301, null, 'RST']
      else if (st === 'SYN-SENT') [seq, ack, flags] = [0, t!.sndNxt, 'RST,ACK']
      else [seq, ack, flags] = [rcvNxt, null, 'RST']
      break
    case 'rcv_data':
      if (st === 'CLOSED') [seq, ack] = [300, 100]
      else if (st === 'LISTEN') [seq, ack] = [101, 301]
      else if (st === 'SYN-SENT') [seq, ack] = [301, t!.sndNxt]
      else [seq, ack] = [rcvNxt, ackButFin(t!)]
      flags = 'ACK'
      len = DATA_LEN
      break
    default:
      throw new CaseError(`unknown event "${event}"`)
  }
  const wnd = t ? t.rcvWnd : 65535
  const hasRcvNxt = t !== null && !unsync
  for (const mod of variantMods(variant)) {
    switch (mod) {
      case 'unacceptable_ack':
        if (!t || st === 'LISTEN') break
        if (!normalizeFlags(flags).includes('ACK')) flags = `${flags},ACK`
        // SYN-SENT: SEG.ACK =< ISS (an old duplicate's ACK); elsewhere: SEG.ACK > SND.NXT (acks something not yet sent).
        ack = st === 'SYN-SENT' ? (event === 'rcv_synack' ? seqAdd(t.iss, -9) : t.iss) : seqAdd(t.sndNxt, 100)
        break
      case 'no_ack':
        flags = normalizeFlags(flags).split(',').filter((f) => f !== 'ACK').join(',')
        ack = null
        break
      case 'out_of_window':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, wnd + 1000)
        break
      case 'old':
        // An old duplicate lying entirely below RCV.NXT; for a SYN or RST any out-of-window number does.
        if (hasRcvNxt) seq = event === 'rcv_syn' || event === 'rcv_rst' ? seqAdd(rcvNxt, wnd + 1000) : seqAdd(rcvNxt, -(Math.max(len, DATA_LEN) + 5))
        break
      case 'in_window_not_exact':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, Math.min(10, Math.max(1, wnd - 1)))
        break
      case 'retransmitted_syn':
        if (t && st !== 'LISTEN' && st !== 'SYN-SENT') seq = t.irs
        break
      case 'in_window_syn':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, 1)
        break
      case 'retransmitted_fin':
        if (hasRcvNxt) seq = seqAdd(rcvNxt, -1)
        break
      case 'with_data':
        if (len === 0) len = DATA_LEN
        break
    }
  }
  return seg(seq, ack, flags, len)
}
