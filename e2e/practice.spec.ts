import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deckCardCount, quizCount } from './course-content'
import { answerSomething, expect, test } from './fixtures'

const LESSON = '/en/lessons/three-way-handshake/'
const START = new Date('2026-03-01T09:00:00Z')
const HANDSHAKE_QUIZZES = quizCount('three-way-handshake')
const STATE_CARDS = deckCardCount('tcp-states')

test.use({ timezoneId: 'UTC' })

/** A file just over the 5 MB import limit, made sparse on disk so the browser is handed a path, not 5 MB of bytes. */
function oversizeFile(name: string): string {
  const file = test.info().outputPath(name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, '')
  truncateSync(file, 5_000_001)
  return file
}

test('a predict quiz answered wrongly, then rightly, is remembered after a reload', async ({ page }) => {
  await page.goto(LESSON)
  const quiz = page.locator('#quiz-handshake-synack-arrives')
  await expect(quiz.getByText('Paused before step 3 of 4:')).toBeVisible()

  // Nothing can be checked before something is predicted: an empty prediction is not an attempt.
  const check = quiz.getByRole('button', { name: 'Check prediction' })
  await expect(check).toBeDisabled()

  // Inputs stay disabled until the page is interactive, so these wait for hydration.
  await quiz.getByLabel('Client state after this step').selectOption('SYN-SENT')
  await expect(check).toBeEnabled()
  await quiz.getByLabel('Server state after this step').selectOption('SYN-RECEIVED')
  await quiz.getByLabel('seq of the next segment').fill('101')
  await quiz.getByLabel('ack of the next segment').fill('300')
  await quiz.getByRole('button', { name: 'Check prediction' }).click()

  await expect(quiz.getByText('Not quite.')).toBeVisible()
  await expect(quiz.getByText('Client state: you said SYN-SENT; the engine says ESTABLISHED')).toBeVisible()
  await expect(quiz.getByText('ack: you said 300; the engine says 301')).toBeVisible()
  await expect(quiz.getByText('Last answer wrong (1 attempt); it is in your review queue')).toBeVisible()

  // Replay the step in the embedded simulator.
  await quiz.getByRole('button', { name: 'Replay this step' }).click()
  const replay = quiz.getByRole('group', { name: 'Replay of the step' })
  await expect(replay.getByText('SYN-SENT')).toBeVisible()
  await replay.getByRole('button', { name: 'Step' }).click()
  await expect(replay.getByText('The client sends <SEQ=101><ACK=301><CTL=ACK> (ACK=1, seq=101, ack=301).')).toBeVisible()
  // The full simulator opens at the same pause.
  await replay.getByRole('button', { name: 'Show the full simulator' }).click()
  const simulator = replay.getByRole('region', { name: 'Simulator: Three-way handshake' })
  await expect(simulator.getByLabel('Client state')).toHaveText('SYN-SENT')
  await expect(simulator.getByLabel('Server state')).toHaveText('SYN-RECEIVED')

  await quiz.getByRole('button', { name: 'Try again' }).click()
  await quiz.getByLabel('Client state after this step').selectOption('ESTABLISHED')
  await quiz.getByLabel('Server state after this step').selectOption('SYN-RECEIVED')
  await quiz.getByLabel('seq of the next segment').fill('101')
  await quiz.getByLabel('ack of the next segment').fill('301')
  await quiz.getByRole('button', { name: 'Check prediction' }).click()
  await expect(quiz.getByText('Right!')).toBeVisible()

  await page.reload()
  await expect(page.locator('#quiz-handshake-synack-arrives').getByText('Last answer right (2 attempts)')).toBeVisible()
})

