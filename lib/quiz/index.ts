/**
 * Quiz definitions, grading and per-attempt shuffling.
 *
 * @module
 */
export type * from './types'
export * from './grade'
export * from './attempt'
export * from './validate'
