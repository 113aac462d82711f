/**
 * Public surface of the simulation: two hosts, a channel with chosen fates, a simulated clock,
 * a drawable trace, recordings for URLs, and the oracle conformance judge.
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
  PendingEvent,
  SimAction,
  SimConfig,
  SimOptions,
  SimRecording,
  SimState,
  StateChangeCause,
  TimerEntry,
  TraceEntry,
  UserCallAction,
} from './types'
export {
  applyAction,
  applyActions,
  createSimulation,
  hostState,
  nextEvent,
  pendingEvents,
} from './simulation'
