'use client'

import { useTranslations } from 'next-intl'
import { useId, useState, type ReactNode } from 'react'

/** Hides an answer behind a button so the learner commits to a guess first. */
export function Reveal({ label, children }: { label?: string; children: ReactNode }) {
  const t = useTranslations('mdx')
  const [shown, setShown] = useState(false)
  const id = useId()
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="not-prose my-6 rounded-lg border border-dashed border-slate-400 p-4 dark:border-slate-500"
    >
      <p id={`${id}-label`} className="mb-3 font-medium text-slate-900 dark:text-slate-100">
        {label ?? t('revealPrompt')}
      </p>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((value) => !value)}
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
      >
        {shown ? t('hideAnswer') : t('showAnswer')}
      </button>
      <div id={id} hidden={!shown} className="prose prose-slate mt-3 max-w-none dark:prose-invert">
        {children}
      </div>
    </div>
  )
}
