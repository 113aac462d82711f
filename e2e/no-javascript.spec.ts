import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

/**
 * Lessons are prerendered: with JavaScript off, the longest lesson still shows its title, its text
 * and the sequence diagram of every simulator, in both languages. Client code that loads later
 * (the simulator's own chunk, progress, quizzes) must never be what puts the lesson on the page.
 */
test.use({ javaScriptEnabled: false })

const lessonsDir = new URL('../content/lessons/', import.meta.url)
const locales = ['en', 'zh'] as const

function source(slug: string, locale: string): string {
  return readFileSync(new URL(`${slug}.${locale}.mdx`, lessonsDir), 'utf8')
}

/** The lesson with the most text over both languages, read from the course's own files. */
function longestLesson(): string {
  const slugs = [...new Set(readdirSync(lessonsDir).map((file) => file.replace(/\.(en|zh)\.mdx$/, '')))]
  const length = (slug: string) => locales.reduce((sum, locale) => sum + source(slug, locale).length, 0)
  return slugs.reduce((longest, slug) => (length(slug) > length(longest) ? slug : longest))
}

/** The frontmatter title, the opening words of the first paragraph, and how many simulators draw a sequence diagram. */
function expected(slug: string, locale: string) {
  const mdx = source(slug, locale)
  const title = /^title:\s*(.+)$/m.exec(mdx)?.[1]?.trim() ?? ''
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '')
  // The first line of plain prose; its words up to the first inline markup appear verbatim in a <p>.
  const prose = body.split('\n').find((line) => /^[\p{L}\p{N}]/u.test(line)) ?? ''
  const words = (prose.split(/[`*_[<]/)[0] ?? '').trim()
  const diagrams = [...mdx.matchAll(/^<Simulator\b([^>]*)>/gm)].filter(([, props = '']) => {
    const show = /show="([^"]*)"/.exec(props)?.[1]
    return show === undefined || show.split(/[\s,]+/).includes('diagram')
  }).length
  return { title, words, diagrams }
}

function diagramName(locale: string): string {
  const messages = JSON.parse(readFileSync(new URL(`../i18n/messages/${locale}/simulator.json`, import.meta.url), 'utf8')) as {
    diagram: { title: string }
  }
  return messages.diagram.title
}

const slug = longestLesson()

for (const locale of locales) {
  test(`the longest lesson (${slug}) reads without JavaScript in ${locale}`, async ({ page }) => {
    const { title, words, diagrams } = expected(slug, locale)
    expect(title).not.toBe('')
    expect(words.length).toBeGreaterThan(20)
    expect(diagrams).toBeGreaterThan(0)

    await page.goto(`/${locale}/lessons/${slug}/`)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('paragraph').filter({ hasText: words }).first()).toBeVisible()
    const sequenceDiagrams = page.getByRole('main').getByRole('group', { name: diagramName(locale) })
    await expect(sequenceDiagrams).toHaveCount(diagrams)
    for (let i = 0; i < diagrams; i++) await expect(sequenceDiagrams.nth(i)).toBeVisible()
  })
}
