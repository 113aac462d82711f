/**
 * Profiles: the numbers a simulation runs with (MSL, TIME-WAIT, RTO, retries, keep-alive) and one
 * documented choice for each case where the oracle accepts more than one answer (oracle README §7).
 *
 * | Choice (README §7)                         | rfc              | linux              | textbook         |
 * |--------------------------------------------|------------------|--------------------|------------------|
 * | 1 ABORT sends                              | RST              | RST,ACK            | RST              |
 * | 2 retransmitted SYN in SYN-RECEIVED        | ACK              | SYN,ACK            | ACK              |
 * | 3 in-window SYN, passive SYN-RECEIVED      | LISTEN, silent   | LISTEN + RST       | LISTEN, silent   |
 * | 4 peer SYN,ACK in active SYN-RECEIVED      | ESTABLISHED, no reply (RFC 9293 Fig. 7; current Linux) — all profiles |
 * | 5 SYN in synchronized states               | challenge ACK (RFC 5961, as RFC 9293 recommends) — all profiles |
 * | 6 data after our FIN (FIN-WAIT-1/2)        | accepted and ACKed (half-close) — all profiles |
 * | 7 bare ACK in TIME-WAIT                    | nothing          | nothing, restart 2MSL | nothing       |
 * | 7 retransmitted FIN in TIME-WAIT           | ACK, restart 2MSL — all profiles |
 * | 7 RST in TIME-WAIT                         | CLOSED (no RFC 1337 protection) — all profiles |
 * | 8 keep-alive gives up                      | CLOSED, silent   | RST,ACK, CLOSED    | CLOSED, silent   |
 * | 9 SYN,ACK retries exhausted (passive)      | LISTEN           | LISTEN             | LISTEN           |
 * | 10 active OPEN on LISTEN                   | SYN-SENT         | rejected           | SYN-SENT         |
 * | R2 give-up in a synchronized state         | CLOSED, silent   | RST,ACK, CLOSED    | CLOSED, silent   |
 *
 * | Not judged by the oracle                   | rfc              | linux              | textbook         |
 * |--------------------------------------------|------------------|--------------------|------------------|
 * | delayed ACK (§3.8.6.3, MUST-40 < 0.5 s)    | ACK at once      | 40 ms; up to 16 first data segments at once; a FIN's ACK held once data has arrived | ACK at once |
 * | PSH (§3.9.1)                               | not set          | on the last segment of each send | not set |
 *
 * The RFC asks a TCP whose SEND has no PUSH flag to set PSH on the last buffered segment (§3.9.1.2,
 * MUST-61); the rfc and textbook profiles leave it out, as the RFC's and the textbook's figures do,
 * since it changes no state. The closing lesson's deep dive on Linux captures names both differences.
 */
import type { Profile, ProfileId } from './types'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/**
 * RFC 9293: MSL 2 min (§3.4.2) so TIME-WAIT 4 min (MUST-13); RTO 1 s doubling (RFC 6298);
 * SYN given up after 7 retransmissions (~4 min, MUST-23 wants >= 3 min); keep-alive off by default
 * (MUST-24) with 2 h idle (MUST-28), 75 s interval and 9 probes when switched on (the RFC gives no
 * count; MUST-29 only forbids giving up after one).
 */
export const RFC_PROFILE: Profile = {
  id: 'rfc',
  label: { en: 'RFC 9293', zh: 'RFC 9293 标准' },
  mslMs: 2 * MINUTE,
  timeWaitMs: 4 * MINUTE,
  rtoInitialMs: SECOND,
  rtoMaxMs: 120 * SECOND,
  backoff: 2,
  synRetries: 7,
  synAckRetries: 7,
  dataRetries: 8,
  keepAlive: { enabled: false, idleMs: 2 * HOUR, intervalMs: 75 * SECOND, probes: 9 },
  userTimeoutMs: null,
  delayedAckMs: null,
  quickAcks: 0,
  ackAtOnceBeforeData: false,
  pushLastSegment: false,
  rcvWnd: 65535,
  mss: 1460,
  choices: {
    abortReset: 'RST',
    retransmittedSynInSynReceived: 'ACK',
    inWindowSynInPassiveSynReceived: 'silent',
    synAckGiveUpState: 'LISTEN',
    activeOpenInListen: 'SYN-SENT',
    giveUpReset: 'none',
    timeWaitAckRestartsTimer: false,
  },
}

