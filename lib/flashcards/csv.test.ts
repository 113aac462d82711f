import fc from 'fast-check'
import { describe, expect, it, test } from 'vitest'
import { exportCardsCsv, exportDeckCsv, parseDeckCsv, type CsvCard, type CsvErrorCode } from './csv'
import type { Deck } from './deck'

const deck: Deck = {
  id: 'handshake',
  title: { en: 'Handshake', zh: '握手' },
  cards: [
    {
      id: 'a',
      kind: 'basic',
      front: { en: 'What opens, "first"?', zh: '第一个？' },
      back: { en: 'SYN, then\nSYN-ACK', zh: 'SYN' },
      tags: ['tcp', 'handshake'],
    },
    { id: 'b', kind: 'cloze', front: { en: 'Starts with {{c1::SYN}}', zh: '以 {{c1::SYN}} 开始' }, tags: [] },
  ],
}

describe('exportDeckCsv', () => {
  it('writes Anki headers and quotes where needed', () => {
    expect(exportDeckCsv(deck, 'en', ',')).toBe(
      [
        '#separator:comma',
        '#html:false',
        '#columns:front,back,tags',
        '#tags column:3',
        '"What opens, ""first""?","SYN, then\nSYN-ACK",tcp handshake',
        'Starts with {{c1::SYN}},,',
        '',
      ].join('\n'),
    )
    expect(exportDeckCsv(deck, 'zh').split('\n')[4]).toBe('第一个？\tSYN\ttcp handshake')
  })

  it('round-trips a deck', () => {
    const r = parseDeckCsv(exportDeckCsv(deck, 'en'))
    expect(r).toMatchObject({ ok: true, delimiter: '\t' })
    if (r.ok) {
      expect(r.cards.map((c) => c.kind)).toEqual(['basic', 'cloze'])
      expect(r.cards[0]?.back).toBe('SYN, then\nSYN-ACK')
      expect(r.cards[1]?.id).toBe('starts-with-syn')
    }
  })
})

describe('parseDeckCsv', () => {
  it('reads plain CSV with a header row, CRLF and a BOM', () => {
    const r = parseDeckCsv('\uFEFFFront,Back,Tags\r\nq1,a1,x y\r\n"q2, with comma",a2,\r\n\r\n')
    expect(r).toEqual({
      ok: true,
      delimiter: ',',
      cards: [
        // too short for a readable slug: falls back to a hash of the front
        { id: expect.stringMatching(/^card-[0-9a-z]+$/), kind: 'basic', front: 'q1', back: 'a1', tags: ['x', 'y'] },
        { id: 'q2-with-comma', kind: 'basic', front: 'q2, with comma', back: 'a2', tags: [] },
      ],
    })
  })

  it('guesses tabs and semicolons, and honours #separator', () => {
    expect(parseDeckCsv('abc\tdef\n')).toMatchObject({ ok: true, delimiter: '\t' })
    expect(parseDeckCsv('abc;def\n')).toMatchObject({ ok: true, delimiter: ';' })
    expect(parseDeckCsv('"a\tb",c\n')).toMatchObject({ ok: true, delimiter: ',' })
    expect(parseDeckCsv('#separator:Semicolon\nabc;d,ef\n')).toMatchObject({ ok: true, cards: [{ front: 'abc', back: 'd,ef' }] })
  })

  it('reads Anki exports with HTML, guid and notetype columns', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#tags column:5',
      'Gx1\tBasic\tWhat is <b>SYN</b>?\tsynchronise<br>sequence numbers\ttcp',
    ].join('\n')
    expect(parseDeckCsv(text)).toMatchObject({
      ok: true,
      cards: [{ front: 'What is SYN?', back: 'synchronise\nsequence numbers', tags: ['tcp'] }],
    })
  })

  it('uses #columns names', () => {
    const r = parseDeckCsv('#separator:comma\n#columns:Tags,Back,Front\nt1,answer,question\n')
    expect(r).toMatchObject({ ok: true, cards: [{ front: 'question', back: 'answer', tags: ['t1'] }] })
  })

  it('reports problems with line numbers', () => {
    const r = parseDeckCsv('ok,fine\n,no front\nno back\n"multi\nline",x,y,z\nlast,"open')
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 2, code: 'emptyFront', message: expect.any(String) },
        { line: 3, code: 'missingBack', message: expect.any(String) },
        { line: 4, code: 'tooManyColumns', message: expect.any(String), count: 4 },
        { line: 6, code: 'unclosedQuote', message: expect.any(String) },
      ],
    })
  })

  it('flags text after a closing quote, empty files and too many cards', () => {
    expect(parseDeckCsv('"a"b,c\n')).toMatchObject({ ok: false, errors: [{ line: 1, code: 'textAfterQuote' }] })
    expect(parseDeckCsv('#html:false\n\n')).toMatchObject({ ok: false, errors: [{ line: 0, code: 'noCards' }] })
    expect(parseDeckCsv('a,b\nc,d\n', { maxCards: 1 })).toMatchObject({ ok: false, errors: [{ code: 'tooManyCards' }] })
  })

  it('keeps ids unique and stable', () => {
    const r = parseDeckCsv('same front,a\nsame front,b\n')
    expect(r.ok && r.cards.map((c) => c.id)).toEqual(['same-front', 'same-front-2'])
  })
})

