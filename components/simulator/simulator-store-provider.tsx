'use client'

import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createSimulatorStore, type SimulatorActions, type SimulatorInit, type SimulatorState, type SimulatorStore } from './simulator-store'

const SimulatorStoreContext = createContext<SimulatorStore | null>(null)

/** Creates one store for the widget inside it (zustand's per-instance pattern for Next). */
export function SimulatorStoreProvider({ init, children }: { init: SimulatorInit; children: ReactNode }) {
  const [store] = useState(() => createSimulatorStore(init))
  return <SimulatorStoreContext.Provider value={store}>{children}</SimulatorStoreContext.Provider>
}

/** The store itself, for event handlers and the play loop. */
export function useSimulatorApi(): SimulatorStore {
  const store = useContext(SimulatorStoreContext)
  if (!store) throw new Error('useSimulatorStore must be used inside <SimulatorStoreProvider>')
  return store
}

/** Reads a slice of this widget's store; select narrowly. */
export function useSimulatorStore<T>(selector: (state: SimulatorState & SimulatorActions) => T): T {
  return useStore(useSimulatorApi(), selector)
}
