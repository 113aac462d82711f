// Simulator measurements for `npm run bench` (called from scripts/bench.ts; not timed tests).
//
// measureSimulatorExtraJs(buildDir): the gzip bytes of JavaScript a lesson page loads because it
//   embeds a simulator. Method: take the <script src> chunks of the prerendered English lesson
//   page (which has simulators) and of the English home page (the same layout, no lesson content);
//   of the chunks only the lesson page loads, count those that hold simulator code (they contain
//   the simulator's message keys or the engine's action names). A chunk that also holds other code
//   counts whole, so the figure is an upper bound. Gzip level 9, as the rest of the bench.
//
// measureLongestFrameDetails(baseUrl): opens the playground on a shared link whose recording opens a
//   connection and hands 730,000 bytes to SEND (a run of about 1,000 engine events), sets the speed
//   to Fastest (one event per animation frame) and presses Play. For every frame from Play until
//   the run ends it records the main-thread time from the start of the animation frame to the
//   first task after it (the step, React's render and commit, style, layout and paint), and returns
//   the longest. Long Animation Frame entries (>= 50 ms), if Chromium reports any, count too.
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
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
 * Presses Play and records, per animation frame, the time from its start to the first task after
 * it, until the Play button is back (the run is over). Everything happens inside the page, the end
 * being watched in the task after each measured frame: a Playwright locator waiting instead would
 * query the page's roles and names over and over while it plays, and that work would land in the
 * frames measured.
 */
const FRAME_PROBE = `new Promise((resolve) => {
  const frames = []
  const loaf = []
  let observer = null
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) loaf.push(entry.duration)
    })
    observer.observe({ type: 'long-animation-frame', buffered: false })
  } catch (error) {}
  const playButton = () => {
    const button = document.querySelector('button[aria-keyshortcuts="P"]')
    return button !== null && button.textContent === 'Play'
  }
  // A frame runs from its start (the timestamp every animation-frame callback of that frame gets)
  // to the first task after its rendering. The probe's callback is registered first in every frame
  // (it registers the next one at once), so its message is queued before anything the frame's
  // other callbacks and React's commit queue; work done after the frame is drawn counts only if it
  // delays the start of the next one, and then it counts there.
  const channel = new MessageChannel()
  const starts = []
  let first = -1
  let done = false
  channel.port1.onmessage = () => {
    if (done) return
    frames.push(performance.now() - starts[frames.length])
    if (first < 0) {
      if (!playButton()) first = frames.length - 1
    } else if (playButton()) {
      done = true
      observer?.disconnect()
      resolve({ frames: frames.slice(first), loaf })
    }
  }
  const frame = (frameStart) => {
    if (done) return
    requestAnimationFrame(frame)
    starts.push(frameStart)
    channel.port2.postMessage(null)
  }
  requestAnimationFrame(frame)
  // Pressed from inside the page, so the test driver does no work of its own while the run plays.
  document.querySelector('button[aria-keyshortcuts="P"]').click()
})`

type FrameReport = {
  longestFrameMs: number
  frames: number
  events: number
  medianFrameMs: number
  p95FrameMs: number
  p99FrameMs: number
  /** Frames longer than the 16 ms budget. */
  framesOver16Ms: number
  longAnimationFrames: number
  /** The ten longest frames with their position in the run (0 = first frame after Play). */
  worst: Array<{ frame: number; ms: number }>
}

/** Longest main-thread frame while the playground plays ~1,000 events at full speed, with the median, the 95th percentile and the worst frames. */
export async function measureLongestFrameDetails(baseUrl: string): Promise<FrameReport> {
  const { chromium, expect } = await import('@playwright/test')
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim()
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const { encoded, events } = benchRecording()
    await page.goto(`${baseUrl.replace(/\/$/, '')}/en/playground/?sim=${encoded}`)
    await page.getByRole('status', { name: 'What just happened' }).filter({ hasText: 'Opened a shared simulation.' }).waitFor()
    await page.getByLabel('Speed').selectOption('max')
    // A string, not a function: the TypeScript runner's helpers do not exist inside the page.
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled()
    // Play is pressed on a page that has finished loading, as a reader would press it.
    await page.waitForLoadState('networkidle')
    const { frames, loaf } = (await page.evaluate(FRAME_PROBE)) as { frames: number[]; loaf: number[] }
    const sorted = [...frames].sort((a, b) => a - b)
    const longest = Math.max(sorted[sorted.length - 1] ?? 0, ...loaf)
    return {
      longestFrameMs: Math.round(longest * 10) / 10,
      frames: frames.length,
      events,
      medianFrameMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10,
      p95FrameMs: Math.round((sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 10) / 10,
      p99FrameMs: Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 10) / 10,
      framesOver16Ms: frames.filter((ms) => ms > 16).length,
      worst: frames
        .map((ms, frame) => ({ frame, ms: Math.round(ms * 10) / 10 }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10),
      longAnimationFrames: loaf.length,
    }
  } finally {
    await browser.close()
  }
}

// `npx tsx scripts/bench-simulator.ts <buildDir> [baseUrl]` prints both measurements.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [buildDir = '.next', baseUrl] = process.argv.slice(2)
  console.log('simulator extra JS', measureSimulatorExtraJsDetails(buildDir))
  if (baseUrl) console.log('longest frame', await measureLongestFrameDetails(baseUrl))
}
