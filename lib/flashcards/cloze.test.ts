import { describe, expect, it } from 'vitest'
import { clozeAnswer, clozeNumbers, clozeQuestion, clozeSegments, hasCloze } from './cloze'

describe('cloze', () => {
  const text = 'The client sends {{c1::SYN}}, the server replies {{c2::SYN-ACK::two flags}}.'

  it('blanks every deletion by default, using hints', () => {
    expect(clozeQuestion(text)).toBe('The client sends [...], the server replies [two flags].')
  })

  it('blanks only the asked deletion', () => {
    expect(clozeQuestion(text, 2)).toBe('The client sends SYN, the server replies [two flags].')
  })

  it('reveals answers', () => {
    expect(clozeAnswer(text)).toBe('The client sends SYN, the server replies SYN-ACK.')
  })

  it('lists numbers and segments', () => {
    expect(clozeNumbers('{{c2::a}} {{c1::b}} {{c2::c}}')).toEqual([1, 2])
    expect(hasCloze('no deletions {{c::x}}')).toBe(false)
    expect(clozeSegments('a {{c1::b}}', 2)).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'cloze', index: 1, answer: 'b', active: false },
    ])
  })

  it('handles multi-line answers and Chinese text', () => {
    expect(clozeQuestion('三次握手的第一步是 {{c1::SYN\n报文}}')).toBe('三次握手的第一步是 [...]')
    expect(clozeAnswer('{{c1::SYN\n报文}}')).toBe('SYN\n报文')
  })
})
