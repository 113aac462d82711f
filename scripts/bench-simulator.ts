// Simulator measurements for `npm run bench` (called from scripts/bench.ts; not timed tests).
//
// measureSimulatorExtraJs(buildDir): the gzip bytes of JavaScript a lesson page loads because it
//   embeds a simulator. Method: take the <script src> chunks of the prerendered English lesson
//   page (which has simulators) and of the English home page (the same layout, no lesson content);
//   of the chunks only the lesson page loads, count those that hold simulator code (they contain
//   the simulator's message keys or the engine's action names). A chunk that also holds other code
//   counts whole, so the figure is an upper bound. Gzip level 9, as the rest of the bench.
//
// measureLongestFrameDetails(baseUrl): one of the FRAME_RUNS playbacks the frame row times (the
//   row takes the run with the shortest longest frame; see bestRun). It opens the playground on a
//   shared link whose recording opens a connection and hands 730,000 bytes to SEND (a run of about
//   1,000 engine events), sets the speed to Fastest (one event per animation frame) and presses
//   Play. For every frame from Play until the run ends it records the time from the frame's start
//   (or from when the frame was asked for, if later) to the first task after its rendering (style,
//   layout and paint, and any earlier work that made the frame start late: Play takes each step,
//   with React's render and commit, in a task right after a frame, so a step counts in the next
//   frame when it runs past that frame's start), and returns the longest with the median and
//   percentiles. Long Animation Frame entries (>= 50 ms), if Chromium reports any, count too.
//   Beside the frames it reports the main thread's CPU time per event from Chromium's own counters
//   (all tasks, and their script, layout and style parts), which moves far less from run to run
//   than frame times do.
//
// measureFrameCpuDetails(baseUrl): the same run once more with Chromium tracing on, to tell the
//   frames the page's work makes long from those the machine does: for every main-thread task that
//   ran a frame it compares wall time with the thread's CPU time, alone and with the tasks run since
//   the frame before (the step that prepared it; see frame-tasks.ts). Tracing costs time of its
//   own, so these CPU times are upper bounds of the untraced run's.
//
// measureFloorFrameDetails(baseUrl): the same page and timing, with one line of text changed per
//   frame for 1,000 frames and nothing else: what this machine's frames cost before the simulator
//   does any work, so the row above can be read against it.
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { CDPSession, Page } from '@playwright/test'
import { FRAME_TASK_CATEGORIES, frameCpuReport, frameTasks, type FrameCpuReport, type TraceEvent } from './frame-tasks'
import { applyActions, createSimulation, encodeRecording, isQuiescent, applyAction, recordingOf } from '@/lib/sim'

/** Strings that only simulator code contains (message keys of the widget, engine action names). */
const SIMULATOR_MARKERS = ['fate.segmentButton', 'skip_to_next_timer']

function scriptChunks(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="\/_next\/([^"?]+)[^"]*"[^>]*>/g)]
    .filter((m) => !/noModule/i.test(m[0]))
    .map((m) => m[1]!)
}

function prerendered(buildDir: string, page: string): string {
  for (const file of [`server/app/${page}.html`, `${page}/index.html`, `${page}.html`]) {
    const full = path.join(buildDir, file)
    if (existsSync(full)) return readFileSync(full, 'utf8')
  }
  throw new Error(`no prerendered HTML for ${page} in ${buildDir}`)
}

/** A `/_next/...` asset: under the build folder for `next build`, under `_next/` in a static export. */
function chunkFile(buildDir: string, chunk: string): string {
  const exported = path.join(buildDir, '_next', chunk)
  return existsSync(exported) ? exported : path.join(buildDir, chunk)
}

/** Gzip bytes of the simulator's JavaScript on a lesson page over the home page (see the header). */
export async function measureSimulatorExtraJs(buildDir: string): Promise<number> {
  return measureSimulatorExtraJsDetails(buildDir).bytes
}

/** The same measurement with the chunks it counted. */
export function measureSimulatorExtraJsDetails(buildDir: string): { bytes: number; chunks: Array<{ chunk: string; gzip: number }> } {
  const lesson = scriptChunks(prerendered(buildDir, 'en/lessons/three-way-handshake'))
  const home = new Set(scriptChunks(prerendered(buildDir, 'en')))
  const chunks = lesson
    .filter((chunk) => !home.has(chunk))
    .map((chunk) => ({ chunk, data: readFileSync(chunkFile(buildDir, chunk)) }))
    .filter(({ data }) => {
      const text = data.toString('utf8')
      return SIMULATOR_MARKERS.some((marker) => text.includes(marker))
    })
    .map(({ chunk, data }) => ({ chunk, gzip: gzipSync(data, { level: 9 }).length }))
  return { bytes: chunks.reduce((sum, c) => sum + c.gzip, 0), chunks }
}

/** Bytes handed to SEND so that playing the recording takes about 1,000 engine events. */
export const BENCH_SEND_BYTES = 730_000

