'use client'

import type { ReactNode } from 'react'
import { cn } from '@/components/ui/cn'

export const buttonPrimary =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

export const buttonSecondary =
  'rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-700'

/** Right or wrong, said with a mark and words (never colour alone). */
export function Verdict({ correct, children }: { correct: boolean; children: ReactNode }) {
  return (
    <p
      className={cn(
        'font-semibold',
        correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300',
      )}
    >
      <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
      {children}
    </p>
  )
}

/** A small mark with a word for screen readers and for readers who cannot tell the colours apart. */
export function Mark({ ok, label }: { ok: boolean; label: string }) {
  return (
    <span className={cn('mr-1 inline-flex items-center gap-1 text-xs font-semibold', ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300')}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      {label}
    </span>
  )
}

/** The polite live region every quiz announces its feedback through; always in the DOM. */
export function FeedbackRegion({ children }: { children: ReactNode }) {
  return (
    <div aria-live="polite" className="mt-3 space-y-2 text-sm text-slate-800 dark:text-slate-100">
      {children}
    </div>
  )
}

/** An explanation written in MDX (may hold paragraphs). */
export function Prose({ children }: { children: ReactNode }) {
  return <div className="prose prose-sm prose-slate max-w-none dark:prose-invert">{children}</div>
}
