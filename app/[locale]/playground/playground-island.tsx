'use client'

import dynamic from 'next/dynamic'

/**
 * The playground in its own chunk: the server renders it, and the header and page shell hydrate
 * without waiting for the simulator's code.
 */
export const Playground = dynamic(() => import('./playground').then((m) => m.Playground))
