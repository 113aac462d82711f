/**
 * Props of the practice components (quizzes and flashcards) for the content check. Spread into
 * `componentSpecs`; kept apart so the quiz rules read in one place.
 */
import { KEBAB_ID } from '@/lib/flashcards/deck'
import { PREDICT_ASK_WORDS } from '@/lib/quiz/predict-answer'
import { getScenario, scenarioIds } from '@/lib/scenarios'
import { unknownId } from './nearest'
import type { ComponentSpec, PropSpec } from './component-specs'
import { deckIdsOnDisk, lessonSlugsInDecks } from './decks-files.server'


const quizId: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the id as text in quotes, for example id="handshake-ack-number"'
  return KEBAB_ID.test(value.value)
    ? null
    : `"${value.value}" is not kebab-case; use lower-case words joined by hyphens, for example id="handshake-ack-number"`
}

const flag: PropSpec['check'] = (value) =>
  value.kind === 'boolean' ? null : 'write it bare, without a value (for example <Choice correct>)'

const scenario: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the scenario id in quotes, for example scenario="three-way-handshake"'
  return getScenario(value.value) ? null : unknownId('scenario', value.value, scenarioIds, 'content/README.md')
}

const stepNumber: PropSpec['check'] = (value) => {
  const text = value.kind === 'expression' ? value.source.trim() : value.kind === 'string' ? value.value : ''
  return /^[1-9]\d*$/.test(text) ? null : 'write the step number in braces, counting from 1, for example before={2}'
}

const ask: PropSpec['check'] = (value) => {
  const words = value.kind === 'string' ? value.value.split(',').map((w) => w.trim()) : []
  const allowed = Object.keys(PREDICT_ASK_WORDS)
  const bad = words.filter((w) => !allowed.includes(w))
  if (value.kind !== 'string' || words.length === 0 || bad.length > 0) {
    return `list what to ask, separated by commas, from ${allowed.join(', ')}; for example ask="client,server,seq,ack"`
  }
  return new Set(words).size === words.length ? null : 'each word appears once in ask'
}

const deck: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the deck id in quotes, for example deck="tcp-states"'
  const ids = deckIdsOnDisk()
  return ids.includes(value.value) ? null : `there is no deck "${value.value}" in content/decks; decks: ${ids.join(', ') || 'none'}`
}

const lessonSlug: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the lesson slug in quotes, for example lesson="three-way-handshake"'
  const slugs = lessonSlugsInDecks()
  return slugs.includes(value.value)
    ? null
    : `no deck card has lesson "${value.value}"; cards name these lessons: ${slugs.join(', ') || 'none'}`
}

export const practiceComponentSpecs = {
  Quiz: {
    summary: 'Multiple choice: a <Question>, then <Choice> options (mark right ones `correct`), each with an <Explain>.',
    props: { id: { required: true, check: quizId }, multiple: { check: flag } },
  },
  Question: { summary: 'The question of a <Quiz>, <Order> or <Predict>.', props: {} },
  Choice: { summary: 'One option of a <Quiz>; add `correct` to the right one(s).', props: { correct: { check: flag } } },
  Explain: { summary: 'Why: inside a <Choice>, or at the end of a <Quiz>, <Order> or <Predict>.', props: {} },
  Order: { summary: 'Put <Item>s in order; write them in the right order, learners see them shuffled.', props: { id: { required: true, check: quizId } } },
  Item: { summary: 'One item of an <Order>.', props: {} },
  Predict: {
    summary: 'Pauses a scenario before a step; the learner predicts what the engine computes.',
    props: {
      id: { required: true, check: quizId },
      scenario: { required: true, check: scenario },
      before: { required: true, check: stepNumber },
      ask: { required: true, check: ask },
    },
  },
  Flashcards: {
    summary: 'A flashcard deck from content/decks; `lesson` keeps only the cards whose `lesson` is that slug.',
    props: { deck: { required: true, check: deck }, lesson: { check: lessonSlug } },
  },
} satisfies Record<string, ComponentSpec>
