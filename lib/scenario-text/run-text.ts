/**
 * Runs a parsed scenario file: the printed run (see `listing.ts`) and the verdict of each
 * expectation, with what the engine did instead when one fails.
 */
import { applyAction, createSimulation, hostState } from '../sim/simulation'
import type { HostId, SimState } from '../sim/types'
import type { Scenario } from '../scenarios/types'
import { addEntries, createListing, formatTime, listingLines, type Listing, type SegmentRow } from './listing'
import { formatSegment, formatState } from './notation'
import type { TcpState } from '../tcp/types'
import type { Expectation, SegmentPattern } from './types'

/** A failed expectation: where it is, what it asked for and what the engine did. */
export type ExpectationFailure = { readonly line: number; readonly column: number; readonly expected: string; readonly actual: string }

/** What running a scenario file gives. */
export type TextRun = {
  readonly sim: SimState
  readonly lines: ReadonlyArray<string>
  readonly passed: number
  readonly failures: ReadonlyArray<ExpectationFailure>
}

/** Pure. Replays the set-up and the script, checking each expectation at its place. */
export function runScenarioText(scenario: Scenario, expectations: ReadonlyArray<Expectation>): TextRun {
  let sim = createSimulation({ seed: 1, ...scenario.options, profile: scenario.profile, variant: scenario.variant })
  const listing = createListing()
  const failures: ExpectationFailure[] = []
  let passed = 0
  let cursor = 0 // segment rows before this index were matched or passed over by segment expectations
  const check = (e: Expectation) => {
    const result = e.kind === 'state' ? checkState(sim, e.host, e.state) : checkSegment(listing, cursor, e.host, e.pattern)
    if (e.kind === 'segment') cursor = result.cursor ?? cursor
    if (result.actual === null) passed++
    else failures.push({ line: e.line, column: e.column, expected: describe(e), actual: result.actual })
  }
  for (const section of ['setup', 'script'] as const) {
    const actions = scenario[section]
    for (let i = 0; i <= actions.length; i++) {
      for (const e of expectations) if (e.at.section === section && e.at.actions === i) check(e)
      const action = actions[i]
      if (!action) continue
      const before = sim.trace.length
      if (action.type === 'set_tcb' && action.tcb && action.tcb.state !== 'LISTEN') listing.isn[action.host] = action.tcb.iss
      sim = applyAction(sim, action)
      const inFlight = sim.channel.inFlight
      addEntries(listing, sim.trace.slice(before), (id) => inFlight.find((s) => s.id === id))
    }
  }
  return { sim, lines: listingLines(listing), passed, failures }
}

function describe(e: Expectation): string {
  if (e.kind === 'segment') return `${e.host} > ${formatSegment(e.pattern)}`
  const what = e.source === 'end' ? ' at the end' : ''
  return `${e.host} ${formatState(e.state)}${what}`
}

function checkState(sim: SimState, host: HostId, state: TcpState | null): { actual: string | null; cursor?: number } {
  const actual = hostState(sim, host)
  return { actual: actual === state ? null : `the ${host} is ${formatState(actual)}` }
}

/** The next segment `host` sent after the cursor must match; the cursor then moves past it either way. */
function checkSegment(listing: Listing, cursor: number, host: HostId, want: SegmentPattern): { actual: string | null; cursor: number } {
  for (let i = cursor; i < listing.rows.length; i++) {
    const row = listing.rows[i]!
    if (row.kind !== 'segment' || row.from !== host || row.note !== null) continue
    return { actual: matches(row, want) ? null : `the ${host} sent ${formatSegment({ ...row.pattern, win: want.win === null ? null : row.pattern.win })} (#${row.id} at ${formatTime(row.time).trim()} s)`, cursor: i + 1 }
  }
  return { actual: `the ${host} sent no further segment by then`, cursor }
}

function matches(row: SegmentRow, want: SegmentPattern): boolean {
  const got = row.pattern
  const f = (k: keyof SegmentPattern['flags']) => got.flags[k] === want.flags[k]
  return f('syn') && f('ack') && f('fin') && f('rst') && !got.flags.psh === !want.flags.psh && got.seq === want.seq && got.len === want.len && (want.ack === null || got.ack === want.ack) && (want.win === null || got.win === want.win)
}
