'use client'

import dynamic from 'next/dynamic'
import type { CompareProps } from '@/components/simulator/compare-runs'

// Like the simulator: rendered on the server, its code in a chunk loaded beside the page.
const LazyCompare = dynamic(() => import('@/components/simulator/compare-runs').then((m) => m.CompareRuns))

/** `<Compare scenario="keepalive-dead-peer-short" a="rfc" b="linux" />` as lessons embed it. */
export function Compare(props: CompareProps) {
  return <LazyCompare {...props} />
}