test('a multiple-choice quiz explains every choice and shuffles them again on retry', async ({ page }) => {
  await page.goto(LESSON)
  const quiz = page.locator('#quiz-handshake-ack-number')
  const before = await quiz.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  await quiz.getByRole('radio', { name: '300' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Not quite.')).toBeVisible()
  await expect(quiz.getByText('The right answer: 101')).toBeVisible()
  await expect(quiz.getByText("300 is the server's own initial sequence number")).toBeVisible()
  await quiz.getByRole('button', { name: 'Try again' }).click()
  const after = await quiz.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  expect(after).not.toEqual(before)
  expect([...after].sort()).toEqual([...before].sort())
})

test('an order quiz is solved with the move buttons', async ({ page }) => {
  await page.goto(LESSON)
  const quiz = page.locator('#quiz-handshake-order')
  const list = quiz.getByRole('list', { name: 'Items in your order' })
  const wanted = ['SYN=1, seq=100', 'SYN=1, ACK=1, seq=300, ack=101', 'ACK=1, seq=101, ack=301']
  for (let target = 0; target < wanted.length; target++) {
    const texts = await list.getByRole('listitem').allTextContents()
    let at = texts.findIndex((text) => text.includes(wanted[target] as string))
    while (at > target) {
      await list.getByRole('button', { name: `Move item ${at + 1} up` }).click()
      at--
    }
  }
  await quiz.getByRole('button', { name: 'Check order' }).click()
  await expect(quiz.getByText('Right!')).toBeVisible()
})

test('reviewing a flashcard shows when it comes back', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/review/')
  const decks = page.getByRole('table', { name: 'Cards per deck' })
  await expect(decks.getByRole('row', { name: /TCP connection states/ }).getByRole('cell')).toHaveText(['0', String(STATE_CARDS), '0'])

  await page.getByRole('button', { name: /Show answer/ }).click()
  await expect(page.getByTestId('card-back')).toBeVisible()
  const good = page.getByRole('button', { name: /^Good/ })
  await expect(good).toContainText('10 minutes')
  await good.click()
  await expect(page.getByText('Saved: Good. Next review in 10 minutes (Mar 1, 2026, 9:10 AM).')).toBeVisible()
  await expect(decks.getByRole('row', { name: /TCP connection states/ }).getByRole('cell')).toHaveText(['0', String(STATE_CARDS - 1), '1'])

  // Keyboard: Space shows the answer, 4 rates Easy.
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press('4')
  await expect(page.getByText(/Saved: Easy\. Next review in 8 days \(Mar 9, 2026/)).toBeVisible()

  await page.reload()
  await expect(page.getByRole('table', { name: 'Cards per deck' }).getByRole('row', { name: /TCP connection states/ }).getByRole('cell')).toHaveText(['0', String(STATE_CARDS - 2), '2'])
})

test('a corrupted or oversize progress file is refused; a valid one replaces progress only once confirmed', async ({ page }) => {
  await page.goto(LESSON)
  const quiz = page.locator('#quiz-handshake-ack-number')
  await quiz.getByRole('radio', { name: '101' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Right!')).toBeVisible()

  await page.goto('/en/progress/')
  const bar = page.getByRole('progressbar', { name: 'The three-way handshake' })
  await expect(bar).toHaveAttribute('aria-valuetext', `1 of ${HANDSHAKE_QUIZZES} quizzes right at the last answer`)
  const stored = await page.evaluate(() => localStorage.getItem('tcp-course-progress'))

  await page.getByLabel('Import a progress file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "tcp-course-progress", ') })
  const alert = page.getByRole('alert').filter({ hasText: 'refused' })
  await expect(alert).toContainText('This file was refused. It is not a JSON file.')
  await expect(alert).toContainText('Your progress has not been changed.')
  await expect(page.getByRole('button', { name: 'Replace my progress' })).toHaveCount(0)

  await page.getByLabel('Import a progress file').setInputFiles({
    name: 'bad-state.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'tcp-course-progress', version: 2, state: { quizResults: { x: { attempts: 'many' } } } })),
  })
  await expect(page.getByRole('alert').filter({ hasText: 'refused' })).toContainText('Some of its data is invalid:')

  // Refused from its size, before it is read.
  await page.getByLabel('Import a progress file').setInputFiles(oversizeFile('huge.json'))
  await expect(page.getByRole('alert').filter({ hasText: 'refused' })).toContainText('This file was refused. It is larger than 5 MB.')

  await expect(bar).toHaveAttribute('aria-valuetext', `1 of ${HANDSHAKE_QUIZZES} quizzes right at the last answer`)
  expect(await page.evaluate(() => localStorage.getItem('tcp-course-progress'))).toBe(stored)

  // A valid file of other progress: shown first, cancelled, then confirmed.
  const other = {
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'tcp-course-progress',
        version: 2,
        exportedAt: '2026-02-01T10:00:00.000Z',
        state: { quizResults: {}, cardStates: {}, lessonsCompleted: { 'three-way-handshake': { completedAt: Date.parse('2026-02-01T09:00:00Z') } }, examHistory: [], activity: [] },
      }),
    ),
  }
  await page.getByLabel('Import a progress file').setInputFiles(other)
  await expect(page.getByText('Replace your progress with other.json?')).toBeVisible()
  await expect(page.getByRole('row', { name: 'Quiz results' })).toHaveText(/Quiz results\s*1\s*0/)
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Replace your progress with other.json?')).toHaveCount(0)
  await expect(bar).toHaveAttribute('aria-valuetext', `1 of ${HANDSHAKE_QUIZZES} quizzes right at the last answer`)
  expect(await page.evaluate(() => localStorage.getItem('tcp-course-progress'))).toBe(stored)

  await page.getByLabel('Import a progress file').setInputFiles(other)
  await page.getByRole('button', { name: 'Replace my progress' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported from other.json.' })).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuetext', `0 of ${HANDSHAKE_QUIZZES} quizzes right at the last answer`)
  const replaced = JSON.parse((await page.evaluate(() => localStorage.getItem('tcp-course-progress'))) ?? 'null') as { state: { quizResults: object; lessonsCompleted: object } }
  expect(replaced.state.quizResults).toEqual({})
  expect(Object.keys(replaced.state.lessonsCompleted)).toEqual(['three-way-handshake'])
})

