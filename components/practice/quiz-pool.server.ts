import { getMDXComponent } from 'mdx-bundler/client'
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { loadDecks } from '@/lib/content/decks.server'
import { lessonSlugs, loadLesson, loadOutline } from '@/lib/content/lessons.server'
import { mdxComponentNames, type MdxComponentName } from '@/lib/content/component-specs'
import { deckView, type DeckView } from './deck-view'
import { Choice, Explain, Item, Question } from './mdx/parts'
import { parseChoiceQuiz, parseOrderQuiz, parsePredictQuiz, type PredictProps } from './mdx/parse-quiz'
import type { PooledQuiz, QuizData } from './quiz-data'

type Locale = 'en' | 'zh'
type AnyProps = { children?: ReactNode } & Record<string, unknown>

// The lesson is walked, never rendered, so the components only have to be told apart. Stand-ins
// keep the lesson's client widgets (simulator, quiz cards) out of the pages that use the pool.
const Quiz = (_: AnyProps) => null
const Order = (_: AnyProps) => null
const Predict = (_: AnyProps) => null
const Other = (_: AnyProps) => null
const walkComponents = {
  ...(Object.fromEntries(mdxComponentNames.map((name) => [name, Other])) as Record<MdxComponentName, typeof Other>),
  Quiz,
  Order,
  Predict,
  Question,
  Choice,
  Explain,
  Item,
}

function quizOf(element: ReactElement<AnyProps>): QuizData | null {
  const props = element.props
  if (element.type === Quiz) return parseChoiceQuiz(props as Parameters<typeof parseChoiceQuiz>[0])
  if (element.type === Order) return parseOrderQuiz(props as Parameters<typeof parseOrderQuiz>[0])
  if (element.type === Predict) return parsePredictQuiz(props as PredictProps)
  return null
}

function collect(node: ReactNode, out: QuizData[]): void {
  Children.forEach(node, (child) => {
    if (!isValidElement<AnyProps>(child)) return
    const quiz = quizOf(child)
    if (quiz) out.push(quiz)
    else collect(child.props.children, out)
  })
}

/**
 * Every quiz of one lesson, in reading order, read from the compiled MDX without rendering it:
 * the lesson's element tree is walked and each <Quiz>, <Order> and <Predict> is parsed the same
 * way the lesson page parses it.
 */
export async function lessonQuizzes(slug: string, locale: Locale): Promise<QuizData[]> {
  const { code } = await loadLesson(slug, locale)
  const Content = getMDXComponent(code) as unknown as (props: { components: typeof walkComponents }) => ReactNode
  const out: QuizData[] = []
  collect(Content({ components: walkComponents }), out)
  return out
}

/** The quizzes of every lesson in course order: the mock exam's pool and the review queue's quizzes. */
export async function quizPool(locale: Locale): Promise<PooledQuiz[]> {
  const outline = await loadOutline(locale)
  const titles = new Map(outline.flatMap((s) => s.lessons.map((l) => [l.slug, l.title] as const)))
  const slugs = await lessonSlugs()
  const perLesson = await Promise.all(slugs.map((slug) => lessonQuizzes(slug, locale)))
  return slugs.flatMap((slug, i) =>
    (perLesson[i] ?? []).map((quiz) => ({ quizId: quiz.id, topic: slug, topicTitle: titles.get(slug) ?? slug, quiz })),
  )
}

/** Every deck in the reader's language. */
export async function deckViews(locale: Locale): Promise<DeckView[]> {
  return (await loadDecks()).map((deck) => deckView(deck, locale))
}
