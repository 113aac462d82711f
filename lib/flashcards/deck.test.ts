import { describe, expect, it } from 'vitest'
import { cardKey, deckCardKeys, parseDeck } from './deck'
import { formatPath, issueToString } from './issues'

const validDeck = {
  id: 'handshake',
  title: { en: 'Handshake', zh: '三次握手' },
  cards: [
    {
      id: 'first-segment',
      kind: 'basic',
      front: { en: 'First segment?', zh: '第一个报文？' },
      back: { en: 'SYN', zh: 'SYN' },
      tags: ['handshake'],
      scenario: 'three-way-handshake',
    },
    { id: 'cloze-one', kind: 'cloze', front: { en: 'It starts with {{c1::SYN}}', zh: '以 {{c1::SYN}} 开始' } },
  ],
}

describe('parseDeck', () => {
  it('accepts a valid deck and defaults tags', () => {
    const r = parseDeck(validDeck)
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.deck.cards[1]?.tags).toEqual([])
      expect(deckCardKeys(r.deck)).toEqual(['handshake/first-segment', 'handshake/cloze-one'])
    }
    expect(cardKey('d', 'c')).toBe('d/c')
  })

  it('reports missing translations with a JSON path', () => {
    const c3 = { ...validDeck.cards[0], id: 'fourth', front: { en: 'Fourth?' } }
    const r = parseDeck({ ...validDeck, cards: [validDeck.cards[0], validDeck.cards[1], { ...validDeck.cards[0], id: 'third' }, c3] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map(issueToString)).toEqual(['cards[3].front.zh is required'])
  })

  it('checks kinds, ids, cloze markers, basic backs and duplicates', () => {
    const r = parseDeck({
      id: 'Bad Id',
      title: { en: 'x', zh: '' },
      cards: [
        { id: 'a', kind: 'basic', front: { en: 'q', zh: 'q' }, tags: ['two words'] },
        { id: 'a', kind: 'cloze', front: { en: 'no marker', zh: '{{c1::x}}' } },
        { id: 'c', kind: 'image', front: { en: 'q', zh: 'q' }, extra: 1 },
      ],
    })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const msgs = r.errors.map(issueToString)
      expect(msgs).toContain('id must be kebab-case (e.g. "three-way-handshake")')
      expect(msgs).toContain('title.zh must not be empty')
      expect(msgs).toContain('cards[0].tags[0] must be a single word (no spaces)')
      expect(msgs).toContain('cards[2].kind must be one of "basic", "cloze"')
      expect(msgs).toContain('cards[2] has unknown key(s) "extra"')
      expect(msgs).toContain('cards[0].back is required for a basic card')
      expect(msgs).toContain('cards[1].front.en needs at least one {{c1::...}} deletion')
      expect(msgs).toContain('cards[1].id duplicates cards[0].id "a"')
    }
  })

  it('refuses non-objects', () => {
    const r = parseDeck(null)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toEqual({ path: '(root)', message: 'must be an object' })
  })

  it('formats odd paths', () => {
    expect(formatPath(['a', 0, 'b-c'])).toBe('a[0]["b-c"]')
  })
})
