import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { getScenario, runScenario } from './index'
import { taughtTransitions } from './transitions'

const course = JSON.parse(readFileSync(path.join(process.cwd(), 'content/course.json'), 'utf8')) as { sections: Array<{ lessons: string[] }> }
const lessons = course.sections.flatMap((s) => s.lessons)

test.each(taughtTransitions.map((t) => [`${t.from} → ${t.to} (${t.scenario})`, t] as const))('%s: the engine takes it in its scenario, which its lesson embeds', (_name, t) => {
  const scenario = getScenario(t.scenario)
  expect(scenario, t.scenario).toBeDefined()
  const changes = runScenario(scenario!).trace.flatMap((e) => (e.type === 'state_change' ? [`${e.from} → ${e.to}`] : []))
  expect(changes).toContain(`${t.from} → ${t.to}`)
  expect(lessons).toContain(t.lesson)
  for (const locale of ['en', 'zh']) {
    const source = readFileSync(path.join(process.cwd(), `content/lessons/${t.lesson}.${locale}.mdx`), 'utf8')
    expect(source, `${t.lesson}.${locale}.mdx embeds ${t.scenario}`).toContain(`scenario="${t.scenario}"`)
  }
})

test('each transition is listed once, and every state of RFC 9293 is reached by some taught transition', () => {
  const rows = taughtTransitions.map((t) => `${t.from} → ${t.to}: ${t.event.en}`)
  expect(new Set(rows).size).toBe(rows.length)
  const reached = new Set(taughtTransitions.map((t) => t.to))
  for (const state of ['LISTEN', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT', 'CLOSING', 'LAST-ACK', 'TIME-WAIT', 'CLOSED']) {
    expect(reached, state).toContain(state)
  }
})
