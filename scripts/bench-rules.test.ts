import { describe, expect, it } from 'vitest'
import {
  budgetLimit,
  budgetText,
  CSS_BUDGET,
  englishPage,
  firstLoadBudget,
  floorNoise,
  frameStats,
  growthRatio,
  LINEAR_GROWTH_BUDGET,
  loadBudgets,
  loadFigures,
  marginalPerLesson,
  longestLesson,
  median,
  medianScores,
  meets,
  percentile,
  perLesson,
  row,
  stylesheetHrefs,
} from './bench-rules'

describe('meets', () => {
  it('reads a max as at most, a min as at least and below as strictly under', () => {
    expect(meets(184_320, { max: 184_320 })).toBe(true)
    expect(meets(184_321, { max: 184_320 })).toBe(false)
    expect(meets(95, { min: 95 })).toBe(true)
    expect(meets(94, { min: 95 })).toBe(false)
    expect(meets(16.6, { below: 16.7 })).toBe(true)
    expect(meets(16.7, { below: 16.7 })).toBe(false)
    expect(meets(49.9, { below: 50 })).toBe(true)
    expect(meets(50, { below: 50 })).toBe(false)
  })

  it('gives no verdict without a budget', () => {
    expect(meets(1, null)).toBeNull()
  })
})

describe('budgets as recorded and printed', () => {
  it('records the limit and prints it with its direction', () => {
    expect(budgetLimit({ max: 174_080 })).toBe(174_080)
    expect(budgetLimit({ below: 50 })).toBe(50)
    expect(budgetLimit(null)).toBeNull()
    expect(budgetText({ max: 174_080 })).toBe('≤ 174,080')
    expect(budgetText({ min: 1_000_000 })).toBe('≥ 1,000,000')
    expect(budgetText({ below: 16.7 })).toBe('< 16.7')
    expect(budgetText(null)).toBe('-')
  })

  it('judges a row on its value as rounded for the table', () => {
    expect(row('p95', 16.696, 'ms', { below: 16.7 })).toEqual({ name: 'p95', value: 16.7, unit: 'ms', budget: 16.7, ok: false })
    expect(row('p95', 16.694, 'ms', { below: 16.7 }).ok).toBe(true)
    expect(row('build', 27.193, 's')).toEqual({ name: 'build', value: 27.19, unit: 's', budget: null, ok: null })
  })

  it('leaves a budgeted row without a verdict when told not to judge', () => {
    expect(row('longest frame', 80, 'ms', { below: 50 }, false)).toEqual({ name: 'longest frame', value: 80, unit: 'ms', budget: 50, ok: null })
  })
})

describe('median', () => {
  it('takes the middle of an odd count whatever the order', () => {
    expect(median([64, 91, 70])).toBe(70)
    expect(median([100])).toBe(100)
  })

  it('takes the mean of the middle two of an even count', () => {
    expect(median([3, 1, 4, 2])).toBe(2.5)
  })

  it('refuses no values', () => {
    expect(() => median([])).toThrow(/no values/)
  })
})

describe('medianScores', () => {
  it("takes each category's median over the runs on its own", () => {
    const runs = [
      { performance: 88, accessibility: 100, 'best-practices': 96, seo: 100 },
      { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
      { performance: 91, accessibility: 98, 'best-practices': 100, seo: 100 },
    ]
    expect(medianScores(runs)).toEqual({ performance: 91, accessibility: 100, 'best-practices': 100, seo: 100 })
  })
})

describe('percentile', () => {
  it('is the nearest rank: the 95th percentile of 1..100 is 95, of 1..1000 is 950', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(hundred, 0.95)).toBe(95)
    expect(percentile(hundred, 0.5)).toBe(50)
    expect(percentile(hundred, 1)).toBe(100)
    expect(percentile(Array.from({ length: 1000 }, (_, i) => i + 1), 0.95)).toBe(950)
  })

  it('lets up to 5% of frames be slow without moving the 95th percentile', () => {
    const frames = [...Array.from({ length: 95 }, () => 4), ...Array.from({ length: 5 }, () => 40)]
    expect(percentile(frames, 0.95)).toBe(4)
    expect(percentile([...frames.slice(1), 40], 0.95)).toBe(40)
  })

  it('refuses no values and a q outside (0, 1]', () => {
    expect(() => percentile([], 0.95)).toThrow(/no values/)
    expect(() => percentile([1], 0)).toThrow(/not in/)
    expect(() => percentile([1], 1.5)).toThrow(/not in/)
  })
})

