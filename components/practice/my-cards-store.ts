import { create } from 'zustand'
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware'
import type { ImportedCard } from '@/lib/flashcards/csv'

/** Deck id of the learner's own imported cards; their schedules live in progress under `my-cards/<id>`. */
export const MY_DECK_ID = 'my-cards'

type Persisted = { cards: ImportedCard[] }

/**
 * localStorage as JSON, with every card checked as it is read back. The checks (zod) load with
 * the stored cards, on the pages that show them, not in any page's first load.
 */
function checkedStorage(): PersistStorage<Persisted> | undefined {
  const json = createJSONStorage<Persisted>(() => localStorage)
  if (!json) return undefined
  return {
    ...json,
    getItem: async (name) => {
      const stored = await json.getItem(name)
      if (!stored) return stored
      const { readableCards } = await import('./my-cards-schema')
      return { ...stored, state: { cards: readableCards((stored.state as { cards?: unknown } | undefined)?.cards) } }
    },
  }
}

type MyCardsStore = {
  cards: ImportedCard[]
  /** Adds cards; a card whose id (derived from its front) is already there is replaced. */
  addCards: (cards: readonly ImportedCard[]) => void
  clear: () => void
}

/** Cards the learner imported from Anki CSV/TSV, kept in this browser. */
export const useMyCardsStore = create<MyCardsStore>()(
  persist(
    (set) => ({
      cards: [],
      addCards: (incoming) =>
        set((s) => {
          const byId = new Map(s.cards.map((c) => [c.id, c]))
          for (const c of incoming) byId.set(c.id, c)
          return { cards: [...byId.values()] }
        }),
      clear: () => set({ cards: [] }),
    }),
    {
      name: 'tcp-course-my-cards',
      version: 1,
      storage: checkedStorage(),
      skipHydration: true,
      partialize: (s) => ({ cards: s.cards }),
    },
  ),
)
