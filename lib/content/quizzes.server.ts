import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import remarkGfm from 'remark-gfm'
import { ContentError, type LocatedProblem } from './content-error'
import { flattenLessons } from './course'
import { lessonFile, loadCourse } from './lessons.server'
import { checkCourseQuizzes, quizzesInTree, type LessonQuizzes } from './quizzes'

/** The quizzes of one lesson source, with the problems found in them (as file:line). */
export async function readLessonQuizzes(source: string, file: string): Promise<{ quizzes: LessonQuizzes['quizzes']; problems: LocatedProblem[] }> {
  let found: ReturnType<typeof quizzesInTree> = { quizzes: [], problems: [] }
  const capture = () => (tree: unknown) => {
    found = quizzesInTree(tree as Parameters<typeof quizzesInTree>[0])
  }
  await bundleMDX({
    source,
    esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, capture]
      return options
    },
  })
  return { quizzes: found.quizzes, problems: found.problems.map((p) => ({ file, ...p })) }
}

/**
 * Checks the quizzes of every lesson in every language: each quiz complete, every <Predict>
 * answerable by the engine, ids unique and matching across languages. Throws a ContentError.
 */
export async function checkAllQuizzes(locales: ReadonlyArray<string>): Promise<LessonQuizzes[]> {
  const lessons: LessonQuizzes[] = []
  const problems: LocatedProblem[] = []
  for (const { slug } of flattenLessons(await loadCourse())) {
    for (const locale of locales) {
      const file = lessonFile(slug, locale)
      const source = await readFile(path.resolve(file), 'utf8').catch(() => null)
      if (source === null) continue // a missing file is reported by the lesson check
      const read = await readLessonQuizzes(source, file)
      problems.push(...read.problems)
      lessons.push({ slug, locale, file, quizzes: read.quizzes })
    }
  }
  problems.push(...checkCourseQuizzes(lessons))
  if (problems.length > 0) throw new ContentError(problems)
  return lessons
}
