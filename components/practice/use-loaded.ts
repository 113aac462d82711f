'use client'

import { useEffect, useState } from 'react'

const cache = new Map<() => Promise<unknown>, unknown>()

/**
 * A module loaded the first time it is `needed`, `undefined` until it arrives. For code a
 * learner needs only after doing something (turning a card over, asking for a problem), so it
 * stays out of the page's first load. `load` must be a module-level constant: it keys the cache.
 */
export function useLoaded<M>(needed: boolean, load: () => Promise<M>): M | undefined {
  const [loaded, setLoaded] = useState(() => cache.get(load) as M | undefined)
  useEffect(() => {
    if (!needed || loaded) return
    let live = true
    void load().then((m) => {
      cache.set(load, m)
      if (live) setLoaded(m)
    })
    return () => {
      live = false
    }
  }, [needed, loaded, load])
  return loaded
}
