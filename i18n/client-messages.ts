import type { AbstractIntlMessages } from 'next-intl'

/**
 * The interface namespaces each part of the site reads in client components. Only these travel
 * to the browser (inside the page's HTML); server components read every message on the server.
 * A namespace missing here shows as a missing-message error in that page's client widget.
 */
export const clientNamespaces = {
  /** The header on every page: language switch, theme toggle, damaged-storage notice. */
  layout: ['language', 'theme', 'practice.storage'],
  lesson: [
    'mdx',
    'simulator',
    'practice.quiz',
    'practice.predict',
    'practice.misconception',
    'practice.lesson',
    'practice.review',
    'practice.decks',
  ],
  playground: ['simulator'],
  exam: ['practice.exam', 'practice.computed', 'practice.quiz', 'practice.predict', 'practice.misconception'],
  review: [
    'simulator',
    'practice.review',
    'practice.decks',
    'practice.computed',
    'practice.quiz',
    'practice.predict',
    'practice.misconception',
  ],
  progress: ['practice.progress', 'practice.transfer'],
} as const satisfies Record<string, readonly string[]>

/** Pure. The messages under the given dotted paths (`'practice.quiz'`), nested as in `messages`. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {}
  for (const path of paths) {
    const keys = path.split('.')
    let from: AbstractIntlMessages | string | undefined = messages
    let to = picked
    keys.forEach((key, i) => {
      from = typeof from === 'object' ? from[key] : undefined
      if (from === undefined) return
      if (i === keys.length - 1) to[key] = from
      else to = (to[key] ??= {}) as AbstractIntlMessages
    })
  }
  return picked
}
