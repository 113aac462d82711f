'use client'

import { useEffect, useSyncExternalStore } from 'react'
import { startProgressHydration, useProgressMeta } from './progress-store'

/** Starts reading stored progress (once per page) and tells whether it has been read. */
export function useProgressHydrated(): boolean {
  useEffect(() => startProgressHydration(), [])
  return useProgressMeta((s) => s.hydrated)
}

const listeners = new Set<() => void>()
let now = 0
let timer: ReturnType<typeof setInterval> | undefined

function tick() {
  now = Date.now()
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) {
    now = Date.now()
    timer = setInterval(tick, 1000)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

function snapshot(): number {
  if (now === 0) now = Date.now()
  return now
}

/**
 * The current time in epoch ms, refreshed every second while mounted; 0 during server
 * rendering (time-dependent views render only after progress is hydrated).
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, () => 0)
}

/** The reader's time zone, for formatting dates in the browser (client-only views). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  } catch {
    return undefined
  }
}
