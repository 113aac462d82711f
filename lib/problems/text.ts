/**
 * Question wording of each problem type, in English and in the Chinese textbook's terms
 * (客户端 A, 服务器 B, 序号 seq, 确认号 ack, 报文段, 初始序号, 最长报文段寿命 MSL).
 *
 * @module
 */
import type { HostId } from '../sim/types'
import type { Bilingual, ListedSegment, RunSegment } from './types'

// The Chinese names end in a space so that the Chinese text after them is set apart from the Latin letter.
const NAME: Record<HostId, Bilingual> = { client: { en: 'client A', zh: '客户端 A ' }, server: { en: 'server B', zh: '服务器 B ' } }

/** Pure. The handshake-ack question. */
export function handshakeAckText(clientIsn: number, serverIsn: number): Bilingual {
  return {
    en: `Client A opens a TCP connection to server B with initial sequence number ${clientIsn}; B's initial sequence number is ${serverIsn}. What ack number does B's SYN,ACK carry, and what ack number does A's third segment carry?`,
    zh: `客户端 A 向服务器 B 发起 TCP 连接，A 的初始序号为 ${clientIsn}，B 的初始序号为 ${serverIsn}。B 发出的 SYN+ACK 报文段的确认号是多少？A 发出的第三个报文段的确认号是多少？`,
  }
}

/** Pure. The data-length question. */
export function dataLengthText(side: HostId, synSeq: number, finSeq: number): Bilingual {
  const synName = side === 'client' ? { en: 'SYN', zh: 'SYN 报文段' } : { en: 'SYN,ACK', zh: 'SYN+ACK 报文段' }
  return {
    en: `On one TCP connection, ${NAME[side].en}'s ${synName.en} has seq ${synSeq} and its FIN has seq ${finSeq}. Between them it sent only data. How many bytes of data did it send?`,
    zh: `在一条 TCP 连接上，${NAME[side].zh}发出的 ${synName.zh}的序号为 ${synSeq}，它发出的 FIN 报文段的序号为 ${finSeq}，其间只发送了数据。它共发送了多少字节的数据？`,
  }
}

/** Pure. The next-seq-ack question. */
export function nextSeqAckText(receiver: HostId, seq: number, ack: number, length: number, lastSentPureAck: boolean): Bilingual {
  const sender = receiver === 'client' ? 'server' : 'client'
  return {
    en:
      `On an established connection, ${NAME[receiver].en} receives from ${NAME[sender].en} a segment with seq ${seq}, ack ${ack} and ${length} bytes of data.` +
      (lastSentPureAck ? ` The last segment ${NAME[receiver].en} sent was a pure ACK.` : '') +
      ` What seq and ack does ${NAME[receiver].en}'s reply carry?`,
    zh:
      `在一条已建立的连接上，${NAME[receiver].zh}收到${NAME[sender].zh}发来的报文段：序号 ${seq}，确认号 ${ack}，携带 ${length} 字节数据。` +
      (lastSentPureAck ? `${NAME[receiver].zh}此前发出的最后一个报文段是不带数据的纯确认报文段。` : '') +
      `${NAME[receiver].zh}回复的报文段的序号和确认号各是多少？`,
  }
}

/** Pure. The cumulative-ack question. */
export function cumulativeAckText(segments: ReadonlyArray<RunSegment>, lost: number): Bilingual {
  const en = segments.map((s, i) => `segment ${i + 1}: seq ${s.seq}, ${s.length} bytes`).join('; ')
  const zh = segments.map((s, i) => `第 ${i + 1} 个：序号 ${s.seq}，${s.length} 字节`).join('；')
  return {
    en: `Client A sends server B these data segments in a row: ${en}. Segment ${lost} is lost; the others arrive. What ack number does B keep sending until the lost data is retransmitted?`,
    zh: `客户端 A 连续向服务器 B 发送以下数据报文段：${zh}。其中第 ${lost} 个报文段丢失，其余都到达。在丢失的数据重传之前，B 发出的确认号一直是多少？`,
  }
}

/** Pure. The close-timing question (the exam's convention: one-way delay = RTT / 2). */
export function closeTimingText(rttMs: number, mslMs: number): Bilingual {
  return {
    en: `The RTT between client A and server B is ${rttMs} ms (one-way delay ${rttMs / 2} ms) and the MSL is ${mslMs} ms. A sends its FIN at 0 ms to release the connection; B closes its side as soon as A's FIN arrives. Ignoring processing time, at how many ms does A reach CLOSED, and at how many ms does B?`,
    zh: `客户端 A 与服务器 B 之间的往返时间 RTT 为 ${rttMs} ms（单程时延 ${rttMs / 2} ms），最长报文段寿命 MSL 为 ${mslMs} ms。A 在 0 ms 时发出 FIN 报文段请求释放连接，B 收到该 FIN 后立即关闭自己一方。不计处理时间，A 在多少 ms 时进入 CLOSED 状态？B 在多少 ms 时进入 CLOSED 状态？`,
  }
}

function segmentLine(s: ListedSegment, lang: 'en' | 'zh'): string {
  const arrow = s.from === 'client' ? 'A → B' : 'B → A'
  const numbers = [`seq=${s.seq}`, ...(s.ack === null ? [] : [`ack=${s.ack}`])].join(', ')
  const data = s.length > 0 ? (lang === 'en' ? `, ${s.length} bytes` : `，${s.length} 字节`) : ''
  return `${arrow} ${s.flags} ${numbers}${data}`
}

/** Pure. The state-after question. */
export function stateAfterText(segments: ReadonlyArray<ListedSegment>): Bilingual {
  const en = segments.map((s, i) => `${i + 1}. ${segmentLine(s, 'en')}`).join('\n')
  const zh = segments.map((s, i) => `${i + 1}. ${segmentLine(s, 'zh')}`).join('\n')
  return {
    en: `Client A and server B exchange these segments, each arriving in this order:\n${en}\nJust after the last one arrives (and any reply to it has been sent), what state is each side in?`,
    zh: `客户端 A 与服务器 B 之间依次交换了以下报文段，并按此顺序到达：\n${zh}\n在最后一个报文段刚到达（且对它的回复已发出）时，A 和 B 各处于什么状态？`,
  }
}