const fieldChars = fc.constantFrom('a', 'Z', '5', ' ', ',', ';', '\t', '\n', '\r', '\r\n', '"', '#', '{', '}', ':', '<', '&', '中', '文', 'é')
const field = fc.array(fieldChars, { maxLength: 12 }).map((cs) => cs.join(''))
const nonBlank = field.filter((s) => s.trim() !== '')
const tag = fc.array(fc.constantFrom('a', 'b', '-', ':', '中', '1'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''))
const card: fc.Arbitrary<CsvCard> = fc.oneof(
  fc.record({ kind: fc.constant('basic' as const), front: nonBlank, back: nonBlank, tags: fc.array(tag, { maxLength: 3 }) }),
  fc.record({
    kind: fc.constant('cloze' as const),
    front: fc.tuple(field, field.filter((s) => !s.includes('}}') && !s.includes('::')), field).map(([a, b, c]) => `${a}{{c1::${b}}}${c}`),
    back: field,
    tags: fc.array(tag, { maxLength: 3 }),
  }),
)

describe('CSV round trip (property)', () => {
  it('export then parse returns the same cards', () => {
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 8 }), fc.constantFrom(',' as const, '\t' as const), (cards, d) => {
        const r = parseDeckCsv(exportCardsCsv(cards, d))
        expect(r.ok).toBe(true)
        if (r.ok) {
          expect(r.delimiter).toBe(d)
          expect(r.cards.map(({ kind, front, back, tags }) => ({ kind, front, back, tags }))).toEqual(cards)
          expect(new Set(r.cards.map((c) => c.id)).size).toBe(cards.length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('also round-trips without Anki header lines', () => {
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 5 }), (cards) => {
        const r = parseDeckCsv(exportCardsCsv(cards, '\t', false), { delimiter: '\t', header: false })
        expect(r.ok && r.cards.map(({ kind, front, back, tags }) => ({ kind, front, back, tags }))).toEqual(cards)
      }),
      { numRuns: 100 },
    )
  })
})

test('every import problem has words in both languages, and the English ones are the reader’s own', async () => {
  const { readFileSync } = await import('node:fs')
  // A Record over the code type: a new code fails the type check until it is listed here.
  const codes: Record<CsvErrorCode, true> = { unclosedQuote: true, textAfterQuote: true, tooManyColumns: true, emptyFront: true, missingBack: true, noCards: true, tooManyCards: true, unclosedCloze: true, fileTooLarge: true, unreadable: true }
  const words = (lang: string) => (JSON.parse(readFileSync(new URL(`../../i18n/messages/${lang}/practice.json`, import.meta.url), 'utf8')) as { decks: { csvError: Record<string, string> } }).decks.csvError
  for (const lang of ['en', 'zh']) expect(Object.keys(words(lang)).sort()).toEqual(Object.keys(codes).sort())
  const r = parseDeckCsv('front,back,tags,extra\n,back\n')
  expect(r.ok).toBe(false)
  if (!r.ok) for (const e of r.errors) expect(words('en')[e.code]!.replace('{count}', String(e.count))).toBe(e.message)
})
