/**
 * The import as the progress page runs it: the file is read and checked against the store the
 * page uses, and saved progress changes only when the learner confirms (`replaceProgress`).
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeAll, expect, test, vi } from 'vitest'
import { exportProgress, MAX_IMPORT_BYTES, readProgressFile } from '@/lib/progress/transfer'
import type * as ProgressStoreModule from './progress-store'

const NOW = Date.parse('2026-03-01T09:00:00Z')
const KEY = 'tcp-course-progress'
const SEED = 20261204

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  }
}

const storage = memoryStorage()
let store: typeof ProgressStoreModule

beforeAll(async () => {
  vi.stubGlobal('window', { localStorage: storage })
  store = await import('./progress-store')
  await store.useProgressStore.persist.rehydrate()
  store.useProgressStore.getState().answerQuiz('handshake-ack-number', true, NOW)
  return () => vi.unstubAllGlobals()
})

/** The reasons the progress page can give for a refused file, in English and in Chinese. */
const REASONS = ['en', 'zh'].map(
  (lang) => (JSON.parse(readFileSync(new URL(`../../i18n/messages/${lang}/practice.json`, import.meta.url), 'utf8')) as { transfer: { error: Record<string, string> } }).transfer.error,
)

const other = JSON.stringify({
  format: 'tcp-course-progress',
  version: 2,
  exportedAt: '2026-02-01T10:00:00.000Z',
  state: { quizResults: {}, cardStates: {}, lessonsCompleted: { 'three-way-handshake': { completedAt: NOW - 1000 } }, examHistory: [], activity: [] },
})

/** Files a learner might pick: anything, a damaged export, a valid export of other progress. */
const anyFile = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.tuple(fc.nat(other.length), fc.string({ maxLength: 4 })).map(([at, junk]) => other.slice(0, at) + junk + other.slice(at)),
  fc.constant(other),
)

test('reading any file leaves saved progress as it was; only the confirm step replaces it', async () => {
  const saved = storage.data.get(KEY)
  expect(JSON.parse(saved ?? 'null').state.quizResults).toHaveProperty('handshake-ack-number')
  const before = store.progressSnapshot()
  await fc.assert(
    fc.asyncProperty(anyFile, async (text) => {
      const result = await readProgressFile(new Blob([text]), store.progressSnapshot())
      // A refused file names a reason the page has words for, in both languages.
      if (!result.ok) for (const words of REASONS) expect(words).toHaveProperty(result.error.key.replace('import.', ''))
      // Chosen, summarised, then cancelled: nothing was written.
      expect(storage.data.get(KEY)).toBe(saved)
      expect(store.progressSnapshot()).toEqual(before)
    }),
    { seed: SEED, numRuns: 200 },
  )

  const chosen = await readProgressFile(new Blob([other]), store.progressSnapshot())
  if (!chosen.ok) throw new Error(chosen.error.key)
  expect(chosen.summary.current).toMatchObject({ quizResults: 1, lessons: 0 })
  expect(chosen.summary.incoming).toMatchObject({ quizResults: 0, lessons: 1 })
  store.useProgressStore.getState().replaceProgress(chosen.state)
  const written = JSON.parse(storage.data.get(KEY) ?? 'null')
  expect(written.state.quizResults).toEqual({})
  expect(written.state.lessonsCompleted).toEqual({ 'three-way-handshake': { completedAt: NOW - 1000 } })
  expect(JSON.parse(exportProgress(store.progressSnapshot(), NOW)).state).toEqual(written.state)
})

test('an oversize file is refused from its size, without being read', async () => {
  const text = vi.fn(async () => '')
  const result = await readProgressFile({ size: MAX_IMPORT_BYTES + 1, text })
  expect(result).toEqual({ ok: false, error: { key: 'import.fileTooLarge', params: { max: 5 } } })
  expect(text).not.toHaveBeenCalled()
})

test('a file the browser cannot read is refused with its own message', async () => {
  const result = await readProgressFile({ size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) })
  expect(result).toEqual({ ok: false, error: { key: 'import.unreadable' } })
})
