'use client'

import { useTranslations } from 'next-intl'
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
    <div aria-live="polite" tabIndex={-1} data-feedback className="mt-3 space-y-2 text-sm text-slate-800 dark:text-slate-100">
      {children}
    </div>
  )
}

/** An explanation written in MDX (may hold paragraphs). */
export function Prose({ children }: { children: ReactNode }) {
  return <div className="prose prose-sm prose-slate max-w-none dark:prose-invert">{children}</div>
}

/**
 * Moves focus to `target()` after React has drawn the change that called it: the element may only
 * exist then, and the button that was pressed is often gone, so focus must not fall to the page.
 */
export function focusAfterRender(target: () => HTMLElement | null | undefined) {
  requestAnimationFrame(() => target()?.focus())
}

/** Moves focus into `scope` after the change: to an answer's feedback, or to a fresh attempt's first control. */
export function focusWithin(scope: HTMLElement | null, target: 'feedback' | 'first-control') {
  const selector = target === 'feedback' ? '[data-feedback]' : 'input:not([disabled]), select:not([disabled]), button:not([disabled])'
  focusAfterRender(() => scope?.querySelector<HTMLElement>(selector))
}

/** One graded field of a Predict or computed problem: what the learner gave and what the engine computed. */
export type GradedField = { key: string; name: string; correct: boolean; expected: string | number; given?: string | number }

/**
 * The per-field feedback of a Predict or a computed problem. `messages` names the namespace that
 * holds `fieldRight`, `fieldWrong` and `noAnswer` (the two kinds word them alike but keep their own).
 */
export function FieldFeedback({ fields, messages }: { fields: readonly GradedField[]; messages: 'practice.predict' | 'practice.computed' }) {
  const t = useTranslations(messages)
  const tq = useTranslations('practice.quiz')
  return (
    <ul className="space-y-1">
      {fields.map((f) => (
        <li key={f.key}>
          <Mark ok={f.correct} label={f.correct ? tq('fieldIsRight') : tq('fieldIsWrong')} />
          {f.correct
            ? t('fieldRight', { field: f.name, expected: String(f.expected) })
            : t('fieldWrong', { field: f.name, expected: String(f.expected), given: f.given === undefined ? t('noAnswer') : String(f.given) })}
        </li>
      ))}
    </ul>
  )
}
