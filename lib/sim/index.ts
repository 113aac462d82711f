/**
 * Public surface of the simulation: two hosts, a channel with chosen fates, a simulated clock,
 * a drawable trace and recordings for URLs.
 */
export type {
  Channel,
  ChannelMode,
  Fate,
  Host,
  HostApp,
  HostId,
  HostTimers,
  InFlightSegment,
  OpenOptions,
  PendingEvent,
  SimAction,
  SimConfig,
  SimOptions,
  SimRecording,
  SimState,
  StateChangeCause,
  TcbChange,
  TcbField,
  TimerEntry,
  TraceEntry,
  UserCallAction,
} from './types'
export { HOST_IDS } from './types'
export {
  DEFAULT_DELAY_MS,
  DEFAULT_ISS,
  DEFAULT_RUN_LIMIT,
  ISS_INCREMENT,
  applyAction,
  applyActions,
  createSimulation,
  decodeRecording,
  effectiveProfile,
  encodeRecording,
  heldSegments,
  hostState,
  isQuiescent,
  lastSegmentFrom,
  nextEvent,
  nextTimerEvent,
  optionsOfRecording,
  pendingEvents,
  recordingOf,
  replay,
} from './simulation'
export type {
  ArrowFate,
  Timeline,
  TimelineArrow,
  TimelineBuilder,
  TimelineGap,
  TimelineOptions,
  TimelineStateLabel,
  TimelineTimerSpan,
  TracePosition,
} from './timeline'
export { buildTimeline, continuesTrace, createTimeScale, createTimelineBuilder } from './timeline'
export { measureEngineStepsPerSecond } from './bench'
export type { ParsedKeepAlive } from './keepalive-times'
export {
  KEEPALIVE_EXAMPLE,
  KEEPALIVE_LIMITS,
  formatKeepAliveTimes,
  keepAliveTimesIn,
  parseKeepAliveTimes,
  sameKeepAliveTimes,
  withKeepAliveTimes,
} from './keepalive-times'
export { explainEntry, lastExplainable, sentIndex, stateBefore } from './explain'
export type { Explanation } from './explain'
