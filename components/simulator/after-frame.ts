/**
 * Scheduling Play's work between frames, not inside them.
 *
 * A step changes the store, and React renders and commits the change in the same task. Run from an
 * animation-frame callback, that script sits inside the frame, in front of the style, layout and
 * paint the browser must finish before the frame is shown. Run in a task queued from the callback,
 * it runs right after the frame is drawn, and the next frame draws its result; the frame itself
 * only lays out and paints (Play also lays the step out in its task, so the frame only paints).
 */

/** Tasks queued after frames, oldest first. */
const queued: Array<() => void> = []
/**
 * One channel for every task: a message, not a timer (a timer may wait for the next clock tick),
 * and one channel, because opening a channel costs far more than a message.
 */
let channel: MessageChannel | null = null

function queueTask(run: () => void): void {
  if (!channel) {
    channel = new MessageChannel()
    channel.port1.onmessage = () => queued.shift()?.()
  }
  queued.push(run)
  channel.port2.postMessage(null)
}

/** Runs `callback` in a task right after the next frame is drawn; returns a function that cancels it. */
export function afterNextFrame(callback: (frameStart: number) => void): () => void {
  let cancelled = false
  const raf = requestAnimationFrame((frameStart) => {
    queueTask(() => {
      if (!cancelled) callback(frameStart)
    })
  })
  return () => {
    cancelled = true
    cancelAnimationFrame(raf)
  }
}
