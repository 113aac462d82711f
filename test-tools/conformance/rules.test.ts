import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { RULES, isRuleId, type RuleId } from '../../lib/tcp/rules'
import type { SimState, TraceEntry } from '../../lib/sim/types'
import { isObject, type Json } from './case-json'
import { judgeScenario } from './judge-scenario'
import { simulateVector } from './judge-vector'

const load = (name: string): { meta: Json; vectors: Json[]; scenarios: Json[] } =>
  JSON.parse(readFileSync(new URL(`../../lib/tcp/__fixtures__/${name}`, import.meta.url), 'utf8'))

/** The sections of RFC 9293 a rule stands on: its own and those it cites. */
function sectionsOf(rule: RuleId): string[] {
  const info = RULES[rule] as { section: string | null; see?: ReadonlyArray<string> }
  return [info.section, ...(info.see ?? [])].filter((s): s is string => s !== null)
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']

/**
 * True when a case's `ref` ("RFC 9293 3.10.7.4 fifth step; Fig. 6") cites one of the rule's
 * sections exactly, and, where the clause citing the rule's own section names steps, the rule's step.
 */
function citedIn(ref: string, rule: RuleId): boolean {
  const info = RULES[rule] as { section: string | null; step?: string }
  return sectionsOf(rule).some((section) => {
    const clause = ref.split(';').find((c) => new RegExp(`(?:^|[^\\d.])${section.replace(/\./g, '\\.')}(?![\\d.]*\\d)`).test(c))
    if (clause === undefined) return false
    const steps = ORDINALS.filter((o) => new RegExp(`\\b${o}\\b`).test(clause))
    return section !== info.section || steps.length === 0 || !info.step || steps.includes(info.step)
  })
}

for (const file of ['oracle.json', 'extra-cases.json', 'rfc-review-cases.json']) {
  test(`every vector of ${file} is decided by a known rule, and the rule's section is the one the case cites`, () => {
    const doc = load(file)
    const wrong: string[] = []
    for (const v of doc.vectors.filter(isObject)) {
      const { rule } = simulateVector(v, doc.meta)
      if (!isRuleId(rule)) {
        wrong.push(`${String(v.id)}: unknown rule ${rule}`)
        continue
      }
      const ref = typeof v.ref === 'string' ? v.ref : ''
      if (/RFC 9293 \d/.test(ref) && !citedIn(ref, rule)) wrong.push(`${String(v.id)}: ${rule} (§${sectionsOf(rule).join(', §')}) but the case cites "${ref}"`)
    }
    expect(wrong).toEqual([])
  })
}

/** Entries that must say why: every segment, every timer and every state change. */
function mustExplain(entry: TraceEntry): boolean {
  return /^(segment_sent|state_change|timer_(start|restart|cancel|expire)|segment_delivered|user_call|tcb_update)$/.test(entry.type)
}

test('every segment, timer and state change in every oracle scenario names a known rule, and the entries of one engine step agree on it', () => {
  const doc = load('oracle.json')
  expect(doc.scenarios.length).toBeGreaterThan(0)
  for (const sc of doc.scenarios.filter(isObject)) {
    let sim: SimState | null = null
    judgeScenario(sc, (s) => (sim = s))
    const trace = (sim as SimState | null)?.trace ?? []
    expect(trace.filter(mustExplain).length).toBeGreaterThan(0)
    for (const entry of trace.filter(mustExplain)) {
      expect('rule' in entry && isRuleId(entry.rule), `${String(sc.id)}: ${JSON.stringify(entry)}`).toBe(true)
    }
    // A trigger entry carries the step's deciding rule; the state change of that step carries the same one.
    for (const [i, entry] of trace.entries()) {
      if (entry.type !== 'state_change' || entry.step === null) continue
      const trigger = trace.slice(0, i).findLast((e) => 'step' in e && e.step === entry.step && /segment_delivered|timer_expire|user_call/.test(e.type))
      expect(trigger && 'rule' in trigger ? trigger.rule : null, `${String(sc.id)} entry ${i}`).toBe(entry.rule)
    }
  }
})
