/**
 * "Why?" for any trace entry: the rule that produced it, the event that started the engine step it
 * belongs to, the state change of that step and the TCB variables it changed. Pure: it only reads
 * the trace (entries of one engine step are next to each other and share `step`).
 */
import type { RuleId } from '../tcp/rules'
import type { TcpState } from '../tcp/types'
import type { HostId, TcbChange, TraceEntry } from './types'

/** What the Why panel shows for one entry. */
export type Explanation = {
  /** Where the entry is in the trace. */
  readonly index: number
  readonly entry: TraceEntry
  /** The rule that produced this entry. */
  readonly rule: RuleId
  /** The rule that decided the step's outcome, when it is another one (a segment's ACK rides on a state change). */
  readonly stepRule: RuleId | null
  /** The host whose engine took the step; null for an entry no engine step made. */
  readonly host: HostId | null
  /** The arrival, timer expiry or user call that started the step. */
  readonly trigger: TraceEntry | null
  /** The host's state before and after the step (equal when it did not change). */
  readonly state: { readonly from: TcpState; readonly to: TcpState } | null
  readonly changes: ReadonlyArray<TcbChange>
}

type Explained = Extract<TraceEntry, { rule: RuleId }>

function hasRule(entry: TraceEntry | undefined): entry is Explained {
  return entry !== undefined && 'rule' in entry
}

function isTrigger(entry: TraceEntry): boolean {
  return entry.type === 'segment_delivered' || entry.type === 'timer_expire' || entry.type === 'user_call'
}

function hostOf(entry: Explained): HostId {
  switch (entry.type) {
    case 'segment_sent':
      return entry.from
    case 'segment_delivered':
      return entry.to
    default:
      return entry.host
  }
}

/** Pure. The host's state just before trace index `index`, from the state changes before it. */
export function stateBefore(trace: ReadonlyArray<TraceEntry>, index: number, host: HostId): TcpState {
  for (let i = index - 1; i >= 0; i--) {
    const e = trace[i]!
    if (e.type === 'state_change' && e.host === host) return e.to
  }
  return 'CLOSED'
}

/** Pure. Why the entry at `index` happened; null for an entry no rule produced (a fate the learner chose). */
export function explainEntry(trace: ReadonlyArray<TraceEntry>, index: number): Explanation | null {
  const entry = trace[index]
  if (!hasRule(entry)) return null
  const host = hostOf(entry)
  if (entry.step === null) {
    const from = stateBefore(trace, index, host)
    const to = entry.type === 'state_change' ? entry.to : from
    return { index, entry, rule: entry.rule, stepRule: null, host, trigger: null, state: { from, to }, changes: [] }
  }
  const step = entry.step
  let first = index
  while (first > 0 && stepOf(trace[first - 1]) === step) first--
  let last = index
  while (last + 1 < trace.length && stepOf(trace[last + 1]) === step) last++
  let trigger: TraceEntry | null = null
  let stateChange: Extract<TraceEntry, { type: 'state_change' }> | null = null
  let changes: ReadonlyArray<TcbChange> = []
  for (let i = first; i <= last; i++) {
    const e = trace[i]!
    if (isTrigger(e) && trigger === null) trigger = e
    if (e.type === 'state_change') stateChange = e
    if (e.type === 'tcb_update') changes = e.changes
  }
  const stepRule = trigger && hasRule(trigger) && trigger.rule !== entry.rule ? trigger.rule : null
  const from = stateChange ? stateChange.from : stateBefore(trace, first, host)
  return { index, entry, rule: entry.rule, stepRule, host, trigger, state: { from, to: stateChange ? stateChange.to : from }, changes }
}

function stepOf(entry: TraceEntry | undefined): number | null {
  return hasRule(entry) ? entry.step : null
}

/** Pure. The trace index of segment `id`'s `segment_sent` entry, or -1. */
export function sentIndex(trace: ReadonlyArray<TraceEntry>, id: number): number {
  return trace.findIndex((e) => e.type === 'segment_sent' && e.id === id)
}

/**
 * Pure. The entry that best answers "why did that happen?" about the last event: the start of the
 * latest engine step (its outcome's rule), or the latest entry with a rule; -1 when there is none.
 */
export function lastExplainable(trace: ReadonlyArray<TraceEntry>): number {
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]!
    if (!hasRule(e)) continue
    if (e.step === null) return i
    let first = i
    while (first > 0 && stepOf(trace[first - 1]) === e.step) first--
    return first
  }
  return -1
}
