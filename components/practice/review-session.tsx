'use client'

import dynamic from 'next/dynamic'
import { useFormatter, useLocale, useTranslations } from 'next-intl'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { deckCounts, humanInterval, RATINGS, reviewQueue, type ReviewRating } from '@/lib/flashcards/card-state'
import { clozeAnswer, clozeQuestion } from '@/lib/flashcards/cloze'
import { cardKey } from '@/lib/flashcards/card-state'
import { misconceptionIdFromCardKey, quizCardKey, quizIdFromCardKey } from '@/lib/progress/model'
import { isMisconceptionId, misconception, type MisconceptionId } from '@/lib/misconceptions/catalog'
import { combineSeeds } from '@/lib/random'
import { Link } from '@/i18n/navigation'
import { useProgressStore } from '@/components/progress/progress-store'
import { browserTimeZone, useNow, useProgressHydrated } from '@/components/progress/use-progress'
import type { CardView, DeckView } from './deck-view'
import type { PooledQuiz } from './quiz-data'
import { MY_DECK_ID, useMyCardsStore } from './my-cards-store'
import { buttonPrimary, buttonSecondary, focusAfterRender } from './ui'
import { loadProblems, loadSchedule } from './lazy-modules'
import { useLoaded } from './use-loaded'

// The queue shows only after stored progress is read, so its question widgets load after the page.
const QuizCard = dynamic(() => import('./quiz-card').then((m) => m.QuizCard), { ssr: false })
const ComputedProblemCard = dynamic(() => import('./computed-problem-card').then((m) => m.ComputedProblemCard), { ssr: false })

/** How many never-seen cards one session introduces. */
const NEW_PER_SESSION = 20

type Item =
  | { kind: 'card'; key: string; card: CardView; deck: DeckView }
  | { kind: 'quiz'; key: string; quiz: PooledQuiz }
  | { kind: 'misconception'; key: string; id: MisconceptionId }

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * Studies flashcards and missed quizzes in one queue scheduled by FSRS. Space shows the answer,
 * 1-4 rate it; each rating button shows when the card would come back.
 */
export function ReviewSession({ decks: contentDecks, quizzes, compact = false }: { decks: readonly DeckView[]; quizzes: readonly PooledQuiz[]; compact?: boolean }) {
  const t = useTranslations('practice.review')
  const tm = useTranslations('practice.misconception')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const resolveMisconception = useProgressStore((s) => s.resolveMisconception)
  const noteMisconceptions = useProgressStore((s) => s.noteMisconceptions)
  const [fixedKey, setFixedKey] = useState<string | null>(null)
  const [answeredProblem, setAnsweredProblem] = useState<{ key: string; seed: number } | null>(null)
  const tDecks = useTranslations('practice.decks')
  const myCards = useMyCardsStore((s) => s.cards)
  useEffect(() => {
    if (!compact) void useMyCardsStore.persist.rehydrate()
  }, [compact])
  const decks = useMemo<readonly DeckView[]>(() => {
    if (compact || myCards.length === 0) return contentDecks
    const mine: DeckView = {
      id: MY_DECK_ID,
      title: tDecks('myCardsTitle'),
      description: null,
      exports: { tsv: '', csv: '' },
      cards: myCards.map((c) => ({
        key: cardKey(MY_DECK_ID, c.id),
        id: c.id,
        kind: c.kind,
        front: c.kind === 'cloze' ? clozeQuestion(c.front) : c.front,
        back: c.kind === 'cloze' ? clozeAnswer(c.front) : c.back,
        extra: c.kind === 'cloze' && c.back !== '' ? c.back : null,
        tags: c.tags,
        scenario: null,
        lesson: null,
      })),
    }
    return [...contentDecks, mine]
  }, [compact, contentDecks, myCards, tDecks])
  const format = useFormatter()
  const hydrated = useProgressHydrated()
  const now = useNow()
  const cardStates = useProgressStore((s) => s.cardStates)
  const rateCard = useProgressStore((s) => s.rateCard)
  const [flippedKey, setFlippedKey] = useState<string | null>(null)
  const [pinned, setPinned] = useState<string | null>(null)
  const [lastRated, setLastRated] = useState<{ front: string; due: number; rating: ReviewRating } | null>(null)
  // The current item of the queue (a card, a missed quiz, a misconception): focus returns here
  // after each rating or Next card, and Next card takes focus once an item is answered.
  const cardRef = useRef<HTMLDivElement>(null)
  const nextCardRef = useRef<HTMLButtonElement>(null)
  const toNextCard = () => focusAfterRender(() => nextCardRef.current)
  const nextCard = () => {
    setPinned(null)
    setAnsweredProblem(null)
    focusAfterRender(() => cardRef.current)
  }
  const headingId = useId()

  const items = useMemo(() => {
    const map = new Map<string, Item>()
    for (const deck of decks) for (const card of deck.cards) map.set(card.key, { kind: 'card', key: card.key, card, deck })
    for (const quiz of quizzes) map.set(quizCardKey(quiz.quizId), { kind: 'quiz', key: quizCardKey(quiz.quizId), quiz })
    return map
  }, [decks, quizzes])

  const missedKeys = useMemo(
    () => Object.keys(cardStates).filter((k) => quizIdFromCardKey(k) !== undefined && items.has(k)),
    [cardStates, items],
  )
  // Misconception cards join the full session only (a deck's compact session is that deck alone).
  const misconceptionKeys = useMemo(
    () => (compact ? [] : Object.keys(cardStates).filter((k) => isMisconceptionId(misconceptionIdFromCardKey(k) ?? ''))),
    [cardStates, compact],
  )
  const allKeys = useMemo(
    () => [...missedKeys, ...misconceptionKeys, ...decks.flatMap((d) => d.cards.map((c) => c.key))],
    [missedKeys, misconceptionKeys, decks],
  )
  const queue = hydrated && now > 0 ? reviewQueue(allKeys, cardStates, now, { newLimit: NEW_PER_SESSION }) : []
  const currentKey = pinned ?? queue[0] ?? null
  const misconceptionId = currentKey ? misconceptionIdFromCardKey(currentKey) : undefined
  const current: Item | undefined =
    currentKey && misconceptionId !== undefined && isMisconceptionId(misconceptionId)
      ? { kind: 'misconception', key: currentKey, id: misconceptionId }
      : currentKey
        ? items.get(currentKey)
        : undefined
  // A misconception card asks a new problem each time it comes back (its schedule is in the seed);
  // once answered, the problem is held until Next card, as answering changes the schedule.
  const schedule = misconceptionId !== undefined && currentKey ? cardStates[currentKey] : undefined
  const liveSeed = currentKey ? combineSeeds(currentKey, schedule?.reps ?? 0, schedule?.lapses ?? 0, schedule?.due ?? 0) : 0
  const problemSeed = answeredProblem && answeredProblem.key === currentKey ? answeredProblem.seed : liveSeed
  const practiceType = misconceptionId !== undefined && isMisconceptionId(misconceptionId) ? misconception(misconceptionId).practice : null
  const problems = useLoaded(practiceType !== null, loadProblems)
  const reviewProblem = useMemo(
    () => (practiceType && problems ? problems.generateProblem(practiceType, problemSeed) : null),
    [practiceType, problemSeed, problems],
  )
  const flipped = current !== undefined && flippedKey === current.key

  const flip = () => {
    if (current?.kind !== 'card') return
    setFlippedKey(current.key)
    // Show answer goes away as the answer shows: focus stays on the card, where 1–4 rate it, not on the page.
    if (cardRef.current?.contains(document.activeElement)) focusAfterRender(() => cardRef.current)
  }
  const rate = (rating: ReviewRating) => {
    if (current?.kind !== 'card' || !flipped) return
    const at = Date.now()
    // Cards show only once progress is read, which loads the store's code, so the rating is applied now.
    rateCard(current.key, rating, at)
    const next = useProgressStore.getState().cardStates[current.key]
    setLastRated({ front: current.card.front, due: next?.due ?? at, rating })
    setFlippedKey(null)
    cardRef.current?.focus()
  }

  const flipRef = useRef(flip)
  const rateRef = useRef(rate)
  useEffect(() => {
    flipRef.current = flip
    rateRef.current = rate
  })
  useEffect(() => {
    if (compact) return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return
      if (e.key === ' ' && !(e.target instanceof HTMLButtonElement) && !(e.target instanceof HTMLAnchorElement)) {
        e.preventDefault()
        flipRef.current()
      } else if (/^[1-4]$/.test(e.key)) {
        const rating = RATINGS[Number(e.key) - 1]
        if (rating) rateRef.current(rating)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [compact])

  const fsrs = useLoaded(flipped, loadSchedule)
  const intervals =
    current?.kind === 'card' && flipped && fsrs ? fsrs.previewIntervals(cardStates[current.key] ?? fsrs.newCardState(now), now) : null
  const intervalText = (ms: number) => {
    const h = humanInterval(ms)
    return t(`interval.${h.unit}`, { value: h.value })
  }
  const dateText = (at: number) => format.dateTime(new Date(at), { dateStyle: 'medium', timeStyle: 'short', timeZone: browserTimeZone() })

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      {compact ? (
        <h3 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {t('deckHeading', { title: decks[0]?.title ?? '' })}
        </h3>
      ) : (
        <h2 id={headingId} className="sr-only">
          {t('sessionHeading')}
        </h2>
      )}
      {!hydrated ? (
        <p className="text-slate-600 dark:text-slate-300">{t('loading')}</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('countsCaption')}</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="py-1 pr-3">{t('deck')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('due')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('new')}</th>
                  <th scope="col" className="px-2 py-1 text-right">{t('learned')}</th>
                </tr>
              </thead>
              <tbody>
                {decks.map((deck) => {
                  const c = deckCounts(deck.cards.map((card) => card.key), cardStates, now)
                  return (
                    <tr key={deck.id} className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="row" className="py-1 pr-3 font-medium">{deck.title}</th>
                      <td className="px-2 py-1 text-right tabular-nums">{c.due}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{c.new}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{c.learned}</td>
                    </tr>
                  )
                })}
                {!compact && misconceptionKeys.length > 0 ? (
                  <tr className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="row" className="py-1 pr-3 font-medium">{tm('rowLabel')}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{misconceptionKeys.filter((k) => (cardStates[k]?.due ?? Infinity) <= now).length}</td>
                    <td className="px-2 py-1 text-right tabular-nums">–</td>
                    <td className="px-2 py-1 text-right tabular-nums">{misconceptionKeys.filter((k) => (cardStates[k]?.due ?? 0) > now).length}</td>
                  </tr>
                ) : null}
                {!compact ? (
                  <tr className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="row" className="py-1 pr-3 font-medium">{t('missedQuizzes')}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{missedKeys.filter((k) => (cardStates[k]?.due ?? Infinity) <= now).length}</td>
                    <td className="px-2 py-1 text-right tabular-nums">–</td>
                    <td className="px-2 py-1 text-right tabular-nums">{missedKeys.filter((k) => (cardStates[k]?.due ?? 0) > now).length}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>

          <p aria-live="polite" className="min-h-5 text-sm text-slate-700 dark:text-slate-200">
            {lastRated
              ? t('rated', {
                  rating: t(`rating.${lastRated.rating}`),
                  interval: intervalText(lastRated.due - now),
                  date: dateText(lastRated.due),
                })
              : null}
          </p>

          {current === undefined ? (
            <p className="rounded-md border border-slate-300 p-4 text-slate-800 dark:border-slate-600 dark:text-slate-100">
              <span aria-hidden="true">✓ </span>
              {t('nothingDue')}
            </p>
          ) : current.kind === 'misconception' ? (
            <div ref={cardRef} tabIndex={-1}>
              <h3 className="font-semibold text-slate-900 dark:text-slate-50">{tm('reviewHeading', { name: misconception(current.id).name[locale] })}</h3>
              <p className="text-sm text-slate-700 dark:text-slate-200">{misconception(current.id).explanation[locale]}</p>
              <p className="text-sm text-slate-600 dark:text-slate-300">{tm('reviewIntro')}</p>
              {reviewProblem ? (
                <ComputedProblemCard
                  key={`${current.key}-${problemSeed}`}
                  id={`review-${current.id}`}
                  problem={reviewProblem}
                  onAnswered={({ correct, misconceptions }) => {
                    setPinned(current.key)
                    setAnsweredProblem({ key: current.key, seed: problemSeed })
                    const at = Date.now()
                    if (correct) {
                      resolveMisconception(current.id, at)
                      setFixedKey(current.key)
                    } else if (!misconceptions.includes(current.id)) noteMisconceptions([current.id], at)
                    toNextCard()
                  }}
                />
              ) : null}
              {fixedKey === current.key ? <p role="status">{tm('fixed')}</p> : null}
              {pinned ? (
                <button type="button" ref={nextCardRef} className={buttonPrimary} onClick={nextCard}>
                  {t('nextCard')}
                </button>
              ) : null}
            </div>
          ) : current.kind === 'quiz' ? (
            <div ref={cardRef} tabIndex={-1}>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {t('missedQuizFrom')}{' '}
                <Link href={`/lessons/${current.quiz.topic}/`} className="underline">
                  {current.quiz.topicTitle}
                </Link>
              </p>
              <QuizCard
                key={current.key}
                quiz={current.quiz.quiz}
                onAnswered={() => {
                  setPinned(current.key)
                  toNextCard()
                }}
              />
              {pinned ? (
                <button type="button" ref={nextCardRef} className={buttonPrimary} onClick={nextCard}>
                  {t('nextCard')}
                </button>
              ) : (
                <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">{t('quizHint')}</p>
              )}
            </div>
          ) : (
            <div
              ref={cardRef}
              tabIndex={-1}
              className="rounded-lg border border-slate-300 bg-white p-4 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900"
            >
              <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-300">
                {current.deck.title} · {current.card.kind === 'cloze' ? t('cloze') : t('basic')} ·{' '}
                {t('queueLeft', { count: queue.length })}
              </p>
              <p className="mt-2 text-lg text-slate-900 dark:text-slate-50" data-testid="card-front">
                {current.card.front}
              </p>
              {flipped ? (
                <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700">
                  <p className="text-lg font-medium text-slate-900 dark:text-slate-50" data-testid="card-back">
                    {current.card.back}
                  </p>
                  {current.card.extra ? <p className="mt-1 text-slate-700 dark:text-slate-200">{current.card.extra}</p> : null}
                  {current.card.scenario ? (
                    <p className="mt-2 text-sm">
                      <Link href={`/playground/?sim=${current.card.scenario.sim}`} className="text-sky-800 underline dark:text-sky-300">
                        {t('watchScenario', { title: current.card.scenario.title })}
                      </Link>
                    </p>
                  ) : null}
                </div>
              ) : null}
              <div className="mt-4 flex flex-wrap gap-2">
                {!flipped ? (
                  <button type="button" className={buttonPrimary} onClick={flip}>
                    {t('showAnswer')}
                    {!compact ? <kbd aria-hidden="true" className="ml-2 rounded border border-white/40 px-1 text-xs">{t('spaceKey')}</kbd> : null}
                  </button>
                ) : (
                  RATINGS.map((rating, i) => (
                    <button key={rating} type="button" className={`${buttonSecondary} flex flex-col items-center`} onClick={() => rate(rating)}>
                      <span>
                        {!compact ? <kbd aria-hidden="true" className="mr-1 text-xs text-slate-500 dark:text-slate-400">{i + 1}</kbd> : null}
                        {t(`rating.${rating}`)}
                      </span>
                      <span className="text-xs font-normal text-slate-600 dark:text-slate-300">
                        {intervals ? intervalText(intervals[rating].due - now) : ''}
                      </span>
                    </button>
                  ))
                )}
              </div>
              {!compact ? <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">{t('keysHint')}</p> : null}
            </div>
          )}
        </>
      )}
    </section>
  )
}
