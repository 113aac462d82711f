import type { ReactNode } from 'react'

/** The lesson's opening: one to three sentences, set larger than body text. */
export function Intro({ children }: { children: ReactNode }) {
  return <div className="text-lg text-slate-700 dark:text-slate-200 [&_p]:text-lg">{children}</div>
}
