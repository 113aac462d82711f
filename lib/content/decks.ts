/**
 * Checks of flashcard deck files beyond their schema: the file name matches the deck id,
 * and every card's scenario and lesson exist. Pure; the loader in decks.server.ts reads files.
 */
import { issueToString, parseDeck, type Deck } from '@/lib/flashcards'

/** What a deck may refer to. */
export type DeckReferences = {
  scenarioIds: ReadonlyArray<string>
  lessonSlugs: ReadonlyArray<string>
}

/** Result of {@link checkDeckFile}: the deck, or messages saying what to fix. */
export type DeckCheck = { ok: true; deck: Deck } | { ok: false; errors: string[] }

/**
 * Validates a deck file's parsed JSON: schema (with JSON paths), `id` equal to the file's
 * base name, and references to scenarios and lessons that exist.
 */
export function checkDeckFile(json: unknown, fileId: string, refs: DeckReferences): DeckCheck {
  const parsed = parseDeck(json)
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(issueToString) }
  const { deck } = parsed
  const errors: string[] = []
  if (deck.id !== fileId) errors.push(`id: "${deck.id}" must match the file name (${fileId}.json)`)
  deck.cards.forEach((card, i) => {
    if (card.scenario !== undefined && !refs.scenarioIds.includes(card.scenario)) {
      errors.push(`cards[${i}].scenario: there is no scenario "${card.scenario}"`)
    }
    if (card.lesson !== undefined && !refs.lessonSlugs.includes(card.lesson)) {
      errors.push(`cards[${i}].lesson: there is no lesson "${card.lesson}" in content/course.json`)
    }
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, deck }
}
