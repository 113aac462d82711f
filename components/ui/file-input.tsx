import type { Ref } from 'react'

/** A labelled file picker that hands the chosen file to `onFile` (undefined when cancelled). */
export function FileInput({
  id,
  label,
  hint,
  accept,
  onFile,
  ref,
}: {
  id: string
  label: string
  hint?: string
  accept: string
  onFile: (file: File | undefined) => void
  ref?: Ref<HTMLInputElement>
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? <p className="text-xs text-slate-600 dark:text-slate-300">{hint}</p> : null}
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => onFile(e.target.files?.[0])}
        className="mt-1 block w-full max-w-md text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:file:bg-slate-800 dark:file:text-slate-100"
      />
    </div>
  )
}
