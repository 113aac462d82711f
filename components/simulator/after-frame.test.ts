import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { afterNextFrame } from './after-frame'

/** A fake animation-frame queue: `frame(start)` runs the callbacks requested before it, as a browser frame does. */
let requested: Map<number, FrameRequestCallback>
let nextId: number
function frame(start: number): void {
  const callbacks = [...requested.values()]
  requested = new Map()
  for (const callback of callbacks) callback(start)
}

beforeEach(() => {
  requested = new Map()
  nextId = 1
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    requested.set(nextId, callback)
    return nextId++
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => requested.delete(id))
})
afterEach(() => vi.unstubAllGlobals())

/** Resolves after the tasks queued so far have run (a message queued behind them). */
function tasksRun(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

test('the callback runs after the frame, not inside it, and gets the frame start time', async () => {
  const order: string[] = []
  const callback = vi.fn((start: number) => order.push(`step ${start}`))
  afterNextFrame(callback)
  requestAnimationFrame(() => order.push('rest of the frame'))
  expect(callback).not.toHaveBeenCalled()
  frame(1234)
  expect(order).toEqual(['rest of the frame'])
  await tasksRun()
  expect(order).toEqual(['rest of the frame', 'step 1234'])
  expect(callback).toHaveBeenCalledTimes(1)
})

test('callbacks queued in the same frame run in the order they were asked for', async () => {
  const order: number[] = []
  afterNextFrame(() => order.push(1))
  afterNextFrame(() => order.push(2))
  frame(16)
  await tasksRun()
  expect(order).toEqual([1, 2])
})

test('cancelling before the frame or between the frame and the task stops the callback', async () => {
  const before = vi.fn()
  const between = vi.fn()
  const kept = vi.fn()
  afterNextFrame(before)()
  const cancelBetween = afterNextFrame(between)
  afterNextFrame(kept)
  expect(requested.size).toBe(2)
  frame(32)
  cancelBetween()
  await tasksRun()
  expect(before).not.toHaveBeenCalled()
  expect(between).not.toHaveBeenCalled()
  expect(kept).toHaveBeenCalledWith(32)
})
