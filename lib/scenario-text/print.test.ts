import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { scenarios } from '../scenarios/scenarios'
import { startScenario, runScenario } from '../scenarios/index'
import { applyAction, createSimulation, recordingOf } from '../sim/simulation'
import { hostArb, moveArb, profileArb, toAction, variantArb } from '../sim/moves.testkit'
import type { SimAction, SimState } from '../sim/types'
import { createSegment } from '../tcp/segment'
import { parseScenarioText } from './parse'
import { printRecording, printScenario } from './print'
import { runScenarioText } from './run-text'

function parsed(text: string) {
  const r = parseScenarioText(text)
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'))
  return r
}

describe('printScenario', () => {
  test.each(Object.keys(scenarios))('%s: parse(print(x)) is x', (id) => {
    const scenario = scenarios[id]!
    expect(parsed(printScenario(scenario)).scenario).toEqual(scenario)
  })

  test('expectations are written back where they were', () => {
    const text = printScenario(scenarios['three-way-handshake']!).replace('script:\n', 'script:\nexpect client CLOSED\n') + 'expect server > S. 0:0(0) ack 1\n'
    const first = parsed(text)
    expect(printScenario(first.scenario, first.expectations)).toBe(text)
  })
})

/** Moves the testkit does not make: the network's other verbs, keep-alive options, set-up of TCBs. */
const extraArb: fc.Arbitrary<SimAction> = fc.oneof(
  fc.tuple(hostArb, fc.constantFrom('deliver' as const, 'drop' as const, 'delay' as const, 'duplicate' as const), fc.option(fc.nat(5000), { nil: undefined })).map(
    ([from, fate, delayMs]): SimAction => ({ type: 'fate_last', from, fate, ...(fate === 'delay' && delayMs !== undefined ? { delayMs } : {}) }),
  ),
  fc.tuple(hostArb, fc.nat(1000), fc.boolean()).map(([from, seq, ack]): SimAction => ({ type: 'inject', from, segment: createSegment({ seq, flags: { syn: true, ack }, ack: ack ? 301 : 0, wnd: 65535 }) })),
  fc.tuple(hostArb, fc.boolean(), fc.integer({ min: 1, max: 30 })).map(([host, keepAlive, idle]): SimAction => ({ type: 'connect', host, keepAlive, keepAliveTimes: { idleMs: idle * 1000, intervalMs: 5000, probes: 3 }, iss: 500 })),
  fc.tuple(fc.constantFrom('auto' as const, 'manual' as const), fc.nat(300)).map(([mode, delayMs]): SimAction => ({ type: 'configure_channel', mode, delayMs })),
  fc.integer({ min: 1, max: 50 }).map((maxSteps): SimAction => ({ type: 'run', maxSteps })),
  fc.tuple(hostArb, fc.nat(400)).map(([host, iss]): SimAction => ({ type: 'reboot', host, iss })),
)

describe('Copy as scenario', () => {
  test('print, parse and replay a random run: the same trace', () => {
    fc.assert(
      fc.property(profileArb, variantArb, fc.array(fc.oneof({ weight: 4, arbitrary: moveArb.map((m) => ({ m })) }, { weight: 1, arbitrary: extraArb.map((a) => ({ a })) }), { maxLength: 30 }), (profile, variant, moves) => {
        let sim: SimState = createSimulation({ profile, variant })
        for (const move of moves) {
          const action = 'a' in move ? move.a : toAction(sim, move.m)
          if (action) sim = applyAction(sim, action)
        }
        const text = printRecording(recordingOf(sim))
        const back = parsed(text)
        expect(runScenario(back.scenario).trace).toEqual(sim.trace)
        expect(runScenarioText(back.scenario, back.expectations).failures).toEqual([])
      }),
      { seed: 20261204, numRuns: 100 },
    )
  })

  test('a copied run starts where the playground started', () => {
    const sim = applyAction(createSimulation({ profile: 'linux', seed: 7, iss: { client: 1000 }, channel: { delayMs: 25 } }), { type: 'connect', host: 'client' })
    const text = printRecording(recordingOf(sim), { id: 'my-run' })
    expect(text).toContain('id: my-run\n')
    expect(text).toContain('seed: 7\n')
    expect(text).toContain('iss: client 1000, server 300\n')
    expect(text).toContain('delay: 25ms\n')
    expect(startScenario(parsed(text).scenario).config.seed).toBe(7)
  })
})
