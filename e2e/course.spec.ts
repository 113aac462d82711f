import { clickUntil, expect, test } from './fixtures'

test('the English home page shows the course outline', async ({ page }) => {
  await page.goto('/en/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'How TCP opens and closes a connection' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /Opening a connection/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /The three-way handshake/ })).toBeVisible()
})

test('the Chinese home page is in Chinese with the right language tag', async ({ page }) => {
  await page.goto('/zh/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 如何建立和释放连接' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^三次握手/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /^为什么是三次握手/ })).toBeVisible()
})

test('a lesson opens from the outline and its interactive parts work', async ({ page }) => {
  await page.goto('/en/')
  await page.getByRole('link', { name: 'Start the first lesson' }).click()
  await expect(page).toHaveURL(/\/en\/lessons\/three-way-handshake\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'The three-way handshake' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '<SEQ=300><ACK=101><CTL=SYN,ACK>' })).toBeVisible()

  // The pager leads on to the next lesson, whose Reveal hides its answer until asked.
  await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /Why three segments, not two or four/ }).click()
  await expect(page).toHaveURL(/\/en\/lessons\/why-three-segments\/$/)
  const reveal = page.getByRole('group', { name: /what does the server still not know/ })
  const answer = reveal.getByText(/Whether its own SYN arrived/)
  await expect(answer).toBeHidden()
  await clickUntil(reveal.getByRole('button', { name: 'Show answer' }), () => answer.isVisible())
  await expect(reveal.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true')
})

test('switching language keeps the reader on the same lesson', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  await page.getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(/\/zh\/lessons\/three-way-handshake\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: '三次握手' })).toBeVisible()

  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/lessons\/three-way-handshake\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'The three-way handshake' })).toBeVisible()
})

test('switching language keeps the reader at the same section of the lesson', async ({ page }) => {
  await page.goto('/en/lessons/four-way-close/')
  const english = page.getByRole('main').getByRole('heading', { level: 2 })
  const count = await english.count()
  expect(count).toBeGreaterThan(4)
  const index = Math.floor(count / 2)
  await english.nth(index).evaluate((h) => h.scrollIntoView({ block: 'start' }))
  await page.getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(/\/zh\/lessons\/four-way-close\/$/)
  const chinese = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(chinese).toHaveCount(count)
  await expect(chinese.nth(index)).toBeInViewport()
  await expect(chinese.first()).not.toBeInViewport()
})

test('an unknown lesson gets a real 404 page', async ({ page }) => {
  const response = await page.goto('/en/lessons/no-such-lesson/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the course outline' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'How TCP opens and closes a connection' })).toBeVisible()
})

test('an unknown top-level address also gets the 404 page', async ({ page }) => {
  const response = await page.goto('/xx/nothing-here/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})

test.describe('the root address follows the browser language', () => {
  test.describe('Chinese browser', () => {
    test.use({ locale: 'zh-CN' })
    test('is sent to /zh/', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/zh\/$/)
      await expect(page.getByRole('heading', { level: 1, name: 'TCP 如何建立和释放连接' })).toBeVisible()
    })
  })
  test.describe('English browser', () => {
    test.use({ locale: 'en-GB' })
    test('is sent to /en/', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/en\/$/)
    })
  })
  test.describe('a reader who chose a language before', () => {
    test.use({ locale: 'en-US' })
    test('returns to that language', async ({ page }) => {
      await page.goto('/en/lessons/three-way-handshake/')
      await page.getByRole('link', { name: '中文' }).click()
      await expect(page).toHaveURL(/\/zh\//)
      await page.goto('/')
      await expect(page).toHaveURL(/\/zh\/$/)
    })
  })
})

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  test('the course outline sits behind a Menu button', async ({ page }) => {
    await page.goto('/en/lessons/three-way-handshake/')
    const outline = page.getByRole('navigation', { name: 'Course outline' })
    await expect(outline).toBeHidden()
    await clickUntil(page.getByRole('button', { name: 'Menu' }), () => outline.isVisible())
    await expect(outline.getByRole('link', { name: 'The three-way handshake' })).toHaveAttribute('aria-current', 'page')
  })
})

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' })
  test('follows the system, and the toggle overrides it across reloads', async ({ page }) => {
    await page.goto('/en/')
    const html = page.locator('html')
    await expect(html).toHaveClass(/dark/)
    const toggle = page.getByRole('button', { name: /Colour theme/ })
    await expect(toggle).toHaveAccessibleName('Colour theme: System')
    await clickUntil(toggle, () => page.getByRole('button', { name: 'Colour theme: Light' }).isVisible())
    await expect(html).not.toHaveClass(/dark/)
    await page.reload()
    await expect(html).not.toHaveClass(/dark/)
    await expect(page.getByRole('button', { name: 'Colour theme: Light' })).toBeVisible()
  })
})

test('a learner marks a lesson as done and it stays done after a reload', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  const done = page.getByRole('status').filter({ hasText: 'Lesson done' })
  await clickUntil(page.getByRole('button', { name: 'Mark this lesson as done' }), () => done.isVisible())
  await page.reload()
  await expect(done).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveCount(0)
})
