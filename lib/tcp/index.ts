/**
 * Public surface of the TCP engine (RFC 9293): types, the pure `transition` reducer, sequence
 * arithmetic, segment helpers, profiles and variants.
 */
export type {
  Effect,
  KeepAliveTimes,
  Label,
  Profile,
  ProfileChoices,
  ProfileId,
  Segment,
  SegmentFlags,
  SendReason,
  Seq,
  SynReceivedFrom,
  Tcb,
  TcbState,
  TcpEvent,
  TcpState,
  TimerKind,
  TransitionContext,
  TransitionResult,
  UserSignal,
  Variant,
  VariantId,
} from './types'
export { TCP_STATES, TIMER_KINDS } from './types'
export {
  SEQ_MODULUS,
  seqAdd,
  seqBetween,
  seqDiff,
  seqGeq,
  seqGt,
  seqInWindow,
  seqLeq,
  seqLt,
  toSeq,
} from './seq'
export { applyTcbText, defaultRole, referenceTcb } from './reference'
export type { ReferenceOptions, Role } from './reference'
export { controlBits, createSegment, flagNames, formatRfc, formatTextbook, parseRfc, segLen } from './segment'
export { LINUX_PROFILE, PROFILE_IDS, PROFILES, RFC_PROFILE, TEXTBOOK_PROFILE, getProfile } from './profiles'
export {
  createTcb,
  hasOutstandingFin,
  hasSentFin,
  isAcceptableAck,
  isAcceptableSegment,
  isSynchronized,
  keepAliveTimesOf,
  transition,
} from './transition'
export { VARIANT_IDS, VARIANTS, getVariant, isHypothetical } from './variants'
export { RULE_IDS, RULES, isRuleId, ruleInfo } from './rules'
export type { ArrivalStep, RuleId, RuleInfo, RuleSetting } from './rules'
