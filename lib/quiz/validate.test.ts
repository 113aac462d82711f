import { describe, expect, it } from 'vitest'
import { quizProblems } from './validate'

describe('quizProblems', () => {
  it('accepts a sound quiz', () => {
    expect(
      quizProblems({
        kind: 'choice',
        id: 'ok',
        prompt: '',
        multiple: false,
        choices: [
          { id: 'a', label: '', correct: true, explanation: '' },
          { id: 'b', label: '', correct: false, explanation: '' },
        ],
      }),
    ).toEqual([])
  })

  it('flags choice problems', () => {
    const codes = quizProblems({
      kind: 'choice',
      id: 'bad',
      prompt: '',
      multiple: false,
      choices: [
        { id: 'a', label: '', correct: true, explanation: '' },
        { id: 'a', label: '', correct: true, explanation: '' },
      ],
    }).map((p) => p.code)
    expect(codes).toEqual(['duplicateOptionId', 'singleChoiceNeedsOneCorrect'])
  })

  it('flags predict and order problems', () => {
    expect(
      quizProblems({ kind: 'predict', id: 'p', prompt: '', scenario: 's', pause: { beforeStep: -1 }, ask: [] }).map(
        (p) => p.code,
      ),
    ).toEqual(['emptyAsk', 'badPause'])
    expect(quizProblems({ kind: 'order', id: '', prompt: '', items: [{ id: 'x', label: '' }] }).map((p) => p.code)).toEqual([
      'emptyId',
      'tooFewOptions',
    ])
  })
})
