import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { parseScenarioText } from '../scenario-text/parse'
import { runScenarioText } from '../scenario-text/run-text'
import { runScenario, statesOf } from './index'
import { scenarioIds, scenarios } from './scenarios'

const DIR = path.join(import.meta.dirname, '../../content/scenarios')

function load(id: string) {
  const r = parseScenarioText(readFileSync(path.join(DIR, `${id}.txt`), 'utf8'))
  if (!r.ok) throw new Error(r.problems.map((p) => `${id}.txt:${p.line}:${p.column}  ${p.message}  (${p.hint})`).join('\n'))
  return r
}

test.each(scenarioIds.map((id) => [id]))('content/scenarios/%s.txt replays like the TypeScript definition', (id) => {
  const old = scenarios[id]!
  const { scenario, expectations } = load(id)
  expect(scenario).toEqual(old)
  expect(runScenario(scenario).trace).toEqual(runScenario(old).trace)
  for (const cp of old.checkpoints ?? []) {
    expect(statesOf(runScenario(scenario, cp.afterAction))).toEqual({ client: cp.client, server: cp.server })
  }
  expect(runScenarioText(scenario, expectations).failures).toEqual([])
})

test('every scenario file is one of the scenarios, named by its id', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'))
  expect(files.map((f) => f.replace(/\.txt$/, '')).sort()).toEqual([...scenarioIds].sort())
})
