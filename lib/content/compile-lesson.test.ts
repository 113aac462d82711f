import { expect, test } from 'vitest'
import { compileLesson } from './compile-lesson.server'
import { ContentError } from './content-error'

const file = 'content/lessons/sample.en.mdx'

async function problemsOf(source: string) {
  try {
    await compileLesson(source, file)
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  throw new Error('expected the lesson to be refused')
}

test('a valid lesson compiles to code and returns its frontmatter', async () => {
  const lesson = await compileLesson(
    '---\ntitle: Hello\ndescription: A test.\n---\n\n<Note>\n\nA **note**.\n\n</Note>\n',
    file,
  )
  expect(lesson.frontmatter).toEqual({ title: 'Hello', description: 'A test.' })
  expect(lesson.code).toContain('A ')
})

test('an unknown component is reported at its line with the components available', async () => {
  const problems = await problemsOf('---\ntitle: T\ndescription: D\n---\n\nText\n\n<Simulater />\n')
  expect(problems).toEqual([
    { file, line: 8, column: 1, message: expect.stringMatching(/unknown component <Simulater>; lessons can use .*DeepDive/) },
  ])
})

test('an import is refused: lessons use the registry', async () => {
  const problems = await problemsOf("---\ntitle: T\ndescription: D\n---\nimport X from './x'\n\nText\n")
  expect(problems[0]).toMatchObject({ line: 5, message: expect.stringContaining('lessons do not import') })
})

test('a missing required prop and an unknown prop are both reported', async () => {
  const problems = await problemsOf('---\ntitle: T\ndescription: D\n---\n\n<DeepDive tittle="x">\n\nBody\n\n</DeepDive>\n')
  expect(problems.map((p) => p.message)).toEqual([
    expect.stringContaining('<DeepDive> has no prop "tittle"'),
    expect.stringContaining('<DeepDive> needs the prop title'),
  ])
  expect(problems.every((p) => p.line === 6)).toBe(true)
})

test('an unclosed tag fails with the line where MDX gave up', async () => {
  const problems = await problemsOf('---\ntitle: T\ndescription: D\n---\n\n<Note>\n\nNever closed\n')
  expect(problems).toHaveLength(1)
  expect(problems[0]?.line).toBeGreaterThanOrEqual(6)
  expect(problems[0]?.message).toMatch(/Note/)
})

test('a frontmatter error names the key line and the file', async () => {
  const problems = await problemsOf('---\ntitle: T\n---\n\nText\n')
  expect(problems[0]).toMatchObject({ file, line: 1, message: expect.stringContaining('description') })
})

test('the error message lists each problem as path:line:column', async () => {
  await expect(compileLesson('---\ntitle: T\ndescription: D\n---\n\n<Nope />\n', file)).rejects.toThrow(
    /content\/lessons\/sample\.en\.mdx:6:1 {2}unknown component <Nope>/,
  )
})

test('<Flashcards lesson> must name a lesson that deck cards point to', async () => {
  const problems = await problemsOf('---\ntitle: T\ndescription: D\n---\n\n<Flashcards deck="tcp-states" lesson="no-such-lesson" />\n')
  expect(problems).toEqual([
    { file, line: 6, column: 1, message: expect.stringMatching(/no deck card has lesson "no-such-lesson"; cards name these lessons: .*three-way-handshake/) },
  ])
  const lesson = await compileLesson('---\ntitle: T\ndescription: D\n---\n\n<Flashcards deck="tcp-states" lesson="three-way-handshake" />\n', file)
  expect(lesson.code).toContain('three-way-handshake')
})
