/**
 * 32-bit sequence-number arithmetic (RFC 9293 §3.4): every comparison is modulo 2^32, so
 * 4294967295 < 0 when the numbers are close. Pure, tiny, allocation-free.
 */
import type { Seq } from './types'

/** 2^32, the size of the sequence space (RFC 9293 §3.4). */
export const SEQ_MODULUS = 0x1_0000_0000

/** Pure. `a + n` modulo 2^32 (RFC 9293 §3.4). `n` may be negative. */
export function seqAdd(a: Seq, n: number): Seq {
  return (a + n) >>> 0
}

/** Pure. Signed distance `b - a` in (-2^31, 2^31], wrap-safe (RFC 9293 §3.4). */
export function seqDiff(b: Seq, a: Seq): number {
  return ((b - a) | 0)
}

/** Pure. `a < b` modulo 2^32 (RFC 9293 §3.4). */
export function seqLt(a: Seq, b: Seq): boolean {
  return ((a - b) | 0) < 0
}

/** Pure. `a =< b` modulo 2^32 (RFC 9293 §3.4). */
export function seqLeq(a: Seq, b: Seq): boolean {
  return ((a - b) | 0) <= 0
}

/** Pure. `a > b` modulo 2^32 (RFC 9293 §3.4). */
export function seqGt(a: Seq, b: Seq): boolean {
  return ((a - b) | 0) > 0
}

/** Pure. `a >= b` modulo 2^32 (RFC 9293 §3.4). */
export function seqGeq(a: Seq, b: Seq): boolean {
  return ((a - b) | 0) >= 0
}

/** Pure. `lo =< x < hi` modulo 2^32, the window test of RFC 9293 §3.10.7.4 (empty when lo = hi). */
export function seqInWindow(x: Seq, lo: Seq, hi: Seq): boolean {
  return seqLeq(lo, x) && seqLt(x, hi)
}

/** Pure. `lo < x =< hi` modulo 2^32, the acceptable-ACK test SND.UNA < SEG.ACK =< SND.NXT (RFC 9293 §3.4). */
export function seqBetween(lo: Seq, x: Seq, hi: Seq): boolean {
  return seqLt(lo, x) && seqLeq(x, hi)
}

/** Pure. Normalises any integer to [0, 2^32). */
export function toSeq(n: number): Seq {
  return n >>> 0
}