/** The shared-link recording the frame bench plays, and how many events it takes. */
export function benchRecording(): { encoded: string; events: number } {
  const start = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: BENCH_SEND_BYTES },
  ])
  let sim = start
  let events = 0
  while (!isQuiescent(sim) && events < 10_000) {
    sim = applyAction(sim, { type: 'step' })
    events++
  }
  return { encoded: encodeRecording(recordingOf(start)), events }
}

/**
 * Page-side frame timing, shared by the run and the floor below. A frame runs from its start (the
 * timestamp every animation-frame callback of that frame gets) to the first task after its
 * rendering. The probe's callback is registered first in every frame (it registers the next one at
 * once), so its message is queued before anything the frame's other callbacks and React's commit
 * queue; work done after the frame is drawn counts only if it delays the start of the next frame,
 * and then it counts there. Long Animation Frame entries (>= 50 ms), if Chromium reports any, are
 * returned too. Everything happens inside the page, the end being watched in the task after each
 * frame: a Playwright locator waiting instead would query the page's roles and names over and over,
 * and that work would land in the frames measured.
 *
 * `began()` and `ended(framesSinceBegin)` are page-side expressions; `eachFrame` runs in every
 * frame after the timing; `kickoff` runs once after the first frame is requested.
 */
function frameProbe(parts: { setup?: string; began: string; ended: string; eachFrame?: string; kickoff?: string }): string {
  return `new Promise((resolve) => {
  const frames = []
  const loaf = []
  let observer = null
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) loaf.push(entry.duration)
    })
    observer.observe({ type: 'long-animation-frame', buffered: false })
  } catch (error) {}
  ${parts.setup ?? ''}
  const channel = new MessageChannel()
  const starts = []
  let first = -1
  let done = false
  channel.port1.onmessage = () => {
    if (done) return
    frames.push(performance.now() - starts[frames.length])
    if (first < 0) {
      if (${parts.began}) first = frames.length - 1
    } else if (${parts.ended}) {
      done = true
      observer?.disconnect()
      resolve({ frames: frames.slice(first), loaf })
    }
  }
  // When the page was idle, the first frame's timestamp is the last vsync tick, which can lie up
  // to a frame before the probe asked for it (traces show it 13 ms ahead of the click): a frame
  // starts no earlier than its callback was requested.
  let requested = performance.now()
  const frame = (frameStart) => {
    if (done) return
    const start = Math.max(frameStart, requested)
    requestAnimationFrame(frame)
    requested = performance.now()
    starts.push(start)
    channel.port2.postMessage(null)
    ${parts.eachFrame ?? ''}
  }
  requestAnimationFrame(frame)
  ${parts.kickoff ?? ''}
})`
}

/** Presses Play and times every frame until the Play button is back (the run is over). */
const PLAY_PROBE = frameProbe({
  setup: `const playButton = () => {
    const button = document.querySelector('button[aria-keyshortcuts="P"]')
    return button !== null && button.textContent === 'Play'
  }`,
  began: '!playButton()',
  ended: 'playButton()',
  // Pressed from inside the page, so the test driver does no work of its own while the run plays.
  kickoff: `document.querySelector('button[aria-keyshortcuts="P"]').click()`,
})

/** Frames of the run the floor is timed over. */
const FLOOR_FRAMES = 1000

/**
 * The same page changing one line of text per frame and nothing else: what a frame costs on this
 * machine and browser before the simulator does any work. A longest frame above the budget here
 * means the machine, not the page, sets the floor.
 */
const FLOOR_PROBE = frameProbe({
  setup: `const line = document.body.appendChild(document.createElement('output'))
  line.style.cssText = 'position: fixed; left: 0; bottom: 0'`,
  began: 'true',
  ended: `frames.length - first >= ${FLOOR_FRAMES}`,
  eachFrame: 'line.textContent = `frame ${starts.length}`',
})

export type FrameReport = {
  longestFrameMs: number
  frames: number
  events: number
  medianFrameMs: number
  p95FrameMs: number
  p99FrameMs: number
  /** Frames longer than the 16 ms budget. */
  framesOver16Ms: number
  longAnimationFrames: number
  /**
   * Main-thread CPU time per event (per frame for the floor), ms: all tasks, and the script, layout
   * and style parts of them. Steadier than frame times from run to run, so it shows whether the
   * page's own work per event went up or down.
   */
  threadMsPerEvent: { task: number; script: number; layout: number; style: number }
  /** The ten longest frames with their position in the run (0 = first frame after Play). */
  worst: Array<{ frame: number; ms: number }>
}

