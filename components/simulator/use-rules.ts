'use client'

import { useEffect, useState } from 'react'
import { loadRules, type LoadedRules } from '@/lib/rules/load'

/** The rule texts of one language, once their chunk has loaded (null until then). */
export function useRules(lang: string): LoadedRules | null {
  const [rules, setRules] = useState<{ lang: string; loaded: LoadedRules } | null>(null)
  useEffect(() => {
    let live = true
    void loadRules(lang).then((loaded) => live && setRules({ lang, loaded }))
    return () => void (live = false)
  }, [lang])
  return rules?.lang === lang ? rules.loaded : null
}
