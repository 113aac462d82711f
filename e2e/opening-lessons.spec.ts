import { expect, test } from './fixtures'
import { answerPredictWrongThenRight, stepEverySimulatorToItsEnd } from './lesson-journey'

const lessons = [
  {
    slug: 'three-way-handshake',
    title: { en: 'The three-way handshake', zh: '三次握手' },
    // A run with a fault: the first SYN is lost.
    predict: { id: 'handshake-lost-syn-retransmit', scenario: 'lost-syn', before: 3, ask: 'client,seq' },
  },
  {
    slug: 'why-three-segments',
    title: { en: 'Why three segments, not two or four', zh: '为什么是三次握手，而不是两次或四次' },
    // A run with a fault: an old duplicate SYN.
    predict: { id: 'why-stale-synack-reset', scenario: 'old-duplicate-syn', before: 5, ask: 'client,seq' },
  },
] as const

for (const lesson of lessons) {
  for (const locale of ['en', 'zh'] as const) {
    test(`${lesson.slug} in ${locale}: every simulator steps to its end and a fault Predict is missed, then answered`, async ({ page }) => {
      test.setTimeout(90_000) // five to seven simulators stepped one click at a time
      await page.goto(`/${locale}/lessons/${lesson.slug}/`)
      await expect(page.getByRole('heading', { level: 1, name: lesson.title[locale] })).toBeVisible()
      expect(await stepEverySimulatorToItsEnd(page, locale)).toBeGreaterThanOrEqual(2)
      await answerPredictWrongThenRight(page, locale, lesson.predict)
    })
  }
}
