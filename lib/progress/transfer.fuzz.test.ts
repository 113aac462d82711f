/**
 * Property tests: no file, however damaged, makes the progress import throw; a file it accepts is
 * valid progress that exports and imports back to the same thing.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recordExam, recordMisconceptions, recordQuizResult, reviewCard, completeLesson } from './actions'
import { emptyProgress, type ProgressState } from './model'
import { progressStateSchema } from './schemas'
import { exportProgress, parseProgressImport, type ImportErrorKey, type ImportResult } from './transfer'

const NOW = Date.UTC(2026, 2, 1, 9)
const SEED = 20261204
const ERROR_KEYS: ReadonlySet<ImportErrorKey> = new Set([
  'import.tooLarge',
  'import.fileTooLarge',
  'import.unreadable',
  'import.notJson',
  'import.wrongFormat',
  'import.unknownVersion',
  'import.newerVersion',
  'import.invalid',
])

function sample(): ProgressState {
  let s = recordQuizResult(emptyProgress(), 'handshake-ack-number', true, NOW)
  s = recordQuizResult(s, 'handshake-synack-arrives', false, NOW + 60_000)
  s = reviewCard(s, 'tcp-states/listen', 'good', NOW + 120_000)
  s = completeLesson(s, 'three-way-handshake', NOW + 180_000)
  s = recordMisconceptions(s, ['ack-is-seq'], NOW + 240_000)
  return recordExam(s, { at: NOW + 300_000, seed: 7, score: 3, total: 5, perTopic: { 'three-way-handshake': { correct: 3, total: 5 } } })
}
const CURRENT = sample()
const VALID = JSON.parse(exportProgress(CURRENT, NOW)) as Record<string, unknown>

/** Every time stored in progress, in ms. */
function timesOf(s: ProgressState): number[] {
  return [
    ...Object.values(s.quizResults).map((q) => q.lastAnsweredAt),
    ...Object.values(s.cardStates).flatMap((c) => (c.lastReview === null ? [c.due] : [c.due, c.lastReview])),
    ...Object.values(s.lessonsCompleted).map((l) => l.completedAt),
    ...s.examHistory.map((e) => e.at),
    ...s.activity,
    ...Object.values(s.misconceptions).flatMap((m) => (m.fixedAt === null ? [m.firstAt, m.lastAt] : [m.firstAt, m.lastAt, m.fixedAt])),
  ]
}

/** What every answer of the parser must look like: valid progress, or a known error with a message key. */
function expectWellFormed(r: ImportResult): void {
  if (r.ok) {
    expect(progressStateSchema.safeParse(r.state).success).toBe(true)
    // Every time can be shown as a date, so no page that lists them breaks.
    for (const t of timesOf(r.state)) expect(() => new Date(t).toISOString()).not.toThrow()
    // A file that was accepted once is accepted again after an export, with the same progress.
    const again = parseProgressImport(exportProgress(r.state, NOW))
    expect(again.ok && again.state).toEqual(r.state)
  } else {
    expect(ERROR_KEYS.has(r.error.key)).toBe(true)
    for (const issue of r.error.issues ?? []) {
      expect(issue.path).toMatch(/^state/)
      expect(issue.message).not.toBe('')
    }
  }
}

const WEIRD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'quizResults', 'state', 'format', 'version']
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 8.64e15 + 1, -0, 'NaN', 'Infinity', '-Infinity', '1e999', '', null, [], {}),
  fc.integer({ min: 1, max: 400 }).map((depth) => {
    let v: unknown = 1
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
    return v
  }),
  fc.dictionary(fc.constantFrom(...WEIRD_KEYS), fc.jsonValue(), { maxKeys: 3 }),
)

type Path = ReadonlyArray<string | number>

/** Every path to a value inside `v` (objects and arrays), the root included. */
function pathsOf(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])))
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]))
  return out
}
const PATHS = pathsOf(VALID)

type Mutation = { path: Path; op: 'delete' | 'replace' | 'addKey'; value: unknown; key: string }

/** A copy of `doc` with one value deleted, replaced, or given an extra (possibly prototype-named) key. */
function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  if (m.path.length === 0) return m.op === 'replace' ? m.value : copy
  let parent: Record<string | number, unknown> = copy
  for (const k of m.path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>
  const last = m.path[m.path.length - 1]!
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (m.op === 'replace') parent[last] = m.value
  else {
    const target = parent[last]
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true })
    } else parent[last] = m.value
  }
  return copy
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  op: fc.constantFrom('delete' as const, 'replace' as const, 'addKey' as const),
  value: weirdValue,
  key: fc.constantFrom(...WEIRD_KEYS),
})

describe('progress import (property)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('\uFEFF', '\uFEFF{}', 'null', '[]', '"x"', '1e999')), (text) => {
        expectWellFormed(parseProgressImport(text, CURRENT))
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('never throws on arbitrary JSON, bare or as the state of an export file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(1, 2, 3), fc.boolean(), (value, version, wrapped) => {
        const text = JSON.stringify(wrapped ? { format: 'tcp-course-progress', version, exportedAt: '2026-03-01T09:00:00Z', state: value } : value)
        expectWellFormed(parseProgressImport(text ?? 'undefined', CURRENT))
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('never throws on a valid export with fields deleted, replaced, retyped or added', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = mutations.reduce<unknown>((d, m) => {
          try {
            return mutate(d, m)
          } catch {
            return d // the path is gone after an earlier mutation
          }
        }, VALID)
        const text = JSON.stringify(doc) ?? 'undefined'
        const before = structuredClone(CURRENT)
        expectWellFormed(parseProgressImport(text, CURRENT))
        expect(CURRENT).toEqual(before) // reading a file never changes the progress it is compared with
      }),
      { seed: SEED, numRuns: 400 },
    )
  })
})
