import type { ReactNode } from 'react'
import { cn } from '@/components/ui/cn'

const tones = {
  note: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  pitfall: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  recap: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  learn: 'border-violet-500 bg-violet-50 dark:bg-violet-950/40',
} as const

/** A labelled box. The label is text, so the tone colour is never the only signal. */
export function Callout({
  tone,
  icon,
  label,
  children,
}: {
  tone: keyof typeof tones
  icon: string
  label: string
  children: ReactNode
}) {
  return (
    <aside aria-label={label} className={cn('not-prose my-6 rounded-r-lg border-l-4 px-5 py-4', tones[tone])}>
      <p className="mb-2 flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-100">
        <span aria-hidden="true">{icon}</span>
        {label}
      </p>
      <div className="prose prose-slate max-w-none dark:prose-invert prose-p:my-2 prose-ul:my-2">{children}</div>
    </aside>
  )
}
