import { expect, test } from './fixtures'
import { answerPredictWrongThenRight, stepEverySimulatorToItsEnd, type PredictOnPage } from './lesson-journey'

/**
 * Every lesson, in both languages: no console error (the fixture), every simulator stepped through
 * its story to the engine's end states, and a Predict on a run with a fault missed, then answered.
 */
const lessons: ReadonlyArray<{ slug: string; title: { en: string; zh: string }; predicts: ReadonlyArray<PredictOnPage> }> = [
  {
    slug: 'three-way-handshake',
    title: { en: 'The three-way handshake', zh: '三次握手' },
    predicts: [{ id: 'handshake-lost-syn-retransmit', scenario: 'lost-syn', before: 3, ask: 'client,seq' }],
  },
  {
    slug: 'why-three-segments',
    title: { en: 'Why three segments, not two or four', zh: '为什么是三次握手，而不是两次或四次' },
    predicts: [{ id: 'why-stale-synack-reset', scenario: 'old-duplicate-syn', before: 5, ask: 'client,seq' }],
  },
  {
    slug: 'four-way-close',
    title: { en: 'The four-way close', zh: '四次挥手' },
    predicts: [{ id: 'close-lost-fin-retransmit', scenario: 'lost-fin', before: 3, ask: 'client,server,seq' }],
  },
  {
    slug: 'time-wait',
    title: { en: 'TIME-WAIT and 2MSL', zh: 'TIME-WAIT 与 2MSL' },
    predicts: [{ id: 'tw-lost-ack-fin-again', scenario: 'lost-final-ack', before: 8, ask: 'client,server,seq,ack' }],
  },
  {
    slug: 'keep-alive',
    title: { en: 'Keep-alive', zh: '保活计时器' },
    predicts: [
      { id: 'keepalive-dead-peer-gives-up', scenario: 'keepalive-dead-peer-short', before: 8, ask: 'server,seq,ack' },
      { id: 'keepalive-rebooted-rst', scenario: 'keepalive-rebooted-peer-short', before: 4, ask: 'client,server,seq' },
    ],
  },
  {
    slug: 'revision',
    title: { en: 'Revision: the whole lifecycle and the exam traps', zh: '复习：连接的全过程与考试陷阱' },
    predicts: [{ id: 'rev-time-wait-starts', scenario: 'close-timing-exam', before: 5, ask: 'client,seq,ack' }],
  },
]

for (const lesson of lessons) {
  for (const locale of ['en', 'zh'] as const) {
    test(`${lesson.slug} in ${locale}: every simulator steps to its end and a fault Predict is missed, then answered`, async ({ page }) => {
      test.setTimeout(180_000) // up to eight simulators of up to 22 steps, one click at a time
      await page.goto(`/${locale}/lessons/${lesson.slug}/`)
      await expect(page.getByRole('heading', { level: 1, name: lesson.title[locale] })).toBeVisible()
      expect(await stepEverySimulatorToItsEnd(page, locale)).toBeGreaterThanOrEqual(2)
      for (const predict of lesson.predicts) await answerPredictWrongThenRight(page, locale, predict)
    })
  }
}
