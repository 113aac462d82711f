import type { ReactNode } from 'react'
import { cn } from './cn'

/**
 * Why an imported file was refused: a heading marked with ✗ (so colour is not the only sign), the
 * problems as a list, and a closing line. An alert, so screen readers say it at once.
 */
export function RefusedAlert({ heading, problems, className, footer }: { heading: ReactNode; problems: ReadonlyArray<ReactNode>; className?: string; footer?: ReactNode }) {
  return (
    <div role="alert" className="rounded-md border border-rose-400 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100">
      <p className="font-semibold">
        <span aria-hidden="true">✗ </span>
        {heading}
      </p>
      {problems.length > 0 ? (
        <ul className={cn('mt-1 list-disc pl-5', className)}>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {footer ? <p className="mt-1">{footer}</p> : null}
    </div>
  )
}
