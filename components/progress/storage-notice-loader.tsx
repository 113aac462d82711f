'use client'

import dynamic from 'next/dynamic'

/**
 * The storage check needs the progress store and its validation code. Pages that show no
 * progress should not pay for that in their first load, so the notice loads after hydration.
 */
export const StorageNoticeLoader = dynamic(() => import('./storage-notice').then((m) => m.StorageNotice), {
  ssr: false,
})
