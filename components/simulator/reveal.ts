/**
 * Drawing a burst a few segments at a time. One engine step can send a whole window of segments
 * at once (forty-odd for a large SEND); while playing, the diagram and the segment list show them
 * a few per animation frame, so they fan out instead of arriving as one long frame. Pure.
 */
import type { TraceEntry } from '@/lib/sim'
import type { Speed } from './simulator-store'

/** Segments drawn per animation frame while a burst is shown, below the fastest speed. */
export const REVEAL_PER_FRAME = 3

/**
 * Segments of a burst drawn per frame while playing: all at once for readers who asked for reduced
 * motion; one at the fastest speed, where every frame already brings an event, so that no frame
 * draws more than one new arrow and one new row; otherwise REVEAL_PER_FRAME.
 */
export function revealPerFrame(speed: Speed, reducedMotion: boolean): number {
  if (reducedMotion) return Number.POSITIVE_INFINITY
  return speed === 'max' ? 1 : REVEAL_PER_FRAME
}

/**
 * Pure. How much of the trace to draw: everything before `from`, then up to `perFrame` further
 * segment sends (and what the trace records with them, up to the next send). Null when no more
 * than `perFrame` sends remain, which means: draw it all.
 */
export function revealUpTo(trace: ReadonlyArray<TraceEntry>, from: number, perFrame: number = REVEAL_PER_FRAME): number | null {
  let sends = 0
  for (let i = Math.max(0, from); i < trace.length; i++) {
    if (trace[i]!.type !== 'segment_sent') continue
    sends++
    if (sends > perFrame) return i
  }
  return null
}
