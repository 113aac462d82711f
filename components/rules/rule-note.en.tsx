'use client'

import { RULE_TEXTS_EN } from '@/lib/rules/texts.en'
import { RuleNote } from './rule-note'

/** `<Rule id="…">` on an English page. */
export function RuleNoteEn({ id }: { id: string }) {
  return <RuleNote id={id} texts={RULE_TEXTS_EN} />
}
