import type { Locator, Page } from '@playwright/test'
import { clickUntil } from './fixtures'

/** A simulator's parts, by role and label. */
export function sides(scope: Page | Locator) {
  return {
    client: scope.getByRole('group', { name: 'Client', exact: true }),
    server: scope.getByRole('group', { name: 'Server', exact: true }),
    clientState: scope.getByLabel('Client state', { exact: true }),
    serverState: scope.getByLabel('Server state', { exact: true }),
    step: scope.getByRole('button', { name: 'Step', exact: true }),
    lastEvent: scope.getByRole('status', { name: 'What just happened' }),
    clock: scope.getByRole('timer', { name: 'Simulated time' }),
  }
}

/** Waits until the widget answers clicks (the shortcut list opens), then closes the list again. */
export async function ready(scope: Page | Locator, shortcuts = 'Keyboard shortcuts') {
  const help = scope.getByRole('button', { name: shortcuts })
  await clickUntil(help, async () => (await help.getAttribute('aria-expanded')) === 'true')
  await help.click()
}

/** A simulator of the three-way-handshake lesson, by its scenario's title, ready for clicks. */
export async function handshakeLessonWidget(page: Page, title = 'Three-way handshake') {
  await page.goto('/en/lessons/three-way-handshake/')
  const widget = page.getByRole('region', { name: `Simulator: ${title}` })
  await ready(widget)
  return { widget, s: sides(widget) }
}

