import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { compileLesson } from './compile-lesson.server'
import { ContentError } from './content-error'
import { parseCourse, type Course } from './course'
import { checkInternalLinks } from './links'
import { readLessonQuizzes } from './quizzes.server'
import { checkCourseQuizzes } from './quizzes'
import { scaffoldLesson } from './scaffold'

const course = (): Course => {
  const parsed = parseCourse(JSON.parse(readFileSync(path.join(process.cwd(), 'content/course.json'), 'utf8')))
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.course
}

test('a new lesson passes the content check as it is, in both languages, with the same quizzes', async () => {
  const result = scaffoldLesson('tcp-options', course(), new Set())
  if ('error' in result) throw new Error(result.error)
  expect(result.files.map((f) => f.path)).toEqual(['content/lessons/tcp-options.en.mdx', 'content/lessons/tcp-options.zh.mdx'])
  const slugs = new Set(result.course.sections.flatMap((s) => s.lessons))
  const lessons = []
  for (const file of result.files) {
    const problems = await compileLesson(file.text, file.path).then(
      () => [],
      (error: unknown) => (error instanceof ContentError ? error.problems : Promise.reject(error)),
    )
    expect([...problems, ...checkInternalLinks(file.path, file.text, slugs)]).toEqual([])
    const read = await readLessonQuizzes(file.text, file.path)
    expect(read.problems).toEqual([])
    lessons.push({ slug: 'tcp-options', locale: file.path.includes('.zh.') ? 'zh' : 'en', file: file.path, quizzes: read.quizzes })
  }
  expect(lessons[0]!.quizzes.map((q) => q.id)).toEqual(['tcp-options-predict', 'tcp-options-check'])
  expect(checkCourseQuizzes(lessons)).toEqual([])
})

test('the new lesson is listed last in its section, the last one unless another is named', () => {
  const last = scaffoldLesson('tcp-options', course(), new Set())
  const opening = scaffoldLesson('tcp-options', course(), new Set(), 'opening')
  if ('error' in last || 'error' in opening) throw new Error('refused')
  expect(last.course.sections.at(-1)!.lessons.at(-1)).toBe('tcp-options')
  expect(opening.course.sections[0]!.lessons.at(-1)).toBe('tcp-options')
  expect(opening.course.sections.flatMap((s) => s.lessons).filter((s) => s === 'tcp-options')).toHaveLength(1)
})

test('a slug that is not kebab-case, one that exists, and an unknown section are refused in one line', () => {
  expect(scaffoldLesson('TCP Options', course(), new Set())).toEqual({ error: '"TCP Options" is not a lesson slug; use lower-case words joined by hyphens, for example time-wait-basics' })
  expect(scaffoldLesson('time-wait', course(), new Set())).toEqual({ error: 'a lesson "time-wait" already exists; choose another slug' })
  expect(scaffoldLesson('new-one', course(), new Set(['new-one']))).toEqual({ error: 'a lesson "new-one" already exists; choose another slug' })
  expect(scaffoldLesson('new-one', course(), new Set(), 'middle')).toEqual({ error: 'there is no section "middle" in content/course.json; use one of opening, closing, keep-alive, revision' })
})