test('an exported progress file imports after a confirmation that shows what it replaces', async ({ page }) => {
  await page.goto('/en/progress/')
  await expect(page.getByRole('progressbar', { name: 'The three-way handshake' })).toHaveAttribute('aria-valuenow', '0')
  const file = JSON.stringify({
    format: 'tcp-course-progress',
    version: 1,
    exportedAt: '2026-02-01T10:00:00.000Z',
    state: {
      quizResults: { 'handshake-ack-number': { correct: true, answeredAt: '2026-02-01T09:00:00.000Z' } },
      cards: {},
      lessonsCompleted: {},
    },
  })
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) })
  await expect(page.getByText('Replace your progress with old.json?')).toBeVisible()
  await expect(page.getByRole('row', { name: 'Quiz results' })).toHaveText(/Quiz results\s*0\s*1/)
  await page.getByRole('button', { name: 'Replace my progress' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported from old.json.' })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'The three-way handshake' })).toHaveAttribute('aria-valuetext', `1 of ${HANDSHAKE_QUIZZES} quizzes right at the last answer`)
})

test('damaged stored progress never breaks a page: it is reset with a notice and a download', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tcp-course-progress', '{"state": {"quizResults": ')
      sessionStorage.setItem('seeded', '1')
    }
  })
  await page.goto(LESSON)
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download the old data' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^tcp-course-progress-damaged-.*\.txt$/)
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  const quiz = page.locator('#quiz-handshake-ack-number')
  await quiz.getByRole('radio', { name: '101' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Right!')).toBeVisible()
})

