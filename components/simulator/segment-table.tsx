'use client'

import { useState } from 'react'
import { cn } from '@/components/ui/cn'
import type { ArrowWords } from './arrow-words'
import { flagsOf, formatSeconds, type Translate } from './format'
import type { ChoosePoint } from './sequence-diagram'
import type { ViewArrow } from './view-model'

const COLUMNS = ['id', 'time', 'direction', 'flags', 'seq', 'ack', 'len', 'fate', 'why'] as const
/** Rows are this tall, so a long list draws only the rows scrolled into view. */
const ROW_PX = 28
const MARGIN_ROWS = 8

type RowProps = { arrow: ViewArrow; words: ArrowWords; selected: boolean; onChoose: (id: number, at: ChoosePoint) => void; onWhy: (id: number) => void; t: Translate }

function Row({ arrow: a, words, selected, onChoose, onWhy, t }: RowProps) {
  const segment = a.sent?.segment
  const lost = a.fate === 'dropped'
  return (
    <tr className={cn('h-7 border-t border-slate-200 whitespace-nowrap dark:border-slate-700', selected && 'bg-sky-100 dark:bg-sky-900/60')}>
      <td className="px-2 py-1 tabular-nums">{a.id}</td>
      <td className="px-2 py-1 tabular-nums">{formatSeconds(a.sentAt)}</td>
      <td className={cn('px-2 py-1', a.from === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}>{t(`direction.${a.from}`)}</td>
      <td className="px-2 py-1 font-semibold">{flagsOf(segment)}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.seq}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.flags.ack ? segment.ack : ''}</td>
      <td className="px-2 py-1 tabular-nums">{segment?.len}</td>
      <td className={cn('px-2 py-1', lost && 'font-semibold text-red-700 dark:text-red-400')}>
        {a.open ? (
          <button
            type="button"
            aria-label={words.name(a, flagsOf(segment))}
            aria-pressed={selected}
            onClick={(e) => {
              const box = e.currentTarget.getBoundingClientRect()
              onChoose(a.id, { x: box.left, y: box.bottom })
            }}
            className="rounded border border-sky-600 px-1.5 py-0 text-sky-800 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
          >
            {words.fate(a)}
          </button>
        ) : (
          <>
            {lost ? <span aria-hidden="true">✕ </span> : null}
            {words.fate(a)}
          </>
        )}
      </td>
      <td className="px-2 py-0.5">
        <button type="button" aria-label={t('why.segmentButton', { id: a.id })} onClick={() => onWhy(a.id)} className="rounded px-1 font-sans font-semibold text-violet-800 underline decoration-dotted hover:bg-violet-100 dark:text-violet-300 dark:hover:bg-violet-950">
          {t('why.button')}
        </button>
      </td>
    </tr>
  )
}

/** Every segment, one row each, like a capture tool's packet list. */
export function SegmentTable({
  arrows,
  words,
  selected,
  onChoose,
  onWhy,
  t,
}: Omit<RowProps, 'arrow' | 'selected'> & { arrows: ReadonlyArray<ViewArrow>; selected: number | null }) {
  const [view, setView] = useState({ top: 0, height: 320 })
  const first = Math.max(0, Math.floor(view.top / ROW_PX) - MARGIN_ROWS)
  const last = Math.min(arrows.length, Math.ceil((view.top + view.height) / ROW_PX) + MARGIN_ROWS)
  return (
    <div
      tabIndex={0}
      role="group"
      aria-label={t('table.scroll')}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      // The box has its full height from the first segment on, so rows arriving never move what is below.
      className={cn('overflow-auto rounded-md border border-slate-200 [overflow-anchor:none] dark:border-slate-700', arrows.length > 0 && 'h-80 [contain:strict]')}
    >
      <div style={{ paddingTop: first * ROW_PX, paddingBottom: (arrows.length - last) * ROW_PX }}>
        <table className="w-full min-w-[34rem] border-collapse font-mono text-xs">
          <caption className="sr-only">{t('table.caption')}</caption>
          <thead className="sticky top-0 bg-slate-100 text-left font-sans dark:bg-slate-800">
            <tr>
              {COLUMNS.map((col) => (
                <th key={col} scope="col" className="px-2 py-1.5 font-semibold">
                  {t(`table.${col}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {arrows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="px-2 py-2 font-sans text-slate-600 dark:text-slate-400">
                  {t('table.empty')}
                </td>
              </tr>
            ) : (
              arrows.slice(first, last).map((a) => <Row key={a.id} arrow={a} words={words} selected={selected === a.id} onChoose={onChoose} onWhy={onWhy} t={t} />)
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
