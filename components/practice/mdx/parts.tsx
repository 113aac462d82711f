import type { ReactNode } from 'react'

// The children of <Quiz>, <Order> and <Predict>. Their parent reads them as data; rendered on
// their own (outside a quiz, which the content check refuses) they just show their text.

/** The question of a quiz. */
export function Question({ children }: { children?: ReactNode }) {
  return <>{children}</>
}

/** One option of a multiple-choice quiz. */
export function Choice({ children }: { correct?: boolean; children?: ReactNode }) {
  return <>{children}</>
}

/** Why an option is right or wrong, or a general explanation of the answer. */
export function Explain({ children }: { children?: ReactNode }) {
  return <>{children}</>
}

/** One item of an ordering quiz. */
export function Item({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
