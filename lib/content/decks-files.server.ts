import { readdirSync } from 'node:fs'
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
