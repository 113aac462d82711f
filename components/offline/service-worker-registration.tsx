'use client'

import { useEffect } from 'react'

/** How long after the page has loaded and gone idle the precaching starts. */
const SETTLE_MS = 3000

/** Runs `task` when the main thread is idle (at once where the browser cannot tell). */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: SETTLE_MS })
    return () => window.cancelIdleCallback(handle)
  }
  task()
  return () => {}
}

/**
 * Registers the service worker (public/sw.js) that keeps the course readable offline. Its install
 * fetches every page and file of the course, several megabytes, so it starts only once the page has
 * loaded, the main thread is idle and a few seconds have passed: on a slow phone it must not take
 * bandwidth from what the first visit still loads. Production builds only: in development the pages
 * change with every save.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    let cancel = () => {}
    const register = () => {
      // Offline reading is an extra: where the browser refuses it, the course works as before.
      navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {})
    }
    const settle = () => {
      const timer = window.setTimeout(() => (cancel = whenIdle(register)), SETTLE_MS)
      cancel = () => window.clearTimeout(timer)
    }
    if (document.readyState === 'complete') settle()
    else window.addEventListener('load', settle, { once: true })
    return () => {
      window.removeEventListener('load', settle)
      cancel()
    }
  }, [])
  return null
}