function frameReport(frames: number[], loaf: number[], events: number, thread: ThreadTimes): FrameReport {
  const perEvent = (ms: number) => Math.round((ms / Math.max(1, events || frames.length)) * 100) / 100
  const sorted = [...frames].sort((a, b) => a - b)
  const at = (q: number) => Math.round((sorted[Math.floor(sorted.length * q)] ?? 0) * 10) / 10
  return {
    longestFrameMs: Math.round(Math.max(sorted[sorted.length - 1] ?? 0, ...loaf) * 10) / 10,
    frames: frames.length,
    events,
    medianFrameMs: at(0.5),
    p95FrameMs: at(0.95),
    p99FrameMs: at(0.99),
    framesOver16Ms: frames.filter((ms) => ms > 16).length,
    worst: frames
      .map((ms, frame) => ({ frame, ms: Math.round(ms * 10) / 10 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10),
    longAnimationFrames: loaf.length,
    threadMsPerEvent: { task: perEvent(thread.task), script: perEvent(thread.script), layout: perEvent(thread.layout), style: perEvent(thread.style) },
  }
}

/** Seconds of main-thread time (all tasks, and their script, layout and style parts). */
type ThreadTimes = { task: number; script: number; layout: number; style: number }

/**
 * Chromium's own counters of main-thread time, read with `threadTicks` so they count the thread's
 * CPU time: unlike frame times, they hardly move when another process takes the core.
 */
async function threadTimes(cdp: CDPSession): Promise<ThreadTimes> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') }
}

/**
 * Opens the playground on a shared-link recording in headless Chromium (1280 × 900, no GPU) and,
 * once the page has loaded, evaluates a probe that returns its frame times.
 */
async function timeFrames(
  baseUrl: string,
  encodedRecording: string,
  probe: string,
  beforeProbe: (page: Page) => Promise<void>,
  options: { trace?: boolean } = {},
): Promise<{ frames: number[]; loaf: number[]; thread: ThreadTimes; trace: TraceEvent[] }> {
  const { chromium } = await import('@playwright/test')
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim()
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${baseUrl.replace(/\/$/, '')}/en/playground/?sim=${encodedRecording}`)
    await page.getByRole('status', { name: 'What just happened' }).filter({ hasText: 'Opened a shared simulation.' }).waitFor()
    await beforeProbe(page)
    // The probe starts on a page that has finished loading, as a reader would press Play.
    await page.waitForLoadState('networkidle')
    // Main-thread time (thread CPU time, not wall time) spent while the probe runs, by kind.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    if (options.trace) await browser.startTracing(page, { categories: FRAME_TASK_CATEGORIES })
    const before = await threadTimes(cdp)
    // A string, not a function: the TypeScript runner's helpers do not exist inside the page.
    const result = (await page.evaluate(probe)) as { frames: number[]; loaf: number[] }
    const after = await threadTimes(cdp)
    const traced = options.trace ? (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents : []
    const spent = (key: keyof ThreadTimes) => (after[key] - before[key]) * 1000
    return { ...result, thread: { task: spent('task'), script: spent('script'), layout: spent('layout'), style: spent('style') }, trace: traced }
  } finally {
    await browser.close()
  }
}

async function setFastest(page: Page): Promise<void> {
  const { expect } = await import('@playwright/test')
  await page.getByLabel('Speed').selectOption('max')
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled()
}

/**
 * How many whole playbacks the frame row times. A stall of the machine (another process or the
 * virtual machine's host taking the core) lands in one run and not the next, and it is not the
 * page's: the row reports the run with the shortest longest frame and lists every run.
 */
export const FRAME_RUNS = 3

/** Pure. The run whose longest frame is the shortest (the first of equals). */
export function bestRun<R extends Pick<FrameReport, 'longestFrameMs'>>(runs: ReadonlyArray<R>): R {
  if (runs.length === 0) throw new Error('no runs to choose from')
  return runs.reduce((best, run) => (run.longestFrameMs < best.longestFrameMs ? run : best))
}

/** Every frame while the playground plays ~1,000 events at full speed: longest, median, percentiles and the worst frames. */
export async function measureLongestFrameDetails(baseUrl: string): Promise<FrameReport> {
  const { encoded, events } = benchRecording()
  const { frames, loaf, thread } = await timeFrames(baseUrl, encoded, PLAY_PROBE, setFastest)
  return frameReport(frames, loaf, events, thread)
}

/** The same run traced: each frame task's wall time against the main thread's CPU time in it. */
export async function measureFrameCpuDetails(baseUrl: string): Promise<FrameCpuReport> {
  const { trace } = await timeFrames(baseUrl, benchRecording().encoded, PLAY_PROBE, setFastest, { trace: true })
  return frameCpuReport(frameTasks(trace))
}

/** The same page with one line of text changed per frame (see FLOOR_PROBE): this machine's floor. */
export async function measureFloorFrameDetails(baseUrl: string): Promise<FrameReport> {
  const { frames, loaf, thread } = await timeFrames(baseUrl, benchRecording().encoded, FLOOR_PROBE, async () => {})
  return frameReport(frames, loaf, 0, thread)
}

// `npx tsx scripts/bench-simulator.ts <buildDir> [baseUrl]` prints both measurements.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [buildDir = '.next', baseUrl] = process.argv.slice(2)
  console.log('simulator extra JS', measureSimulatorExtraJsDetails(buildDir))
  if (baseUrl) {
    console.log('frames while playing', await measureLongestFrameDetails(baseUrl))
    console.log('frame tasks, traced', await measureFrameCpuDetails(baseUrl))
    console.log('floor frames', await measureFloorFrameDetails(baseUrl))
  }
}
