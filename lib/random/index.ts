/**
 * Small deterministic randomness helpers.
 *
 * Everything here is pure: the same seed always gives the same sequence, so
 * quizzes and exams can be reproduced (and tested) exactly. Nothing in this
 * module reads `Math.random()` or the clock.
 *
 * @module
 */

/** A source of pseudo-random floats in `[0, 1)`. */
export type Rng = () => number

/**
 * Creates a seeded PRNG (mulberry32: 32-bit state, fast, good enough for
 * shuffling; not cryptographic).
 *
 * @param seed - Any number; it is truncated to an unsigned 32-bit integer.
 * @returns A function returning floats in `[0, 1)`.
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Hashes a string to an unsigned 32-bit integer (FNV-1a over UTF-16 code
 * units). Stable across runtimes; use it to turn an id into a seed.
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Combines several seeds (numbers or strings) into one 32-bit seed.
 *
 * @example combineSeeds('quiz-handshake-1', attempt)
 */
export function combineSeeds(...parts: ReadonlyArray<number | string>): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    const v = typeof part === 'string' ? hashString(part) : part >>> 0
    h = Math.imul(h ^ v, 0x85ebca6b) >>> 0
    h ^= h >>> 13
  }
  return h >>> 0
}

/** A uniform integer in `[0, maxExclusive)` drawn from `rng`. */
export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.floor(rng() * maxExclusive)
}

/**
 * Returns a new array with the items in a seeded random order
 * (Fisher–Yates). The input is not modified.
 *
 * @param items - Items to shuffle.
 * @param seed - A number, or an {@link Rng} to draw from (advanced: lets
 *   several shuffles share one stream).
 */
export function shuffle<T>(items: readonly T[], seed: number | Rng): T[] {
  const rng = typeof seed === 'number' ? mulberry32(seed) : seed
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}
