/**
 * RFC 9293 Figure 5 (the TCP connection state diagram) as data: where each state box sits, the
 * route of each transition the figure draws (right-angled, as in the RFC) and where its label goes.
 * Note 2's FIN-WAIT-1 → TIME-WAIT shortcut (FIN and the ACK of our FIN in one segment) is dashed.
 */
import type { TcpState } from '@/lib/tcp'

/** A box of the figure. CLOSED appears twice, as in the RFC: at the top and after the close. */
export type FigureNode = { readonly id: string; readonly state: TcpState; readonly x: number; readonly y: number }

export type FigureEdge = {
  readonly id: string // message key under stateDiagram.edges
  readonly from: string // node id
  readonly to: string
  /** The route, from the edge of one box to the edge of the other. */
  readonly points: ReadonlyArray<readonly [number, number]>
  readonly label: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' }
  readonly dashed?: boolean
}

export const FIGURE = { width: 770, height: 780, boxW: 124, boxH: 34 } as const

export const FIGURE_NODES: ReadonlyArray<FigureNode> = [
  { id: 'CLOSED', state: 'CLOSED', x: 360, y: 40 },
  { id: 'LISTEN', state: 'LISTEN', x: 360, y: 150 },
  { id: 'SYN-RECEIVED', state: 'SYN-RECEIVED', x: 120, y: 270 },
  { id: 'SYN-SENT', state: 'SYN-SENT', x: 610, y: 270 },
  { id: 'ESTABLISHED', state: 'ESTABLISHED', x: 360, y: 400 },
  { id: 'FIN-WAIT-1', state: 'FIN-WAIT-1', x: 120, y: 520 },
  { id: 'CLOSE-WAIT', state: 'CLOSE-WAIT', x: 610, y: 520 },
  { id: 'FIN-WAIT-2', state: 'FIN-WAIT-2', x: 120, y: 640 },
  { id: 'CLOSING', state: 'CLOSING', x: 360, y: 640 },
  { id: 'LAST-ACK', state: 'LAST-ACK', x: 610, y: 640 },
  { id: 'TIME-WAIT', state: 'TIME-WAIT', x: 360, y: 750 },
  { id: 'CLOSED-END', state: 'CLOSED', x: 610, y: 750 },
]

export const FIGURE_EDGES: ReadonlyArray<FigureEdge> = [
  { id: 'passiveOpen', from: 'CLOSED', to: 'LISTEN', points: [[345, 57], [345, 133]], label: { x: 339, y: 99, anchor: 'end' } },
  { id: 'listenClose', from: 'LISTEN', to: 'CLOSED', points: [[375, 133], [375, 57]], label: { x: 381, y: 99, anchor: 'start' } },
  { id: 'activeOpen', from: 'CLOSED', to: 'SYN-SENT', points: [[422, 40], [600, 40], [600, 253]], label: { x: 511, y: 33, anchor: 'middle' } },
  { id: 'synSentClose', from: 'SYN-SENT', to: 'CLOSED', points: [[645, 253], [645, 12], [360, 12], [360, 23]], label: { x: 651, y: 140, anchor: 'start' } },
  { id: 'listenSyn', from: 'LISTEN', to: 'SYN-RECEIVED', points: [[298, 157], [155, 157], [155, 253]], label: { x: 226, y: 174, anchor: 'middle' } },
  { id: 'rstToListen', from: 'SYN-RECEIVED', to: 'LISTEN', points: [[90, 253], [90, 140], [298, 140]], label: { x: 194, y: 134, anchor: 'middle' } },
  { id: 'listenSend', from: 'LISTEN', to: 'SYN-SENT', points: [[422, 157], [575, 157], [575, 253]], label: { x: 498, y: 174, anchor: 'middle' } },
  { id: 'simOpen', from: 'SYN-SENT', to: 'SYN-RECEIVED', points: [[548, 270], [182, 270]], label: { x: 365, y: 263, anchor: 'middle' } },
  { id: 'ackOfSyn', from: 'SYN-RECEIVED', to: 'ESTABLISHED', points: [[160, 287], [160, 395], [298, 395]], label: { x: 167, y: 340, anchor: 'start' } },
  { id: 'synAck', from: 'SYN-SENT', to: 'ESTABLISHED', points: [[570, 287], [570, 395], [422, 395]], label: { x: 563, y: 340, anchor: 'end' } },
  { id: 'synRcvdClose', from: 'SYN-RECEIVED', to: 'FIN-WAIT-1', points: [[90, 287], [90, 503]], label: { x: 96, y: 440, anchor: 'start' } },
  { id: 'estabClose', from: 'ESTABLISHED', to: 'FIN-WAIT-1', points: [[340, 417], [340, 470], [150, 470], [150, 503]], label: { x: 245, y: 463, anchor: 'middle' } },
  { id: 'estabFin', from: 'ESTABLISHED', to: 'CLOSE-WAIT', points: [[380, 417], [380, 470], [590, 470], [590, 503]], label: { x: 485, y: 463, anchor: 'middle' } },
  { id: 'ackOfFin1', from: 'FIN-WAIT-1', to: 'FIN-WAIT-2', points: [[110, 537], [110, 623]], label: { x: 104, y: 584, anchor: 'end' } },
  { id: 'finWait1Fin', from: 'FIN-WAIT-1', to: 'CLOSING', points: [[182, 528], [340, 528], [340, 623]], label: { x: 262, y: 522, anchor: 'middle' } },
  {
    id: 'finAck',
    from: 'FIN-WAIT-1',
    to: 'TIME-WAIT',
    points: [[160, 537], [160, 590], [250, 590], [250, 742], [298, 742]],
    label: { x: 244, y: 612, anchor: 'end' },
    dashed: true,
  },
  { id: 'closeWaitClose', from: 'CLOSE-WAIT', to: 'LAST-ACK', points: [[610, 537], [610, 623]], label: { x: 616, y: 584, anchor: 'start' } },
  { id: 'finWait2Fin', from: 'FIN-WAIT-2', to: 'TIME-WAIT', points: [[120, 657], [120, 756], [298, 756]], label: { x: 126, y: 705, anchor: 'start' } },
  { id: 'closingAck', from: 'CLOSING', to: 'TIME-WAIT', points: [[360, 657], [360, 733]], label: { x: 366, y: 700, anchor: 'start' } },
  { id: 'lastAck', from: 'LAST-ACK', to: 'CLOSED-END', points: [[610, 657], [610, 733]], label: { x: 616, y: 700, anchor: 'start' } },
  { id: 'timeWait', from: 'TIME-WAIT', to: 'CLOSED-END', points: [[422, 750], [548, 750]], label: { x: 485, y: 743, anchor: 'middle' } },
]

/** Pure. The figure's edge for a state change, or null when Figure 5 does not draw it. */
export function edgeFor(from: TcpState, to: TcpState): FigureEdge | null {
  const node = (state: TcpState, end: boolean) => (state === 'CLOSED' ? (end ? 'CLOSED-END' : 'CLOSED') : state)
  const toEnd = to === 'CLOSED' && (from === 'LAST-ACK' || from === 'TIME-WAIT')
  return FIGURE_EDGES.find((e) => e.from === node(from, false) && e.to === node(to, toEnd)) ?? null
}

/** Pure. The box to mark for a host's current state, given the last change that led there. */
export function nodeFor(state: TcpState, last: { from: TcpState; to: TcpState } | null): string {
  if (state !== 'CLOSED') return state
  return last && last.to === 'CLOSED' && (last.from === 'LAST-ACK' || last.from === 'TIME-WAIT') ? 'CLOSED-END' : 'CLOSED'
}
