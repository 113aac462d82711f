import { beforeEach, expect, test, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const NOW = Date.parse('2026-03-01T09:00:00Z')
const KEY = 'tcp-course-progress'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  }
}

async function freshStore(initial: Record<string, string>) {
  const storage = memoryStorage(initial)
  vi.stubGlobal('window', { localStorage: storage })
  vi.resetModules()
  const mod = await import('./progress-store')
  await mod.useProgressStore.persist.rehydrate()
  return { ...mod, storage }
}

beforeEach(() => {
  vi.unstubAllGlobals()
})

test('nothing stored: empty progress, no notice, nothing written until the learner acts', async () => {
  const { useProgressStore, useProgressMeta, storage } = await freshStore({})
  expect(useProgressMeta.getState()).toMatchObject({ hydrated: true, notice: null })
  expect(useProgressStore.getState().quizResults).toEqual({})
  expect(storage.data.has(KEY)).toBe(false)
  useProgressStore.getState().answerQuiz('q1', false, NOW)
  const saved = JSON.parse(storage.data.get(KEY) ?? 'null')
  expect(saved.version).toBe(2)
  expect(Object.keys(saved.state.cardStates)).toEqual(['quiz/q1'])
})

test('version 1 storage is migrated through persist and written back as version 2', async () => {
  const v1 = JSON.parse(readFileSync(path.join(process.cwd(), 'lib/progress/fixtures/v1.json'), 'utf8'))
  const envelope = 'state' in v1 && 'version' in v1 ? v1 : { state: v1, version: 1 }
  const { useProgressStore, useProgressMeta, storage } = await freshStore({ [KEY]: JSON.stringify(envelope) })
  expect(useProgressMeta.getState().notice).toBeNull()
  expect(Object.keys(useProgressStore.getState().quizResults).length).toBeGreaterThan(0)
  expect(JSON.parse(storage.data.get(KEY) ?? 'null').version).toBe(2)
})

test('corrupted storage resets with a notice holding the raw text, and the raw text stays stored', async () => {
  const raw = '{"state": {"quizResults": '
  const { useProgressStore, useProgressMeta, storage } = await freshStore({ [KEY]: raw })
  expect(useProgressMeta.getState().notice).toEqual({ kind: 'reset', raw, dropped: 0 })
  expect(useProgressStore.getState().quizResults).toEqual({})
  expect(storage.data.get(KEY)).toBe(raw)
})

test('partly damaged storage keeps the valid entries and says how many were dropped', async () => {
  const stored = {
    version: 2,
    state: {
      quizResults: { good: { attempts: 1, lastCorrect: true, lastAnsweredAt: NOW, correctEver: true }, bad: { attempts: 'x' } },
      cardStates: {},
      lessonsCompleted: {},
      examHistory: [],
      activity: [],
    },
  }
  const { useProgressStore, useProgressMeta } = await freshStore({ [KEY]: JSON.stringify(stored) })
  expect(useProgressMeta.getState().notice).toMatchObject({ kind: 'repaired', dropped: 1 })
  expect(Object.keys(useProgressStore.getState().quizResults)).toEqual(['good'])
})

test('replacing progress (a confirmed import) clears the notice', async () => {
  const { useProgressStore, useProgressMeta } = await freshStore({ [KEY]: 'not json' })
  expect(useProgressMeta.getState().notice?.kind).toBe('reset')
  useProgressStore.getState().replaceProgress({ quizResults: {}, cardStates: {}, lessonsCompleted: { a: { completedAt: NOW } }, examHistory: [], activity: [], misconceptions: {} })
  expect(useProgressMeta.getState().notice).toBeNull()
  expect(useProgressStore.getState().lessonsCompleted).toEqual({ a: { completedAt: NOW } })
})
