import { expect, test } from 'vitest'
import { compileLesson } from './compile-lesson.server'
import { componentSpecs } from './component-specs'
import { ContentError } from './content-error'

const keepalive = componentSpecs.Simulator.props.keepalive.check

test('<Simulator keepalive> takes idle, interval and probes with units', () => {
  expect(keepalive({ kind: 'string', value: '10s,5s,3' })).toBeNull()
  expect(keepalive({ kind: 'string', value: '2h,75s,10' })).toBeNull()
})

test('<Simulator keepalive> refuses a malformed value and says what to write', () => {
  expect(keepalive({ kind: 'string', value: '10,5,3' })).toMatch(/keepalive="10,5,3": the idle time "10" needs a number and a unit/)
  expect(keepalive({ kind: 'string', value: '10s' })).toMatch(/write three values, idle,interval,probes, for example "10s,5s,3"/)
  expect(keepalive({ kind: 'boolean' })).toMatch(/for example keepalive="10s,5s,3"/)
})

test('a malformed keepalive is reported at the line of the simulator', async () => {
  const source = '---\ntitle: T\ndescription: D\n---\n\nText\n\n<Simulator scenario="keepalive-live-peer" keepalive="10s,5s,three" />\n'
  const problems = await compileLesson(source, 'content/lessons/sample.en.mdx').then(
    () => [],
    (error: unknown) => (error instanceof ContentError ? error.problems : Promise.reject(error)),
  )
  expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining('the probe count "three"') })])
})

test('<Simulator actions> is a bare flag', () => {
  const actions = componentSpecs.Simulator.props.actions.check
  expect(actions({ kind: 'boolean' })).toBeNull()
  expect(actions({ kind: 'string', value: 'yes' })).toMatch(/write actions on its own/)
})

test('<Rule id> takes a rule id of the engine and refuses an unknown one, naming the nearest', async () => {
  const id = componentSpecs.Rule.props.id.check
  expect(id({ kind: 'string', value: 'listen-syn' })).toBeNull()
  expect(id({ kind: 'string', value: 'fin-wait-2-fin' })).toBeNull()
  expect(id({ kind: 'boolean' })).toMatch(/for example id="listen-syn"/)
  const source = '---\ntitle: T\ndescription: D\n---\n\nText\n\n<Rule id="listen-sin" />\n'
  const problems = await compileLesson(source, 'content/lessons/sample.en.mdx').then(
    () => [],
    (error: unknown) => (error instanceof ContentError ? error.problems : Promise.reject(error)),
  )
  expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining('unknown rule "listen-sin"; did you mean "listen-syn"?') })])
})
