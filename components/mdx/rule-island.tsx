'use client'

import dynamic from 'next/dynamic'
import { useLocale } from 'next-intl'

// The rule texts of one language in a chunk of their own: server-rendered into the page, and
// loaded beside it rather than with the rest of the lesson's code.
const RuleNoteEn = dynamic(() => import('@/components/rules/rule-note.en').then((m) => m.RuleNoteEn))
const RuleNoteZh = dynamic(() => import('@/components/rules/rule-note.zh').then((m) => m.RuleNoteZh))

/** `<Rule id="listen-syn" />`: the engine's rule, in words, with its RFC section. */
export function Rule({ id }: { id: string }) {
  return useLocale() === 'zh' ? <RuleNoteZh id={id} /> : <RuleNoteEn id={id} />
}
