import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combineSeeds, hashString, mulberry32, shuffle } from './index'

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    for (let i = 0; i < 100; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('differs between seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)())
  })
})

describe('hashString', () => {
  it('is stable and unsigned 32-bit', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
    expect(hashString('quiz-1')).toBe(hashString('quiz-1'))
    expect(hashString('quiz-1')).not.toBe(hashString('quiz-2'))
  })
})

describe('combineSeeds', () => {
  it('depends on every part and on order', () => {
    expect(combineSeeds('q', 1)).toBe(combineSeeds('q', 1))
    expect(combineSeeds('q', 1)).not.toBe(combineSeeds('q', 2))
    expect(combineSeeds('a', 'b')).not.toBe(combineSeeds('b', 'a'))
  })
})

describe('shuffle', () => {
  it('preserves the multiset of items and does not mutate the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = items.slice()
        const out = shuffle(items, seed)
        expect(items).toEqual(copy)
        expect(out).not.toBe(items)
        expect(out.slice().sort((x, y) => x - y)).toEqual(copy.sort((x, y) => x - y))
      }),
    )
  })

  it('is deterministic per seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed))
      }),
    )
  })

  it('actually reorders for some seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i)
    const orders = new Set(Array.from({ length: 20 }, (_, s) => shuffle(items, s).join(',')))
    expect(orders.size).toBeGreaterThan(15)
  })

  it('is roughly uniform over a small array', () => {
    const counts = new Map<string, number>()
    for (let s = 0; s < 6000; s++) {
      const k = shuffle(['a', 'b', 'c'], s).join('')
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    expect(counts.size).toBe(6)
    for (const n of counts.values()) expect(n).toBeGreaterThan(800)
  })
})
