import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import type { ReviewRating } from '@/lib/flashcards/card-state'
import { CURRENT_VERSION, emptyProgress, type ExamRecord, type ProgressState } from '@/lib/progress/model'
import type { StorageNotice } from '@/lib/progress/transfer'
import type * as ProgressLib from '@/lib/progress'

/**
 * Validation of stored progress (zod), its migration and the store's transitions (FSRS
 * scheduling): loaded when the page first reads progress, after it has hydrated, so no page pays
 * for them in its first load.
 */
type ProgressLogic = typeof ProgressLib
let logic: ProgressLogic | undefined
let logicLoading: Promise<ProgressLogic> | undefined

function loadLogic(): Promise<ProgressLogic> {
  logicLoading ??= import('@/lib/progress').then((m) => (logic = m))
  return logicLoading
}

/**
 * Runs a change once the transitions are loaded: at once after hydration (inputs stay disabled
 * until then), else as soon as the code arrives, in the order the changes were asked for.
 */
function withLogic(change: (l: ProgressLogic) => void): void {
  if (logic) change(logic)
  else void loadLogic().then(change)
}

/** localStorage key of the learner's progress. */
export const PROGRESS_STORAGE_KEY = 'tcp-course-progress'

/** What the page tells the learner after loading damaged storage. */
export type LoadNotice = {
  kind: Extract<StorageNotice, 'repaired' | 'reset'>
  /** The stored text as it was, offered as a download. */
  raw: string
  dropped: number
}

type ProgressActions = {
  answerQuiz: (quizId: string, correct: boolean, now: number) => void
  rateCard: (key: string, rating: ReviewRating, now: number) => void
  markLessonComplete: (slug: string, now: number) => void
  addExam: (record: ExamRecord) => void
  /** Misconceptions shown by a wrong answer enter the review queue. */
  noteMisconceptions: (ids: readonly string[], now: number) => void
  /** A misconception's review card answered right. */
  resolveMisconception: (id: string, now: number) => void
  /** Replaces all progress (after a confirmed import). */
  replaceProgress: (state: ProgressState) => void
}

export type ProgressStore = ProgressState & ProgressActions

/** Facts about loading, kept out of the persisted store so setting them never writes storage. */
export type ProgressMeta = {
  /** False until browser storage has been read; show "no progress yet" only after. */
  hydrated: boolean
  notice: LoadNotice | null
  dismissNotice: () => void
}

export const useProgressMeta = create<ProgressMeta>()((set) => ({
  hydrated: false,
  notice: null,
  dismissNotice: () => set({ notice: null }),
}))

let loadNotice: LoadNotice | null = null

function readRaw(name: string): string | null {
  try {
    return window.localStorage.getItem(name)
  } catch {
    return null
  }
}

/**
 * Storage that never throws on load: damaged data is repaired or reset (the raw text is kept for
 * a download), an older version is handed to `migrate`. Nothing is written back until the
 * learner does something, so a reset does not destroy the stored text.
 */
const safeStorage: PersistStorage<ProgressState> = {
  getItem: async (name) => {
    const { recoverStoredProgress } = await loadLogic()
    const raw = readRaw(name)
    const recovered = recoverStoredProgress(raw)
    loadNotice =
      recovered.notice === 'repaired' || recovered.notice === 'reset'
        ? { kind: recovered.notice, raw: recovered.raw ?? '', dropped: recovered.dropped ?? 0 }
        : null
    if (raw === null) return null
    if (recovered.notice === 'migrated') {
      const envelope = JSON.parse(raw) as StorageValue<unknown>
      return envelope as StorageValue<ProgressState>
    }
    return { state: recovered.state, version: CURRENT_VERSION }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, JSON.stringify(value))
    } catch {
      // Storage full or disabled: progress lives on for this page view.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name)
    } catch {
      // nothing to remove
    }
  },
}

function pickProgress(s: ProgressState): ProgressState {
  return {
    quizResults: s.quizResults,
    cardStates: s.cardStates,
    lessonsCompleted: s.lessonsCompleted,
    examHistory: s.examHistory,
    activity: s.activity,
    misconceptions: s.misconceptions,
  }
}

/** The one persisted store of learner progress, keyed by stable content ids. */
export const useProgressStore = create<ProgressStore>()(
  persist(
    (set) => ({
      ...emptyProgress(),
      answerQuiz: (quizId, correct, now) => withLogic((l) => set((s) => l.recordQuizResult(pickProgress(s), quizId, correct, now))),
      rateCard: (key, rating, now) => withLogic((l) => set((s) => l.reviewCard(pickProgress(s), key, rating, now))),
      markLessonComplete: (slug, now) => withLogic((l) => set((s) => l.completeLesson(pickProgress(s), slug, now))),
      addExam: (record) => withLogic((l) => set((s) => l.recordExam(pickProgress(s), record))),
      noteMisconceptions: (ids, now) => withLogic((l) => set((s) => l.recordMisconceptions(pickProgress(s), ids, now))),
      resolveMisconception: (id, now) => withLogic((l) => set((s) => l.fixMisconception(pickProgress(s), id, now))),
      replaceProgress: (state) => {
        set(pickProgress(state))
        useProgressMeta.setState({ notice: null })
      },
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: CURRENT_VERSION,
      storage: safeStorage,
      skipHydration: true,
      partialize: (s) => pickProgress(s),
      migrate: async (persisted, version) => {
        const result = (await loadLogic()).migrate(persisted, version)
        return result.ok ? result.state : emptyProgress()
      },
      onRehydrateStorage: () => () => {
        useProgressMeta.setState({ hydrated: true, notice: loadNotice })
      },
    },
  ),
)

let hydrationStarted = false

/** Reads browser storage once per page load; call from an effect. */
export function startProgressHydration(): void {
  if (hydrationStarted) return
  hydrationStarted = true
  void useProgressStore.persist.rehydrate()
}

/** The current progress as plain data (for export and import summaries). */
export function progressSnapshot(): ProgressState {
  return pickProgress(useProgressStore.getState())
}
