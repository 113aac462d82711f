'use client'

import { memo, useCallback, useRef, useState, type UIEvent } from 'react'
import type { HostId } from '@/lib/sim'
import type { Segment } from '@/lib/tcp'
import type { ArrowWords } from './arrow-words'
import type { SegmentIndex } from './describe'
import type { DrawnArrow } from './diagram-layout'
import { flagsOf, formatSeconds, type Translate } from './format'
import { cn } from '@/components/ui/cn'

const Row = memo(function Row({
  id,
  index,
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
  index: number
  from: HostId
  sentAt: number
  segment: Segment | undefined
  fate: string
  open: boolean
  lost: boolean
  selected: boolean
  name: string
  direction: string
  onChoose: (id: number) => void
}) {
  return (
    <tr aria-rowindex={index + 2} className={cn('h-7 border-t border-slate-200 whitespace-nowrap dark:border-slate-700', selected && 'bg-sky-100 dark:bg-sky-900/60')}>
      <td className="px-2 py-1 tabular-nums">{id}</td>
      <td className="px-2 py-1 tabular-nums">{formatSeconds(sentAt)}</td>
      <td className={cn('px-2 py-1 whitespace-nowrap', from === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}>{direction}</td>
      <td className="px-2 py-1 font-semibold">{flagsOf(segment)}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.seq}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.flags.ack ? segment.ack : ''}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.len}</td>
      <td className={cn('px-2 py-1', lost && 'font-semibold text-red-700 dark:text-red-400')}>
        {open ? (
          <button
            type="button"
            aria-label={name}
            aria-pressed={selected}
            onClick={() => onChoose(id)}
            className="rounded border border-sky-600 px-1.5 py-0 text-sky-800 underline-offset-2 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
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

/** The column headings: the same on every event, so drawn once. */
const TableHead = memo(function TableHead({ t }: { t: Translate }) {
  return (
    <thead className="sticky top-0 bg-slate-100 text-left font-sans dark:bg-slate-800">
      <tr aria-rowindex={1}>
        {(['id', 'time', 'direction', 'flags', 'seq', 'ack', 'len', 'fate'] as const).map((col) => (
          <th key={col} scope="col" className="px-2 py-1.5 font-semibold">
            {t(`table.${col}`)}
          </th>
        ))}
      </tr>
    </thead>
  )
})

/** Rows are this tall, so only the rows scrolled into view need to exist. */
const ROW_PX = 28
const WINDOW_MARGIN = 8
/** The list's height once it has segments (h-80). */
const BOX_PX = 320

/** Every segment, one row each, like a capture tool's packet list. Long lists draw only what is in view. */
export function SegmentTable({
  arrows,
  index,
  words,
  selected,
  onChoose,
  t,
}: {
  arrows: ReadonlyArray<DrawnArrow>
  index: SegmentIndex
  words: ArrowWords
  selected: number | null
  onChoose: (id: number) => void
  t: Translate
}) {
  const rows = arrows
  const [scroll, setScroll] = useState({ top: 0, height: BOX_PX })
  const pending = useRef(0)
  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget
    if (pending.current) return
    pending.current = requestAnimationFrame(() => {
      pending.current = 0
      setScroll({ top: box.scrollTop, height: box.clientHeight })
    })
  }, [])
  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - WINDOW_MARGIN)
  const last = Math.min(rows.length, Math.ceil((scroll.top + scroll.height) / ROW_PX) + WINDOW_MARGIN)
  const shown = rows.slice(first, last)
  const direction = { client: t('direction.client'), server: t('direction.server') }
  return (
    <div
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={t('table.scroll')}
      // From the first segment on, the box has its full height (h-80) and contains its layout: rows
      // arriving one by one never move the panels below or make the page lay out again, as the
      // diagram's box does. Only the empty list is short.
      className={cn(
        // No scroll anchoring, as in the diagram's box: once a reader has scrolled the list, every
        // row that changes would send the browser looking for an anchor among the rows.
        'overflow-auto rounded-md border border-slate-200 [overflow-anchor:none] dark:border-slate-700',
        rows.length > 0 ? 'h-80 [contain:strict]' : '[contain:content]',
      )}
    >
      {/* The rows not drawn are padding around the table, not spacer rows inside it: a spacer row
          that grows with every new segment would make the browser lay out the whole table again. */}
      <div style={{ paddingTop: first * ROW_PX, paddingBottom: (rows.length - last) * ROW_PX }}>
        <table aria-rowcount={rows.length + 1} className="w-full min-w-[34rem] border-collapse font-mono text-xs">
          <caption className="sr-only">{t('table.caption')}</caption>
          <TableHead t={t} />
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="px-2 py-2 font-sans text-slate-600 dark:text-slate-400">
                  {t('table.empty')}
                </td>
              </tr>
            ) : (
              shown.map((row, i) => (
                <Row
                  key={row.id}
                  id={row.id}
                  index={first + i}
                  from={row.from}
                  sentAt={row.sentAt}
                  segment={index.get(row.id)?.segment}
                  fate={words.fate(row)}
                  open={row.open}
                  lost={row.fate === 'dropped'}
                  selected={selected === row.id}
                  name={row.open ? words.name(row, flagsOf(index.get(row.id)?.segment)) : ''}
                  direction={direction[row.from]}
                  onChoose={onChoose}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
