// `npm run bench`: builds the site, measures size and speed against the budgets of issue #22,
// prints a table and, when every part ran, writes bench/results.json as
// {"rows":[{name, value, unit, budget, ok}]}. `npm run bench -- --only=scale` or `--skip=scale`
// runs some of its parts (bench-parts.ts).
// A row without a budget has budget null and ok null. What each row measures, and how:
// bench/README.md.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { measureEngineStepsPerSecond } from '@/lib/sim'
import { FLOOR_APP_DIR, buildFloorApp, lighthouseMedians, removeFloorApp, run, startServer, stopServer } from './bench-lighthouse'
import { measureLoad, LOAD } from './bench-load'
import { isFullRun, needsBuild, selectParts } from './bench-parts'
import {
  CATEGORIES,
  CSS_BUDGET,
  FRAME_BUDGETS,
  LINEAR_GROWTH_BUDGET,
  budgetText,
  englishPage,
  firstLoadBudget,
  floorNoise,
  frameStats,
  growthRatio,
  loadBudgets,
  longestLesson,
  marginalPerLesson,
  perLesson,
  row,
  stylesheetHrefs,
  type Budget,
  type Category,
  type Row,
} from './bench-rules'
import { measureScale, type ScaleRun } from './bench-scale'
import { serverPageFile } from './csp/scan-build'
import { timeFloor, timePlayback } from './bench-simulator'

const BUILD_DIR = '.next'
/** Ports of the course's `next start` and of the floor app's. */
const PORT = 3321
const FLOOR_PORT = 3322

const rows: Array<{ row: Row; budget: string }> = []

function add(name: string, value: number, unit: string, budget: Budget | null = null, judge = true) {
  rows.push({ row: row(name, value, unit, budget, judge), budget: budgetText(budget) })
}

function timedBuild(): number {
  rmSync(BUILD_DIR, { recursive: true, force: true })
  const started = performance.now()
  run('npm run --silent build', '.', 'the course')
  return (performance.now() - started) / 1000
}

type BundleStats = Array<{ route: string; firstLoadChunkPaths: string[] }>

function bundleStats(): BundleStats {
  return JSON.parse(readFileSync(path.join(BUILD_DIR, 'diagnostics/route-bundle-stats.json'), 'utf8')) as BundleStats
}

