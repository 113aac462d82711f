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

/** Runs `callback` once the browser is idle (soon after, where it cannot tell); returns a cancel. */
function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(callback, 1)
  return () => window.clearTimeout(id)
}

/** The longest a held panel waits for an idle moment after Play stops. */
const IDLE_TIMEOUT_MS = 500

/**
 * While Play runs at the fastest speed the TCBs and the segment list would change on every
 * animation frame; one scrolled out of view (`onScreen` false) keeps its last drawing instead. It
 * catches up in the frame it scrolls back into view, or once Play stops, when the browser is next
 * idle: out of view, nobody sees it a moment late, and the frame that draws the end of the run
 * does not also draw a screen of rows. Measured on the playground playing 1,000 events with the
 * segment list below the fold, in alternating runs: 8.0–8.3 ms of main-thread time per event
 * against 10.3–10.5 ms without, and 23–33 frames over 16 ms against 78–138. Held from the first
 * event (not only once the list had all the rows it draws), the first 20 frames took 131–164 ms of
 * main-thread time against 173–215 ms. It reads Play's state itself, so pressing Play or Pause
 * re-renders this and not the panels around it.
 */
export function OffScreenHold({ onScreen, children }: { onScreen: boolean; children: ReactNode }) {
  const fastPlaying = useSimulatorStore(playingAtFastest)
  const hold = fastPlaying && !onScreen
  const [catchingUp, setCatchingUp] = useState(false)
  // Set while rendering, not in an effect, so the frame Play stops in still shows the held drawing.
  const [wasHeld, setWasHeld] = useState(hold)
  if (hold !== wasHeld) {
    setWasHeld(hold)
    setCatchingUp(!hold && !onScreen)
  }
  useEffect(() => {
    if (!catchingUp || hold || onScreen) return
    return whenIdle(() => setCatchingUp(false))
  }, [catchingUp, hold, onScreen])
  return <Held hold={hold || (catchingUp && !onScreen)}>{children}</Held>
}
