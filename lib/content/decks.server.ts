import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Deck } from '@/lib/flashcards'
import { scenarioIds } from '@/lib/scenarios'
import { ContentError } from './content-error'
import { flattenLessons } from './course'
import { checkDeckFile } from './decks'
import { deckIdsOnDisk, decksDir } from './decks-files.server'
import { loadCourse } from './lessons.server'

const loaded = new Map<string, Promise<Deck>>()

/** Reads and validates one deck (cached per process). Throws a ContentError naming the file. */
export function loadDeck(id: string): Promise<Deck> {
  let deck = loaded.get(id)
  if (!deck) {
    deck = (async () => {
      const file = path.join('content', 'decks', `${id}.json`)
      let json: unknown
      try {
        json = JSON.parse(readFileSync(path.join(decksDir, `${id}.json`), 'utf8'))
      } catch (error) {
        throw new ContentError([{ file, line: 1, message: `cannot read the deck: ${(error as Error).message}` }])
      }
      const lessonSlugs = flattenLessons(await loadCourse()).map((l) => l.slug)
      const checked = checkDeckFile(json, id, { scenarioIds, lessonSlugs })
      if (!checked.ok) throw new ContentError(checked.errors.map((message) => ({ file, line: 1, message })))
      return checked.deck
    })()
    loaded.set(id, deck)
  }
  return deck
}

/** Every deck, in id order. */
export function loadDecks(): Promise<Deck[]> {
  return Promise.all(deckIdsOnDisk().map(loadDeck))
}

export { deckIdsOnDisk }
