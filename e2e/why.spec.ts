import { RULE_TEXTS_EN } from '../lib/rules/texts.en'
import { RULE_TEXTS_ZH } from '../lib/rules/texts.zh'
import { expect, test } from './fixtures'
import { handshakeLessonWidget, ready, sides } from './simulator-helpers'

test('in a lesson, selecting the server’s SYN,ACK explains it: the rule, its section, the state change and the TCB variables it set', async ({ page }) => {
  const { widget, s } = await handshakeLessonWidget(page)
  for (let i = 0; i < 3; i++) await s.step.click()
  await expect(s.clientState).toHaveText('ESTABLISHED')
  // The arrow is a button for the keyboard; its label on top of it takes a pointer's click.
  await widget.getByRole('button', { name: /^Segment 2: SYN,ACK, server → client, delivered.*Why was it sent\?$/ }).focus()
  await page.keyboard.press('Enter')
  const panel = widget.getByRole('region', { name: /^Why\? Server sends SYN,ACK, seq 300, ack 101/ })
  await expect(panel.getByRole('heading')).toBeFocused()
  const rule = RULE_TEXTS_EN.rules['listen-syn']
  await expect(panel.getByRole('status')).toContainText(rule.title)
  await expect(panel.getByRole('status')).toContainText('RFC 9293 §3.10.7.2, third step')
  await expect(panel).toContainText('Server: LISTEN → SYN-RECEIVED')
  await expect(panel.locator('mark', { hasText: 'SND.NXT 0 → 301' })).toBeVisible()
  await expect(panel.locator('mark', { hasText: 'RCV.NXT 0 → 101' })).toBeVisible()
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(panel).toHaveCount(0)
  await expect(widget.getByRole('button', { name: /^Segment 2: SYN,ACK/ })).toBeFocused()
  // A pointer on the label opens the same panel.
  await widget.getByRole('group', { name: 'Sequence diagram: time flows down' }).getByText('#2', { exact: false }).first().click()
  await expect(widget.getByRole('region', { name: /^Why\? Server sends SYN,ACK/ })).toBeVisible()
})

test('a row of the segment list and a state label answer why too; W reads the last event’s rule while focus stays on Step', async ({ page }) => {
  await page.goto('/en/lessons/why-three-segments/')
  const widget = page.getByRole('region', { name: 'Simulator: Old duplicate SYN: the three-way handshake recovers' })
  await ready(widget)
  const s = sides(widget)
  await s.step.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('w')
  await expect(s.step).toBeFocused()
  const panel = widget.getByRole('region', { name: /^Why\?/ })
  await expect(panel.getByRole('status')).not.toContainText('Loading')
  await expect(panel.getByRole('status')).toContainText(/RFC 9293 §/)
  await page.keyboard.press('w')
  await expect(panel).toHaveCount(0)

  await widget.getByRole('button', { name: 'Why was segment 1 sent?' }).click()
  await expect(widget.getByRole('region', { name: /^Why\? / }).getByRole('heading')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(widget.getByRole('region', { name: /^Why\? / })).toHaveCount(0)

  const label = widget.getByRole('button', { name: /^Why did the (client|server) enter / }).first()
  await label.click()
  await expect(widget.getByRole('region', { name: /^Why\? .*→/ })).toBeVisible()
})

test('in Chinese the Why panel speaks the textbook’s words', async ({ page }) => {
  await page.goto('/zh/lessons/three-way-handshake/')
  const widget = page.getByRole('region', { name: '模拟器：三次握手' })
  await ready(widget, '键盘快捷键')
  const step = widget.getByRole('button', { name: '单步', exact: true })
  for (let i = 0; i < 3; i++) await step.click()
  await widget.getByRole('button', { name: /^报文段 2：SYN,ACK.*为什么发送它？$/ }).focus()
  await page.keyboard.press('Enter')
  const panel = widget.getByRole('region', { name: /^为什么？/ })
  await expect(panel.getByRole('status')).toContainText(RULE_TEXTS_ZH.rules['listen-syn'].title)
  await expect(panel.getByRole('status')).toContainText('RFC 9293 §3.10.7.2 第三步')
})

test('in the playground, RFC against Linux on the dead-peer keep-alive run marks the first difference and both rules', async ({ page }) => {
  await page.goto('/en/playground/')
  await ready(page)
  await page.getByLabel('Scenario').selectOption({ label: 'Keep-alive gives up on a dead peer (10 s idle, 3 probes)' })
  await page.getByLabel('First run').selectOption('rfc')
  await page.getByLabel('Second run').selectOption('linux')
  await page.getByRole('button', { name: 'Compare' }).click()
  const comparison = page.getByRole('region', { name: /^Comparison: Keep-alive gives up on a dead peer/ })
  const summary = comparison.getByRole('status')
  await expect(summary).toContainText(/The runs part at event \d+/)
  await expect(summary).toContainText('Linux: Server sends RST,ACK')
  await expect(summary).toContainText('RFC 9293: nothing: this run has no event here')
  await expect(summary.getByText(RULE_TEXTS_EN.rules['keepalive-give-up'].title)).toHaveCount(2)
  await expect(comparison.getByText(/≠ first difference/)).toBeVisible()
})

test('a lesson embeds a comparison and a rule, rendered with the page', async ({ page }) => {
  await page.goto('/en/lessons/keep-alive/')
  await expect(page.getByRole('region', { name: /^Comparison: / }).getByRole('status')).toContainText('The runs part at event')
  await expect(page.locator('aside', { hasText: 'Rule:' }).first()).toContainText(/RFC 9293 §3\.8\.4/)
})
