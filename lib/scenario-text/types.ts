/**
 * Types of the scenario text format (content/README.md, Scenarios): what a file parses to, the
 * problems a broken file gets, and the expectations the content check verifies against the engine.
 */
import type { HostId } from '../sim/types'
import type { Scenario } from '../scenarios/types'
import type { SegmentFlags, TcpState } from '../tcp/types'

/** One thing wrong with a file, where it is and how to fix it. Lines and columns count from 1. */
export type Problem = {
  readonly line: number
  readonly column: number
  readonly message: string
  readonly hint: string
}

/** Where a check sits: after the first `actions` actions of the set-up or of the script. */
export type Position = { readonly section: 'setup' | 'script'; readonly actions: number }

/**
 * A segment written in packetdrill notation, `S. 0:0(0) ack 1 win 65535`. In expectations the
 * numbers are relative (seq to the sender's ISN, ack to the receiver's); `ack` and `win` are
 * checked only when written.
 */
export type SegmentPattern = {
  readonly flags: SegmentFlags
  readonly seq: number
  readonly len: number
  readonly ack: number | null
  readonly win: number | null
}

/**
 * A check of the engine's run. `state`: a host's state at that point (null = host down); it comes
 * from an `expect` line, a `checkpoint` line or the `end:` header. `segment`: the next segment the
 * host sent (after the last one an earlier segment expectation matched) looks like `pattern`.
 */
export type Expectation =
  | {
      readonly kind: 'state'
      readonly line: number
      readonly column: number
      readonly at: Position
      readonly source: 'expect' | 'checkpoint' | 'end'
      readonly host: HostId
      readonly state: TcpState | null
    }
  | {
      readonly kind: 'segment'
      readonly line: number
      readonly column: number
      readonly at: Position
      readonly host: HostId
      readonly pattern: SegmentPattern
    }

/** What `parseScenarioText` returns: the scenario and its expectations, or every problem found. */
export type ParseResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly expectations: ReadonlyArray<Expectation> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }
