/**
 * The course's scenarios, written as text in content/scenarios/*.txt (content/README.md, Scenarios)
 * and built into catalogue.json by `npm run build:scenarios`, which runs before `dev`, `build`
 * and the tests. Ids are stable: lessons and URLs refer to them.
 */
import catalogue from './catalogue.json' with { type: 'json' }
import type { Scenario } from './types'

// The catalogue is written by the scenario parser, which produces exactly this type.
const list = catalogue as unknown as ReadonlyArray<Scenario>

/** Every scenario by its stable id. */
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(list.map((s) => [s.id, s]))

/** Every scenario id, in the order of their ids. */
export const scenarioIds: ReadonlyArray<string> = list.map((s) => s.id)
