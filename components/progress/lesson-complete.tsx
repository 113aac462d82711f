'use client'

import { useTranslations } from 'next-intl'
import { buttonSecondary } from '@/components/practice/ui'
import { useProgressStore } from './progress-store'
import { useProgressHydrated } from './use-progress'

/** "Mark this lesson as done": saves the lesson as completed (its first completion date is kept). */
export function LessonComplete({ slug }: { slug: string }) {
  const t = useTranslations('practice.lesson')
  const hydrated = useProgressHydrated()
  const done = useProgressStore((s) => s.lessonsCompleted[slug] !== undefined)
  const mark = useProgressStore((s) => s.markLessonComplete)
  return (
    <div className="not-prose my-8">
      {hydrated && done ? (
        <p role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>
          {t('completed')}
        </p>
      ) : (
        <button type="button" className={buttonSecondary} disabled={!hydrated} onClick={() => mark(slug, Date.now())}>
          {t('markComplete')}
        </button>
      )}
    </div>
  )
}
