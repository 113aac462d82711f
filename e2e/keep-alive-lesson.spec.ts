import { expect, test } from './fixtures'
import { answerPredictWrongThenRight, stepEverySimulatorToItsEnd } from './lesson-journey'

const title = { en: 'Keep-alive', zh: '保活计时器' } as const

// A run with a fault: the client's host is dead and the server gives up after its third probe.
const deadPeer = { id: 'keepalive-dead-peer-gives-up', scenario: 'keepalive-dead-peer-short', before: 8, ask: 'server,seq,ack' }
// Another: the client rebooted and answers the probe with a RST.
const rebooted = { id: 'keepalive-rebooted-rst', scenario: 'keepalive-rebooted-peer-short', before: 4, ask: 'client,server,seq' }

for (const locale of ['en', 'zh'] as const) {
  test(`keep-alive in ${locale}: every simulator steps to its end and fault Predicts are missed, then answered`, async ({ page }) => {
    test.setTimeout(180_000) // five simulators, the longest 22 steps, stepped one click at a time
    await page.goto(`/${locale}/lessons/keep-alive/`)
    await expect(page.getByRole('heading', { level: 1, name: title[locale] })).toBeVisible()
    expect(await stepEverySimulatorToItsEnd(page, locale)).toBeGreaterThanOrEqual(2)
    await answerPredictWrongThenRight(page, locale, deadPeer)
    await answerPredictWrongThenRight(page, locale, rebooted)
  })
}
