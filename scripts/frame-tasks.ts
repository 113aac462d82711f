// Frame tasks in a Chromium trace, for `npm run bench` (not a timed test).
//
// A frame's wall time counts every millisecond the renderer's main thread needed to finish it,
// including the time it waited for a core while another thread or process ran. On a small machine
// shared with the compositor, the raster threads, the server and the test driver, that wait can be
// far longer than the frame's own work. A trace records both for every task: `dur` (wall time) and
// `tdur` (the thread's CPU time). Comparing them for the frames of one run says whether a long frame
// was long because of the page's work or because the thread was waiting.
//
// A frame also waits for the tasks that run before it: Play takes each step in a task of its own
// after a frame is drawn, so the next frame starts late if that task is still running when it is
// due. Each frame task therefore carries the CPU time of the main-thread tasks since the frame task
// before it.

/** The trace events this reads: complete events (`ph: 'X'`) with wall and thread times, and thread names. */
export type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * One task of the main thread that ran an animation frame: its wall time and its CPU time, and the
 * CPU time of the other main-thread tasks since the frame task before it (0 for the first), ms.
 */
export type FrameTask = { wallMs: number; cpuMs: number; cpuBeforeMs: number }

/** Trace categories that hold what `frameTasks` reads (tasks with thread times, animation frames). */
export const FRAME_TASK_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

const TASK = 'RunTask'
const ANIMATION_FRAME = 'FireAnimationFrame'

function threadKey(e: Pick<TraceEvent, 'pid' | 'tid'>): string {
  return `${e.pid}:${e.tid}`
}

/**
 * Pure. The main-thread tasks of a trace that ran animation-frame callbacks (a frame's script,
 * style, layout and paint run in one such task), in order. When the trace holds several renderers,
 * the main thread with the most of them is the page's.
 */
export function frameTasks(events: ReadonlyArray<TraceEvent>): FrameTask[] {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadKey))
  const byThread = new Map<string, TraceEvent[]>()
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(threadKey(e))) continue
    if (e.name !== TASK && e.name !== ANIMATION_FRAME) continue
    const list = byThread.get(threadKey(e)) ?? []
    list.push(e)
    byThread.set(threadKey(e), list)
  }
  let best: FrameTask[] = []
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    const found: FrameTask[] = []
    let task: TraceEvent | null = null
    let counted = false
    let before = 0
    const cpu = (t: TraceEvent) => (t.tdur ?? t.dur ?? 0) / 1000
    for (const e of list) {
      const end = task ? task.ts + (task.dur ?? 0) : -Infinity
      if (e.name === TASK && e.ts >= end) {
        if (task && !counted && found.length > 0) before += cpu(task)
        task = e
        counted = false
      } else if (e.name === ANIMATION_FRAME && task && e.ts < end && !counted) {
        counted = true
        found.push({ wallMs: (task.dur ?? 0) / 1000, cpuMs: cpu(task), cpuBeforeMs: before })
        before = 0
      }
    }
    if (found.length > best.length) best = found
  }
  return best
}

export type FrameCpuReport = {
  /** Frame tasks in the run. */
  frames: number
  /** The longest frame task in wall time, and the main thread's CPU time in that same task. */
  longestWallMs: number
  cpuOfLongestWallMs: number
  /** The most CPU time any one frame task took. */
  longestCpuMs: number
  /** Frame tasks over 16 ms in wall time, and in CPU time. */
  over16WallMs: number
  over16CpuMs: number
  /** The most CPU time of one frame task together with the tasks run since the frame before it. */
  longestCpuWithBeforeMs: number
  /** Frames whose task and the tasks before it took over 16 ms of CPU time together. */
  over16CpuWithBeforeMs: number
}

const round1 = (ms: number) => Math.round(ms * 10) / 10

/** Pure. Wall against CPU time over the frame tasks of one run. */
export function frameCpuReport(tasks: ReadonlyArray<FrameTask>): FrameCpuReport {
  const longestWall = tasks.reduce<FrameTask | null>((max, t) => (max === null || t.wallMs > max.wallMs ? t : max), null)
  return {
    frames: tasks.length,
    longestWallMs: round1(longestWall?.wallMs ?? 0),
    cpuOfLongestWallMs: round1(longestWall?.cpuMs ?? 0),
    longestCpuMs: round1(Math.max(0, ...tasks.map((t) => t.cpuMs))),
    over16WallMs: tasks.filter((t) => t.wallMs > 16).length,
    over16CpuMs: tasks.filter((t) => t.cpuMs > 16).length,
    longestCpuWithBeforeMs: round1(Math.max(0, ...tasks.map((t) => t.cpuMs + t.cpuBeforeMs))),
    over16CpuWithBeforeMs: tasks.filter((t) => t.cpuMs + t.cpuBeforeMs > 16).length,
  }
}
