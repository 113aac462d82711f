import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { playRun, randomRunArb } from '../sim/moves.testkit'
import type { TraceEntry } from '../sim/types'
import { RULE_IDS, RULES, isRuleId, ruleInfo } from './rules'

const published = JSON.parse(readFileSync(new URL('./__fixtures__/rule-ids.json', import.meta.url), 'utf8')) as string[]

test('rule ids are stable: every id lessons may cite is still in the catalogue', () => {
  expect(published.filter((id) => !isRuleId(id))).toEqual([])
  // A new rule is fine; it joins the list so that it stays.
  expect(RULE_IDS.filter((id) => !published.includes(id))).toEqual([])
})

test('every rule names an RFC 9293 section, except the ones for what is not TCP’s doing', () => {
  const sectionless = RULE_IDS.filter((id) => RULES[id].section === null)
  expect(sectionless).toEqual(['scenario-start'])
  for (const id of RULE_IDS) {
    const section = RULES[id].section
    if (section !== null) expect(section, id).toMatch(/^3(\.\d+)+$/)
  }
})

test('in any run, every entry of one engine step shares it; the step starts with the event, and its state change carries the deciding rule', () => {
  const trigger = (e: TraceEntry) => e.type === 'segment_delivered' || e.type === 'timer_expire' || e.type === 'user_call'
  fc.assert(
    fc.property(randomRunArb, (run) => {
      const variant = run[1]
      const sim = playRun(run)
      let step: number | null = null
      let decided: string | null = null
      for (const e of sim.trace) {
        if (!('rule' in e)) continue
        expect(isRuleId(e.rule)).toBe(true)
        if (ruleInfo(e.rule).hypothetical) expect(variant).not.toBe('standard')
        if (e.step === null) continue
        if (e.step !== step) {
          // A new engine step opens with the event that started it, which names the outcome's rule.
          expect(trigger(e)).toBe(true)
          expect(e.step).toBe((step ?? 0) + 1)
          step = e.step
          decided = e.rule
        } else {
          expect(trigger(e)).toBe(false)
          if (e.type === 'state_change' || e.type === 'tcb_update') expect(e.rule).toBe(decided)
        }
      }
      expect(step ?? 0).toBeLessThanOrEqual(sim.stepCount)
    }),
    { seed: 20261204, numRuns: 300 },
  )
})
