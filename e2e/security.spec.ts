import type { Page } from '@playwright/test'
import { checkSecurityHeaders } from '../scripts/csp/policy'
import { expect, test } from './fixtures'
import { handshakeLessonWidget } from './simulator-helpers'

// Every page kind in both languages, and the language redirect at the root.
const PAGES = ['/', ...['en', 'zh'].flatMap((locale) => ['', 'lessons/three-way-handshake/', 'playground/', 'review/', 'exam/', 'progress/'].map((page) => `/${locale}/${page}`))]

test('every page kind is served with a strict Content-Security-Policy and the security headers', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    expect(checkSecurityHeaders(response.headers()), `headers of ${path}`).toEqual([])
  }
})

/** Records every Content-Security-Policy violation on each document the page loads. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { cspViolations: violations })
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

test('pages run under the policy: the root redirects, a lesson hydrates and its simulator steps', async ({ page }) => {
  const violations = await recordViolations(page)

  // The redirect on / is an inline script: it only runs if its hash is in the policy.
  await page.goto('/')
  await expect(page).toHaveURL(/\/(en|zh)\/$/)
  expect(await violations()).toEqual([])

  const { s } = await handshakeLessonWidget(page)
  await expect(s.clientState).toHaveText('CLOSED')
  await s.step.click()
  await expect(s.clientState).toHaveText('SYN-SENT')
  await s.step.click()
  await expect(s.serverState).toHaveText('SYN-RECEIVED')
  expect(await violations()).toEqual([])
})
