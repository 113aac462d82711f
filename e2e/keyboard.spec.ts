import type { Page } from '@playwright/test'
import { answerSomething, expect, test } from './fixtures'
import { expectVisibleFocus, pressUntilFocused } from './focus-helpers'
import { sides } from './simulator-helpers'

// Journeys with the keyboard alone (the first three after the answer itself): focus never falls to the page, so
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

test('a lesson worked through with the keyboard alone: every focus visible, every simulator event read out', async ({ page }) => {
  test.setTimeout(90_000) // about a hundred key presses, each followed by a look at what has focus: slow on a busy machine
  await page.goto('/en/lessons/three-way-handshake/')
  // From here on only keys: Tab and Shift+Tab, arrows, Enter, Space and the simulator's shortcuts.
  const widget = page.getByRole('region', { name: 'Simulator: Three-way handshake' })
  const s = sides(widget)
  await expect(s.lastEvent).toHaveAttribute('aria-live', 'polite')
  await pressUntilFocused(page, 'Tab', s.step)

  // "?" opens the list of the widget's keys (once its code has loaded: a press before is lost, so it is repeated); Esc closes it.
  const help = widget.getByRole('button', { name: 'Keyboard shortcuts' })
  await expect(async () => {
    if ((await help.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('?')
    await expect(help).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 })
  }).toPass()
  const keys = widget.getByRole('definition')
  await expect(keys.filter({ hasText: /^Step$/ })).toHaveCount(1)
  await expect(keys.filter({ hasText: 'Deliver, drop, delay or duplicate the chosen segment' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(help).toHaveAttribute('aria-expanded', 'false')
  await expect(s.step).toBeFocused()

  // Each step is read out whole: every event of it, in order.
  await page.keyboard.press('Enter')
  await expect(s.lastEvent).toHaveText(
    'Client application calls Connect (active OPEN). Client: CLOSED → SYN-SENT. Client sends SYN, seq 100. Client starts the retransmission timer (1 s)',
  )
  await expectVisibleFocus(page)

  // The SYN in flight is a button: Enter opens its fate choice, with focus on its first fate.
  await pressUntilFocused(page, 'Tab', widget.getByRole('button', { name: 'Segment 1: SYN, client → server, in flight. Choose its fate' }))
  await page.keyboard.press('Enter')
  const fates = widget.getByRole('group', { name: 'Fate of segment 1' })
  await expect(fates.getByRole('button', { name: 'Deliver' })).toBeFocused()
  await pressUntilFocused(page, 'Tab', fates.getByRole('button', { name: 'Drop' }))
  await page.keyboard.press('Enter')
  await expect(s.lastEvent).toHaveText('Segment 1 (SYN) is lost')
  await expect(fates).toHaveCount(0)
  // Focus is back on the widget, so its shortcuts keep working.
  await expect(widget).toBeFocused()
  await expectVisibleFocus(page)

  const told = [
    'Client: the retransmission timer expires. Client retransmits SYN, seq 100. Client starts the retransmission timer (2 s)',
    'Server receives segment 2 (SYN). Server: LISTEN → SYN-RECEIVED. Server sends SYN,ACK, seq 300, ack 101. Server starts the retransmission timer (1 s)',
    'Client receives segment 3 (SYN,ACK). Client: SYN-SENT → ESTABLISHED. Client stops the retransmission timer. Client sends ACK, seq 101, ack 301. Client application is told: connection established',
    'Server receives segment 4 (ACK). Server: SYN-RECEIVED → ESTABLISHED. Server application is told: connection established. Server stops the retransmission timer',
  ]
  for (const events of told) {
    await page.keyboard.press('s')
    await expect(s.lastEvent).toHaveText(events)
  }
  await expect(s.clientState).toHaveText('ESTABLISHED')
  await expect(s.serverState).toHaveText('ESTABLISHED')
  await expectVisibleFocus(page)

  // A Predict: a state from the list by typing its first letters, two numbers, then Check prediction.
  const predict = page.locator('#quiz-handshake-syn-arrives')
  await pressUntilFocused(page, 'Tab', predict.getByLabel('Server state after this step'))
  await page.keyboard.type('SYN-R')
  await expect(predict.getByLabel('Server state after this step')).toHaveValue('SYN-RECEIVED')
  await pressUntilFocused(page, 'Tab', predict.getByLabel('seq of the next segment'))
  await page.keyboard.type('300')
  await pressUntilFocused(page, 'Tab', predict.getByLabel('ack of the next segment'))
  await page.keyboard.type('101')
  await pressUntilFocused(page, 'Tab', predict.getByRole('button', { name: 'Check prediction' }))
  await page.keyboard.press('Enter')
  await expect(predict.getByText(/Right!$/)).toBeVisible()
  await expectVisibleFocus(page)

  // A multiple-choice quiz: Tab reaches the first choice, Space picks it, the arrows move the pick to 101.
  const quiz = page.locator('#quiz-handshake-ack-number')
  await pressUntilFocused(page, 'Tab', quiz.getByRole('radio').first())
  await page.keyboard.press(' ')
  await pressUntilFocused(page, 'ArrowDown', quiz.getByRole('radio', { name: '101' }))
  await expect(quiz.getByRole('radio', { name: '101' })).toBeChecked()
  await pressUntilFocused(page, 'Tab', quiz.getByRole('button', { name: 'Check answer' }))
  await page.keyboard.press('Enter')
  await expect(quiz.getByText(/Right!$/)).toBeVisible()
  await expectVisibleFocus(page)

  // Back up to the header, every control on the way seen, and on to the review page. (Focus then
  // stays on the link, or starts again at the top when the browser loads the page afresh.)
  await pressUntilFocused(page, 'Shift+Tab', page.getByRole('banner').getByRole('link', { name: 'Review', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/review\/$/)

  // A flashcard: Space on Show answer turns it over, focus stays on the card, and 3 rates it Good.
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: 'Show answer' }))
  await page.keyboard.press(' ')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await expectVisibleFocus(page)
  await page.keyboard.press('3')
  await expect(page.getByText(/^Saved: Good\./)).toBeVisible()
  await expectVisibleFocus(page)
})
