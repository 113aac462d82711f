'use client'

import dynamic from 'next/dynamic'
import type { SimulatorProps } from '@/components/simulator/simulator'

// The simulator in its own chunk: the server still renders it (its diagram is in the HTML,
// readable without JavaScript), and its code loads beside the page instead of holding up the
// rest of the lesson's hydration.
const LazySimulator = dynamic(() => import('@/components/simulator/simulator').then((m) => m.Simulator))

/** `<Simulator scenario="..." />` as lessons embed it. */
export function Simulator(props: SimulatorProps) {
  return <LazySimulator {...props} />
}
