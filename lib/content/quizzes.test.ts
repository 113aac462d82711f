import { expect, test } from 'vitest'
const LOCALES = ['en', 'zh'] as const
import { checkCourseQuizzes } from './quizzes'
import { checkAllQuizzes, readLessonQuizzes } from './quizzes.server'

async function problemsOf(source: string) {
  return (await readLessonQuizzes(source, 'lesson.mdx')).problems.map((p) => `${p.line}: ${p.message}`)
}

test('every quiz in the course is complete, every <Predict> has an engine-computed answer, ids are unique', async () => {
  const lessons = await checkAllQuizzes(LOCALES)
  const predicts = lessons.flatMap((l) => l.quizzes.filter((q) => q.kind === 'predict'))
  expect(predicts.length).toBeGreaterThan(0)
}, 60_000)

test('a sound multiple-choice quiz passes', async () => {
  const source = `<Quiz id="q">
<Question>Which?</Question>
<Choice>a<Explain>no</Explain></Choice>
<Choice correct>b<Explain>yes</Explain></Choice>
</Quiz>
`
  expect(await problemsOf(source)).toEqual([])
})

test('a quiz without a right answer, or a choice without an explanation, is reported with its line', async () => {
  const source = `# Title

<Quiz id="q">
<Question>Which?</Question>
<Choice>a</Choice>
<Choice>b<Explain>no</Explain></Choice>
</Quiz>
`
  expect(await problemsOf(source)).toEqual([
    '3: <Quiz id="q"> has 0 correct choices; mark exactly one `correct`, or add `multiple` for "select all that apply"',
    '5: each <Choice> of <Quiz id="q"> needs an <Explain> saying why it is right or wrong',
  ])
})

test('a predict quiz the engine cannot answer is reported', async () => {
  const source = `<Predict id="p" scenario="three-way-handshake" before={9} ask="client" />\n\n<Predict id="r" scenario="three-way-handshake" before={1} ask="ack" />\n`
  expect(await problemsOf(source)).toEqual([
    '1: <Predict id="p">: step 9 does not exist; scenario "three-way-handshake" has 4 steps',
    '3: <Predict id="r">: the next segment (from the client) has no ACK bit, so ack cannot be asked',
  ])
})

test('quiz parts outside a quiz are reported', async () => {
  expect(await problemsOf('<Choice correct>x</Choice>\n')).toEqual(['1: <Choice> only works inside <Quiz>'])
})

test('quiz ids are unique across lessons and identical in both languages', () => {
  const q = (id: string, line = 1, kind: 'choice' | 'order' | 'predict' = 'choice') => ({ id, kind, line, column: 1 })
  const problems = checkCourseQuizzes([
    { slug: 'a', locale: 'en', file: 'a.en.mdx', quizzes: [q('x'), q('y', 5)] },
    { slug: 'a', locale: 'zh', file: 'a.zh.mdx', quizzes: [q('x', 2, 'order')] },
    { slug: 'b', locale: 'en', file: 'b.en.mdx', quizzes: [q('x', 7)] },
  ]).map((p) => `${p.file}:${p.line} ${p.message}`)
  expect(problems).toEqual([
    'b.en.mdx:7 quiz id "x" is already used at a.en.mdx:1; quiz ids are unique across the course',
    'a.zh.mdx:2 quiz "x" is an order quiz here but a choice quiz in a.en.mdx',
    'a.en.mdx:5 quiz "y" is missing from a.zh.mdx; both languages need the same quiz ids',
  ])
})
