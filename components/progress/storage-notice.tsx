'use client'

import { useTranslations } from 'next-intl'
import { buttonPrimary, buttonSecondary } from '@/components/practice/ui'
import { useProgressMeta } from './progress-store'
import { downloadText } from '@/components/ui/download'
import { useProgressHydrated } from './use-progress'

/**
 * Reads stored progress on every page and, if it was damaged, says what happened and offers the
 * stored text as a download, so nothing is lost silently.
 */
export function StorageNotice() {
  const t = useTranslations('practice.storage')
  useProgressHydrated()
  const notice = useProgressMeta((s) => s.notice)
  const dismiss = useProgressMeta((s) => s.dismissNotice)
  if (!notice) return null
  return (
    <div role="alert" className="border-t border-amber-400 bg-amber-50 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2">
        <p className="min-w-0 flex-1">
          <span aria-hidden="true">⚠ </span>
          {notice.kind === 'reset' ? t('reset') : t('repaired', { count: notice.dropped })}
        </p>
        <button
          type="button"
          className={buttonPrimary}
          onClick={() => downloadText(`tcp-course-progress-damaged-${new Date().toISOString().slice(0, 10)}.txt`, notice.raw, 'text/plain')}
        >
          {t('download')}
        </button>
        <button type="button" className={buttonSecondary} onClick={dismiss}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  )
}
