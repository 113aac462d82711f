'use client'

import { lazy, Suspense, useId } from 'react'
import { HOST_IDS, sentIndex, type HostId, type SimState, type TraceEntry } from '@/lib/sim'
import type { TcpState } from '@/lib/tcp'
import { cn } from '@/components/ui/cn'
import type { ArrowWords } from './arrow-words'
import type { Notation, Translate } from './format'
import { SegmentTable } from './segment-table'
import { SequenceDiagram, type ChoosePoint } from './sequence-diagram'
import type { HostPosition } from './state-diagram'
import { TcbPanel } from './tcb-panel'
import type { ViewModel } from './view-model'

// Figure 5 is wide and below the fold: its drawing loads after the page is interactive.
const StateDiagram = lazy(() => import('./state-diagram').then((m) => ({ default: m.StateDiagram })))

/** Panels a simulator can show. */
export type Panel = 'diagram' | 'states' | 'tcb' | 'table'
export const PANELS: ReadonlyArray<Panel> = ['diagram', 'states', 'tcb', 'table']

function position(sim: SimState, host: HostId): HostPosition {
  const last = sim.trace.findLast((e): e is Extract<TraceEntry, { type: 'state_change' }> => e.type === 'state_change' && e.host === host)
  const h = sim.hosts[host]
  const state: TcpState | null = h.up ? (h.tcb?.state ?? 'CLOSED') : null
  return { state, last: last ? { from: last.from, to: last.to } : null }
}

export type PanelsProps = {
  panels: ReadonlySet<Panel>
  sim: SimState
  vm: ViewModel
  notation: Notation
  selected: number | null
  words: ArrowWords
  onChoose: (id: number, at: ChoosePoint) => void
  /** Opens the Why panel on a trace entry. */
  onWhy: (index: number) => void
  t: Translate
  svgRef: React.Ref<SVGSVGElement>
  smooth: boolean
  exportAll: boolean
}

/** The panels the widget was asked to show: the sequence diagram, each side's TCB, Figure 5 and the segment list. */
export function SimulatorPanels({ panels, sim, vm, notation, selected, words, onChoose, onWhy, t, svgRef, smooth, exportAll }: PanelsProps) {
  const uid = useId()
  const positions = { client: position(sim, 'client'), server: position(sim, 'server') }
  return (
    <div className="mt-4 grid gap-4 @4xl:grid-cols-[3fr_2fr]">
      {panels.has('diagram') ? (
        <div className={cn('min-w-0', !panels.has('tcb') && '@4xl:col-span-2')}>
          <h3 className="mb-1 text-sm font-semibold">{t('panels.diagram')}</h3>
          <SequenceDiagram vm={vm} notation={notation} selected={selected} words={words} onChoose={onChoose} onWhy={onWhy} t={t} titleId={`seq-${uid}`} svgRef={svgRef} smooth={smooth} all={exportAll} />
        </div>
      ) : null}
      {panels.has('tcb') ? (
        <div className={cn('grid min-w-0 content-start gap-3 sm:grid-cols-2 @4xl:grid-cols-1', !panels.has('diagram') && '@4xl:col-span-2 @4xl:grid-cols-2')}>
          {HOST_IDS.map((host) => (
            <TcbPanel key={host} host={sim.hosts[host]} hostId={host} now={sim.time} t={t} />
          ))}
        </div>
      ) : null}
      {panels.has('states') ? (
        <div className="min-w-0 @4xl:col-span-2 @4xl:mx-auto @4xl:w-full @4xl:max-w-3xl">
          <h3 className="mb-1 text-sm font-semibold">{t('stateDiagram.title')}</h3>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('stateDiagram.description')}</p>
          <p className="mb-1 text-xs text-slate-600 sm:hidden dark:text-slate-400">{t('stateDiagram.panHint')}</p>
          {/* Too wide for a phone to read when shrunk: it keeps its size and pans, with edge shadows (scroll-hint). */}
          <div tabIndex={0} role="group" aria-label={t('stateDiagram.scroll')} className="scroll-hint overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
            <Suspense fallback={null}>
              <StateDiagram hosts={positions} t={t} titleId={`fig5-${uid}`} />
            </Suspense>
          </div>
          <ul className="mt-2 text-sm">
            {HOST_IDS.map((host) => {
              const last = positions[host].last
              return <li key={host}>{last ? t('stateDiagram.lastTransition', { host: t(host), from: last.from, to: last.to }) : t('stateDiagram.none', { host: t(host) })}</li>
            })}
          </ul>
        </div>
      ) : null}
      {panels.has('table') ? (
        <div className="min-w-0 @4xl:col-span-2">
          <h3 className="mb-1 text-sm font-semibold">
            {t('panels.table')} <span className="font-normal text-slate-600 dark:text-slate-400">({t('table.count', { count: vm.arrows.length })})</span>
          </h3>
          <SegmentTable arrows={vm.arrows} words={words} selected={selected} onChoose={onChoose} onWhy={(id) => onWhy(sentIndex(sim.trace, id))} t={t} />
        </div>
      ) : null}
    </div>
  )
}
