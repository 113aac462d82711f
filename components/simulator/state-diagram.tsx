'use client'

import type { HostId } from '@/lib/sim'
import type { TcpState } from '@/lib/tcp'
import { C } from './sequence-diagram'
import { FIGURE, FIGURE_EDGES, FIGURE_NODES, edgeFor, nodeFor, type FigureEdge } from './state-diagram-layout'
import type { Translate } from './format'

function geometry(edge: FigureEdge) {
  const pts = edge.points
  const [x2, y2] = pts[pts.length - 1]!
  const [x1, y1] = pts[pts.length - 2]!
  const angle = Math.atan2(y2 - y1, x2 - x1)
  const head = [0.42, -0.42].map((s) => `${x2 - 9 * Math.cos(angle + s)},${y2 - 9 * Math.sin(angle + s)}`)
  return { d: pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x} ${y}`).join(' '), head: `${x2},${y2} ${head.join(' ')}` }
}

const geometries = new Map(FIGURE_EDGES.map((e) => [e.id, geometry(e)]))

export type HostPosition = { state: TcpState | null; last: { from: TcpState; to: TcpState } | null }

type StateDiagramProps = { hosts: Record<HostId, HostPosition>; t: Translate; titleId: string }

/** RFC 9293 Figure 5 with each side's current state marked and its last transition drawn bold. */
export function StateDiagram({ hosts, t, titleId }: StateDiagramProps) {
  const marks = new Map<string, HostId[]>()
  const bold = new Map<string, HostId[]>()
  for (const host of ['client', 'server'] as const) {
    const { state, last } = hosts[host]
    if (state) marks.set(nodeFor(state, last), [...(marks.get(nodeFor(state, last)) ?? []), host])
    const edge = last ? edgeFor(last.from, last.to) : null
    if (edge) bold.set(edge.id, [...(bold.get(edge.id) ?? []), host])
  }
  const colour = (host: HostId) => (host === 'client' ? C.client : C.server)
  return (
    <svg viewBox={`0 0 ${FIGURE.width} ${FIGURE.height}`} role="img" aria-labelledby={titleId} className="block h-auto w-full min-w-[560px]" fontFamily="ui-sans-serif, system-ui, sans-serif">
      <title id={titleId}>{t('stateDiagram.title')}</title>
      {FIGURE_EDGES.map((edge) => {
        const g = geometries.get(edge.id)!
        const by = bold.get(edge.id)
        const stroke = by ? colour(by[0]!) : C.muted
        return (
          <g key={edge.id}>
            <path d={g.d} fill="none" strokeLinejoin="round" stroke={stroke} strokeWidth={by ? 3.5 : 1.25} strokeDasharray={edge.dashed ? '5 4' : undefined} />
            <polygon points={g.head} fill={stroke} />
            <text
              x={edge.label.x}
              y={edge.label.y}
              textAnchor={edge.label.anchor}
              fontSize={by ? 12 : 11}
              fontWeight={by ? 700 : 400}
              fill={by ? C.fg : C.muted}
              stroke={C.bg}
              strokeWidth={4}
              paintOrder="stroke"
            >
              {t(`stateDiagram.edges.${edge.id}`)}
            </text>
          </g>
        )
      })}
      {FIGURE_NODES.map((node) => {
        const on = marks.get(node.id) ?? []
        const x = node.x - FIGURE.boxW / 2
        const y = node.y - FIGURE.boxH / 2
        return (
          <g key={node.id}>
            <rect
              x={x}
              y={y}
              width={FIGURE.boxW}
              height={FIGURE.boxH}
              rx={6}
              fill={on.length > 0 ? C.pill : C.bg}
              stroke={on.length > 0 ? colour(on[0]!) : C.muted}
              strokeWidth={on.length > 0 ? 3 : 1.25}
            />
            <text x={node.x} y={node.y + 5} textAnchor="middle" fontSize={13} fontWeight={on.length > 0 ? 700 : 500} fill={C.fg} fontFamily="ui-monospace, Menlo, monospace">
              {node.state}
            </text>
            {on.map((host, i) => (
              <g key={host}>
                <circle cx={x + FIGURE.boxW - 4 - i * 24} cy={y - 2} r={10} fill={colour(host)} />
                <text x={x + FIGURE.boxW - 4 - i * 24} y={y + 3} textAnchor="middle" fontSize={12} fontWeight={700} fill={C.bg}>
                  {host === 'client' ? 'C' : 'S'}
                </text>
              </g>
            ))}
          </g>
        )
      })}
    </svg>
  )
}
