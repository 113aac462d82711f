import type { Page } from '@playwright/test'
import { answerSomething, expect, test } from './fixtures'

const START = new Date('2026-03-01T09:00:00Z')

test.use({ timezoneId: 'UTC' })

/**
 * Answers every question of a running exam (see answerSomething) and returns how many were computed problems, recognised by their heading.
 */
async function answerAll(
  page: Page,
  total: number,
  words: { progress: (n: number) => string; computed: RegExp; submit: string; recorded: string; next: string; finish: string },
) {
  let computed = 0
  for (let n = 1; n <= total; n++) {
    const main = page.getByRole('main')
    // Wait for question n before looking at it, or the previous question would be counted again.
    await expect(main.getByText(words.progress(n))).toBeVisible()
    const heading = main.getByRole('heading', { level: 2, name: words.computed })
    if ((await heading.count()) > 0) computed++
    await answerSomething(main.getByRole('group', { name: words.progress(n) }))
    await main.getByRole('button', { name: words.submit }).click()
    await expect(main.getByText(words.recorded)).toBeVisible()
    await main.getByRole('button', { name: n < total ? words.next : words.finish }).click()
  }
  return computed
}

test('a mock exam mixes computed problems with the lessons’ quizzes', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/exam/')
  await page.getByLabel('Length').selectOption({ label: '10 questions, 15 min' })
  await page.getByRole('button', { name: 'Start the exam' }).click()
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible()
  const computed = await answerAll(page, 10, {
    progress: (n) => `Question ${n} of 10`,
    computed: /^Computed problem · /,
    submit: 'Submit answer',
    recorded: 'Answer recorded. You will see the results at the end.',
    next: 'Next question',
    finish: 'Finish the exam',
  })
  // Every topic gets a question when the exam is long enough, computed problems included.
  expect(computed).toBeGreaterThan(0)
  await expect(page.getByRole('heading', { name: /Your score: \d+ of 10/ })).toBeVisible()
  const perTopic = page.getByRole('table', { name: 'Score per topic' })
  await expect(perTopic.getByRole('row', { name: /Computed problems/ })).toContainText(new RegExp(`\\d of ${computed} \\(\\d+%\\)`))
  await expect(page.getByRole('link', { name: 'Practise computed problems on the review page' }).first()).toHaveAttribute('href', '/en/review/#computed-problems')
})

test('the mock exam’s computed problems are asked in Chinese', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/zh/exam/')
  await page.getByLabel('题量').selectOption({ label: '10 道题，15 分钟' })
  await page.getByRole('button', { name: '开始考试' }).click()
  await expect(page.getByRole('timer', { name: '剩余时间' })).toBeVisible()
  const computed = await answerAll(page, 10, {
    progress: (n) => `第 ${n} 题，共 10 题`,
    computed: /^计算题 · /,
    submit: '提交答案',
    recorded: '答案已记录，考试结束后可以看到结果。',
    next: '下一题',
    finish: '交卷',
  })
  expect(computed).toBeGreaterThan(0)
  await expect(page.getByRole('heading', { name: /你的得分：\d+ \/ 10/ })).toBeVisible()
  await expect(page.getByRole('table', { name: '各主题得分' }).getByRole('row', { name: /计算题/ })).toBeVisible()
  await expect(page.getByRole('link', { name: '到复习页练习计算题' }).first()).toHaveAttribute('href', '/zh/review/#computed-problems')
})

test('a wrong answer names its misconception, which then shows on the progress page until fixed', async ({ page }) => {
  await page.clock.install({ time: START })
  await page.goto('/en/review/')
  const panel = page.getByRole('region', { name: 'Practise a computed problem' })
  await panel.getByLabel('Problem type').selectOption({ label: 'Handshake ack numbers' })
  await panel.getByRole('button', { name: 'New problem' }).click()
  const problem = panel.getByRole('region', { name: /^Computed problem · Handshake ack numbers/ })
  await expect(problem).toBeVisible()
  const question = (await problem.getByRole('paragraph').first().textContent()) ?? ''
  const [, clientIsn, serverIsn] = /initial sequence number (\d+); B's initial sequence number is (\d+)/.exec(question) ?? []
  expect(Number.isSafeInteger(Number(clientIsn)), `client ISN in: ${question}`).toBe(true)
  expect(Number.isSafeInteger(Number(serverIsn)), `server ISN in: ${question}`).toBe(true)

  // Right for the SYN,ACK; for the third segment, B's ISN itself: as if a SYN consumed no number.
  await problem.getByLabel('ack of the SYN,ACK').fill(String(Number(clientIsn) + 1))
  await problem.getByLabel('ack of the third segment').fill(String(serverIsn))
  await problem.getByRole('button', { name: 'Check answer' }).click()
  await expect(problem.getByText('Not quite.')).toBeVisible()
  await expect(problem.getByText(`ack of the third segment: you said ${serverIsn}; the engine says ${Number(serverIsn) + 1}`)).toBeVisible()
  await expect(problem.getByText('Misconception: Forgetting that SYN and FIN consume a sequence number')).toBeVisible()
  await expect(problem.getByText('A card for it is in your review queue until you answer it right.')).toBeVisible()

  await expect(page.getByRole('table', { name: 'Cards per deck' }).getByRole('row', { name: /Misconceptions to fix/ })).toBeVisible()

  await page.goto('/en/progress/')
  const table = page.getByRole('table', { name: 'Misconceptions you have shown' })
  const row = table.getByRole('row', { name: /Forgetting that SYN and FIN consume a sequence number/ })
  await expect(row).toContainText('Not fixed yet (in your review queue)')
  await expect(row.getByRole('cell').first()).toHaveText('1')
})
