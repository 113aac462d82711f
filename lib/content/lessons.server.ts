import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import matter from 'gray-matter'
import { compileLesson, type CompiledLesson } from './compile-lesson.server'
import { ContentError } from './content-error'
import { flattenLessons, parseCourse, type Course } from './course'

/** Where course content lives. */
export const contentDir = path.join(process.cwd(), 'content')

/** `content/lessons/<slug>.<locale>.mdx`, relative to the project, as messages show it. */
export function lessonFile(slug: string, locale: string): string {
  return path.join('content', 'lessons', `${slug}.${locale}.mdx`)
}

let coursePromise: Promise<Course> | undefined

/** Reads and validates content/course.json once per process. */
export function loadCourse(): Promise<Course> {
  coursePromise ??= (async () => {
    const file = path.join(contentDir, 'course.json')
    const relative = path.relative(process.cwd(), file)
    let data: unknown
    try {
      data = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      throw new ContentError([{ file: relative, line: 1, message: `cannot read course.json: ${(error as Error).message}` }])
    }
    const parsed = parseCourse(data)
    if (!parsed.ok) throw new ContentError(parsed.errors.map((message) => ({ file: relative, line: 1, message })))
    return parsed.course
  })()
  return coursePromise
}

const compiled = new Map<string, Promise<CompiledLesson>>()

/** Compiles one lesson (cached per process, so metadata and page share the work). */
export function loadLesson(slug: string, locale: string): Promise<CompiledLesson> {
  const file = lessonFile(slug, locale)
  let lesson = compiled.get(file)
  if (!lesson) {
    lesson = readFile(path.join(contentDir, 'lessons', `${slug}.${locale}.mdx`), 'utf8').then((source) => compileLesson(source, file))
    compiled.set(file, lesson)
  }
  return lesson
}

export type OutlineLesson = { slug: string; title: string; description: string }
export type OutlineSection = { id: string; title: string; lessons: OutlineLesson[] }

/** The course outline in one language: titles and descriptions from each lesson's frontmatter. */
export async function loadOutline(locale: 'en' | 'zh'): Promise<OutlineSection[]> {
  const course = await loadCourse()
  return Promise.all(
    course.sections.map(async (section) => ({
      id: section.id,
      title: section.title[locale],
      lessons: await Promise.all(
        section.lessons.map(async (slug) => {
          const { data } = matter(await readFile(path.join(contentDir, 'lessons', `${slug}.${locale}.mdx`), 'utf8'))
          return { slug, title: String(data.title ?? slug), description: String(data.description ?? '') }
        }),
      ),
    })),
  )
}

/** Slugs in reading order. */
export async function lessonSlugs(): Promise<string[]> {
  return flattenLessons(await loadCourse()).map((lesson) => lesson.slug)
}

/** Every `.mdx` file under content/lessons, as `{ slug, locale }`. */
export async function lessonFilesOnDisk(): Promise<{ slug: string; locale: string; file: string }[]> {
  const names = await readdir(path.join(contentDir, 'lessons'))
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const match = /^(.+)\.([a-z]{2})\.mdx$/.exec(name)
      return { slug: match?.[1] ?? name, locale: match?.[2] ?? '', file: path.join('content', 'lessons', name) }
    })
}

let seenVersion = 0

/**
 * Drops what was read and compiled when content has changed since (`changedAt`, from the stamp
 * the development watcher writes; always 0 in a production build).
 */
export function forgetContentBefore(changedAt: number): void {
  if (changedAt === seenVersion) return
  seenVersion = changedAt
  coursePromise = undefined
  compiled.clear()
}
