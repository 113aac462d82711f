import { expect, test } from '../e2e/fixtures'

test('a lesson made by new:lesson is listed and renders in both languages, its simulator and quizzes working', async ({ page }) => {
  await page.goto('/en/lessons/scaffold-check/')
  await expect(page.getByRole('heading', { level: 1, name: 'New lesson: scaffold-check' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Simulator: Three-way handshake' })).toBeVisible()
  await expect(page.getByText('A question that checks the main idea.')).toBeVisible()
  await expect(page.getByText('Ask the learner to predict the next step before you explain it.')).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'New lesson: scaffold-check' }).first()).toBeAttached()

  await page.goto('/zh/lessons/scaffold-check/')
  await expect(page.getByRole('heading', { level: 1, name: '新课：scaffold-check' })).toBeVisible()
  await expect(page.getByRole('region', { name: '模拟器：三次握手' })).toBeVisible()
})
