'use client'

import { memo, useEffect, useState, type ReactNode, type RefObject } from 'react'
import { playingAtFastest } from './simulator-store'
import { useSimulatorStore } from './simulator-store-provider'

/**
 * True while any part of the element is inside the viewport (and until the browser first says
 * otherwise, so nothing is held before it has been measured).
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1]
      if (entry) setOnScreen(entry.isIntersecting)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return onScreen
}

/**
 * Shows its children as they were when `hold` became true, until it is false again.
 */
const Held = memo(
  function Held({ children }: { hold: boolean; children: ReactNode }) {
    return children
  },
  (_previous, next) => next.hold,
)

/**
 * While Play runs at the fastest speed the TCBs and the segment list would change on every
 * animation frame; one scrolled out of view (`onScreen` false) keeps its last drawing instead, and
 * catches up in the frame it scrolls back into view or when Play stops. `holdable` false keeps it
 * live regardless. Measured on the playground playing 1,000 events with the segment list below the
 * fold, in alternating runs: 8.0–8.3 ms of main-thread time per event against 10.3–10.5 ms without,
 * and 23–33 frames over 16 ms against 78–138. It reads Play's state itself, so pressing Play or
 * Pause re-renders this and not the panels around it.
 */
export function OffScreenHold({ onScreen, holdable = true, children }: { onScreen: boolean; holdable?: boolean; children: ReactNode }) {
  const fastPlaying = useSimulatorStore(playingAtFastest)
  return <Held hold={fastPlaying && !onScreen && holdable}>{children}</Held>
}
