/**
 * Quiz checks over a lesson's MDX syntax tree: each <Quiz>, <Order> and <Predict> is complete
 * (a question, enough options, a right answer, an explanation per choice), its parts are not
 * used on their own, every <Predict> has an answer the engine can compute, and quiz ids are
 * unique across the course and the same in both languages. Pure.
 */
import { describePredictError, expectedAnswer, parseAskWords } from '@/lib/quiz/predict-answer'
import type { ContentProblem } from './check-mdx-tree'
import type { LocatedProblem } from './content-error'

type Attribute = { type: string; name?: string; value?: unknown }
type TreeNode = {
  type: string
  name?: string | null
  attributes?: Attribute[]
  children?: TreeNode[]
  position?: { start: { line: number; column: number } }
}

/** A quiz found in a lesson, where it starts. */
export type LessonQuiz = { id: string; kind: 'choice' | 'order' | 'predict'; line: number; column: number }

const QUIZ_KINDS = { Quiz: 'choice', Order: 'order', Predict: 'predict' } as const
const PARTS: Record<string, ReadonlyArray<string>> = {
  Quiz: ['Question', 'Choice', 'Explain'],
  Order: ['Question', 'Item', 'Explain'],
  Predict: ['Question', 'Explain'],
}
const PART_NAMES = ['Question', 'Choice', 'Explain', 'Item']

function isJsx(node: TreeNode): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string'
}

function attr(node: TreeNode, name: string): { present: boolean; text: string | undefined } {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name)
  if (!a) return { present: false, text: undefined }
  const v = a.value
  if (typeof v === 'string') return { present: true, text: v }
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') return { present: true, text: v.value }
  return { present: true, text: undefined }
}

/** The JSX elements directly inside `node`, looking through paragraphs (inline JSX lands in one). */
function childElements(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = []
  for (const child of node.children ?? []) {
    if (isJsx(child)) out.push(child)
    else if (child.type === 'paragraph') out.push(...childElements(child))
  }
  return out
}

/** Every quiz in a lesson's tree, and what is wrong with each. */
export function quizzesInTree(tree: TreeNode): { quizzes: LessonQuiz[]; problems: ContentProblem[] } {
  const quizzes: LessonQuiz[] = []
  const problems: ContentProblem[] = []
  const report = (node: TreeNode, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message })

  const checkQuiz = (node: TreeNode, name: keyof typeof QUIZ_KINDS) => {
    const id = attr(node, 'id').text ?? ''
    quizzes.push({ id, kind: QUIZ_KINDS[name], line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })
    const parts = childElements(node)
    const allowed = PARTS[name] ?? []
    for (const part of parts) {
      if (!allowed.includes(part.name ?? '')) report(part, `<${part.name}> cannot go inside <${name}>; it takes ${allowed.map((p) => `<${p}>`).join(', ')}`)
    }
    const named = (n: string) => parts.filter((p) => p.name === n)
    const questions = named('Question')
    if (name !== 'Predict' && questions.length !== 1) report(node, `<${name} id="${id}"> needs exactly one <Question>, found ${questions.length}`)
    if (name === 'Predict' && questions.length > 1) report(node, `<Predict id="${id}"> takes at most one <Question>`)
    if (named('Explain').length > 1) report(node, `<${name} id="${id}"> takes at most one <Explain> of its own`)

    if (name === 'Quiz') {
      const choices = named('Choice')
      if (choices.length < 2) report(node, `<Quiz id="${id}"> needs at least two <Choice>s, found ${choices.length}`)
      const correct = choices.filter((c) => attr(c, 'correct').present).length
      const multiple = attr(node, 'multiple').present
      if (!multiple && correct !== 1) {
        report(node, `<Quiz id="${id}"> has ${correct} correct choices; mark exactly one \`correct\`, or add \`multiple\` for "select all that apply"`)
      }
      if (multiple && correct === 0) report(node, `<Quiz id="${id}" multiple> has no choice marked \`correct\``)
      for (const choice of choices) {
        if (!childElements(choice).some((c) => c.name === 'Explain')) {
          report(choice, `each <Choice> of <Quiz id="${id}"> needs an <Explain> saying why it is right or wrong`)
        }
      }
    }
    if (name === 'Order' && named('Item').length < 2) report(node, `<Order id="${id}"> needs at least two <Item>s`)
    if (name === 'Predict') {
      const scenario = attr(node, 'scenario').text
      const before = Number(attr(node, 'before').text)
      const ask = attr(node, 'ask').text
      // Missing or malformed props are reported by the component specs; check the answer only when they are sound.
      if (scenario && Number.isInteger(before) && before >= 1 && ask) {
        const result = expectedAnswer(scenario, { beforeStep: before - 1 }, parseAskWords(ask))
        if (!result.ok) report(node, `<Predict id="${id}">: ${describePredictError(result.error, scenario)}`)
      }
    }
    // Parts inside a quiz are fine; look deeper only for misplaced quizzes.
    for (const part of parts) visitInside(part)
  }

  const visitInside = (node: TreeNode) => {
    for (const child of node.children ?? []) visit(child, true)
  }

  const visit = (node: TreeNode, insideQuiz: boolean) => {
    if (isJsx(node)) {
      const name = node.name ?? ''
      if (name in QUIZ_KINDS) {
        if (insideQuiz) report(node, `<${name}> cannot go inside another quiz`)
        checkQuiz(node, name as keyof typeof QUIZ_KINDS)
        return
      }
      if (PART_NAMES.includes(name) && !insideQuiz) {
        report(node, `<${name}> only works inside ${Object.keys(PARTS).filter((q) => PARTS[q]?.includes(name)).map((q) => `<${q}>`).join(' or ')}`)
      }
    }
    for (const child of node.children ?? []) visit(child, insideQuiz)
  }

  visit(tree, false)
  return { quizzes, problems }
}

