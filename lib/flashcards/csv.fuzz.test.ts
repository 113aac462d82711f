/**
 * Property tests: no text makes the CSV import throw; every refusal names its line; every card it
 * accepts is a valid deck card.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportCardsCsv, MAX_DECK_FILE_BYTES, parseDeckCsv, readDeckCsvFile, type CsvCard, type CsvErrorCode, type CsvParseResult, type ImportedCard } from './csv'
import { parseDeck } from './deck'

const SEED = 20261204
const CODES: ReadonlySet<CsvErrorCode> = new Set(['unclosedQuote', 'textAfterQuote', 'tooManyColumns', 'emptyFront', 'missingBack', 'noCards', 'tooManyCards', 'unclosedCloze'])

/** The imported cards as a deck file in both languages, as the content decks are checked. */
function asDeck(cards: readonly ImportedCard[]) {
  return {
    id: 'my-cards',
    title: { en: 'My cards', zh: '我的卡片' },
    cards: cards.map((c) => ({
      id: c.id,
      kind: c.kind,
      front: { en: c.front, zh: c.front },
      ...(c.back.trim() === '' ? {} : { back: { en: c.back, zh: c.back } }),
      tags: c.tags,
    })),
  }
}

/** How many lines a text has, counting `\r\n`, `\r` and `\n` as line ends. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length

function expectWellFormed(text: string, r: CsvParseResult): void {
  if (r.ok) {
    expect(r.cards.length).toBeGreaterThan(0)
    const deck = parseDeck(asDeck(r.cards))
    expect(deck.ok || deck.errors).toBe(true)
  } else {
    expect(r.errors.length).toBeGreaterThan(0)
    for (const e of r.errors) {
      expect(CODES.has(e.code)).toBe(true)
      expect(e.message).not.toBe('')
      expect(Number.isInteger(e.line)).toBe(true)
      expect(e.line).toBeGreaterThanOrEqual(0)
      expect(e.line).toBeLessThanOrEqual(lineCount(text))
      // Row problems say which row; only whole-file problems have line 0.
      if (e.code !== 'noCards' && e.code !== 'tooManyCards') expect(e.line).toBeGreaterThan(0)
    }
  }
}

const pieces = fc.constantFrom('a', 'Q?', ' ', ',', ';', '\t', '\n', '\r', '\r\n', '"', '""', '#', '#separator:tab\n', '#html:true\n', '#columns:Back,Front\n', '#tags column:1\n', '#guid column:2\n', '{{c1::', '}}', '<br>', '&amp;', '\uFEFF', '中', '\u00a0', '\u2028')
const csvLike = fc.array(pieces, { maxLength: 40 }).map((ps) => ps.join(''))

const word = fc.constantFrom('SYN', 'ACK', 'FIN', 'TIME-WAIT', 'window', '窗口', 'a,b', 'say "hi"', 'two\nlines')
const card: fc.Arbitrary<CsvCard> = fc.record({
  kind: fc.constant('basic' as const),
  front: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  back: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  tags: fc.array(fc.constantFrom('tcp', 'timer', '握手'), { maxLength: 2 }),
})
const validCsv = fc.tuple(fc.array(card, { minLength: 1, maxLength: 6 }), fc.constantFrom(',' as const, '\t' as const), fc.boolean()).map(([cards, d, headers]) => exportCardsCsv(cards, d, headers))

type Edit = { at: number; insert: string; remove: number }
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  insert: fc.oneof(
    pieces,
    fc.constantFrom('\r\n', '\n\r', '\r'),
    fc.integer({ min: 1, max: 200 }).map((n) => ','.repeat(n)),
    fc.integer({ min: 1, max: 200 }).map((n) => '\t'.repeat(n)),
    fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
  ),
  remove: fc.nat(3),
})
const mutatedCsv = fc.tuple(validCsv, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) =>
  edits.reduce((t, e) => {
    const at = e.at % (t.length + 1)
    return t.slice(0, at) + e.insert + t.slice(at + e.remove)
  }, text),
)

describe('CSV import (property)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvLike), (text) => expectWellFormed(text, parseDeckCsv(text))),
      { seed: SEED, numRuns: 400 },
    )
  })

  it('never throws on a valid export with quotes, line ends, a BOM, long fields or extra columns put in', () => {
    fc.assert(
      fc.property(mutatedCsv, fc.constantFrom('auto' as const, ',' as const, '\t' as const), (text, delimiter) => expectWellFormed(text, parseDeckCsv(text, { delimiter }))),
      { seed: SEED, numRuns: 300 },
    )
  })
})

// Inputs whose cost once grew with the square of the file (seconds to minutes at 5 MB). They are
// kept as regressions for what the import answers; a return to quadratic reading shows as a test
// that runs into Vitest's timeout.
describe('CSV import of inputs that were once quadratic', () => {
  const fast = (text: string) => parseDeckCsv(text)

  it('many cards with one front get distinct ids', () => {
    const r = fast('q,a\n'.repeat(5000))
    expect(r.ok && new Set(r.cards.map((c) => c.id)).size).toBe(5000)
  })

  it('a long run of unclosed HTML tags', () => {
    expect(fast(`#html:true\n${'<'.repeat(50_000)}x,b\n`)).toMatchObject({ ok: true, cards: [{ front: '' + '<'.repeat(50_000) + 'x' }] })
  })

  it('a row of many columns with a tags column', () => {
    expect(fast(`#tags column:3\nfront,back,t${',x'.repeat(50_000)}\n`)).toMatchObject({ ok: true, cards: [{ front: 'front', back: 'back' }] })
  })

  it('cloze openings never closed are refused on their line', () => {
    expect(fast(`ok,fine\n${'{{c1::a::'.repeat(20_000)},b\n`)).toEqual({ ok: false, errors: [{ line: 2, code: 'unclosedCloze', message: expect.any(String) }] })
  })

  it('a file of far too many rows stops at the limit', () => {
    expect(fast('q,a\n'.repeat(200_000))).toEqual({ ok: false, errors: [{ line: 0, code: 'tooManyCards', message: 'the file has more than 5000 cards', count: 5000 }] })
  })
})

describe('readDeckCsvFile', () => {
  it('refuses an oversize file from its size, without reading it', async () => {
    let read = false
    const r = await readDeckCsvFile({ size: MAX_DECK_FILE_BYTES + 1, text: async () => ((read = true), '') })
    expect(r).toEqual({ ok: false, errors: [{ line: 0, code: 'fileTooLarge', message: 'the file is larger than 5 MB', count: 5 }] })
    expect(read).toBe(false)
  })

  it('refuses a file the browser cannot read, and reads a good one', async () => {
    expect(await readDeckCsvFile({ size: 1, text: () => Promise.reject(new Error('gone')) })).toMatchObject({ ok: false, errors: [{ code: 'unreadable' }] })
    expect(await readDeckCsvFile(new Blob(['What is MSL?\tMaximum segment lifetime\n']))).toMatchObject({ ok: true, cards: [{ back: 'Maximum segment lifetime' }] })
  })
})
