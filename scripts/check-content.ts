// `npm run check:content`: checks every scenario file, compiles every lesson in every language and
// checks course.json, printing each problem as file:line so an instructor can fix it without reading code.
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError, formatProblems } from '@/lib/content/content-error'
import { lessonFile, lessonFilesOnDisk, loadCourse, loadLesson } from '@/lib/content/lessons.server'
import { flattenLessons } from '@/lib/content/course'
import { routing } from '@/i18n/routing'
import { checkAllQuizzes } from '@/lib/content/quizzes.server'
import { deckIdsOnDisk, loadDeck } from '@/lib/content/decks.server'
import { buildCatalogue, formatFileProblem } from '@/lib/scenarios/catalogue'
import { scenarioSources } from '@/lib/scenarios/sources.server'
import { checkInternalLinks } from '@/lib/content/links'
import { readFileSync } from 'node:fs'

type Check = { name: string; ok: boolean; message?: string }

async function check(name: string, work: () => Promise<void>): Promise<Check> {
  try {
    await work()
    return { name, ok: true }
  } catch (error) {
    return { name, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

async function main() {
  const checks: Check[] = []
  // Scenarios first: lessons and decks refer to them by id.
  const sources = scenarioSources()
  const { problems } = buildCatalogue(sources)
  for (const file of new Set(sources.map((s) => s.file))) {
    const own = problems.filter((p) => p.file === file)
    checks.push(own.length === 0 ? { name: `${file} (scenario)`, ok: true } : { name: `${file} (scenario)`, ok: false, message: own.map(formatFileProblem).join('\n') })
  }
  const courseCheck = await check('content/course.json', async () => void (await loadCourse()))
  checks.push(courseCheck)

  if (courseCheck.ok) {
    const lessons = flattenLessons(await loadCourse())
    for (const { slug } of lessons) {
      for (const locale of routing.locales) {
        const file = lessonFile(slug, locale)
        checks.push(
          await check(file, async () => {
            if (!existsSync(path.resolve(file))) {
              throw new ContentError([
                { file: 'content/course.json', line: 1, message: `lesson "${slug}" is listed but ${file} does not exist; every lesson needs both en and zh files` },
              ])
            }
            // Every problem of the file at once: its MDX, frontmatter and components, and its links.
            const links = checkInternalLinks(file, readFileSync(path.resolve(file), 'utf8'), new Set(lessons.map((l) => l.slug)))
            const compiled = await loadLesson(slug, locale).then(
              () => [],
              (error: unknown) => (error instanceof ContentError ? error.problems : Promise.reject(error)),
            )
            if (compiled.length + links.length > 0) throw new ContentError([...compiled, ...links])
          }),
        )
      }
    }
    const listed = new Set(lessons.map((lesson) => lesson.slug))
    for (const file of await lessonFilesOnDisk()) {
      const known = (routing.locales as ReadonlyArray<string>).includes(file.locale)
      if (!listed.has(file.slug) || !known) {
        checks.push({
          name: file.file,
          ok: false,
          message: formatProblems([
            {
              file: file.file,
              line: 1,
              message: known
                ? `this lesson is not listed in content/course.json; add "${file.slug}" to a section's lessons`
                : `name lesson files <slug>.<locale>.mdx with locale ${routing.locales.join(' or ')}`,
            },
          ]),
        })
      }
    }
  }

  if (courseCheck.ok) {
    // Practice content: quizzes across lessons and languages, and every flashcard deck.
    checks.push(await check('quizzes (complete, answerable by the engine, ids unique and the same in both languages)', async () => void (await checkAllQuizzes(routing.locales))))
    for (const id of deckIdsOnDisk()) checks.push(await check(`content/decks/${id}.json`, async () => void (await loadDeck(id))))
  }

  for (const item of checks) console.log(item.ok ? `ok   ${item.name}` : `FAIL ${item.name}\n${item.message}\n`)
  const passed = checks.filter((c) => c.ok).length
  const failed = checks.length - passed
  console.log(`${passed} passed, ${failed} failed`)
  const json = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length)
  if (json) writeFileSync(json, JSON.stringify({ passed, failed }))
  process.exit(failed === 0 ? 0 : 1)
}

await main()