/**
 * Linux defaults: TIME-WAIT a fixed 60 s (TCP_TIMEWAIT_LEN; often described as MSL = 30 s);
 * delayed ACK from 40 ms (TCP_DELACK_MIN) with quick ACKs for up to 16 first data segments
 * (TCP_MAX_QUICKACKS), no delay before any data has arrived, and PSH on the last segment of each write;
 * tcp_syn_retries 6 (gives up at 127 s), tcp_synack_retries 5, tcp_retries2 15; keep-alive
 * 7200 s / 75 s / 9 probes (off unless SO_KEEPALIVE), giving up with RST,ACK.
 */
export const LINUX_PROFILE: Profile = {
  id: 'linux',
  label: { en: 'Linux', zh: 'Linux 默认值' },
  mslMs: 30 * SECOND,
  timeWaitMs: 60 * SECOND,
  rtoInitialMs: SECOND,
  rtoMaxMs: 120 * SECOND,
  backoff: 2,
  synRetries: 6,
  synAckRetries: 5,
  dataRetries: 15,
  keepAlive: { enabled: false, idleMs: 7200 * SECOND, intervalMs: 75 * SECOND, probes: 9 },
  userTimeoutMs: null,
  delayedAckMs: 40,
  quickAcks: 16,
  ackAtOnceBeforeData: true,
  pushLastSegment: true,
  rcvWnd: 65535,
  mss: 1460,
  choices: {
    abortReset: 'RST,ACK',
    retransmittedSynInSynReceived: 'SYN,ACK',
    inWindowSynInPassiveSynReceived: 'RST',
    synAckGiveUpState: 'LISTEN',
    activeOpenInListen: 'reject',
    giveUpReset: 'RST,ACK',
    timeWaitAckRestartsTimer: true,
  },
}

/**
 * The Chinese textbook (谢希仁): MSL 2 min so 2MSL 4 min; keep-alive on the server after 2 h,
 * a probe every 75 s, 10 unanswered probes then close (keep-alive on by default, as the book
 * describes it as part of the server). Otherwise the RFC choices.
 */
export const TEXTBOOK_PROFILE: Profile = {
  id: 'textbook',
  label: { en: 'Textbook', zh: '教材（谢希仁）' },
  mslMs: 2 * MINUTE,
  timeWaitMs: 4 * MINUTE,
  rtoInitialMs: SECOND,
  rtoMaxMs: 120 * SECOND,
  backoff: 2,
  synRetries: 7,
  synAckRetries: 7,
  dataRetries: 8,
  keepAlive: { enabled: true, idleMs: 2 * HOUR, intervalMs: 75 * SECOND, probes: 10 },
  userTimeoutMs: null,
  delayedAckMs: null,
  quickAcks: 0,
  ackAtOnceBeforeData: false,
  pushLastSegment: false,
  rcvWnd: 65535,
  mss: 1460,
  choices: RFC_PROFILE.choices,
}

/** The three profiles by id. */
export const PROFILES: { readonly [K in ProfileId]: Profile } = {
  rfc: RFC_PROFILE,
  linux: LINUX_PROFILE,
  textbook: TEXTBOOK_PROFILE,
}

/** Ids of all profiles. */
export const PROFILE_IDS: ReadonlyArray<ProfileId> = ['rfc', 'linux', 'textbook']

/** Pure. The profile with this id. */
export function getProfile(id: ProfileId): Profile {
  return PROFILES[id]
}
