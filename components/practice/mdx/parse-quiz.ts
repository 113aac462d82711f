import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { describePredictError, expectedAnswer, parseAskWords } from '@/lib/quiz/predict-answer'
import { getScenario } from '@/lib/scenarios'
import { encodeRecording } from '@/lib/sim'
import type { ChoiceQuizData, OrderQuizData, PredictQuizData, QuizData, RichText } from '../quiz-data'
import { Choice, Explain, Item, Question } from './parts'

type Props = { children?: ReactNode }
type Element = ReactElement<Props & Record<string, unknown>>

function elements(children: ReactNode): Element[] {
  return Children.toArray(children).filter((c): c is Element => isValidElement(c))
}

function isExplain(node: ReactNode): node is Element {
  return isValidElement(node) && node.type === Explain
}

/** Drops `<p>` wrappers (a label or button cannot hold a paragraph) and blank text. */
function inline(children: ReactNode): RichText {
  const parts = Children.toArray(children).flatMap((child) => {
    if (typeof child === 'string') return child.trim() === '' ? [] : [child]
    if (isValidElement<Props>(child) && child.type === 'p') return Children.toArray(child.props.children)
    return [child]
  })
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] : parts
}

/** Block content (an explanation may hold paragraphs and lists); blank text dropped. */
function block(children: ReactNode): RichText {
  const parts = Children.toArray(children).filter((c) => !(typeof c === 'string' && c.trim() === ''))
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] : parts
}

function firstOf(list: Element[], type: unknown): Element | undefined {
  return list.find((e) => e.type === type)
}

/** `<Quiz id multiple>` with `<Question>`, `<Choice correct>` (each with its `<Explain>`) and an optional `<Explain>`. */
export function parseChoiceQuiz(props: { id: string; multiple?: boolean } & Props): ChoiceQuizData {
  const kids = elements(props.children)
  const question = firstOf(kids, Question)
  const explain = firstOf(kids, Explain)
  const choices = kids
    .filter((e) => e.type === Choice)
    .map((choice, i) => {
      const parts = Children.toArray(choice.props.children)
      const own = parts.find(isExplain)
      return {
        id: `c${i + 1}`,
        label: inline(parts.filter((p) => !isExplain(p))),
        correct: choice.props.correct === true,
        explanation: own ? block(own.props.children) : null,
      }
    })
  return {
    kind: 'choice',
    id: props.id,
    prompt: question ? inline(question.props.children) : null,
    multiple: props.multiple === true,
    choices,
    explanation: explain ? block(explain.props.children) : null,
  }
}

/** `<Order id>` with `<Question>`, `<Item>`s in the right order and an optional `<Explain>`. */
export function parseOrderQuiz(props: { id: string } & Props): OrderQuizData {
  const kids = elements(props.children)
  const question = firstOf(kids, Question)
  const explain = firstOf(kids, Explain)
  return {
    kind: 'order',
    id: props.id,
    prompt: question ? inline(question.props.children) : null,
    items: kids.filter((e) => e.type === Item).map((item, i) => ({ id: `i${i + 1}`, label: inline(item.props.children) })),
    explanation: explain ? block(explain.props.children) : null,
  }
}

export type PredictProps = { id: string; scenario: string; before: number | string; ask: string } & Props

/**
 * `<Predict id scenario before={n} ask="...">` with optional `<Question>` and `<Explain>`.
 * The answer is computed here by the engine; a quiz it cannot answer stops the build.
 */
export function parsePredictQuiz(props: PredictProps): PredictQuizData {
  const kids = elements(props.children)
  const question = firstOf(kids, Question)
  const explain = firstOf(kids, Explain)
  const pause = { beforeStep: Number(props.before) - 1 }
  const ask = parseAskWords(props.ask)
  const result = expectedAnswer(props.scenario, pause, ask)
  const scenario = getScenario(props.scenario)
  if (!result.ok || !scenario) {
    const why = result.ok ? `there is no scenario "${props.scenario}"` : describePredictError(result.error, props.scenario)
    throw new Error(`<Predict id="${props.id}">: ${why}`)
  }
  return {
    kind: 'predict',
    id: props.id,
    prompt: question ? inline(question.props.children) : null,
    scenario: props.scenario,
    pause,
    ask,
    answer: result.answer,
    sim: encodeRecording(result.answer.before),
    scenarioTitle: scenario.title,
    hypothetical: scenario.hypothetical,
    explanation: explain ? block(explain.props.children) : null,
  }
}

export type { QuizData }
