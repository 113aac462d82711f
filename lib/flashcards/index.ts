/**
 * Flashcards: deck files, cloze text, FSRS scheduling and Anki CSV/TSV.
 *
 * @module
 */
export * from './deck'
export * from './cloze'
export * from './schedule'
export * from './csv'
export * from './issues'