/** Chunks a page's HTML loads only in browsers without ES modules (the legacy polyfills). */
function noModuleChunks(): Set<string> {
  const html = readFileSync(serverPageFile(BUILD_DIR, '/en/'), 'utf8')
  return new Set([...html.matchAll(/<script[^>]*src="\/_next\/([^"]+)"[^>]*noModule/gi)].map((m) => `${BUILD_DIR}/${m[1]}`))
}

/** First-load JS of a route in gzip bytes (level 9), as a modern browser downloads it. */
export function firstLoadGzip(route: string): number {
  const entry = bundleStats().find((s) => s.route === route)
  if (!entry) throw new Error(`route ${route} is not in the build`)
  const legacy = noModuleChunks()
  return entry.firstLoadChunkPaths
    .filter((chunk) => !legacy.has(chunk))
    .reduce((sum, chunk) => sum + gzipSync(readFileSync(chunk), { level: 9 }).length, 0)
}

function pageRoutes(): string[] {
  return bundleStats()
    .map((s) => s.route)
    .filter((route) => route.startsWith('/[locale]'))
    .sort()
}

function kindOf(route: string): string {
  const section = route.replace('/[locale]', '').split('/')[1] ?? ''
  return section === '' ? 'home' : section === 'lessons' ? 'lesson page' : `${section} page`
}

function prerenderedPages(): number {
  const manifest = JSON.parse(readFileSync(path.join(BUILD_DIR, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }
  return Object.keys(manifest.routes).filter((route) => !route.startsWith('/_') && !/\.\w+$/.test(route)).length
}

/** The course's lessons in order, with the bytes of their English source. */
function lessonSizes(): Array<{ slug: string; bytes: number }> {
  const course = JSON.parse(readFileSync('content/course.json', 'utf8')) as { sections: Array<{ lessons: string[] }> }
  return course.sections.flatMap((s) => s.lessons).map((slug) => ({ slug, bytes: statSync(`content/lessons/${slug}.en.mdx`).size }))
}

const LIGHTHOUSE_BUDGETS: Record<'home' | 'lesson', Record<Category, Budget>> = {
  home: { performance: { min: 95 }, accessibility: { min: 100 }, 'best-practices': { min: 100 }, seo: { min: 100 } },
  lesson: { performance: { min: 90 }, accessibility: { min: 100 }, 'best-practices': { min: 100 }, seo: { min: 100 } },
}

/** The CSS a page links, each file gzipped at level 9 on its own and the sizes summed. */
function cssGzip(page: string): number {
  const html = readFileSync(serverPageFile(BUILD_DIR, `/${page}/`), 'utf8')
  const hrefs = stylesheetHrefs(html)
  if (hrefs.length === 0) throw new Error(`/${page}/ links no stylesheet; the build is not what the bench expects`)
  return hrefs.reduce((sum, href) => sum + gzipSync(readFileSync(path.join(BUILD_DIR, href.replace(/^\/_next\//, ''))), { level: 9 }).length, 0)
}

function measureSizes(lesson: { slug: string }) {
  for (const route of pageRoutes()) add(`first-load JS, ${kindOf(route)} (${route})`, firstLoadGzip(route), 'B gzip', firstLoadBudget(route))
  add('prerendered pages', prerenderedPages(), 'pages')
  add(`prerendered HTML, longest lesson page (/en/lessons/${lesson.slug}/)`, statSync(serverPageFile(BUILD_DIR, `/en/lessons/${lesson.slug}/`)).size, 'B')
}

function measureCss(lesson: { slug: string }) {
  for (const route of pageRoutes()) {
    const page = englishPage(route, lesson.slug)
    add(`CSS, ${kindOf(route)} (/${page}/)`, cssGzip(page), 'B gzip', CSS_BUDGET)
  }
}

function measureEngine() {
  measureEngineStepsPerSecond({ steps: 300_000, rounds: 1, seed: 1 }) // warm-up: let the JIT compile the reducer first
  const engine = measureEngineStepsPerSecond({ steps: 1_000_000, rounds: 5, seed: 7 })
  add('engine steps per second (fastest of 5 rounds of 1,000,000)', engine.stepsPerSecond, 'steps/s', { min: 1_000_000 })
  add('  median round', engine.medianStepsPerSecond, 'steps/s')
}

/** The frame rows; returns why the run does not count, empty when the floor was quiet. */
async function measureFrames(base: string): Promise<string[]> {
  const playback = await timePlayback(base)
  const floorRun = await timeFloor(base)
  const played = frameStats(playback.frames, playback.longAnimationFrames)
  const floor = frameStats(floorRun.frames, floorRun.longAnimationFrames)
  const noisy = floorNoise(floor)
  const judge = noisy.length === 0
  const what = `playground playing ${playback.events.toLocaleString('en')} events at Fastest (${played.frames.toLocaleString('en')} frames)`
  const floorWhat = `  floor: same page changing one line per frame (${floor.frames.toLocaleString('en')} frames)`
  add(`longest frame, ${what}`, played.longestMs, 'ms', FRAME_BUDGETS.longest, judge)
  add(floorWhat, floor.longestMs, 'ms')
  add(`95th-percentile frame, ${what}`, played.p95Ms, 'ms', FRAME_BUDGETS.p95, judge)
  add(floorWhat, floor.p95Ms, 'ms')
  add('frames of 50 ms or more, playground', played.longFrames, 'frames')
  add('  floor', floor.longFrames, 'frames')
  return noisy
}

async function measureLighthouse(base: string, lesson: { slug: string }) {
  buildFloorApp()
  const floorServer = await startServer(FLOOR_APP_DIR, FLOOR_PORT, '/')
  try {
    const pages = { home: `${base}/en/`, lesson: `${base}/en/lessons/${lesson.slug}/`, floor: `http://127.0.0.1:${FLOOR_PORT}/` }
    const scores = await lighthouseMedians(pages, 3)
    for (const kind of ['home', 'lesson'] as const) {
      const label = kind === 'home' ? 'home (/en/)' : `longest lesson (/en/lessons/${lesson.slug}/)`
      for (const category of CATEGORIES) {
        add(`Lighthouse ${category}, ${label}, median of 3`, scores[kind]![category], 'score', LIGHTHOUSE_BUDGETS[kind][category])
        add('  floor page, median of 3', scores.floor![category], 'score')
      }
    }
  } finally {
    stopServer(floorServer)
    removeFloorApp()
  }
}

async function measureLoadRows(base: string, lesson: { slug: string }) {
  const { floor, page } = await measureLoad({ floor: `${base}/icon.svg`, page: `${base}/en/lessons/${lesson.slug}/` })
  const budgets = loadBudgets(floor)
  const how = `${LOAD.connections} connections, ${LOAD.turns * LOAD.secondsPerTurn} s`
  add(`requests per second, longest lesson page (/en/lessons/${lesson.slug}/), ${how}`, page.requestsPerSecond, 'req/s', budgets.requestsPerSecond)
  add('  floor: /icon.svg, same server and load', floor.requestsPerSecond, 'req/s')
  add(`99th-percentile latency, longest lesson page, ${how}`, page.p99Ms, 'ms', budgets.p99Ms)
  add('  floor: /icon.svg, same server and load', floor.p99Ms, 'ms')
}

function measureScaleRows() {
  const { runs, buildKilobytes } = measureScale()
  const [small, large] = runs
  if (!small || !large) throw new Error('the scale part measured fewer than two course sizes')
  for (const [what, seconds] of [
    ['next build', (run: ScaleRun) => run.buildSeconds],
    ['content check', (run: ScaleRun) => run.checkSeconds],
  ] as const) {
    for (const run of runs) add(`${what}, seconds per lesson, course of ${run.lessons} lessons`, perLesson(seconds(run), run.lessons), 's/lesson')
    const ratio = growthRatio(perLesson(seconds(small), small.lessons), perLesson(seconds(large), large.lessons))
    add(`${what}, per-lesson seconds at ${large.lessons} lessons over those at ${small.lessons}`, ratio, 'ratio', LINEAR_GROWTH_BUDGET)
    const added = marginalPerLesson({ lessons: small.lessons, seconds: seconds(small) }, { lessons: large.lessons, seconds: seconds(large) })
    add(`  seconds per lesson added from ${small.lessons} to ${large.lessons}`, added, 's/lesson')
  }
  add(`build output on disk, course of ${large.lessons} lessons`, buildKilobytes / 1024, 'MB')
}

async function main() {
  const parts = selectParts(process.argv.slice(2))
  console.log(`parts: ${parts.join(', ')}`)
  removeFloorApp()
  const lesson = longestLesson(lessonSizes())
  console.log(`longest lesson: ${lesson.slug} (${lesson.bytes.toLocaleString('en')} bytes of English MDX)`)
  if (needsBuild(parts)) add('build time (clean build: scenarios and next build)', timedBuild(), 's')
  if (parts.includes('size')) measureSizes(lesson)
  if (parts.includes('css')) measureCss(lesson)
  if (parts.includes('engine')) measureEngine()

  let noisy: string[] = []
  if (parts.some((part) => part === 'frames' || part === 'lighthouse' || part === 'load')) {
    const server = await startServer('.', PORT, '/en/')
    try {
      const base = `http://127.0.0.1:${PORT}`
      if (parts.includes('frames')) noisy = await measureFrames(base)
      if (parts.includes('lighthouse')) await measureLighthouse(base, lesson)
      if (parts.includes('load')) await measureLoadRows(base, lesson)
    } finally {
      stopServer(server)
    }
  }
  if (parts.includes('scale')) measureScaleRows()

  const width = Math.max(...rows.map((r) => r.row.name.length))
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(12)}  ${'unit'.padEnd(7)}  ${'budget'.padStart(10)}  ok`)
  for (const { row: r, budget } of rows) {
    // A budgeted row without a verdict is a frame row of a run that does not count.
    const ok = r.ok === null ? (r.budget === null ? '-' : 'void') : r.ok ? 'yes' : 'NO'
    console.log(`${r.name.padEnd(width)}  ${r.value.toLocaleString('en').padStart(12)}  ${r.unit.padEnd(7)}  ${budget.padStart(10)}  ${ok}`)
  }
  if (noisy.length > 0) console.log(`\nmachine too noisy: this run does not count (${noisy.join('; ')}). The frame rows carry no verdict (ok null, printed void).`)
  if (!isFullRun(parts)) {
    console.log('\nnot every part ran, so bench/results.json was left as it was')
    return
  }
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', `${JSON.stringify({ rows: rows.map((r) => r.row) }, null, 2)}\n`)
  console.log('\nwrote bench/results.json')
}

await main()