test('a short exam ends with a score per topic and links back to the lessons', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/exam/')
  await page.getByLabel('Length').selectOption({ label: '5 questions, 7.5 min' })
  // The button stays disabled until the page is interactive, so the click waits for hydration.
  await page.getByRole('button', { name: 'Start the exam' }).click()
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('7:30 left')

  for (let n = 1; n <= 5; n++) {
    await expect(page.getByText(`Question ${n} of 5`)).toBeVisible()
    await answerSomething(page.getByRole('group', { name: `Question ${n} of 5` }))
    await page.getByRole('button', { name: 'Submit answer' }).click()
    await expect(page.getByText('Answer recorded. You will see the results at the end.')).toBeVisible()
    await page.getByRole('button', { name: n < 5 ? 'Next question' : 'Finish the exam' }).click()
  }

  await expect(page.getByRole('heading', { name: /Your score: \d of 5/ })).toBeVisible()
  // Which lessons the five questions come from depends on the draw; the topics always add up to five.
  const perTopic = page.getByRole('table', { name: 'Score per topic' }).getByRole('row').filter({ hasText: /\d of \d \(\d+%\)/ })
  await expect(perTopic.first()).toBeVisible()
  const asked = (await perTopic.allTextContents()).map((row) => Number(/\d of (\d)/.exec(row)?.[1]))
  expect(asked.reduce((sum, n) => sum + n, 0)).toBe(5)
  // A wrong computed problem links to the review page's practice panel instead of a lesson.
  const back = page
    .getByRole('link', { name: /^Review in the lesson “/ })
    .or(page.getByRole('link', { name: 'Practise computed problems on the review page' }))
    .first()
  await expect(back).toHaveAttribute('href', /\/en\/(lessons\/[a-z-]+\/#quiz-|review\/#computed-problems)/)
})

test('the exam ends by itself when the time runs out', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/exam/')
  await page.getByLabel('Length').selectOption({ label: '5 questions, 7.5 min' })
  // The button stays disabled until the page is interactive, so the click waits for hydration.
  await page.getByRole('button', { name: 'Start the exam' }).click()
  await page.clock.runFor(7.5 * 60_000)
  await expect(page.getByRole('heading', { name: 'Your score: 0 of 5' })).toBeVisible()
  await expect(page.getByText('Time ran out; unanswered questions count as wrong.')).toBeVisible()
})

test('the practice pages work in Chinese and fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/zh/review/', '/zh/exam/', '/zh/progress/']) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await page.goto('/zh/lessons/three-way-handshake/')
  const quizzes = page.locator('section[id^="quiz-"]')
  await expect(quizzes).toHaveCount(HANDSHAKE_QUIZZES)
  const rights = await quizzes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))
  for (const right of rights) expect(right).toBeLessThanOrEqual(360)
  await page.goto('/zh/review/')
  await expect(page.getByRole('heading', { level: 1, name: '复习' })).toBeVisible()
  await expect(page.getByRole('button', { name: /显示答案/ })).toBeVisible()
})

test('a missed quiz comes back in the review queue until it is answered right', async ({ page }) => {
  await page.goto(LESSON)
  const quiz = page.locator('#quiz-handshake-ack-number')
  await quiz.getByRole('radio', { name: '100' }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByText('Not quite.')).toBeVisible()

  await page.goto('/en/review/')
  await expect(page.getByRole('table', { name: 'Cards per deck' }).getByRole('row', { name: /Missed quizzes/ })).toBeVisible()
  const again = page.locator('#quiz-handshake-ack-number')
  await expect(page.getByText('A quiz you missed, from the lesson')).toBeVisible()
  await again.getByRole('radio', { name: '101' }).check()
  await again.getByRole('button', { name: 'Check answer' }).click()
  await expect(again.getByText('Right!')).toBeVisible()
  await page.getByRole('button', { name: 'Next card' }).click()
  await expect(page.locator('#quiz-handshake-ack-number')).toHaveCount(0)
  await expect(page.getByTestId('card-front')).toBeVisible()
})

test('an Anki file with a bad row is refused line by line; a good one joins My cards', async ({ page }) => {
  await page.goto('/en/review/')
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
  const input = page.getByLabel('Import cards from an Anki CSV or TSV file')
  await input.setInputFiles({ name: 'bad.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('SYN flag\tsynchronize\n\tno front\n') })
  await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toContainText('Line 2:')
  await input.setInputFiles(oversizeFile('huge.tsv'))
  await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toHaveText(/The file was not imported: it is larger than 5 MB\./)

  await input.setInputFiles({ name: 'good.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('What does MSL stand for?\tMaximum segment lifetime\ttimer\n') })
  await expect(page.getByText('1 card read from good.tsv.')).toBeVisible()
  await page.getByRole('button', { name: 'Add to My cards' }).click()
  await expect(page.getByText('1 card added to My cards.')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Cards per deck' }).getByRole('row', { name: /My cards/ })).toContainText('1')
})
