// `npm run bench`: builds the site, measures size and speed, prints a table and writes
// bench/results.json as {"rows":[{name, value, unit, budget, ok}]}. Budgets come from the
// issues that set them; a row without a budget has budget null and ok null.
import { execSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { measureEngineStepsPerSecond } from '@/lib/sim'
import { FRAME_RUNS, bestRun, measureFloorFrameDetails, measureFrameCpuDetails, measureLongestFrameDetails, measureSimulatorExtraJs, type FrameReport } from './bench-simulator'

type Row = { name: string; value: number; unit: string; budget: number | null; ok: boolean | null }
type Budget = { max?: number; min?: number }

const rows: Row[] = []
const BUILD_DIR = '.next'

function add(name: string, value: number, unit: string, budget: Budget = {}) {
  const limit = budget.max ?? budget.min ?? null
  const ok = budget.max !== undefined ? value <= budget.max : budget.min !== undefined ? value >= budget.min : null
  rows.push({ name, value: Math.round(value * 100) / 100, unit, budget: limit, ok })
}

function timedBuild(): number {
  rmSync(BUILD_DIR, { recursive: true, force: true })
  const started = performance.now()
  try {
    execSync('npx next build', { stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    console.error(`${stdout ?? ''}${stderr ?? ''}`)
    throw new Error('the build failed, so nothing was measured')
  }
  return (performance.now() - started) / 1000
}

/** Chunks a page's HTML loads only in browsers without ES modules (the legacy polyfills). */
function noModuleChunks(): Set<string> {
  const html = readFileSync(path.join(BUILD_DIR, 'server/app/en.html'), 'utf8')
  const chunks = [...html.matchAll(/<script[^>]*src="\/_next\/([^"]+)"[^>]*noModule/gi)].map((m) => `${BUILD_DIR}/${m[1]}`)
  return new Set(chunks)
}

/** First-load JS of a route in gzip bytes, as a modern browser downloads it. */
export function firstLoadGzip(route: string): number {
  const stats = JSON.parse(readFileSync(path.join(BUILD_DIR, 'diagnostics/route-bundle-stats.json'), 'utf8')) as Array<{
    route: string
    firstLoadChunkPaths: string[]
  }>
  const entry = stats.find((s) => s.route === route)
  if (!entry) throw new Error(`route ${route} is not in the build`)
  const legacy = noModuleChunks()
  return entry.firstLoadChunkPaths
    .filter((chunk) => !legacy.has(chunk))
    .reduce((sum, chunk) => sum + gzipSync(readFileSync(chunk), { level: 9 }).length, 0)
}

function pageRoutes(): string[] {
  const stats = JSON.parse(readFileSync(path.join(BUILD_DIR, 'diagnostics/route-bundle-stats.json'), 'utf8')) as Array<{
    route: string
  }>
  return stats.map((s) => s.route).filter((route) => route.startsWith('/[locale]')).sort()
}

function prerenderedPages(): number {
  const manifest = JSON.parse(readFileSync(path.join(BUILD_DIR, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).filter((route) => !route.startsWith('/_') && !/\.\w+$/.test(route)).length
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  })
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/en/`)
      if (response.ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('next start did not come up')
}

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({
    chromePath: execSync('command -v chromium', { encoding: 'utf8' }).trim(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    const categories = result?.lhr.categories ?? {}
    return Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]))
  } finally {
    chrome.kill()
  }
}

const pageKinds: Record<string, string> = { '': 'home', lessons: 'lesson page' }

function kindOf(route: string): string {
  const section = route.replace('/[locale]', '').split('/')[1] ?? ''
  return pageKinds[section] ?? `${section} page`
}

async function main() {
  add('build time (clean next build)', timedBuild(), 's')
  for (const route of pageRoutes()) add(`first-load JS, ${kindOf(route)} (${route})`, firstLoadGzip(route), 'B gzip')
  add('prerendered pages', prerenderedPages(), 'pages')
  add('extra JS of a lesson with a simulator', await measureSimulatorExtraJs(BUILD_DIR), 'B gzip', { max: 60 * 1024 })

  measureEngineStepsPerSecond({ steps: 300_000, rounds: 1, seed: 1 }) // warm-up: let the JIT compile the reducer first
  const engine = measureEngineStepsPerSecond({ steps: 1_000_000, rounds: 5, seed: 7 })
  add('engine steps per second (fastest of 5 rounds of 1,000,000)', engine.stepsPerSecond, 'steps/s', { min: 1_000_000 })
  add('  median round', engine.medianStepsPerSecond, 'steps/s')

  const port = 3190
  const server = await startServer(port)
  try {
    // Several whole playbacks, each in a fresh browser; the row takes the run this machine disturbed
    // least, as the engine row takes its fastest round, and every run is listed under it.
    const runs: FrameReport[] = []
    for (let i = 0; i < FRAME_RUNS; i++) runs.push(await measureLongestFrameDetails(`http://127.0.0.1:${port}`))
    const frames = bestRun(runs)
    add(`longest frame, playground playing 1,000 events (best of ${FRAME_RUNS} runs)`, frames.longestFrameMs, 'ms', { max: 16 })
    runs.forEach((run, i) => {
      add(`  run ${i + 1}: longest frame`, run.longestFrameMs, 'ms')
      add(`  run ${i + 1}: frames over 16 ms`, run.framesOver16Ms, 'frames')
    })
    add('median frame, best run', frames.medianFrameMs, 'ms')
    add('95th-percentile frame, best run', frames.p95FrameMs, 'ms')
    add('99th-percentile frame, best run', frames.p99FrameMs, 'ms')
    add('long animation frames (>= 50 ms), all runs', runs.reduce((sum, run) => sum + run.longAnimationFrames, 0), 'frames')
    add('main-thread time per event, best run', frames.threadMsPerEvent.task, 'ms')
    add('  of which script', frames.threadMsPerEvent.script, 'ms')
    add('  of which layout', frames.threadMsPerEvent.layout, 'ms')
    add('  of which style', frames.threadMsPerEvent.style, 'ms')
    const cpu = await measureFrameCpuDetails(`http://127.0.0.1:${port}`)
    add('longest frame task, same playback traced (wall time)', cpu.longestWallMs, 'ms')
    add('  main-thread CPU time in that task', cpu.cpuOfLongestWallMs, 'ms')
    add('most main-thread CPU time in one frame task, traced', cpu.longestCpuMs, 'ms')
    add('frame tasks over 16 ms, traced: wall time', cpu.over16WallMs, 'frames')
    add('frame tasks over 16 ms, traced: CPU time', cpu.over16CpuMs, 'frames')
    add('most CPU time in one frame task and the tasks since the frame before, traced', cpu.longestCpuWithBeforeMs, 'ms')
    add('frames over 16 ms, traced: CPU time of the frame task and the tasks before it', cpu.over16CpuWithBeforeMs, 'frames')
    const floor = await measureFloorFrameDetails(`http://127.0.0.1:${port}`)
    add('longest frame, same page changing one line per frame (machine floor)', floor.longestFrameMs, 'ms')
    add('median frame, machine floor run (1,000 frames)', floor.medianFrameMs, 'ms')
    add('frames over 16 ms, machine floor run', floor.framesOver16Ms, 'frames')
    add('long animation frames (>= 50 ms), machine floor run', floor.longAnimationFrames, 'frames')
    add('main-thread time per frame, machine floor run', floor.threadMsPerEvent.task, 'ms')
    for (const [kind, pagePath] of [
      ['home', '/en/'],
      ['lesson', '/en/lessons/three-way-handshake/'],
    ] as const) {
      const scores = await lighthouseScores(`http://127.0.0.1:${port}${pagePath}`)
      for (const [category, score] of Object.entries(scores)) add(`Lighthouse ${category}, ${kind}`, score, 'score')
    }
  } finally {
    if (server.pid) process.kill(-server.pid)
  }

  const width = Math.max(...rows.map((r) => r.name.length))
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(14)}  ${'unit'.padEnd(8)}  ${'budget'.padStart(10)}  ok`)
  for (const r of rows) {
    const ok = r.ok === null ? '-' : r.ok ? 'yes' : 'NO'
    console.log(
      `${r.name.padEnd(width)}  ${r.value.toLocaleString('en').padStart(14)}  ${r.unit.padEnd(8)}  ${(r.budget === null ? '-' : r.budget.toLocaleString('en')).padStart(10)}  ${ok}`,
    )
  }
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', `${JSON.stringify({ rows }, null, 2)}\n`)
  console.log('\nwrote bench/results.json')
}

await main()
