import { describe, expect, it } from 'vitest'
import {
  cardStateSchema,
  DAY,
  deckCounts,
  dueForecast,
  humanInterval,
  isDue,
  localDay,
  newCardState,
  previewIntervals,
  rate,
  reviewQueue,
  type CardState,
} from './schedule'

const NOW = Date.UTC(2025, 0, 15, 9, 0, 0)
const MIN = 60_000

describe('card states', () => {
  it('a new card is due now and plain JSON', () => {
    const s = newCardState(NOW)
    expect(s.phase).toBe('new')
    expect(s.due).toBe(NOW)
    expect(s.lastReview).toBeNull()
    expect(isDue(s, NOW)).toBe(true)
    expect(JSON.parse(JSON.stringify(s))).toEqual(s)
    expect(cardStateSchema.parse(s)).toEqual(s)
  })

  it('rating Good pushes the due date later and does not mutate', () => {
    const s = newCardState(NOW)
    const copy = structuredClone(s)
    const next = rate(s, 'good', NOW)
    expect(s).toEqual(copy)
    expect(next.due).toBeGreaterThan(NOW)
    expect(next.phase).toBe('learning')
    expect(next.reps).toBe(1)
    expect(next.lastReview).toBe(NOW)
    expect(isDue(next, NOW)).toBe(false)
    expect(isDue(next, next.due)).toBe(true)
    expect(cardStateSchema.safeParse(JSON.parse(JSON.stringify(next))).success).toBe(true)
  })

  it('Again is sooner than Hard, Good and Easy', () => {
    const s = newCardState(NOW)
    const dues = (['again', 'hard', 'good', 'easy'] as const).map((r) => rate(s, r, NOW).due)
    expect(dues).toEqual([...dues].sort((a, b) => a - b))
    expect(dues[0]).toBeLessThan(dues[3] ?? 0)
  })

  it('a learned card graduates to days and lapses on Again', () => {
    let s = rate(newCardState(NOW), 'good', NOW)
    s = rate(s, 'good', s.due)
    expect(s.phase).toBe('review')
    expect(s.due - NOW).toBeGreaterThanOrEqual(DAY)
    const lapsed = rate(s, 'again', s.due)
    expect(lapsed.phase).toBe('relearning')
    expect(lapsed.lapses).toBe(1)
  })

  it('is deterministic (no fuzz)', () => {
    let a = newCardState(NOW)
    let b = newCardState(NOW)
    for (const r of ['good', 'good', 'hard', 'easy', 'again', 'good'] as const) {
      a = rate(a, r, Math.max(a.due, NOW))
      b = rate(b, r, Math.max(b.due, NOW))
    }
    expect(a).toEqual(b)
  })
})

describe('previewIntervals', () => {
  it('matches what rate() would do, in increasing order', () => {
    const s = newCardState(NOW)
    const p = previewIntervals(s, NOW)
    expect(p.good.due).toBe(rate(s, 'good', NOW).due)
    expect(p.again.due).toBeLessThan(p.hard.due)
    expect(p.hard.due).toBeLessThan(p.good.due)
    expect(p.good.due).toBeLessThan(p.easy.due)
    expect(p.again.interval).toEqual({ value: 1, unit: 'minute' })
    expect(p.good.interval).toEqual({ value: 10, unit: 'minute' })
    expect(p.easy.interval.unit).toBe('day')
  })

  it('humanInterval picks readable units', () => {
    expect(humanInterval(0)).toEqual({ value: 1, unit: 'minute' })
    expect(humanInterval(10 * MIN)).toEqual({ value: 10, unit: 'minute' })
    expect(humanInterval(3 * 60 * MIN)).toEqual({ value: 3, unit: 'hour' })
    expect(humanInterval(8 * DAY)).toEqual({ value: 8, unit: 'day' })
    expect(humanInterval(45 * DAY)).toEqual({ value: 1.5, unit: 'month' })
    expect(humanInterval(730 * DAY)).toEqual({ value: 2, unit: 'year' })
  })
})

function reviewed(due: number): CardState {
  return { ...newCardState(NOW - DAY), phase: 'review', reps: 3, due, lastReview: NOW - DAY }
}

describe('counts, queue and forecast', () => {
  const states: Record<string, CardState> = {
    'd/overdue': reviewed(NOW - 2 * DAY),
    'd/due-now': reviewed(NOW),
    'd/tomorrow': reviewed(NOW + DAY),
    'd/untouched': newCardState(NOW - DAY),
    'other/x': reviewed(NOW - DAY),
  }
  const keys = ['d/due-now', 'd/overdue', 'd/tomorrow', 'd/untouched', 'd/missing']

  it('deckCounts partitions the deck', () => {
    expect(deckCounts(keys, states, NOW)).toEqual({ due: 2, new: 2, learned: 1, total: 5 })
    expect(deckCounts(keys, states, NOW + DAY)).toEqual({ due: 3, new: 2, learned: 0, total: 5 })
  })

  it('reviewQueue puts the most overdue first, then new cards', () => {
    expect(reviewQueue(keys, states, NOW)).toEqual(['d/overdue', 'd/due-now', 'd/untouched', 'd/missing'])
    expect(reviewQueue(keys, states, NOW, { newLimit: 1 })).toEqual(['d/overdue', 'd/due-now', 'd/untouched'])
  })

  it('dueForecast counts per local day, overdue in today', () => {
    const all = Object.values(states)
    expect(dueForecast(all, NOW, 3)).toEqual([3, 1, 0])
    expect(dueForecast([], NOW, 2)).toEqual([0, 0])
    // 23:30 UTC on the 15th is already the 16th in UTC+8.
    const late = reviewed(Date.UTC(2025, 0, 15, 23, 30))
    expect(dueForecast([late], NOW, 3)).toEqual([1, 0, 0])
    expect(dueForecast([late], NOW, 3, -480)).toEqual([0, 1, 0])
  })

  it('localDay follows the getTimezoneOffset convention', () => {
    const t = Date.UTC(2025, 0, 15, 20, 0)
    expect(localDay(t, -480)).toBe(localDay(t) + 1)
    expect(localDay(Date.UTC(2025, 0, 15, 2, 0), 300)).toBe(localDay(t) - 1)
  })
})