describe('frameStats', () => {
  it('reports the longest frame, the 95th percentile and the frames of 50 ms or more, to 0.1 ms', () => {
    const frames = [...Array.from({ length: 18 }, () => 3.04), 12.36, 50]
    expect(frameStats(frames)).toEqual({ frames: 20, longestMs: 50, p95Ms: 12.4, longFrames: 1 })
  })

  it("counts Chromium's Long Animation Frames when they are longer than any frame timed", () => {
    expect(frameStats([5, 6, 7], [62.34])).toEqual({ frames: 3, longestMs: 62.3, p95Ms: 7, longFrames: 1 })
  })

  it('does not count a long frame twice when both timings saw it', () => {
    expect(frameStats([5, 55, 70], [56, 71]).longFrames).toBe(2)
  })

  it('refuses a run with no frames', () => {
    expect(() => frameStats([])).toThrow(/no frames/)
  })
})

describe('floorNoise', () => {
  it('finds nothing on a quiet floor', () => {
    expect(floorNoise({ longestMs: 49.9, p95Ms: 16.6 })).toEqual([])
  })

  it('says the run does not count when the floor has a frame of 50 ms or more', () => {
    const reasons = floorNoise({ longestMs: 50, p95Ms: 5 })
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/longest frame is 50 ms/)
  })

  it('says so when the floor p95 reaches 16.7 ms, and gives both reasons when both hold', () => {
    expect(floorNoise({ longestMs: 20, p95Ms: 16.7 })[0]).toMatch(/95th-percentile frame is 16.7 ms/)
    expect(floorNoise({ longestMs: 80, p95Ms: 17 })).toHaveLength(2)
  })
})

describe('firstLoadBudget', () => {
  it('gives the lesson page 180 KB and every other page 170 KB', () => {
    expect(firstLoadBudget('/[locale]/lessons/[slug]')).toEqual({ max: 184_320 })
    for (const route of ['/[locale]', '/[locale]/playground', '/[locale]/review', '/[locale]/exam', '/[locale]/progress']) {
      expect(firstLoadBudget(route)).toEqual({ max: 174_080 })
    }
  })
})

describe('longestLesson', () => {
  it('chooses the lesson with the most bytes of source', () => {
    const lessons = [
      { slug: 'three-way-handshake', bytes: 20_525 },
      { slug: 'time-wait', bytes: 27_185 },
      { slug: 'revision', bytes: 13_757 },
    ]
    expect(longestLesson(lessons)).toEqual({ slug: 'time-wait', bytes: 27_185 })
  })

  it('chooses the first in course order among equals', () => {
    expect(longestLesson([{ slug: 'a', bytes: 10 }, { slug: 'b', bytes: 10 }]).slug).toBe('a')
  })

  it('refuses a course with no lessons', () => {
    expect(() => longestLesson([])).toThrow(/no lessons/)
  })
})

