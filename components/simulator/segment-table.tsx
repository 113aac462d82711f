'use client'

import { memo } from 'react'
import type { HostId } from '@/lib/sim'
import type { Segment } from '@/lib/tcp'
import type { DrawnArrow } from './diagram-layout'
import { flagsOf, formatSeconds, type Translate } from './format'
import { cn } from '@/components/ui/cn'

export type SegmentRow = {
  readonly arrow: DrawnArrow
  readonly segment: Segment
  readonly sentAt: number
  readonly fate: string
  readonly name: string
}

const Row = memo(function Row({
  id,
  from,
  sentAt,
  segment,
  fate,
  open,
  lost,
  selected,
  name,
  direction,
  onChoose,
}: {
  id: number
  from: HostId
  sentAt: number
  segment: Segment
  fate: string
  open: boolean
  lost: boolean
  selected: boolean
  name: string
  direction: string
  onChoose: (id: number) => void
}) {
  return (
    <tr className={cn('border-t border-slate-200 dark:border-slate-700', selected && 'bg-sky-100 dark:bg-sky-900/60')}>
      <td className="px-2 py-1 tabular-nums">{id}</td>
      <td className="px-2 py-1 tabular-nums">{formatSeconds(sentAt)}</td>
      <td className={cn('px-2 py-1 whitespace-nowrap', from === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}>{direction}</td>
      <td className="px-2 py-1 font-semibold">{flagsOf(segment)}</td>
      <td className="px-2 py-1 tabular-nums">{segment.seq}</td>
      <td className="px-2 py-1 tabular-nums">{segment.flags.ack ? segment.ack : ''}</td>
      <td className="px-2 py-1 tabular-nums">{segment.len}</td>
      <td className={cn('px-2 py-1', lost && 'font-semibold text-red-700 dark:text-red-400')}>
        {open ? (
          <button
            type="button"
            aria-label={name}
            aria-pressed={selected}
            onClick={() => onChoose(id)}
            className="rounded border border-sky-600 px-1.5 py-0.5 text-sky-800 underline-offset-2 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
          >
            {fate}
          </button>
        ) : (
          <>
            {lost ? <span aria-hidden="true">✕ </span> : null}
            {fate}
          </>
        )}
      </td>
    </tr>
  )
})

/** Every segment, one row each, like a capture tool's packet list. */
export function SegmentTable({ rows, selected, onChoose, t }: { rows: ReadonlyArray<SegmentRow>; selected: number | null; onChoose: (id: number) => void; t: Translate }) {
  return (
    <div className="max-h-80 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full min-w-[34rem] border-collapse font-mono text-xs">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="sticky top-0 bg-slate-100 text-left font-sans dark:bg-slate-800">
          <tr>
            {(['id', 'time', 'direction', 'flags', 'seq', 'ack', 'len', 'fate'] as const).map((col) => (
              <th key={col} scope="col" className="px-2 py-1.5 font-semibold">
                {t(`table.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="px-2 py-2 font-sans text-slate-600 dark:text-slate-400">
                {t('table.empty')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <Row
                key={row.arrow.id}
                id={row.arrow.id}
                from={row.arrow.from}
                sentAt={row.sentAt}
                segment={row.segment}
                fate={row.fate}
                open={row.arrow.open}
                lost={row.arrow.fate === 'dropped'}
                selected={selected === row.arrow.id}
                name={row.name}
                direction={t(`direction.${row.arrow.from}`)}
                onChoose={onChoose}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
