import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { z } from 'zod'
import type { ImportedCard } from '@/lib/flashcards/csv'

/** Deck id of the learner's own imported cards; their schedules live in progress under `my-cards/<id>`. */
export const MY_DECK_ID = 'my-cards'

const cardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['basic', 'cloze']),
  front: z.string(),
  back: z.string(),
  tags: z.array(z.string()),
})

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
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      partialize: (s) => ({ cards: s.cards }),
      // Anything unreadable is dropped card by card instead of breaking the page.
      merge: (persisted, current) => {
        const raw = (persisted as { cards?: unknown } | undefined)?.cards
        const cards = Array.isArray(raw) ? raw.flatMap((c) => (cardSchema.safeParse(c).success ? [c as ImportedCard] : [])) : []
        return { ...current, cards }
      },
    },
  ),
)
