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
 * flips and the site must follow it live, and the page is scanned in each scheme.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
type Scheme = 'light' | 'dark'

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

/** Scans `path` in both languages, once per colour scheme. */
async function scanEverywhere(page: Page, path: string): Promise<string[]> {
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

test('the playground is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/playground/')).toEqual([])
})

test('the review page is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/review/')).toEqual([])
})

test('the exam page is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/exam/')).toEqual([])
})

test('the progress page is accessible in both languages and colour schemes', async ({ page }) => {
  expect(await scanEverywhere(page, '/progress/')).toEqual([])
})
