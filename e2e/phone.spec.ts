import { expect, test } from './fixtures'

// A learner on a 360 × 780 phone: the sticky header leaves the page room, the exam's clock stays
// in view, and wide figures say that they pan.
test.use({ viewport: { width: 360, height: 780 } })

test('the sticky header takes two short lines and the exam clock stays in view under it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') })
  await page.goto('/zh/exam/')
  const header = page.getByRole('banner')
  const height = (await header.boundingBox())!.height
  expect(height).toBeLessThanOrEqual(80)
  // Every section stays one tap away: the links scroll sideways on their own line.
  await expect(header.getByRole('navigation').getByRole('link', { name: '学习进度' })).toBeAttached()

  await page.getByRole('button', { name: '开始考试' }).click()
  const clock = page.getByRole('timer', { name: '剩余时间' })
  await expect(clock).toBeVisible()
  await page.mouse.wheel(0, 2000)
  await expect(clock).toBeInViewport()
  const below = (await clock.boundingBox())!.y
  expect(below).toBeGreaterThanOrEqual(height - 1)
})

test('a state diagram too wide for the phone says it pans, and pans', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  const widget = page.getByRole('region', { name: 'Simulator: Three-way handshake' })
  await expect(widget.getByText('Wider than the screen: swipe sideways to see all of it.')).toBeVisible()
  const figure = widget.getByRole('group', { name: 'State diagram, scrollable' })
  const [scrollWidth, clientWidth] = await figure.evaluate((el) => [el.scrollWidth, el.clientWidth])
  expect(scrollWidth).toBeGreaterThan(clientWidth)
  await figure.evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
  await expect.poll(() => figure.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
})

test('the review forecast writes 今天 on one line on a phone', async ({ page }) => {
  await page.goto('/zh/progress/')
  await expect(page.getByRole('heading', { level: 2, name: '未来几天到期的卡片' })).toBeVisible()
  // The chart's axis is drawn for sighted readers only (the table beside it is what is read out).
  const today = page.locator('figure [aria-hidden="true"]').getByText('今天', { exact: true })
  await expect(today).toBeVisible()
  // One line of 10 px text; wrapped, the two characters would stand one above the other.
  expect((await today.boundingBox())!.height).toBeLessThan(18)
})

test('every state a Chinese Predict offers fits its select on a phone, gloss included', async ({ page }) => {
  await page.goto('/zh/lessons/three-way-handshake/')
  const select = page.getByRole('combobox', { name: '这一步之后服务器的状态' }).first()
  await expect(select).toBeVisible()
  const cut = await select.evaluate((el) => {
    const box = el as HTMLSelectElement
    const style = getComputedStyle(box)
    const pen = document.createElement('canvas').getContext('2d')!
    pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    // Room for text: the box less its padding, and less the arrow when the browser draws it inside.
    const arrow = style.appearance === 'none' ? 0 : 20
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow
    return [...box.options].filter((option) => pen.measureText(option.text).width > room).map((option) => option.text)
  })
  expect(cut).toEqual([])
})