describe('CSS per page', () => {
  it('allows at most 20 KB of gzip', () => {
    expect(meets(20_480, CSS_BUDGET)).toBe(true)
    expect(meets(20_481, CSS_BUDGET)).toBe(false)
  })

  it('finds the stylesheets a page links, whatever the order of attributes, each once', () => {
    const html = [
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link data-precedence="next" href="/_next/static/chunks/b.css" rel="stylesheet">',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="icon" href="/icon.svg"/>',
    ].join('')
    expect(stylesheetHrefs(html)).toEqual(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css'])
  })

  it('finds none in a page without stylesheets', () => {
    expect(stylesheetHrefs('<html><head><link rel="icon" href="/icon.svg"></head></html>')).toEqual([])
  })
})

describe('englishPage', () => {
  it('stands for each page route by its English page, the lesson route by the given lesson', () => {
    expect(englishPage('/[locale]', 'time-wait')).toBe('en')
    expect(englishPage('/[locale]/playground', 'time-wait')).toBe('en/playground')
    expect(englishPage('/[locale]/lessons/[slug]', 'time-wait')).toBe('en/lessons/time-wait')
  })

  it('refuses a route outside the course and one with another parameter', () => {
    expect(() => englishPage('/_not-found', 'time-wait')).toThrow(/not a page/)
    expect(() => englishPage('/[locale]/decks/[id]', 'time-wait')).toThrow(/parameter/)
  })
})

describe('growth with the number of lessons', () => {
  it('divides seconds by lessons and refuses an empty course', () => {
    expect(perLesson(50, 200)).toBe(0.25)
    expect(() => perLesson(5, 0)).toThrow(/0 lessons/)
  })

  it('passes linear growth with a fixed start-up cost, and fails quadratic growth', () => {
    // 20 s of start-up and 0.2 s a lesson: the per-lesson cost falls as the course grows.
    const linear = (lessons: number) => perLesson(20 + 0.2 * lessons, lessons)
    expect(meets(growthRatio(linear(50), linear(200)), LINEAR_GROWTH_BUDGET)).toBe(true)
    const quadratic = (lessons: number) => perLesson(20 + 0.02 * lessons * lessons, lessons)
    expect(growthRatio(quadratic(50), quadratic(200))).toBeGreaterThan(1.5)
    expect(meets(growthRatio(quadratic(50), quadratic(200)), LINEAR_GROWTH_BUDGET)).toBe(false)
  })

  it('allows per-lesson seconds at 200 up to 1.5 times those at 50', () => {
    expect(meets(growthRatio(0.4, 0.6), LINEAR_GROWTH_BUDGET)).toBe(true)
    expect(meets(growthRatio(0.4, 0.61), LINEAR_GROWTH_BUDGET)).toBe(false)
  })

  it('gives the seconds each added lesson costs, without the start-up cost', () => {
    expect(marginalPerLesson({ lessons: 50, seconds: 30 }, { lessons: 200, seconds: 60 })).toBe(0.2)
    expect(() => marginalPerLesson({ lessons: 200, seconds: 60 }, { lessons: 50, seconds: 30 })).toThrow(/not larger/)
  })

  it('refuses a smaller course that took no time', () => {
    expect(() => growthRatio(0, 1)).toThrow(/no time/)
  })
})

describe('loadFigures', () => {
  it('counts answers per second of load and takes the 99th percentile of their latencies', () => {
    const latencies = [...Array.from({ length: 99 }, () => 4), 250]
    expect(loadFigures(latencies, 4)).toEqual({ requestsPerSecond: 25, p99Ms: 4 })
    expect(loadFigures([...latencies, 300], 4).p99Ms).toBe(250)
  })

  it('refuses a run with no answers or no time', () => {
    expect(() => loadFigures([], 10)).toThrow(/no request/)
    expect(() => loadFigures([5], 0)).toThrow(/no seconds/)
  })
})

describe('loadBudgets', () => {
  it('asks a lesson page for a twentieth of the floor\'s requests per second and at most twenty times its p99', () => {
    expect(loadBudgets({ requestsPerSecond: 4_321.5, p99Ms: 7 })).toEqual({ requestsPerSecond: { min: 216.08 }, p99Ms: { max: 140 } })
  })

  it('passes a prerendered page a little slower than the floor and fails one rendered per request', () => {
    const budgets = loadBudgets({ requestsPerSecond: 1_100, p99Ms: 60 })
    expect(meets(166, budgets.requestsPerSecond)).toBe(true)
    expect(meets(173, budgets.p99Ms)).toBe(true)
    expect(meets(15, budgets.requestsPerSecond)).toBe(false)
    expect(meets(1_500, budgets.p99Ms)).toBe(false)
  })
})
