import { expect, test } from 'vitest'
import { fixMisconception, recordMisconceptions, recordQuizResult } from './actions'
import { migrate } from './migrate'
import { emptyProgress, misconceptionCardKey, progressCounts } from './model'
import { exportProgress, parseProgressImport } from './transfer'

const NOW = Date.UTC(2026, 2, 1, 9)

test('a misconception shown enters the review queue and stays until it is fixed', () => {
  let s = recordMisconceptions(emptyProgress(), ['syn-fin-free'], NOW)
  expect(s.cardStates[misconceptionCardKey('syn-fin-free')]?.due).toBe(NOW)
  expect(s.misconceptions['syn-fin-free']).toEqual({ times: 1, firstAt: NOW, lastAt: NOW, fixedAt: null })
  s = recordMisconceptions(s, ['syn-fin-free'], NOW + 60_000)
  expect(s.misconceptions['syn-fin-free']?.times).toBe(2)
  expect(s.cardStates[misconceptionCardKey('syn-fin-free')]?.lapses).toBeGreaterThanOrEqual(0)
  s = fixMisconception(s, 'syn-fin-free', NOW + 120_000)
  expect(s.cardStates[misconceptionCardKey('syn-fin-free')]).toBeUndefined()
  expect(s.misconceptions['syn-fin-free']?.fixedAt).toBe(NOW + 120_000)
  expect(progressCounts(recordMisconceptions(s, ['ack-plus-one'], NOW)).cards).toBe(0)
})

test('progress saved before misconceptions existed still loads, with none', () => {
  const old = recordQuizResult(emptyProgress(), 'q1', true, NOW) as Record<string, unknown>
  delete old.misconceptions
  const r = migrate(old, 2)
  expect(r.ok && r.state.misconceptions).toEqual({})
  expect(r.ok && r.state.quizResults.q1?.correctEver).toBe(true)
})

test('an export with misconceptions imports back whole', () => {
  const s = recordMisconceptions(emptyProgress(), ['time-wait-one-msl'], NOW)
  const r = parseProgressImport(exportProgress(s, NOW))
  expect(r.ok && r.state.misconceptions['time-wait-one-msl']?.fixedAt).toBeNull()
})
