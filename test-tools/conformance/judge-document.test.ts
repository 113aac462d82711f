import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { formatReport, runConformance } from './index'

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../lib/tcp/__fixtures__/${name}`, import.meta.url), 'utf8'))

test('every vector and scenario of the oracle passes', () => {
  const report = runConformance(load('oracle.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  expect(report.passed).toBe(89)
})

test('the extra cases (other states and events) pass', () => {
  const report = runConformance(load('extra-cases.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  expect(report.passed).toBeGreaterThanOrEqual(19)
})

test('a wrong expectation, an unknown event and an unknown step shape fail without stopping the run', () => {
  const report = runConformance(load('wrong-cases.json'))
  expect(report.results.map((r) => [r.id, r.pass])).toEqual([
    ['wrong.established.rcv_rst', false],
    ['wrong.unknown_event', false],
    ['right.closed.rcv_syn', true],
    ['wrong.step_shape', false],
  ])
  const lines = formatReport(report)
  expect(lines[0]).toBe('FAIL wrong.established.rcv_rst: expected ESTABLISHED + nothing sent, got CLOSED + nothing sent')
  expect(lines.at(-1)).toBe('1 passed, 3 failed')
})

test('a document that is not an oracle file fails as a whole', () => {
  expect(runConformance([]).failed).toBe(1)
  expect(runConformance({ meta: {} }).failed).toBe(1)
})

test('the failing RFC review cases all pass now (rfc-review-failing.json was folded into rfc-review-cases.json)', () => {
  const report = runConformance(load('rfc-review-cases.json'))
  expect(report.results.filter((r) => !r.pass)).toEqual([])
  const ids = report.results.map((r) => r.id)
  for (const id of [
    'r.established.rcv_fin.unacceptable_ack',
    'r.fin_wait_1.rcv_finack.unacceptable_ack',
    'r.S_half_open_discovery_crashed_client',
    'r.S_keepalive_live_peer',
  ]) expect(ids).toContain(id)
})
