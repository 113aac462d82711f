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
