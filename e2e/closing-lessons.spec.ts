import { expect, test } from './fixtures'
import { answerPredictWrongThenRight, stepEverySimulatorToItsEnd } from './lesson-journey'

const lessons = [
  {
    slug: 'four-way-close',
    title: { en: 'The four-way close', zh: '四次挥手' },
    // A run with a fault: the client's first FIN is lost.
    predict: { id: 'close-lost-fin-retransmit', scenario: 'lost-fin', before: 3, ask: 'client,server,seq' },
  },
  {
    slug: 'time-wait',
    title: { en: 'TIME-WAIT and 2MSL', zh: 'TIME-WAIT 与 2MSL' },
    // A run with a fault: the client's last ACK is lost.
    predict: { id: 'tw-lost-ack-fin-again', scenario: 'lost-final-ack', before: 8, ask: 'client,server,seq,ack' },
  },
] as const

for (const lesson of lessons) {
  for (const locale of ['en', 'zh'] as const) {
    test(`${lesson.slug} in ${locale}: every simulator steps to its end and a fault Predict is missed, then answered`, async ({ page }) => {
      test.setTimeout(180_000) // six to eight simulators, up to 21 steps each, stepped one click at a time
      await page.goto(`/${locale}/lessons/${lesson.slug}/`)
      await expect(page.getByRole('heading', { level: 1, name: lesson.title[locale] })).toBeVisible()
      expect(await stepEverySimulatorToItsEnd(page, locale)).toBeGreaterThanOrEqual(2)
      await answerPredictWrongThenRight(page, locale, lesson.predict)
    })
  }
}
