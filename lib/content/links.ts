/**
 * Internal links in a lesson: `[text](/en/lessons/time-wait/)` or `href="/zh/playground/"` must
 * lead to a page the course has. Pure; the content check gives it the lesson slugs.
 */
import type { LocatedProblem } from './content-error'

/** The pages of one language besides the lessons (app/[locale]/…). */
const PAGES = ['', 'playground', 'review', 'exam', 'progress']
const LOCALES = ['en', 'zh']

/** Pure. True when `/locale/…/` names a page of the course (a lesson by a known slug, or another page). */
export function isCoursePath(pathname: string, slugs: ReadonlySet<string>): boolean {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1)
  const [locale, page, slug, ...rest] = parts
  if (!locale || !LOCALES.includes(locale)) return false
  if (page === 'lessons') return slug !== undefined && slugs.has(slug) && rest.length === 0
  return slug === undefined && PAGES.includes(page ?? '')
}

/** Pure. Every internal link of a lesson that leads nowhere, at its line and column. */
export function checkInternalLinks(file: string, source: string, slugs: ReadonlySet<string>): LocatedProblem[] {
  const problems: LocatedProblem[] = []
  const lines = source.split('\n')
  const pattern = /\]\((\/[^)\s#?]*)[^)]*\)|href="(\/[^"#?]*)[^"]*"/g
  lines.forEach((text, i) => {
    for (const match of text.matchAll(pattern)) {
      const target = match[1] ?? match[2] ?? ''
      if (isCoursePath(target, slugs)) continue
      const [locale] = LOCALES.filter((l) => file.endsWith(`.${l}.mdx`))
      const example = `/${locale ?? 'en'}/lessons/${[...slugs][0] ?? 'three-way-handshake'}/`
      problems.push({ file, line: i + 1, column: (match.index ?? 0) + (match[1] !== undefined ? 2 : 6) + 1, message: `the link ${target} leads to no page of the course; link to a lesson as ${example}, or to /${locale ?? 'en'}/playground/, /review/, /exam/ or /progress/` })
    }
  })
  return problems
}
