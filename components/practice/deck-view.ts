import { clozeAnswer, clozeQuestion, exportDeckCsv, type Deck } from '@/lib/flashcards'
import { cardKey } from '@/lib/flashcards/deck'
import { encodeRecording, recordingOf } from '@/lib/sim'
import { getScenario, startScenario } from '@/lib/scenarios'

/** One card in the reader's language, ready for a client widget. */
export type CardView = {
  readonly key: string
  readonly id: string
  readonly kind: 'basic' | 'cloze'
  /** Question side (cloze deletions blanked). */
  readonly front: string
  /** Answer side (cloze: the full sentence). */
  readonly back: string
  /** Extra text under the answer (cloze cards' optional back). */
  readonly extra: string | null
  readonly tags: readonly string[]
  /** The scenario that shows the answer; `sim` is the playground's recording parameter. */
  readonly scenario: { readonly id: string; readonly title: string; readonly sim: string } | null
  readonly lesson: string | null
}

/** A deck in the reader's language, with its Anki exports. */
export type DeckView = {
  readonly id: string
  readonly title: string
  readonly description: string | null
  readonly cards: readonly CardView[]
  readonly exports: { readonly tsv: string; readonly csv: string }
}

/** Builds the client view of a deck (server side). */
export function deckView(deck: Deck, locale: 'en' | 'zh'): DeckView {
  return {
    id: deck.id,
    title: deck.title[locale],
    description: deck.description?.[locale] ?? null,
    cards: deck.cards.map((card) => {
      const scenario = card.scenario ? getScenario(card.scenario) : undefined
      const front = card.front[locale]
      const back = card.back?.[locale] ?? null
      return {
        key: cardKey(deck.id, card.id),
        id: card.id,
        kind: card.kind,
        front: card.kind === 'cloze' ? clozeQuestion(front) : front,
        back: card.kind === 'cloze' ? clozeAnswer(front) : (back ?? ''),
        extra: card.kind === 'cloze' ? back : null,
        tags: card.tags,
        scenario: scenario
          ? { id: scenario.id, title: scenario.title[locale], sim: encodeRecording(recordingOf(startScenario(scenario), scenario.id)) }
          : null,
        lesson: card.lesson ?? null,
      }
    }),
    exports: { tsv: exportDeckCsv(deck, locale, '\t'), csv: exportDeckCsv(deck, locale, ',') },
  }
}
