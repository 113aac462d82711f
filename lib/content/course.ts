import { z } from 'zod'

/** A string in each of the course's languages. */
export const localizedText = z.object({
  en: z.string().min(1, 'the English text is empty'),
  zh: z.string().min(1, 'the Chinese text is empty'),
})
export type LocalizedText = z.infer<typeof localizedText>

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lesson slug is kebab-case: lower-case letters, digits and hyphens')

export const courseSchema = z.object({
  sections: z
    .array(
      z.object({
        id: slug,
        title: localizedText,
        lessons: z.array(slug).min(1, 'a section lists at least one lesson'),
      }),
    )
    .min(1, 'the course has at least one section'),
})
export type Course = z.infer<typeof courseSchema>

/** One lesson's place in the course, as navigation needs it. */
export type LessonRef = { slug: string; sectionId: string; index: number }

/** Every lesson in reading order. */
export function flattenLessons(course: Course): LessonRef[] {
  return course.sections.flatMap((section) => section.lessons.map((slug) => ({ slug, sectionId: section.id }))).map(
    (ref, index) => ({ ...ref, index }),
  )
}

/** The lessons before and after `slug` in reading order; `null` at either end. */
export function neighbours(course: Course, slug: string): { previous: string | null; next: string | null } {
  const lessons = flattenLessons(course)
  const at = lessons.findIndex((lesson) => lesson.slug === slug)
  if (at === -1) return { previous: null, next: null }
  return { previous: lessons[at - 1]?.slug ?? null, next: lessons[at + 1]?.slug ?? null }
}

/** Validates course.json, reporting duplicate slugs and section ids as well as shape errors. */
export function parseCourse(data: unknown): { ok: true; course: Course } | { ok: false; errors: string[] } {
  const parsed = courseSchema.safeParse(data)
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) }
  }
  const errors: string[] = []
  const seenSlugs = new Set<string>()
  const seenSections = new Set<string>()
  parsed.data.sections.forEach((section, s) => {
    if (seenSections.has(section.id)) errors.push(`sections[${s}].id: section id "${section.id}" is used twice`)
    seenSections.add(section.id)
    section.lessons.forEach((lessonSlug, l) => {
      if (seenSlugs.has(lessonSlug)) {
        errors.push(`sections[${s}].lessons[${l}]: lesson "${lessonSlug}" is listed twice; list each lesson once`)
      }
      seenSlugs.add(lessonSlug)
    })
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, course: parsed.data }
}

/** `['sections', 0, 'title', 'zh']` becomes `sections[0].title.zh`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('') || '(top level)'
}
