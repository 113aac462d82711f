'use client'

import { useLocale, useTranslations } from 'next-intl'
import { misconception, type MisconceptionId } from '@/lib/misconceptions/catalog'

/** Names and explains the misconceptions a wrong answer showed, and says they are queued for review. */
export function MisconceptionNotes({ ids, queued }: { ids: readonly MisconceptionId[]; queued: boolean }) {
  const t = useTranslations('practice.misconception')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  if (ids.length === 0) return null
  return (
    <div className="space-y-2">
      {ids.map((id) => {
        const m = misconception(id)
        return (
          <div key={id} className="rounded-md border border-amber-400 bg-amber-50 p-3 text-slate-900 dark:border-amber-600 dark:bg-amber-950 dark:text-slate-50">
            <p className="font-semibold">{t('named', { name: m.name[locale] })}</p>
            <p className="mt-1">{m.explanation[locale]}</p>
          </div>
        )
      })}
      {queued ? <p>{t('queued')}</p> : null}
    </div>
  )
}
