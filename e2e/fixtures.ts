import { test as base, expect, type Locator } from '@playwright/test'

/**
 * Every journey fails if the page logs a console error or throws, so a broken page can't
 * pass a test that happens not to look at the broken part.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        // A deliberate 404 page load logs its own status; that is what the 404 test asks for.
        if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors on the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Clicks `button` until `done()` is true. The first click can land before the page has hydrated
 * and do nothing, so it is retried; but a click that worked and was only acknowledged late is not
 * repeated (that would undo a toggle, or look for a button that is gone): every try first checks
 * whether `done()` already holds.
 */
export async function clickUntil(button: Locator, done: () => Promise<boolean>): Promise<void> {
  await expect(async () => {
    if (!(await done())) await button.click({ timeout: 1000 })
    await expect.poll(done, { timeout: 1000 }).toBe(true)
  }).toPass()
}

/**
 * Gives some answer to the question shown in `scope` (a quiz or a computed problem): the first
 * choice, the first state of each state list, 1 in each number field. Enough for the exam to take
 * it as answered; right or wrong does not matter to the journeys that use it.
 */
export async function answerSomething(scope: Locator) {
  const choice = scope.getByRole('radio').or(scope.getByRole('checkbox')).first()
  if ((await choice.count()) > 0) await choice.check()
  for (const list of await scope.getByRole('combobox').all()) await list.selectOption({ index: 1 })
  for (const field of await scope.getByRole('textbox').all()) await field.fill('1')
}
