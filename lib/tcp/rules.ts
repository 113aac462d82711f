/**
 * The rules the engine applies, by stable id. `transition` names one for every effect it returns
 * and one for the whole event (`TransitionResult.rule`), so the simulator can answer "why?" for
 * any segment, timer or state change. The learners' texts are in `lib/rules`; here is only what
 * the engine needs: where each rule comes from, and which profile setting it depends on.
 *
 * Ids are stable: lessons cite them (`<Rule id="…">`) and the content check refuses unknown ones.
 * Rename one only together with every lesson that cites it.
 */
import type { ProfileChoices } from './types'

/** The steps of SEGMENT ARRIVES in a synchronized or SYN-RECEIVED state (RFC 9293 §3.10.7.4), and of LISTEN and SYN-SENT. */
export type ArrivalStep = 'first' | 'second' | 'third' | 'fourth' | 'fifth' | 'sixth' | 'seventh' | 'eighth'

/**
 * A profile setting a rule depends on: one of the documented choices (oracle README §7), or a
 * number the RFC leaves to the implementation.
 */
export type RuleSetting = keyof ProfileChoices | 'timeWaitMs' | 'delayedAckMs' | 'retries' | 'keepAlive'

export type RuleInfo = {
  /** The RFC 9293 section, e.g. "3.10.7.4"; null for what is not TCP's doing (a crash, a scenario's start, the network). */
  readonly section: string | null
  /** The step within a SEGMENT ARRIVES section. */
  readonly step?: ArrivalStep
  /** Other sections of RFC 9293 that say the same. */
  readonly see?: ReadonlyArray<string>
  /** The other document the rule comes from, where that is its source: "RFC 5961 §3.2", "RFC 6298 §5". */
  readonly source?: string
  /** The profile setting that decides what this rule does. */
  readonly setting?: RuleSetting
  /** A rule of a hypothetical teaching variant: not TCP. */
  readonly hypothetical?: true
}

const at = (section: string, extra: Partial<RuleInfo> = {}): RuleInfo => ({ section, ...extra })
const arrival = (section: string, step: ArrivalStep, extra: Partial<RuleInfo> = {}): RuleInfo => ({ section, step, ...extra })

