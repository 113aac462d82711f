/** Code that pages load on demand (see `useLoaded`), each behind one constant loader. */

/** FSRS scheduling: when a card is turned over, for its buttons' intervals. */
export const loadSchedule = () => import('@/lib/flashcards/schedule')

/** Computed problems: they run the TCP engine, so they load when a problem is asked for. */
export const loadProblems = () => import('@/lib/problems/generate')
