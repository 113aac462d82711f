'use client'

import { useId, useState, type ReactNode } from 'react'

/** On narrow screens the course outline hides behind a "Menu" button. */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        {label}
      </button>
      <div id={panelId} hidden={!open} className="mt-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        {children}
      </div>
    </div>
  )
}
