import '@/lib/zod-jitless'
import { z } from 'zod'
import type { ImportedCard } from '@/lib/flashcards/csv'

const cardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['basic', 'cloze']),
  front: z.string(),
  back: z.string(),
  tags: z.array(z.string()),
})

/** The learner's stored cards that are still readable; anything else is dropped card by card instead of breaking the page. */
export function readableCards(raw: unknown): ImportedCard[] {
  return Array.isArray(raw) ? raw.flatMap((c) => (cardSchema.safeParse(c).success ? [c as ImportedCard] : [])) : []
}
