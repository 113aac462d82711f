/**
 * The state transitions the course teaches (RFC 9293 §3.3.2, Figure 5 and its notes), each with the lesson that
 * teaches it and a scenario in which the engine takes it. Data only; a test replays every scenario
 * and fails if the engine does not make the transition, or the lesson does not embed the scenario.
 */
import type { Label, TcpState } from '../tcp/types'

/** One arrow of the state diagram, as the course teaches it. */
export type TaughtTransition = {
  readonly from: TcpState
  readonly to: TcpState
  /** What makes it happen and what is sent, in the textbook's words. */
  readonly event: Label
  /** RFC 9293 section that specifies it. */
  readonly rfc: string
  /** The lesson slug that teaches it. */
  readonly lesson: string
  /** A scenario, embedded in that lesson, in which the engine takes this transition. */
  readonly scenario: string
}

export const taughtTransitions: ReadonlyArray<TaughtTransition> = [
  { from: 'CLOSED', to: 'LISTEN', event: { en: 'passive open (listen)', zh: '被动打开（listen）' }, rfc: '3.10.1', lesson: 'three-way-handshake', scenario: 'three-way-handshake' },
  { from: 'CLOSED', to: 'SYN-SENT', event: { en: 'active open (connect); send SYN', zh: '主动打开（connect）；发送 SYN' }, rfc: '3.10.1', lesson: 'three-way-handshake', scenario: 'three-way-handshake' },
  { from: 'LISTEN', to: 'SYN-RECEIVED', event: { en: 'receive SYN; send SYN,ACK', zh: '收到 SYN；发送 SYN+ACK' }, rfc: '3.10.7.2', lesson: 'three-way-handshake', scenario: 'three-way-handshake' },
  { from: 'SYN-SENT', to: 'ESTABLISHED', event: { en: 'receive SYN,ACK; send ACK', zh: '收到 SYN+ACK；发送 ACK' }, rfc: '3.10.7.3', lesson: 'three-way-handshake', scenario: 'three-way-handshake' },
  { from: 'SYN-RECEIVED', to: 'ESTABLISHED', event: { en: 'receive the ACK of our SYN', zh: '收到对自己 SYN 的确认' }, rfc: '3.10.7.4', lesson: 'three-way-handshake', scenario: 'three-way-handshake' },
  { from: 'SYN-SENT', to: 'CLOSED', event: { en: 'receive RST,ACK (connection refused)', zh: '收到 RST+ACK（连接被拒绝）' }, rfc: '3.10.7.3', lesson: 'three-way-handshake', scenario: 'connection-refused' },
  { from: 'SYN-SENT', to: 'CLOSED', event: { en: 'SYN retransmissions run out; tell the application "timed out"', zh: 'SYN 重传次数用完；通知应用进程“连接超时”' }, rfc: '3.8.3', lesson: 'three-way-handshake', scenario: 'syn-retries-exhausted' },
  { from: 'SYN-SENT', to: 'SYN-RECEIVED', event: { en: 'receive SYN (simultaneous open); send SYN,ACK', zh: '收到 SYN（同时打开）；发送 SYN+ACK' }, rfc: '3.10.7.3', lesson: 'why-three-segments', scenario: 'simultaneous-open' },
  { from: 'SYN-RECEIVED', to: 'LISTEN', event: { en: 'receive RST, when SYN-RECEIVED was reached from LISTEN (a stale request was reset)', zh: '收到 RST，且 SYN-RECEIVED 是从 LISTEN 进入的（已失效的请求被复位）' }, rfc: '3.10.7.4', lesson: 'why-three-segments', scenario: 'old-duplicate-syn' },
  { from: 'ESTABLISHED', to: 'FIN-WAIT-1', event: { en: 'close; send FIN', zh: '应用进程关闭；发送 FIN' }, rfc: '3.10.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'ESTABLISHED', to: 'CLOSE-WAIT', event: { en: 'receive FIN; send ACK', zh: '收到 FIN；发送 ACK' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'FIN-WAIT-1', to: 'FIN-WAIT-2', event: { en: 'receive the ACK of our FIN', zh: '收到对自己 FIN 的确认' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'CLOSE-WAIT', to: 'LAST-ACK', event: { en: 'close; send FIN', zh: '应用进程关闭；发送 FIN' }, rfc: '3.10.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'FIN-WAIT-2', to: 'TIME-WAIT', event: { en: 'receive FIN; send ACK; start 2MSL', zh: '收到 FIN；发送 ACK；启动 2MSL 计时器' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'LAST-ACK', to: 'CLOSED', event: { en: 'receive the ACK of our FIN', zh: '收到对自己 FIN 的确认' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'four-way-close' },
  { from: 'FIN-WAIT-1', to: 'TIME-WAIT', event: { en: 'receive FIN,ACK that also acks our FIN; send ACK', zh: '收到同时确认了自己 FIN 的 FIN+ACK；发送 ACK' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'three-segment-close' },
  { from: 'FIN-WAIT-1', to: 'CLOSING', event: { en: 'receive FIN (simultaneous close); send ACK', zh: '收到 FIN（同时关闭）；发送 ACK' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'simultaneous-close' },
  { from: 'CLOSING', to: 'TIME-WAIT', event: { en: 'receive the ACK of our FIN', zh: '收到对自己 FIN 的确认' }, rfc: '3.10.7.4', lesson: 'four-way-close', scenario: 'simultaneous-close' },
  { from: 'TIME-WAIT', to: 'CLOSED', event: { en: '2MSL timeout', zh: '2MSL 计时器到时' }, rfc: '3.10.8', lesson: 'time-wait', scenario: 'lost-final-ack' },
  { from: 'TIME-WAIT', to: 'CLOSED', event: { en: 'receive RST (TIME-WAIT assassination, RFC 1337)', zh: '收到 RST（TIME-WAIT 被“暗杀”，RFC 1337）' }, rfc: '3.10.7.4', lesson: 'time-wait', scenario: 'time-wait-assassination' },
  { from: 'ESTABLISHED', to: 'CLOSED', event: { en: 'receive RST (the peer forgot the connection)', zh: '收到 RST（对方已忘记这个连接）' }, rfc: '3.10.7.4', lesson: 'why-three-segments', scenario: 'half-open-reset-on-data' },
  { from: 'ESTABLISHED', to: 'CLOSED', event: { en: 'abort (Linux: close with unread data); send RST', zh: '异常终止（Linux：有未读数据时关闭）；发送 RST' }, rfc: '3.10.5', lesson: 'four-way-close', scenario: 'linux-close-unread-data' },
  { from: 'ESTABLISHED', to: 'CLOSED', event: { en: 'keep-alive probes go unanswered; give up', zh: '探测报文段始终无应答；放弃连接' }, rfc: '3.8.4', lesson: 'keep-alive', scenario: 'keepalive-dead-peer-short' },
]
