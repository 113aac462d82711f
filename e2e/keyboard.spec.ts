import type { Page } from '@playwright/test'
import { answerSomething, expect, test } from './fixtures'

// Journeys with the keyboard alone (after the answer itself): focus never falls to the page, so
// Enter and Tab always act on what the learner just did.

const START = new Date('2026-03-01T09:00:00Z')
test.use({ timezoneId: 'UTC' })

/** The id of the section holding the focused element ('' when focus is on the page itself). */
function focusedSection(page: Page) {
  return page.evaluate(() => (document.activeElement === document.body ? '' : (document.activeElement?.closest('section')?.id ?? '')))
}

test('a quiz keeps focus: Check answer moves it to the feedback, Try again to the first choice', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  const quiz = page.locator('#quiz-handshake-ack-number')
  await quiz.getByRole('radio', { name: '300' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).press('Enter')
  await expect(quiz.getByText('Not quite.')).toBeVisible()
  expect(await focusedSection(page)).toBe('quiz-handshake-ack-number')

  await page.keyboard.press('Tab')
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(quiz.getByRole('radio').first()).toBeFocused()
})

test('the exam is answered with Enter alone and no question is skipped', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/exam/')
  await page.getByLabel('Length').selectOption({ label: '5 questions, 7.5 min' })
  await page.getByRole('button', { name: 'Start the exam' }).press('Enter')

  for (let n = 1; n <= 5; n++) {
    const question = page.getByRole('group', { name: `Question ${n} of 5` })
    await expect(question).toBeFocused()
    await answerSomething(question)
    await question.getByRole('button', { name: 'Submit answer' }).press('Enter')
    await expect(page.getByText('Answer recorded. You will see the results at the end.')).toBeVisible()
    // Focus is now on Next (or Finish): a second Enter moves on, it does not skip.
    await expect(page.getByRole('button', { name: n < 5 ? 'Next question' : 'Finish the exam' })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: /Your score: \d of 5/ })).toBeFocused()
  await expect(page.getByText('Unanswered', { exact: true })).toHaveCount(0)
})

test('on the review page a missed quiz says how to study it, and Next card takes focus once answered', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  const quiz = page.locator('#quiz-handshake-ack-number')
  await quiz.getByRole('radio', { name: '100' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Not quite.')).toBeVisible()

  await page.setViewportSize({ width: 360, height: 780 })
  await page.goto('/en/review/')
  const again = page.locator('#quiz-handshake-ack-number')
  await expect(page.getByText('A quiz you missed: answer it to take it out of the queue (Space and 1–4 are for flashcards).')).toBeVisible()
  await again.getByRole('radio', { name: '101' }).check()
  await again.getByRole('button', { name: 'Check answer' }).press('Enter')
  const next = page.getByRole('button', { name: 'Next card' })
  await expect(next).toBeFocused()
  await expect(next).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('card-front')).toBeVisible()
  // Focus is on the new card, so Space shows its answer and 3 rates it.
  await page.keyboard.press(' ')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press('3')
  await expect(page.getByText(/^Saved: Good\./)).toBeVisible()
})
