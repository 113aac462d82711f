import { readFileSync } from 'node:fs'

/** Counts read from the course's own files, so journeys follow the content as instructors change it. */

/** Quizzes (`<Quiz>`, `<Order>`, `<Predict>`) in one lesson; both languages have the same ones. */
export function quizCount(slug: string): number {
  const source = readFileSync(new URL(`../content/lessons/${slug}.en.mdx`, import.meta.url), 'utf8')
  return source.match(/^<(Quiz|Order|Predict)[\s>]/gm)?.length ?? 0
}

/** Cards in one flashcard deck. */
export function deckCardCount(deckId: string): number {
  const deck = JSON.parse(readFileSync(new URL(`../content/decks/${deckId}.json`, import.meta.url), 'utf8')) as { cards: unknown[] }
  return deck.cards.length
}
