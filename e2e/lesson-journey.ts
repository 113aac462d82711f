import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expectedAnswer, parseAskWords, scenarioTimeline } from '../lib/quiz/predict-answer'
import { scenarios } from '../lib/scenarios'
import type { TcpState } from '../lib/tcp'
import { clickUntil, expect } from './fixtures'

/** The journeys every lesson page gets, in the reader's language: simulators stepped to their end, a Predict missed and then got right. */

type Locale = 'en' | 'zh'
type Messages = Record<string, Record<string, unknown>>

function messages(locale: Locale, area: 'simulator' | 'practice'): Messages {
  return JSON.parse(readFileSync(new URL(`../i18n/messages/${locale}/${area}.json`, import.meta.url), 'utf8')) as Messages
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function text(tree: Messages, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree)
  if (typeof value !== 'string') throw new Error(`no message ${path}`)
  return value
}

/**
 * Opens every deep dive, steps every simulator on the page through its scripted story, and checks
 * that each then shows the end states the engine computes for its scenario. Returns how many
 * simulators there were.
 */
export async function stepEverySimulatorToItsEnd(page: Page, locale: Locale): Promise<number> {
  const sim = messages(locale, 'simulator')
  const prefix = text(sim, 'region').replace('{title}', '')
  const regions = page.getByRole('region', { name: new RegExp(`^${escapeRegExp(prefix)}`) })
  const closedDeepDives = page.locator('details:not([open]) > summary')
  while ((await closedDeepDives.count()) > 0) await closedDeepDives.first().click()
  const count = await regions.count()
  for (let i = 0; i < count; i++) {
    const region = regions.nth(i)
    const title = (await region.getAttribute('aria-label'))!.slice(prefix.length)
    const scenario = Object.values(scenarios).find((s) => s.title[locale] === title)
    expect(scenario, `a scenario titled "${title}"`).toBeDefined()
    const help = region.getByRole('button', { name: text(sim, 'help.button') })
    await clickUntil(help, async () => (await help.getAttribute('aria-expanded')) === 'true')
    await help.click()

    // The scripted story has as many steps as the engine's timeline of the scenario; Step may stay
    // enabled after it (a timer still pending runs the simulation on), so the end is the last scripted step.
    const step = region.getByRole('button', { name: text(sim, 'controls.step'), exact: true })
    const steps = scenarioTimeline(scenario!).steps.length
    for (let n = 0; n < steps; n++) {
      await expect(step, `Step ${n + 1} of ${steps} in "${title}"`).toBeEnabled()
      await step.click()
    }
    const shown = (state: TcpState | null) => state ?? text(sim, 'hostDown')
    await expect(region.getByLabel(text(sim, 'clientState'), { exact: true })).toHaveText(shown(scenario!.expected.client))
    await expect(region.getByLabel(text(sim, 'serverState'), { exact: true })).toHaveText(shown(scenario!.expected.server))
  }
  return count
}

/** A `<Predict>` as the lesson writes it. */
export type PredictOnPage = { id: string; scenario: string; before: number; ask: string }

/**
 * Answers a Predict wrongly (every field off by one state or one number), sees the engine's
 * answer, tries again with the engine's answer and is told it is right.
 */
export async function answerPredictWrongThenRight(page: Page, locale: Locale, predict: PredictOnPage): Promise<void> {
  const practice = messages(locale, 'practice')
  const fields = parseAskWords(predict.ask)
  const result = expectedAnswer(predict.scenario, { beforeStep: predict.before - 1 }, fields)
  if (!result.ok) throw new Error(`Predict ${predict.id} has no answer: ${result.error.code}`)
  const expected = result.answer.expected
  const quiz = page.locator(`#quiz-${predict.id}`)
  await quiz.scrollIntoViewIfNeeded()

  const fill = async (right: boolean) => {
    for (const field of fields) {
      const input = quiz.getByLabel(text(practice, `predict.field.${field}`))
      if (field === 'clientState' || field === 'serverState') {
        const state = expected[field]!
        await input.selectOption(right ? state : state === 'CLOSED' ? 'LISTEN' : 'CLOSED')
      } else {
        const value = expected[field]!
        await input.fill(String(right ? value : value + 1))
      }
    }
    await quiz.getByRole('button', { name: text(practice, 'predict.check') }).click()
  }

  // The verdict reads "✗ Not quite." / "✓ Right!": match its end, the mark is decoration.
  const verdict = (key: 'quiz.wrong' | 'quiz.right') => quiz.getByText(new RegExp(`${escapeRegExp(text(practice, key))}$`))
  await fill(false)
  await expect(verdict('quiz.wrong')).toBeVisible()
  await quiz.getByRole('button', { name: text(practice, 'quiz.retry') }).click()
  await fill(true)
  await expect(verdict('quiz.right')).toBeVisible()
}
