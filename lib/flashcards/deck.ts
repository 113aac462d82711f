/**
 * Deck files: `content/decks/<deck-id>.json`, one file for both languages.
 *
 * @module
 */
import '@/lib/zod-jitless'
import { z } from 'zod'
import { cardKey } from './card-state'
import { hasCloze } from './cloze'
import { formatPath, formatZodIssues, type ValidationIssue } from './issues'

/** Course languages. */
export const LOCALES = ['en', 'zh'] as const
/** A course language. */
export type Locale = (typeof LOCALES)[number]

/** Stable ids are kebab-case: lowercase letters and digits separated by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const kebabId = z.string().regex(KEBAB_ID, 'must be kebab-case (e.g. "three-way-handshake")')
const text = z.string().trim().min(1)

/** Text in both languages. */
export const localizedTextSchema = z.object({ en: text, zh: text }).strict()
/** Text in both languages. */
export type LocalizedText = z.infer<typeof localizedTextSchema>

/** An Anki-style tag: no whitespace. */
export const tagSchema = z.string().regex(/^\S+$/, 'must be a single word (no spaces)')

/** One flashcard. */
export const cardSchema = z
  .object({
    id: kebabId,
    kind: z.enum(['basic', 'cloze']),
    /** Basic: the question. Cloze: text with `{{c1::...}}` deletions. */
    front: localizedTextSchema,
    /** Basic: the answer (required). Cloze: optional extra shown with the answer. */
    back: localizedTextSchema.optional(),
    tags: z.array(tagSchema).default([]),
    /** Simulator scenario id that shows the answer. */
    scenario: kebabId.optional(),
    /** Lesson slug the card belongs to. */
    lesson: kebabId.optional(),
  })
  .strict()
  .superRefine((card, ctx) => {
    if (card.kind === 'basic' && card.back === undefined) {
      ctx.addIssue({ code: 'custom', path: ['back'], message: 'is required for a basic card' })
    }
    if (card.kind === 'cloze') {
      for (const locale of LOCALES) {
        if (!hasCloze(card.front[locale])) {
          ctx.addIssue({ code: 'custom', path: ['front', locale], message: 'needs at least one {{c1::...}} deletion' })
        }
      }
    }
  })
/** One flashcard. */
export type Card = z.infer<typeof cardSchema>
/** The kind of a card. */
export type CardKind = Card['kind']

/** A deck file. */
export const deckSchema = z
  .object({
    id: kebabId,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    cards: z.array(cardSchema),
  })
  .strict()
  .superRefine((deck, ctx) => {
    for (const issue of duplicateIdIssues(deck.cards)) ctx.addIssue({ code: 'custom', ...issue })
  })

function duplicateIdIssues(cards: readonly unknown[]): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = []
  const seen = new Map<string, number>()
  cards.forEach((card, i) => {
    const id = typeof card === 'object' && card !== null && 'id' in card ? card.id : undefined
    if (typeof id !== 'string') return
    const first = seen.get(id)
    if (first !== undefined) out.push({ path: ['cards', i, 'id'], message: `duplicates cards[${first}].id "${id}"` })
    else seen.set(id, i)
  })
  return out
}
/** A deck. */
export type Deck = z.infer<typeof deckSchema>

/** Result of {@link parseDeck}. */
export type DeckParseResult = { ok: true; deck: Deck } | { ok: false; errors: ValidationIssue[] }

/**
 * Validates a deck file's parsed JSON. Errors carry a JSON path for the
 * author, e.g. `{ path: 'cards[3].front.zh', message: 'is required' }`.
 */
export function parseDeck(json: unknown): DeckParseResult {
  const r = deckSchema.safeParse(json)
  if (r.success) return { ok: true, deck: r.data }
  const errors = formatZodIssues(r.error.issues)
  // zod skips the deck-level refinement when a card is invalid; still report duplicate ids.
  const cards = typeof json === 'object' && json !== null && 'cards' in json ? json.cards : undefined
  if (Array.isArray(cards)) {
    for (const d of duplicateIdIssues(cards)) {
      const path = formatPath(d.path)
      if (!errors.some((e) => e.path === path && e.message === d.message)) errors.push({ path, message: d.message })
    }
  }
  return { ok: false, errors }
}

export { cardKey }

/** The progress keys of every card in a deck, in deck order. */
export function deckCardKeys(deck: Pick<Deck, 'id' | 'cards'>): string[] {
  return deck.cards.map((c) => cardKey(deck.id, c.id))
}
