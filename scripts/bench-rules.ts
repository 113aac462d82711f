// The pure parts of `npm run bench`: budgets and their verdicts, the statistics the rows report,
// the floor verdict and the choice of the lesson Lighthouse measures. The method of every row, and
// where each budget comes from, is in bench/README.md.

/** A budget: at most `max`, at least `min`, or strictly under `below`. */
export type Budget = { max: number } | { min: number } | { below: number }

export type Row = { name: string; value: number; unit: string; budget: number | null; ok: boolean | null }

/** Pure. Whether a value meets its budget; null when there is no budget. */
export function meets(value: number, budget: Budget | null): boolean | null {
  if (budget === null) return null
  if ('max' in budget) return value <= budget.max
  if ('min' in budget) return value >= budget.min
  return value < budget.below
}

/** Pure. The budget's limit as `results.json` records it, and as the table prints it (`≤ 1,024`). */
export function budgetLimit(budget: Budget | null): number | null {
  if (budget === null) return null
  return 'max' in budget ? budget.max : 'min' in budget ? budget.min : budget.below
}

export function budgetText(budget: Budget | null): string {
  if (budget === null) return '-'
  const sign = 'max' in budget ? '≤' : 'min' in budget ? '≥' : '<'
  return `${sign} ${budgetLimit(budget)!.toLocaleString('en')}`
}

/** Pure. The median of some numbers (the mean of the middle two for an even count). */
export function median(values: ReadonlyArray<number>): number {
  if (values.length === 0) throw new Error('no values to take the median of')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export type Scores = Record<Category, number>

/** Pure. Each Lighthouse category's median over runs, taken category by category. */
export function medianScores(runs: ReadonlyArray<Scores>): Scores {
  return Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r[id]))])) as Scores
}

/**
 * Pure. The q-th percentile by nearest rank: the smallest value that at least q of the values are
 * at or under (p95 of 1,000 frames is the 950th shortest).
 */
export function percentile(values: ReadonlyArray<number>, q: number): number {
  if (values.length === 0) throw new Error('no values to take a percentile of')
  if (q <= 0 || q > 1) throw new Error(`percentile ${q} is not in (0, 1]`)
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil(q * sorted.length) - 1]!
}

const round1 = (ms: number) => Math.round(ms * 10) / 10

export type FrameStats = {
  /** Frames timed. */
  frames: number
  /** The longest frame, counting any Long Animation Frame Chromium reported in the same span. */
  longestMs: number
  p95Ms: number
  /** Frames of 50 ms or more (our own timing or Chromium's Long Animation Frames, whichever found more). */
  longFrames: number
}

/** A long frame: 50 ms or more, as Chromium's Long Animation Frames API counts one. */
export const LONG_FRAME_MS = 50
/** One frame at 60 Hz. */
export const FRAME_MS = 16.7

/** Pure. What the frame rows report of one run's frame times, rounded to 0.1 ms (verdicts read the rounded figures). */
export function frameStats(frames: ReadonlyArray<number>, longAnimationFrames: ReadonlyArray<number> = []): FrameStats {
  if (frames.length === 0) throw new Error('no frames were timed')
  return {
    frames: frames.length,
    longestMs: round1(Math.max(...frames, ...longAnimationFrames)),
    p95Ms: round1(percentile(frames, 0.95)),
    longFrames: Math.max(frames.filter((ms) => ms >= LONG_FRAME_MS).length, longAnimationFrames.filter((ms) => ms >= LONG_FRAME_MS).length),
  }
}

/** The frame budgets of issue #22: no frame of 50 ms or more, and the 95th percentile under one 60 Hz frame. */
export const FRAME_BUDGETS = { longest: { below: LONG_FRAME_MS }, p95: { below: FRAME_MS } } as const satisfies Record<string, Budget>

/**
 * Pure. Whether the floor run (the same page changing one line of text per frame) already breaks
 * the frame budgets: then the machine, not the page, sets the figures, and the run does not count.
 * Returns the reasons, empty when the floor is quiet enough.
 */
export function floorNoise(floor: Pick<FrameStats, 'longestMs' | 'p95Ms'>): string[] {
  const reasons: string[] = []
  if (!meets(floor.longestMs, FRAME_BUDGETS.longest)) reasons.push(`the floor's longest frame is ${floor.longestMs} ms (a long frame is ${LONG_FRAME_MS} ms)`)
  if (!meets(floor.p95Ms, FRAME_BUDGETS.p95)) reasons.push(`the floor's 95th-percentile frame is ${floor.p95Ms} ms (the budget is under ${FRAME_MS} ms)`)
  return reasons
}

/** Bytes of gzip: the lesson page may load up to 180 KB of JavaScript first, every other page 170 KB. */
export const FIRST_LOAD_BUDGETS = { lesson: 180 * 1024, other: 170 * 1024 } as const

/** Pure. The first-load JS budget of a page route of the build (`/[locale]/lessons/[slug]` is the lesson page). */
export function firstLoadBudget(route: string): Budget {
  return { max: /\/lessons\/\[[^\]]+\]$/.test(route) ? FIRST_LOAD_BUDGETS.lesson : FIRST_LOAD_BUDGETS.other }
}

/**
 * Pure. The lesson whose page is largest: the most bytes of lesson source (MDX), the first in
 * course order among equals.
 */
