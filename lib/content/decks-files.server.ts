import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Where deck files live: `content/decks/<deck-id>.json`. */
export const decksDir = path.join(process.cwd(), 'content', 'decks')

/** Ids of every deck on disk (file base names), sorted. Synchronous so prop checks can use it. */
export function deckIdsOnDisk(): string[] {
  try {
    return readdirSync(decksDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort()
  } catch {
    return []
  }
}

/**
 * Lesson slugs that some deck card names in its `lesson` field, sorted. Synchronous and
 * forgiving (a deck that does not parse adds nothing): the deck check reports broken decks.
 */
export function lessonSlugsInDecks(): string[] {
  const slugs = new Set<string>()
  for (const id of deckIdsOnDisk()) {
    try {
      const deck = JSON.parse(readFileSync(path.join(decksDir, `${id}.json`), 'utf8')) as { cards?: Array<{ lesson?: unknown }> }
      for (const card of deck.cards ?? []) if (typeof card.lesson === 'string') slugs.add(card.lesson)
    } catch {
      // reported by the deck check
    }
  }
  return [...slugs].sort()
}
