'use client'

import { useEffect } from 'react'

/**
 * Registers the service worker (public/sw.js) that keeps the course readable offline, once the
 * page has loaded, so its precaching never competes with the first visit. Production builds only:
 * in development the pages change with every save.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    const register = () => {
      // Offline reading is an extra: where the browser refuses it, the course works as before.
      navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {})
    }
    if (document.readyState === 'complete') {
      register()
      return
    }
    window.addEventListener('load', register, { once: true })
    return () => window.removeEventListener('load', register)
  }, [])
  return null
}
