/**
 * Anki-style cloze deletions: `{{c1::answer}}` or `{{c1::answer::hint}}`.
 *
 * @module
 */

/** A piece of cloze text, for UIs that style the blanks. */
export type ClozeSegment =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'cloze'
      /** The N of `cN`. */
      readonly index: number
      readonly answer: string
      readonly hint?: string
      /** This deletion is being asked (blanked on the question side). */
      readonly active: boolean
    }

const CLOZE_RE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g

/**
 * Splits cloze text into plain and cloze segments.
 *
 * @param text - Text with `{{cN::...}}` markers.
 * @param only - Ask only deletion `cN`; other deletions are shown as text
 *   (segments with `active: false`). Default: every deletion is active.
 */
export function clozeSegments(text: string, only?: number): ClozeSegment[] {
  const out: ClozeSegment[] = []
  let last = 0
  for (const m of text.matchAll(CLOZE_RE)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) })
    const index = Number(m[1])
    const hint = m[3]
    out.push({
      type: 'cloze',
      index,
      answer: m[2] ?? '',
      ...(hint !== undefined ? { hint } : {}),
      active: only === undefined || only === index,
    })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

/** The distinct deletion numbers in `text`, ascending (`[]` if none). */
export function clozeNumbers(text: string): number[] {
  const nums = new Set<number>()
  for (const m of text.matchAll(CLOZE_RE)) nums.add(Number(m[1]))
  return [...nums].sort((a, b) => a - b)
}

/** Whether `text` contains at least one cloze deletion. */
export function hasCloze(text: string): boolean {
  return clozeNumbers(text).length > 0
}

/**
 * The question side: active deletions become `[...]`, or `[hint]` when the
 * author gave a hint; inactive ones show their answer.
 *
 * @example clozeQuestion('A {{c1::SYN}} opens') === 'A [...] opens'
 */
export function clozeQuestion(text: string, only?: number): string {
  return clozeSegments(text, only)
    .map((s) => (s.type === 'text' ? s.text : s.active ? `[${s.hint ?? '...'}]` : s.answer))
    .join('')
}

/**
 * The answer side: every deletion replaced by its answer.
 *
 * @example clozeAnswer('A {{c1::SYN::flag}} opens') === 'A SYN opens'
 */
export function clozeAnswer(text: string): string {
  return clozeSegments(text)
    .map((s) => (s.type === 'text' ? s.text : s.answer))
    .join('')
}
