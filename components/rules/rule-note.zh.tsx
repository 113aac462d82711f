'use client'

import { RULE_TEXTS_ZH } from '@/lib/rules/texts.zh'
import { RuleNote } from './rule-note'

/** `<Rule id="…">` on a Chinese page. */
export function RuleNoteZh({ id }: { id: string }) {
  return <RuleNote id={id} texts={RULE_TEXTS_ZH} />
}
