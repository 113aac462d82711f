import { expect, test } from 'vitest'
import { TCP_STATES } from '@/lib/tcp'
import { FIGURE_EDGES, FIGURE_NODES, edgeFor, nodeFor } from './state-diagram-layout'

test('every TCP state has a box in the figure', () => {
  for (const state of TCP_STATES) expect(FIGURE_NODES.some((n) => n.state === state)).toBe(true)
})

test('every edge joins two boxes', () => {
  const ids = new Set(FIGURE_NODES.map((n) => n.id))
  for (const edge of FIGURE_EDGES) {
    expect(ids.has(edge.from)).toBe(true)
    expect(ids.has(edge.to)).toBe(true)
  }
})

test('the close paths end in the lower CLOSED box, as in Figure 5', () => {
  expect(edgeFor('TIME-WAIT', 'CLOSED')?.id).toBe('timeWait')
  expect(edgeFor('LAST-ACK', 'CLOSED')?.id).toBe('lastAck')
  expect(edgeFor('LISTEN', 'CLOSED')?.id).toBe('listenClose')
  expect(nodeFor('CLOSED', { from: 'TIME-WAIT', to: 'CLOSED' })).toBe('CLOSED-END')
  expect(nodeFor('CLOSED', null)).toBe('CLOSED')
})

test('a change the figure does not draw has no edge', () => {
  expect(edgeFor('ESTABLISHED', 'CLOSED')).toBeNull()
  expect(edgeFor('SYN-SENT', 'ESTABLISHED')?.id).toBe('synAck')
})

test('every edge starts on the border of its first box and ends on the border of its second', () => {
  const byId = new Map(FIGURE_NODES.map((n) => [n.id, n]))
  const onBorder = (id: string, [x, y]: readonly [number, number]) => {
    const n = byId.get(id)!
    const dx = Math.abs(x - n.x)
    const dy = Math.abs(y - n.y)
    return (Math.abs(dx - 62) <= 1 && dy <= 17) || (Math.abs(dy - 17) <= 1 && dx <= 62)
  }
  for (const edge of FIGURE_EDGES) {
    expect(onBorder(edge.from, edge.points[0]!), `${edge.id} start`).toBe(true)
    expect(onBorder(edge.to, edge.points[edge.points.length - 1]!), `${edge.id} end`).toBe(true)
  }
})
