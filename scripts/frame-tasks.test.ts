import { describe, expect, it } from 'vitest'
import { frameCpuReport, frameTasks, type TraceEvent } from './frame-tasks'

const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } })
const task = (pid: number, tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid, tid, ts, dur, tdur })
const frame = (pid: number, tid: number, ts: number, dur = 100): TraceEvent => ({ name: 'FireAnimationFrame', ph: 'X', pid, tid, ts, dur })

describe('frameTasks', () => {
  it('takes the main-thread tasks that ran animation frames, with their wall and CPU times', () => {
    const events = [
      meta(1, 10, 'CrRendererMain'),
      task(1, 10, 0, 5_000, 4_000),
      frame(1, 10, 1_000),
      // A task with no animation frame (a timer, a message) is not a frame.
      task(1, 10, 6_000, 2_000, 2_000),
      task(1, 10, 16_000, 30_000, 8_000),
      frame(1, 10, 16_500),
      // Two callbacks in one frame still make one frame.
      frame(1, 10, 17_000),
      // A task nested in a frame task (the trace records both) does not start a new one.
      task(1, 10, 20_000, 1_000, 1_000),
      frame(1, 10, 20_100),
    ]
    expect(frameTasks(events)).toEqual([
      { wallMs: 5, cpuMs: 4, cpuBeforeMs: 0 },
      { wallMs: 30, cpuMs: 8, cpuBeforeMs: 2 },
    ])
  })

  it('counts the CPU time of the tasks between two frames with the second, and nothing before the first', () => {
    const events = [
      meta(1, 10, 'CrRendererMain'),
      // Before the first frame (the click that pressed Play): not counted.
      task(1, 10, 0, 3_000, 3_000),
      task(1, 10, 4_000, 2_000, 1_000),
      frame(1, 10, 4_100),
      // Two tasks before the second frame (the step, a message).
      task(1, 10, 7_000, 9_000, 6_500),
      task(1, 10, 16_500, 500, 500),
      task(1, 10, 17_000, 4_000, 3_000),
      frame(1, 10, 17_100),
      task(1, 10, 34_000, 4_000, 4_000),
      frame(1, 10, 34_100),
    ]
    expect(frameTasks(events)).toEqual([
      { wallMs: 2, cpuMs: 1, cpuBeforeMs: 0 },
      { wallMs: 4, cpuMs: 3, cpuBeforeMs: 7 },
      { wallMs: 4, cpuMs: 4, cpuBeforeMs: 0 },
    ])
  })

  it("reads the page's renderer: the main thread with the most frames, not other threads", () => {
    const events = [
      meta(1, 10, 'CrRendererMain'),
      meta(2, 20, 'CrRendererMain'),
      meta(2, 21, 'Compositor'),
      task(1, 10, 0, 1_000, 1_000),
      frame(1, 10, 10),
      ...[0, 1, 2].flatMap((i) => [task(2, 20, i * 20_000, 9_000, 7_000), frame(2, 20, i * 20_000 + 10)]),
      task(2, 21, 0, 50_000, 50_000),
      frame(2, 21, 10),
    ]
    expect(frameTasks(events)).toHaveLength(3)
    expect(frameTasks(events)[0]).toEqual({ wallMs: 9, cpuMs: 7, cpuBeforeMs: 0 })
  })

  it('uses the wall time when a task has no thread time', () => {
    const events = [meta(1, 10, 'CrRendererMain'), { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 3_000 }, frame(1, 10, 5)]
    expect(frameTasks(events)).toEqual([{ wallMs: 3, cpuMs: 3, cpuBeforeMs: 0 }])
  })
})

describe('frameCpuReport', () => {
  it('reports the longest frame with its CPU time, the most CPU in one frame, and frames over 16 ms', () => {
    const report = frameCpuReport([
      { wallMs: 9, cpuMs: 8.04, cpuBeforeMs: 0 },
      { wallMs: 34.26, cpuMs: 8.1, cpuBeforeMs: 9.5 },
      { wallMs: 17, cpuMs: 16.5, cpuBeforeMs: 0 },
      { wallMs: 12, cpuMs: 11, cpuBeforeMs: 4 },
    ])
    expect(report).toEqual({
      frames: 4,
      longestWallMs: 34.3,
      cpuOfLongestWallMs: 8.1,
      longestCpuMs: 16.5,
      over16WallMs: 2,
      over16CpuMs: 1,
      longestCpuWithBeforeMs: 17.6,
      over16CpuWithBeforeMs: 2,
    })
  })

  it('reports zeros for a run with no frames', () => {
    expect(frameCpuReport([])).toEqual({
      frames: 0,
      longestWallMs: 0,
      cpuOfLongestWallMs: 0,
      longestCpuMs: 0,
      over16WallMs: 0,
      over16CpuMs: 0,
      longestCpuWithBeforeMs: 0,
      over16CpuWithBeforeMs: 0,
    })
  })
})
