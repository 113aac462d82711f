'use client'

/**
 * Text the widget copied to the clipboard (a share link, a scenario file), said in `status` and
 * shown selectable, for when the clipboard refused it or the learner wants to read it.
 */
export function CopiedText({ status, label, text, lines = 1, className }: { status: string; label: string; text: string; lines?: number; className?: string }) {
  const field = 'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900'
  return (
    <div className={`rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800 ${className ?? ''}`}>
      <p role="status">{status}</p>
      {lines > 1 ? (
        <textarea readOnly aria-label={label} value={text} rows={lines} onFocus={(event) => event.currentTarget.select()} className={field} />
      ) : (
        <input readOnly aria-label={label} value={text} onFocus={(event) => event.currentTarget.select()} className={field} />
      )}
    </div>
  )
}