export function longestLesson(lessons: ReadonlyArray<{ slug: string; bytes: number }>): { slug: string; bytes: number } {
  if (lessons.length === 0) throw new Error('the course has no lessons')
  return lessons.reduce((longest, lesson) => (lesson.bytes > longest.bytes ? lesson : longest))
}

/** Pure. A row, its value rounded to 0.01 and judged as rounded. */
export function row(name: string, value: number, unit: string, budget: Budget | null = null, judge = true): Row {
  const rounded = Math.round(value * 100) / 100
  return { name, value: rounded, unit, budget: budgetLimit(budget), ok: judge ? meets(rounded, budget) : null }
}

/** Bytes of gzip: the CSS a page links, summed, may be up to 20 KB. */
export const CSS_BUDGET = { max: 20 * 1024 } as const satisfies Budget

/**
 * Pure. The stylesheets a prerendered page links (`<link rel="stylesheet" href="…">`, attributes in
 * any order), each once, in the order the page lists them.
 */
export function stylesheetHrefs(html: string): string[] {
  const hrefs = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet["'\s>/]/i.test(tag))
    .map((tag) => /\bhref=["']([^"']+)["']/i.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined)
  return [...new Set(hrefs)]
}

/**
 * How much slower than 50 lessons a lesson may get to build or check in a course of 200: per-lesson
 * seconds at 200 at most 1.5 × those at 50. Linear growth keeps the per-lesson cost about constant
 * (a fixed start-up cost spread over more lessons even lowers it); 1.5 leaves room for a shared
 * machine's noise and catches growth that is clearly worse than linear (quadratic would give 4).
 */
export const LINEAR_GROWTH_BUDGET = { max: 1.5 } as const satisfies Budget

/** Pure. Seconds per lesson of a run over a course of `lessons` lessons. */
export function perLesson(seconds: number, lessons: number): number {
  if (!(lessons > 0)) throw new Error(`a course of ${lessons} lessons has no per-lesson time`)
  return seconds / lessons
}

/** Pure. Per-lesson seconds of the larger course over those of the smaller: about 1 or less when growth is linear. */
export function growthRatio(smallPerLesson: number, largePerLesson: number): number {
  if (!(smallPerLesson > 0)) throw new Error('the smaller course took no time per lesson, so there is nothing to compare with')
  return largePerLesson / smallPerLesson
}

/**
 * Pure. Seconds each lesson added between two course sizes costs: the difference of the totals over
 * the difference of the sizes. Free of the fixed start-up cost that lowers the per-lesson figure of
 * the larger course.
 */
export function marginalPerLesson(small: { lessons: number; seconds: number }, large: { lessons: number; seconds: number }): number {
  if (!(large.lessons > small.lessons)) throw new Error(`a course of ${large.lessons} lessons is not larger than one of ${small.lessons}`)
  return (large.seconds - small.seconds) / (large.lessons - small.lessons)
}

/** What a load run on a page reports: requests answered per second and the 99th-percentile latency. */
export type LoadFigures = { requestsPerSecond: number; p99Ms: number }

/** Pure. A page's load figures from the latency of every answer it gave and the seconds of load. */
export function loadFigures(latenciesMs: ReadonlyArray<number>, seconds: number): LoadFigures {
  if (!(seconds > 0)) throw new Error('no seconds of load to divide by')
  if (latenciesMs.length === 0) throw new Error('the page answered no request under load')
  return { requestsPerSecond: latenciesMs.length / seconds, p99Ms: percentile(latenciesMs, 0.99) }
}

/**
 * A lesson page under load, against the floor (the same server's `/icon.svg`, its smallest file)
 * in the same run: at least a twentieth of the floor's requests per second and a 99th-percentile
 * latency at most twenty times the floor's. A prerendered page is a file the server reads from its
 * cache, like the icon, only larger (the longest lesson's HTML is over a thousand times the icon's
 * bytes), so it is some times slower; a page rendered on every request (a route turned dynamic)
 * adds a render of thousands of elements and several simulators to each, one or two orders of
 * magnitude more, which these catch whatever the machine.
 */
export const LOAD_FACTORS = { requestsPerSecond: 1 / 20, p99: 20 } as const

/** Pure. The lesson page's load budgets, from the floor measured in the same run. */
export function loadBudgets(floor: LoadFigures): { requestsPerSecond: Budget; p99Ms: Budget } {
  return {
    requestsPerSecond: { min: Math.round(floor.requestsPerSecond * LOAD_FACTORS.requestsPerSecond * 100) / 100 },
    p99Ms: { max: Math.round(floor.p99Ms * LOAD_FACTORS.p99 * 100) / 100 },
  }
}

/**
 * Pure. The English page that stands for a page route of the build (`/[locale]/playground` →
 * `en/playground`; the lesson route → the given lesson's page), as a path without slashes at
 * either end: the prerendered HTML is the build's page for the address `/<it>/`.
 */
export function englishPage(route: string, lessonSlug: string): string {
  if (!route.startsWith('/[locale]')) throw new Error(`${route} is not a page of the course`)
  const rest = route.slice('/[locale]'.length).replace(/\[slug\]$/, lessonSlug)
  if (/\[/.test(rest)) throw new Error(`${route} has a parameter other than the lesson's slug`)
  return `en${rest}`
}
