import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Every page kind, every lesson, in both languages and both colour schemes, must pass axe's
 * WCAG 2.0/2.1 A and AA rules and its best practices with no violations at all, and must not
 * repeat an id attribute (axe no longer checks plain duplicate ids, and several widgets on one
 * page each label their own panels by id).
 *
 * Each page is loaded once in the scheme the system asks for (English starts light, Chinese
 * dark, so the pre-paint theme script is checked both ways); then the emulated system scheme
 * flips and the site must follow it live, and the page is scanned in each scheme. Pages that
 * change in use are scanned again in the state that shows what loading them does not: the exam
 * with a question, the review page with a card's answer, the playground with a capture opened and
 * the Why panel explaining its replay.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
type Scheme = 'light' | 'dark'
type Locale = 'en' | 'zh'

/** A page in use: how to get it there from the loaded page, in the reader's language, and what to call it. */
type InUse = { state: string; reach: (page: Page, locale: Locale) => Promise<void> }

/** A message of the site in `locale`, by its path in i18n/messages/<locale>/<area>.json. */
function message(locale: Locale, area: 'practice' | 'simulator', path: string): string {
  const tree: unknown = JSON.parse(readFileSync(new URL(`../i18n/messages/${locale}/${area}.json`, import.meta.url), 'utf8'))
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree)
  if (typeof value !== 'string') throw new Error(`no message ${area}.${path}`)
  return value
}

const course = JSON.parse(readFileSync(new URL('../content/course.json', import.meta.url), 'utf8')) as {
  sections: { lessons: string[] }[]
}
const lessonSlugs = course.sections.flatMap((section) => section.lessons)

// The pages are independent: let the two workers share them.
test.describe.configure({ mode: 'parallel' })

async function followsScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme })
  const html = page.locator('html')
  if (scheme === 'dark') await expect(html).toHaveClass(/(^|\s)dark(\s|$)/)
  else await expect(html).not.toHaveClass(/(^|\s)dark(\s|$)/)
}

/** Problems on the page as it is now: repeated ids, then every axe violation with the elements it names. */
async function problems(page: Page, where: string): Promise<string[]> {
  const duplicateIds = await page.evaluate(() => {
    const seen = new Map<string, number>()
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1)
    return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`)
  })
  const found = duplicateIds.map((id) => `${where} duplicate id: ${id}`)
  // Legacy mode runs axe.run() in the page itself, several times faster than partial runs
  // finished in a blank page; the site has no iframes that would need the latter.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze()
  for (const violation of results.violations) {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ')
    found.push(`${where} ${violation.id} (${violation.impact}): ${violation.help} → ${targets}`)
  }
  return found
}

/** Scans `path` in both languages, once per colour scheme; with `inUse`, then once more per scheme in that state. */
async function scanEverywhere(page: Page, path: string, inUse?: InUse): Promise<string[]> {
  const found: string[] = []
  for (const locale of ['en', 'zh'] as const) {
    const [first, second]: [Scheme, Scheme] = locale === 'en' ? ['light', 'dark'] : ['dark', 'light']
    const url = `/${locale}${path}`
    await page.emulateMedia({ colorScheme: first })
    await page.goto(url)
    await followsScheme(page, first)
    // The site follows a flip of the system scheme only once the page has hydrated, so both scans see the finished page.
    await followsScheme(page, second)
    // Open every deep dive so what they hide is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)))
    found.push(...(await problems(page, `${url} [${second}]`)))
    await followsScheme(page, first)
    found.push(...(await problems(page, `${url} [${first}]`)))
    if (inUse) {
      await inUse.reach(page, locale)
      found.push(...(await problems(page, `${url} ${inUse.state} [${first}]`)))
      await followsScheme(page, second)
      found.push(...(await problems(page, `${url} ${inUse.state} [${second}]`)))
    }
  }
  return found
}

test('the home page is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/')).toEqual([])
})

for (const slug of lessonSlugs) {
  test(`the lesson ${slug} is accessible in both languages and colour schemes`, async ({ page }) => {
    test.slow() // long pages: axe walks a few thousand nodes per scan
    expect(await scanEverywhere(page, `/lessons/${slug}/`)).toEqual([])
  })
}

test('the playground is accessible in both languages and colour schemes, with a capture opened and its Why panel', async ({ page }) => {
  test.slow() // eight scans
  const opened: InUse = {
    state: 'with a capture and the Why panel',
    reach: async (page, locale) => {
      const capture = page.getByRole('region', { name: message(locale, 'simulator', 'capture.heading') })
      await capture.getByLabel(message(locale, 'simulator', 'capture.file')).setInputFiles('test-tools/captures/half-close.pcap')
      await expect(capture.getByRole('status').filter({ hasText: 'half-close.pcap' })).toBeVisible()
      await capture.getByRole('button', { name: message(locale, 'simulator', 'why.lastButton') }).click()
      const heading = message(locale, 'simulator', 'why.heading').replace('{what}', '')
      const why = capture.getByRole('region', { name: new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      await expect(why.getByRole('status')).toContainText('RFC')
    },
  }
  expect(await scanEverywhere(page, '/playground/', opened)).toEqual([])
})

test('the review page is accessible in both languages and colour schemes, a card’s answer shown too', async ({ page }) => {
  test.slow() // eight scans
  const turned: InUse = {
    state: 'with a card turned over',
    reach: async (page, locale) => {
      await page.getByRole('button', { name: message(locale, 'practice', 'review.showAnswer') }).click()
      await expect(page.getByTestId('card-back')).toBeVisible()
    },
  }
  expect(await scanEverywhere(page, '/review/', turned)).toEqual([])
})

test('the exam page is accessible in both languages and colour schemes, a question shown too', async ({ page }) => {
  test.slow() // eight scans
  // The exam draws its questions with the start time as seed: a fixed clock scans the same ones every run.
  await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') })
  const started: InUse = {
    state: 'with the exam started',
    reach: async (page, locale) => {
      await page.getByRole('button', { name: message(locale, 'practice', 'exam.start') }).click()
      await expect(page.getByRole('button', { name: message(locale, 'practice', 'quiz.submitAnswer') })).toBeVisible()
    },
  }
  expect(await scanEverywhere(page, '/exam/', started)).toEqual([])
})

test('the progress page is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/progress/')).toEqual([])
})
