import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

/** Optional depth, closed by default; a native <details> so it works without JavaScript. */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations('mdx')
  return (
    <details className="not-prose group my-6 rounded-lg border border-slate-300 dark:border-slate-600">
      <summary className="cursor-pointer list-none px-5 py-3 font-semibold text-slate-900 dark:text-slate-100">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="mr-2 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
          {t('deepDive')}
        </span>
        {title}
      </summary>
      <div className="prose prose-slate max-w-none px-5 pb-4 dark:prose-invert">{children}</div>
    </details>
  )
}
