/** Loads one language's rule texts and the RFC quotes, in a chunk of their own. */
import type { RuleId } from '@/lib/tcp/rules'
import type { RuleTexts } from './types'

export type LoadedRules = { readonly texts: RuleTexts; readonly quotes: Partial<Record<RuleId, string>> }

/** The rule texts for `lang` (English otherwise) and the RFC's own words. */
export async function loadRules(lang: string): Promise<LoadedRules> {
  const [texts, quotes] = await Promise.all([
    lang === 'zh' ? import('./texts.zh').then((m) => m.RULE_TEXTS_ZH) : import('./texts.en').then((m) => m.RULE_TEXTS_EN),
    import('./quotes').then((m) => m.RFC_QUOTES),
  ])
  return { texts, quotes }
}
