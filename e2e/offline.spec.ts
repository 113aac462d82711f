import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ready, sides } from './simulator-helpers'

const FIRST_LESSON = '/en/lessons/four-way-close/'

/**
 * Waits until the service worker has kept the course for offline reading: `ready` resolves once a
 * worker is active, and a worker becomes active only after it has fetched every file of its list.
 * It also waits until the worker answers this page's own requests (in-app links fetch through it).
 */
async function waitUntilKeptOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  // The lessons below were never opened, so only the precache can hold them.
  expect(await page.evaluate((url) => caches.match(url).then((kept) => kept !== undefined), FIRST_LESSON)).toBe(true)
}

/**
 * Cuts the network for the pages and for the service worker's own requests, and checks the
 * worker's fetches do fail, so whatever works afterwards works from its cache.
 */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
  const [worker] = context.serviceWorkers()
  expect(worker, 'the service worker').toBeDefined()
  const reached = await worker!.evaluate(() => fetch('/en/', { cache: 'no-store' }).then(() => true, () => false))
  expect(reached, 'the service worker reaches the server while offline').toBe(false)
}

test('after a first visit the course works offline, and an answer saved offline is still there online', async ({ page, context }) => {
  test.setTimeout(90_000) // two lesson pages loaded and hydrated, on a machine that may be busy
  await page.goto('/en/')
  await expect(page.getByRole('heading', { level: 1, name: 'How TCP opens and closes a connection' })).toBeVisible()
  await waitUntilKeptOffline(page)
  await goOffline(context)

  // An address the course does not have gets the kept not-found page.
  await page.goto('/en/lessons/no-such-lesson/')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()

  // A lesson never opened before, by its address.
  await page.goto(FIRST_LESSON)
  await expect(page.getByRole('heading', { level: 1, name: 'The four-way close' })).toBeVisible()
  const widget = page.getByRole('region', { name: 'Simulator: Four-way close' })
  await ready(widget)
  const s = sides(widget)
  await expect(s.clientState).toHaveText('ESTABLISHED')
  await s.step.click()
  await expect(s.clientState).toHaveText('FIN-WAIT-1')

  const quiz = page.locator('#quiz-close-final-ack-numbers')
  await quiz.getByRole('radio', { name: 'ACK=1, seq=102, ack=302', exact: true }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Right!')).toBeVisible()
  await expect(quiz.getByText('Last answer right (1 attempt)')).toBeVisible()

  // Another lesson never opened, by the pager's in-app link.
  await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /TIME-WAIT and 2MSL/ }).click()
  await expect(page).toHaveURL(/\/en\/lessons\/time-wait\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'TIME-WAIT and 2MSL' })).toBeVisible()
  const nextWidget = page.getByRole('region', { name: 'Simulator: Four-way close' })
  await ready(nextWidget)
  const next = sides(nextWidget)
  await next.step.click()
  await expect(next.clientState).toHaveText('FIN-WAIT-1')

  // Online again, the lesson loads from the network and still shows the answer.
  await context.setOffline(false)
  await page.goto(FIRST_LESSON)
  await expect(page.locator('#quiz-close-final-ack-numbers').getByText('Last answer right (1 attempt)')).toBeVisible()
  await page.goto('/en/progress/')
  await expect(page.getByRole('progressbar', { name: 'The four-way close' })).toHaveAttribute('aria-valuetext', /^1 of \d+ quizzes right at the last answer$/)
})
