/**
 * The misconceptions the course recognises in wrong answers, each named and explained in
 * both languages, with the problem type that practises the right idea.
 *
 * @module
 */
import type { Bilingual, ProblemType } from '../problems/types'

/** Every misconception id, stable forever (progress is keyed by them). */
export const MISCONCEPTION_IDS = [
  'ack-plus-one',
  'syn-fin-free',
  'pure-ack-consumes',
  'active-closer-close-wait',
  'time-wait-one-msl',
  'passive-waits-2msl',
  'server-isn-from-client',
  'established-early',
  'close-wait-late',
  'time-wait-from-fin',
] as const

/** A misconception id. */
export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number]

/** What the learner is told about a misconception. */
export type Misconception = {
  readonly id: MisconceptionId
  readonly name: Bilingual
  readonly explanation: Bilingual
  /** The computed problem type a review card for it asks. */
  readonly practice: ProblemType
}

const CATALOG: { readonly [K in MisconceptionId]: Omit<Misconception, 'id'> } = {
  'ack-plus-one': {
    name: { en: '“ack = seq + length + 1”', zh: '“确认号 = 序号 + 数据长度 + 1”' },
    explanation: {
      en: 'The +1 belongs only to SYN and FIN. A segment carrying n bytes of data from seq s is acknowledged with ack = s + n: the number of the next byte expected.',
      zh: '“+1”只属于 SYN 和 FIN。序号为 s、携带 n 字节数据的报文段，其确认号是 s + n，即期望收到的下一个字节的序号。',
    },
    practice: 'next-seq-ack',
  },
  'syn-fin-free': {
    name: { en: 'Forgetting that SYN and FIN consume a sequence number', zh: '忘了 SYN 和 FIN 各消耗一个序号' },
    explanation: {
      en: 'A SYN consumes one sequence number although, in the textbook\'s rule, it carries no data; so does a FIN. So the ack of a SYN with seq x is x + 1, and after a SYN with seq x the first data byte is x + 1.',
      zh: 'SYN 报文段（按教材规定不能携带数据）要消耗一个序号；FIN 报文段也一样。所以对序号为 x 的 SYN 的确认号是 x + 1，SYN 之后第一个数据字节的序号是 x + 1。',
    },
    practice: 'handshake-ack',
  },
  'pure-ack-consumes': {
    name: { en: 'Counting a pure ACK as consuming a number', zh: '以为纯确认报文段也消耗一个序号' },
    explanation: {
      en: 'A segment with only the ACK flag and no data consumes no sequence number. The next segment from the same side carries the same seq.',
      zh: '只有确认位 ACK、不携带数据的报文段不消耗序号，同一方发出的下一个报文段仍使用相同的序号。',
    },
    practice: 'next-seq-ack',
  },
  'active-closer-close-wait': {
    name: { en: 'Putting the side that closes first in CLOSE-WAIT', zh: '以为主动关闭的一方进入 CLOSE-WAIT' },
    explanation: {
      en: 'CLOSE-WAIT belongs to the side that receives the first FIN (the passive closer). The side that sends the first FIN goes FIN-WAIT-1, FIN-WAIT-2, then TIME-WAIT.',
      zh: 'CLOSE-WAIT（关闭等待）属于收到第一个 FIN 的一方，即被动关闭方。先发 FIN 的一方依次进入 FIN-WAIT-1、FIN-WAIT-2，然后是 TIME-WAIT。',
    },
    practice: 'state-after',
  },
  'time-wait-one-msl': {
    name: { en: 'TIME-WAIT lasting one MSL', zh: '以为 TIME-WAIT 只持续一个 MSL' },
    explanation: {
      en: 'TIME-WAIT lasts 2MSL: long enough for a lost last ACK to be noticed and the FIN retransmitted, and for old segments of this connection to die out.',
      zh: 'TIME-WAIT 持续 2MSL：既要保证最后一个 ACK 丢失时对方能重传 FIN，又要让本连接的旧报文段在网络中消失。',
    },
    practice: 'close-timing',
  },
  'passive-waits-2msl': {
    name: { en: 'The passive closer waiting 2MSL', zh: '以为被动关闭的一方也要等待 2MSL' },
    explanation: {
      en: 'Only the side that closes first waits in TIME-WAIT. The other side reaches CLOSED as soon as the final ACK arrives, one one-way delay after it was sent, so it finishes first.',
      zh: '只有先关闭的一方要在 TIME-WAIT 等待。另一方一收到最后的 ACK（发出后一个单程时延）就进入 CLOSED，所以它先结束。',
    },
    practice: 'close-timing',
  },
  'server-isn-from-client': {
    name: { en: 'Deriving the server’s ISN from the client’s', zh: '以为服务器的初始序号由客户端的初始序号推出' },
    explanation: {
      en: 'Each side chooses its own initial sequence number; the two are independent. The server acknowledges x + 1 but its own seq is its ISN y, and the client then acknowledges y + 1.',
      zh: '双方各自选择自己的初始序号，两者互不相关。服务器的确认号是 x + 1，但它自己的序号是它的初始序号 y，客户端随后确认 y + 1。',
    },
    practice: 'handshake-ack',
  },
  'established-early': {
    name: { en: 'The client ESTABLISHED before the SYN,ACK arrives', zh: '以为 SYN+ACK 到达之前客户端就已建立连接' },
    explanation: {
      en: 'The client stays in SYN-SENT until the server’s SYN,ACK arrives: it needs both the ACK of its SYN and the server’s SYN. Only then does it enter ESTABLISHED and send the third segment.',
      zh: '客户端在收到服务器的 SYN+ACK 之前一直处于 SYN-SENT：它既要收到对自己 SYN 的确认，也要收到服务器的 SYN。此后才进入 ESTABLISHED 并发出第三个报文段。',
    },
    practice: 'state-after',
  },
  'close-wait-late': {
    name: { en: 'CLOSE-WAIT starting late', zh: '以为 CLOSE-WAIT 开始得更晚' },
    explanation: {
      en: 'The passive closer enters CLOSE-WAIT the moment the first FIN arrives, not at a later segment of the close.',
      zh: '被动关闭方一收到第一个 FIN 就进入 CLOSE-WAIT，而不是在释放过程的后续报文段时才进入。',
    },
    practice: 'state-after',
  },
  'time-wait-from-fin': {
    name: { en: 'Counting 2MSL from the first FIN', zh: '从第一个 FIN 开始计算 2MSL' },
    explanation: {
      en: 'TIME-WAIT begins when the side that closed first sends its final ACK (after the peer’s FIN arrives), not when it sent its own FIN.',
      zh: 'TIME-WAIT 从先关闭的一方发出最后一个 ACK 时开始（即收到对方 FIN 之后），而不是从它发出自己的 FIN 时开始。',
    },
    practice: 'close-timing',
  },
}

/** Pure. The misconception with this id. */
export function misconception(id: MisconceptionId): Misconception {
  return { id, ...CATALOG[id] }
}

/** Pure. Whether a string is a known misconception id (stored progress may hold anything). */
export function isMisconceptionId(id: string): id is MisconceptionId {
  return (MISCONCEPTION_IDS as ReadonlyArray<string>).includes(id)
}
