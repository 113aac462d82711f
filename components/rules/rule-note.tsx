'use client'

import { useTranslations } from 'next-intl'
import { isRuleId, ruleInfo } from '@/lib/tcp'
import type { RuleTexts } from '@/lib/rules/types'
import type { Translate } from '@/components/simulator/format'
import { ruleSource } from '@/components/simulator/rule-source'

/** A rule of the engine cited in a lesson: its name, its sentence and its RFC section. */
export function RuleNote({ id, texts }: { id: string; texts: RuleTexts }) {
  const t = useTranslations('simulator') as unknown as Translate
  // The content check refuses an unknown id; a page built anyway says so rather than break.
  if (!isRuleId(id)) return <p role="alert" className="text-red-700">{t('why.unknownRule', { id })}</p>
  const text = texts.rules[id]
  const hypothetical = ruleInfo(id).hypothetical === true
  return (
    <aside className="not-prose my-4 rounded-md border-l-4 border-violet-500 bg-violet-50 px-3 py-2 text-sm text-slate-900 dark:bg-violet-950/40 dark:text-slate-100">
      <p>
        <span className="font-semibold text-violet-800 dark:text-violet-300">{t('why.ruleLabel')}</span> <strong>{text.title}.</strong> {text.why}
      </p>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        {hypothetical ? `${t('why.hypothetical')} · ` : ''}
        {ruleSource(id, t) ?? ''}
      </p>
    </aside>
  )
}
