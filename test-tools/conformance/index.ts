/**
 * The oracle conformance judge, a test tool (not part of the product): judges a document in the
 * format of `tcp-oracle/oracle.json` (`meta`, `vectors`, `scenarios`) against the TCP engine in
 * `lib/tcp` and the two-host simulation in `lib/sim`, as `meta.judging` says:
 *
 * - a vector passes if (next state, flags of the segment sent) equals (`expect_state`,
 *   `expect_send`) or an `accept` entry (`expect_state: null` there = same as `expect_state`);
 * - a scenario is replayed step by step on a simulation with a manual channel; each step is judged
 *   on the states after it (null = host down, not judged) and on its segment's flags, seq, ack
 *   (and `len`, `t` when given); `accept` entries override keys of a step, `optional: true` steps
 *   may be absent, and `then: "final_only"` stops step judging: the simulation then runs until
 *   nothing is pending and only `final` is compared;
 * - a step may be about both hosts at once (`from: "both"`), e.g. a timer expiring on the client
 *   and the server at the same instant: both hosts' states and segments are judged, client first;
 * - a host for which the case gives no TCB or ISS takes its sequence numbers from its first data
 *   step (its seq less what the host sent before it).
 *
 * One job per file: `case-json`, `read-names`, `read-profile`, `read-tcb`, `read-steps` and
 * `read-scenario` read cases; `build-segment` and `build-event` build arriving segments and events;
 * `replay-runner`, `replay-timers`, `replay-step` and `replay-joint-step` replay scenarios; `judge-vector`, `judge-scenario` and
 * `judge-document` judge; `report` formats the report. Pure: no I/O; a malformed case fails with a
 * message and never stops the other cases.
 */
export type { CaseResult, ConformanceReport } from './report'
export { formatReport } from './report'
export { runConformance } from './judge-document'
export { judgeVector, simulateVector } from './judge-vector'
export { judgeScenario } from './judge-scenario'
export { normalizeFlags, toTcpState } from './read-names'
export { profileForCase, profileFromNumbers, variantForCase } from './read-profile'
export type { TcbValues } from './read-tcb'
export { parseTcbValues, tcbFromValues } from './read-tcb'
export { keepAliveHosts } from './read-scenario'
export { variantMods } from './build-segment'
