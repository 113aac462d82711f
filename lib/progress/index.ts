/**
 * Learner progress: data model, pure store transitions, migration,
 * import/export and storage recovery.
 *
 * @module
 */
export * from './model'
export * from './schemas'
export * from './stats'
export * from './actions'
export * from './migrate'
export * from './transfer'