/** Every rule, by id, in the order of RFC 9293 §3.10: user calls, SEGMENT ARRIVES, timeouts. */
export const RULES = {
  // OPEN, SEND, CLOSE, ABORT (§3.10.1 - §3.10.5)
  'open-passive': at('3.10.1'),
  'open-active': at('3.10.1', { see: ['3.5'] }),
  'open-active-from-listen': at('3.10.1', { setting: 'activeOpenInListen' }),
  'open-active-from-listen-refused': at('3.10.1', { setting: 'activeOpenInListen' }),
  'open-exists': at('3.10.1'),
  'send-no-connection': at('3.10.2'),
  'send-in-listen': at('3.10.2'),
  'send-queued': at('3.10.2'),
  'send-data': at('3.10.2', { see: ['3.8.1'] }),
  'send-after-close': at('3.10.2'),
  'close-no-connection': at('3.10.4'),
  'close-listen': at('3.10.4'),
  'close-syn-sent': at('3.10.4'),
  'close-after-queued-data': at('3.10.4'),
  'close-send-fin': at('3.10.4', { see: ['3.6'] }),
  'close-in-close-wait': at('3.10.4', { see: ['3.6'] }),
  'close-again': at('3.10.4'),
  'abort-no-connection': at('3.10.5'),
  'abort-silent': at('3.10.5'),
  'abort-reset': at('3.10.5', { setting: 'abortReset' }),

  // SEGMENT ARRIVES in CLOSED, LISTEN, SYN-SENT (§3.10.7.1 - §3.10.7.3)
  'closed-rst-ignored': at('3.10.7.1'),
  'closed-reset': at('3.10.7.1', { see: ['3.5.2'] }),
  'listen-rst-ignored': arrival('3.10.7.2', 'first'),
  'listen-ack-reset': arrival('3.10.7.2', 'second'),
  'listen-syn': arrival('3.10.7.2', 'third', { see: ['3.5'] }),
  'listen-other-dropped': arrival('3.10.7.2', 'fourth'),
  'two-way-listen-syn': arrival('3.10.7.2', 'third', { hypothetical: true }),
  'four-segment-listen-syn': arrival('3.10.7.2', 'third', { hypothetical: true }),
  'syn-sent-bad-ack': arrival('3.10.7.3', 'first', { see: ['3.5'] }),
  'two-way-bad-ack-ignored': arrival('3.10.7.3', 'first', { hypothetical: true }),
  'syn-sent-rst-refused': arrival('3.10.7.3', 'second'),
  'syn-sent-rst-ignored': arrival('3.10.7.3', 'second'),
  'syn-sent-syn-ack': arrival('3.10.7.3', 'fourth', { see: ['3.5'] }),
  'two-way-syn-ack': arrival('3.10.7.3', 'fourth', { hypothetical: true }),
  'simultaneous-open': arrival('3.10.7.3', 'fourth', { see: ['3.5'] }),
  'four-segment-ack': arrival('3.10.7.3', 'fourth', { hypothetical: true }),
  'syn-sent-dropped': arrival('3.10.7.3', 'fifth'),

  // SEGMENT ARRIVES otherwise (§3.10.7.4), step by step
  'simultaneous-open-syn-ack': arrival('3.10.7.4', 'fifth', { see: ['3.5'] }),
  'syn-received-syn-again': arrival('3.10.7.4', 'first', { setting: 'retransmittedSynInSynReceived' }),
  'not-acceptable': arrival('3.10.7.4', 'first', { see: ['3.4', '3.5.2'] }),
  'not-acceptable-rst': arrival('3.10.7.4', 'second', { source: 'RFC 5961 §3.2' }),
  'rst-challenge': arrival('3.10.7.4', 'second', { source: 'RFC 5961 §3.2' }),
  'rst-syn-received-passive': arrival('3.10.7.4', 'second', { see: ['3.5.3'] }),
  'rst-syn-received-active': arrival('3.10.7.4', 'second', { see: ['3.5.3'] }),
  'rst-reset': arrival('3.10.7.4', 'second', { see: ['3.5.3'] }),
  'syn-received-new-syn': arrival('3.10.7.4', 'fourth', { setting: 'inWindowSynInPassiveSynReceived' }),
  'syn-challenge': arrival('3.10.7.4', 'fourth', { source: 'RFC 5961 §4.2' }),
  'no-ack-dropped': arrival('3.10.7.4', 'fifth'),
  'syn-received-bad-ack': arrival('3.10.7.4', 'fifth'),
  'syn-received-ack': arrival('3.10.7.4', 'fifth', { see: ['3.5'] }),
  'ack-of-unsent': arrival('3.10.7.4', 'fifth', { see: ['3.5.2'] }),
  'ack-new': arrival('3.10.7.4', 'fifth', { source: 'RFC 6298 §5' }),
  'ack-window': arrival('3.10.7.4', 'fifth'),
  'ack-duplicate': arrival('3.10.7.4', 'fifth'),
  'keepalive-restart': at('3.8.4', { see: ['3.10.7.4'], source: 'RFC 1122 §4.2.3.6', setting: 'keepAlive' }),
  'fin-wait-1-acked': arrival('3.10.7.4', 'fifth', { see: ['3.6'] }),
  'closing-acked': arrival('3.10.7.4', 'fifth', { see: ['3.6'], setting: 'timeWaitMs' }),
  'last-ack-acked': arrival('3.10.7.4', 'fifth', { see: ['3.6'] }),
  'time-wait-fin-again': arrival('3.10.7.4', 'fifth', { see: ['3.6.1'], setting: 'timeWaitMs' }),
  'time-wait-ack': arrival('3.10.7.4', 'fifth', { setting: 'timeWaitAckRestartsTimer' }),
  'data-in-order': arrival('3.10.7.4', 'seventh'),
  'data-out-of-order': arrival('3.10.7.4', 'seventh'),
  'data-after-fin-ignored': arrival('3.10.7.4', 'seventh'),
  'delayed-ack': at('3.8.6.3', { see: ['3.10.7.4'], setting: 'delayedAckMs' }),
  'quick-ack': at('3.8.6.3', { setting: 'delayedAckMs' }),
  'ack-every-second-segment': at('3.8.6.3', { setting: 'delayedAckMs' }),
  'fin-established': arrival('3.10.7.4', 'eighth', { see: ['3.6'] }),
  'fin-wait-1-fin': arrival('3.10.7.4', 'eighth', { see: ['3.6'] }),
  'fin-wait-1-fin-acked': arrival('3.10.7.4', 'eighth', { see: ['3.6'], setting: 'timeWaitMs' }),
  'fin-wait-2-fin': arrival('3.10.7.4', 'eighth', { see: ['3.6'], setting: 'timeWaitMs' }),
  'fin-again': arrival('3.10.7.4', 'eighth'),
  'fin-out-of-order': arrival('3.10.7.4', 'eighth'),
  'no-time-wait-close': arrival('3.10.7.4', 'eighth', { hypothetical: true }),

  // Timeouts (§3.10.8, §3.8)
  'rto-retransmit': at('3.10.8', { see: ['3.8.1'], source: 'RFC 6298 §5' }),
  'rto-give-up': at('3.8.3', { setting: 'giveUpReset' }),
  'rto-give-up-syn-received': at('3.8.3', { setting: 'synAckGiveUpState' }),
  'rto-nothing-outstanding': at('3.10.8'),
  'time-wait-timeout': at('3.10.8', { see: ['3.6.1'], setting: 'timeWaitMs' }),
  'user-timeout': at('3.10.8'),
  'keepalive-probe': at('3.8.4', { source: 'RFC 1122 §4.2.3.6', setting: 'keepAlive' }),
  'keepalive-busy': at('3.8.4', { setting: 'keepAlive' }),
  'keepalive-not-running': at('3.8.4', { see: ['3.10.8'], setting: 'keepAlive' }),
  'keepalive-give-up': at('3.8.4', { source: 'RFC 1122 §4.2.3.6', setting: 'giveUpReset' }),
  'delayed-ack-timeout': at('3.8.6.3', { setting: 'delayedAckMs' }),
  'timer-stale': at('3.10.8'),

  // What is not TCP's doing, so a trace has no entry without a rule
  'host-crash': { section: '3.5.1' },
  'host-reboot': { section: '3.5.1' },
  'old-duplicate-injected': { section: '3.4' },
  'scenario-start': { section: null },
} as const satisfies Record<string, RuleInfo>

/** A rule's stable id, e.g. "listen-syn". */
export type RuleId = keyof typeof RULES

/** Every rule id, in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as ReadonlyArray<RuleId>

/** Pure. True for a known rule id (the content check uses it for `<Rule id>`). */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id)
}

/** Pure. The catalogue entry of a rule. */
export function ruleInfo(id: RuleId): RuleInfo {
  return RULES[id]
}
