/**
 * When Play takes its next step. A step runs in a task right after a frame is drawn (after-frame.ts)
 * and the next frame draws it, so the step must finish before that frame is due, or the frame starts
 * late. A frame that itself ran long leaves too little time: the step then waits for the next frame,
 * which starts with time to spare. It waits one frame at most, so Play keeps going on a slow machine.
 */

/** A frame's time at 60 Hz, ms. */
export const FRAME_MS = 1000 / 60

/**
 * How much of a frame may have gone by when a step starts, ms: half of it. Most steps, with the
 * render they cause, took 3–5 ms of CPU time in traces of the playground playing 1,000 events at the
 * fastest speed; the first steps after Play and those where the diagram jumps to follow "now" took
 * 9–12.5 ms. Started later than this, such a step runs into the next frame.
 */
export const STEP_WINDOW_MS = FRAME_MS / 2

/**
 * Pure. Whether Play should step now: `elapsedMs` since the start of the frame just drawn, and
 * `waitedFrames` frames already waited for this step.
 */
export function stepNow(elapsedMs: number, waitedFrames: number): boolean {
  return elapsedMs <= STEP_WINDOW_MS || waitedFrames >= 1
}

/**
 * What Play does in the task after a frame: step; wait, because a step is due but the frame left
 * too little time for it; or nothing yet, because no step is due at this speed.
 */
export type PlayMove = 'step' | 'wait' | 'not-due'

/**
 * Pure. What Play does after a frame: `drawing` when a burst is still being drawn a few segments per
 * frame, `sinceLastStepMs` since the frame of the last step, `speedMs` the speed's interval,
 * `elapsedMs` since the start of the frame just drawn, `waitedFrames` frames already waited for
 * time. A step is due when a burst is being drawn or the interval has passed; it runs now if the
 * frame left time for it (see stepNow), otherwise Play waits for the next frame.
 */
export function playMove(p: { drawing: boolean; sinceLastStepMs: number; speedMs: number; elapsedMs: number; waitedFrames: number }): PlayMove {
  if (!p.drawing && p.sinceLastStepMs < p.speedMs) return 'not-due'
  return stepNow(p.elapsedMs, p.waitedFrames) ? 'step' : 'wait'
}

/**
 * How much of a frame may have gone by when a step's render is done for the step to lay it out
 * too, ms: all but 4 ms. Laid out there, the step's layout (1–3 ms in traces, up to 7 ms for the
 * first steps after Play) is done before the next frame is due, which then only paints. A step that
 * ran later leaves its layout to the frame: done in the step's task, it would only make that task
 * run further into the frame.
 */
export const LAYOUT_WINDOW_MS = FRAME_MS - 4

/** Pure. Whether a step whose render ended `elapsedMs` after the start of the frame before it lays itself out now. */
export function layOutInStep(elapsedMs: number): boolean {
  return elapsedMs <= LAYOUT_WINDOW_MS
}