function article(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`
}

/** The quizzes of one lesson file. */
export type LessonQuizzes = { slug: string; locale: string; file: string; quizzes: ReadonlyArray<LessonQuiz> }

/**
 * Course-wide rules: a quiz id is used once in each language, and every lesson has the same
 * quiz ids, of the same kinds, in every language (progress is keyed by id).
 */
export function checkCourseQuizzes(lessons: ReadonlyArray<LessonQuizzes>): LocatedProblem[] {
  const problems: LocatedProblem[] = []
  const seen = new Map<string, { file: string; line: number }>()
  for (const lesson of lessons) {
    for (const quiz of lesson.quizzes) {
      const key = `${lesson.locale}:${quiz.id}`
      const first = seen.get(key)
      if (first) {
        problems.push({ file: lesson.file, line: quiz.line, column: quiz.column, message: `quiz id "${quiz.id}" is already used at ${first.file}:${first.line}; quiz ids are unique across the course` })
      } else seen.set(key, { file: lesson.file, line: quiz.line })
    }
  }
  const bySlug = new Map<string, LessonQuizzes[]>()
  for (const lesson of lessons) bySlug.set(lesson.slug, [...(bySlug.get(lesson.slug) ?? []), lesson])
  for (const versions of bySlug.values()) {
    const [reference, ...others] = versions
    if (!reference) continue
    const kinds = new Map(reference.quizzes.map((q) => [q.id, q.kind]))
    for (const other of others) {
      const otherKinds = new Map(other.quizzes.map((q) => [q.id, q.kind]))
      for (const q of other.quizzes) {
        const kind = kinds.get(q.id)
        if (kind === undefined) problems.push({ file: other.file, line: q.line, message: `quiz "${q.id}" is not in ${reference.file}; both languages need the same quiz ids` })
        else if (kind !== q.kind) problems.push({ file: other.file, line: q.line, message: `quiz "${q.id}" is ${article(q.kind)} quiz here but ${article(kind)} quiz in ${reference.file}` })
      }
      for (const q of reference.quizzes) {
        if (!otherKinds.has(q.id)) problems.push({ file: reference.file, line: q.line, message: `quiz "${q.id}" is missing from ${other.file}; both languages need the same quiz ids` })
      }
    }
  }
  return problems
}
