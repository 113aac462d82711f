/**
 * Protocol variants. Only `standard` is TCP; the others are hypothetical teaching variants that
 * show why TCP is built the way it is (RFC 9293 §3.5 and §3.6.1). Every UI that shows one must
 * display its `hypothetical` label.
 */
import type { Variant, VariantId } from './types'

/** The variants by id. */
export const VARIANTS: { readonly [K in VariantId]: Variant } = {
  standard: {
    id: 'standard',
    hypothetical: false,
    label: { en: 'TCP (RFC 9293)', zh: 'TCP（RFC 9293）' },
    description: {
      en: 'Real TCP: three-way handshake, four-way close with TIME-WAIT.',
      zh: '真实的 TCP：三次握手，四次挥手，主动关闭方经过 TIME-WAIT。',
    },
  },
  two_way_handshake: {
    id: 'two_way_handshake',
    hypothetical: true,
    label: { en: 'Hypothetical: two-way handshake (not TCP)', zh: '假想：两次握手（不是 TCP）' },
    description: {
      en: 'The server considers the connection established as soon as it sends its SYN,ACK; the client sends no third segment.',
      zh: '服务器发出 SYN,ACK 后立即认为连接已建立；客户端不发送第三个报文段。',
    },
  },
  no_time_wait: {
    id: 'no_time_wait',
    hypothetical: true,
    label: { en: 'Hypothetical: close without TIME-WAIT (not TCP)', zh: '假想：没有 TIME-WAIT 的释放（不是 TCP）' },
    description: {
      en: 'The active closer acknowledges the peer\'s FIN and goes straight to CLOSED.',
      zh: '主动关闭方确认对方的 FIN 后直接进入 CLOSED，不等待 2MSL。',
    },
  },
  four_segment_handshake: {
    id: 'four_segment_handshake',
    hypothetical: true,
    label: { en: 'Hypothetical: four-segment handshake (not TCP)', zh: '假想：四次握手（不是 TCP）' },
    description: {
      en: 'The server sends its ACK and its SYN as two separate segments.',
      zh: '服务器把确认 ACK 和自己的 SYN 分成两个报文段发送。',
    },
  },
}

/** Ids of all variants. */
export const VARIANT_IDS: ReadonlyArray<VariantId> = [
  'standard',
  'two_way_handshake',
  'no_time_wait',
  'four_segment_handshake',
]

/** Pure. The variant with this id. */
export function getVariant(id: VariantId): Variant {
  return VARIANTS[id]
}

/** Pure. True for the teaching variants that are not TCP. */
export function isHypothetical(id: VariantId): boolean {
  return VARIANTS[id].hypothetical
}
