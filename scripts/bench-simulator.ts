// Frame times of the playground for `npm run bench`: the playground playing ~1,000 events at the
// fastest speed, and the same page doing next to nothing (the floor) in the same run, so a slow
// machine can be told from a slow page. How frames are timed and why: bench/README.md.
import { execSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { SHARE_PARAM } from '@/components/simulator/share'
import { applyAction, applyActions, createSimulation, encodeRecording, isQuiescent, recordingOf } from '@/lib/sim'

/** Bytes handed to SEND so that playing the recording takes about 1,000 engine events. */
export const BENCH_SEND_BYTES = 730_000

/** The shared-link recording the frame bench plays, and how many events playing it takes. */
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

/** The accessible names the bench drives the playground by (the widget keeps them). */
const SPEED_LABEL = 'Speed'
const FASTEST = 'Fastest'
const PLAY = 'Play'

/** Frames the floor run times. */
const FLOOR_FRAMES = 1000

/** What the page returns: every frame's time, ms, and the Long Animation Frames in the same span. */
type Timed = { frames: number[]; longAnimationFrames: number[] }

/**
 * Page-side probe, installed as `window.__benchFrames` (a promise of `Timed`). Every frame is timed
 * from its start to the first task after its rendering; see bench/README.md. `mode` is 'play'
 * (timing starts with the next frame after a click and ends when a button named `play` is back,
 * after it was gone) or 'floor' (timing starts at once, one line of text changes per frame, and it
 * ends after `floorFrames` frames). Plain JavaScript: the TypeScript runner's helpers do not exist
 * in the page.
 */
function installProbe(args: { mode: 'play' | 'floor'; play: string; floorFrames: number }): void {
  const w = window as unknown as { __benchFrames: Promise<Timed> }
  w.__benchFrames = new Promise<Timed>((resolve) => {
    const loaf: Array<{ start: number; duration: number }> = []
    let observer: PerformanceObserver | null = null
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) loaf.push({ start: entry.startTime, duration: entry.duration })
      })
      observer.observe({ type: 'long-animation-frame', buffered: false })
    } catch {
      // no Long Animation Frame API: our own timing still counts every frame
    }
    // The end is watched here, by the same accessible name the bench's locator pressed: a locator
    // polling from outside would run its queries in the frames being timed.
    const playShown = () =>
      [...document.querySelectorAll('button, [role="button"]')].some((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === args.play)
    const line = args.mode === 'floor' ? document.body.appendChild(document.createElement('output')) : null
    if (line) line.style.cssText = 'position: fixed; left: 0; bottom: 0'

    const starts: number[] = []
    const frames: number[] = []
    let first = args.mode === 'floor' ? 0 : -1
    let clicked = false
    let playGone = false
    let done = false
    let endedAt = 0
    if (args.mode === 'play') document.addEventListener('click', () => (clicked = true), { capture: true, once: true })

    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      if (done) return
      const index = frames.length
      frames.push(performance.now() - starts[index]!)
      if (first < 0 || index < first) return
      if (args.mode === 'floor') {
        if (frames.length - first < args.floorFrames) return
      } else {
        const shown = playShown()
        if (!shown) playGone = true
        if (!(playGone && shown)) return
      }
      done = true
      endedAt = performance.now()
      observer?.disconnect()
      const since = starts[first]!
      resolve({
        frames: frames.slice(first),
        longAnimationFrames: loaf.filter((e) => e.start + e.duration > since && e.start < endedAt).map((e) => e.duration),
      })
    }
    // When the page was idle, a frame's timestamp is the last vsync tick, which can lie up to a
    // frame before the callback was asked for: a frame starts no earlier than it was requested.
    let requested = performance.now()
    const frame = (frameStart: number) => {
      if (done) return
      const start = Math.max(frameStart, requested)
      requestAnimationFrame(frame)
      requested = performance.now()
      if (first < 0 && clicked) first = starts.length
      starts.push(start)
      // Queued before anything the frame's other callbacks and React's commit queue: it runs once
      // this frame is drawn.
      channel.port2.postMessage(null)
      if (line) line.textContent = `frame ${starts.length}`
    }
    requestAnimationFrame(frame)
  })
}

/**
 * Runs `fn(arg)` in the page. The TypeScript runner wraps named functions in a `__name` helper
 * that does not exist in the page, so the source goes over with a stand-in for it.
 */
function inPage<A>(page: Page, fn: (arg: A) => unknown, arg: A): Promise<unknown> {
  return page.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}) })()`)
}

async function openPlayground(baseUrl: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { chromium, expect } = await import('@playwright/test')
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim()
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  // The frames are the simulator's: the offline service worker's one-off precaching of a first visit
  // would run in the middle of Play and be counted against it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' })
  await page.goto(`${baseUrl.replace(/\/$/, '')}/en/playground/?${SHARE_PARAM}=${benchRecording().encoded}`)
  // Play is enabled once the page is interactive and the shared recording is restored.
  await expect(page.getByRole('button', { name: PLAY, exact: true })).toBeEnabled({ timeout: 30_000 })
  return { page, close: () => browser.close() }
}

async function setFastest(page: Page): Promise<void> {
  // Not an exact match: the control's name also carries the option it shows ("Speed Normal").
  const speed = page.getByLabel(SPEED_LABEL)
  // A closed list's options are hidden, yet still the control's options.
  const options = (await speed.getByRole('option', { includeHidden: true }).allTextContents()).map((o) => o.trim())
  // The fastest option by name; the options run from slowest to fastest, so else the last.
  const fastest = options.includes(FASTEST) ? FASTEST : options.at(-1)
  if (fastest === undefined) throw new Error(`the ${SPEED_LABEL} control has no options`)
  await speed.selectOption({ label: fastest })
  const chosen = await speed.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label.trim())
  if (chosen !== fastest) throw new Error(`the ${SPEED_LABEL} control shows ${chosen}, not ${fastest}`)
}

async function collect(page: Page, what: string): Promise<Timed> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no end after 180 s`)), 180_000).unref())
  return Promise.race([page.evaluate(() => (window as unknown as { __benchFrames: Promise<Timed> }).__benchFrames), timeout])
}

/** Every frame from pressing Play until the run is over, at the fastest speed. */
export async function timePlayback(baseUrl: string): Promise<Timed & { events: number }> {
  const { page, close } = await openPlayground(baseUrl)
  try {
    await setFastest(page)
    // The probe starts on a page that has finished loading, as a reader would press Play.
    await page.waitForLoadState('networkidle')
    await inPage(page, installProbe, { mode: 'play', play: PLAY, floorFrames: FLOOR_FRAMES })
    await page.getByRole('button', { name: PLAY, exact: true }).click()
    return { ...(await collect(page, 'the playback')), events: benchRecording().events }
  } finally {
    await close()
  }
}

/** The floor: the same page, loaded the same way, changing one line of text per frame for 1,000 frames. */
export async function timeFloor(baseUrl: string): Promise<Timed> {
  const { page, close } = await openPlayground(baseUrl)
  try {
    await page.waitForLoadState('networkidle')
    await inPage(page, installProbe, { mode: 'floor', play: PLAY, floorFrames: FLOOR_FRAMES })
    return await collect(page, 'the floor run')
  } finally {
    await close()
  }
}
