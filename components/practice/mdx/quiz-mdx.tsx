import { getLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { loadDeck } from '@/lib/content/decks.server'
import { deckView } from '../deck-view'
import { QuizCard } from '../quiz-card'
import { ReviewSession } from '../review-session'
import { parseChoiceQuiz, parseOrderQuiz, parsePredictQuiz, type PredictProps } from './parse-quiz'

// The MDX components of the practice area. Each is a server component: it reads its MDX
// children as data and hands plain props to a client widget.

/** `<Quiz id="..." [multiple]>`: multiple choice. */
export function Quiz(props: { id: string; multiple?: boolean; children?: ReactNode }) {
  return <QuizCard quiz={parseChoiceQuiz(props)} />
}

/** `<Order id="...">`: put the items in order. */
export function Order(props: { id: string; children?: ReactNode }) {
  return <QuizCard quiz={parseOrderQuiz(props)} />
}

/** `<Predict id scenario before={n} ask="client,server,seq,ack">`: the engine computes the key. */
export function Predict(props: PredictProps) {
  return <QuizCard quiz={parsePredictQuiz(props)} />
}

/** `<Flashcards deck="..." [lesson="..."]>`: study one deck inside a lesson, or only its cards for one lesson. */
export async function Flashcards({ deck, lesson }: { deck: string; lesson?: string }) {
  const locale = (await getLocale()) === 'zh' ? 'zh' : 'en'
  const whole = deckView(await loadDeck(deck), locale)
  const view = lesson ? { ...whole, cards: whole.cards.filter((card) => card.lesson === lesson) } : whole
  return (
    <div className="not-prose my-6">
      <ReviewSession decks={[view]} quizzes={[]} compact />
    </div>
  )
}
