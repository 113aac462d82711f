'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'
import { THEME_STORAGE_KEY } from './theme-script'

type Theme = 'system' | 'light' | 'dark'
const order: Theme[] = ['system', 'light', 'dark']

function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

function apply(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
}

/** Cycles System → Light → Dark; "System" follows prefers-color-scheme live. */
export function ThemeToggle() {
  const t = useTranslations('theme')
  const [theme, setTheme] = useState<Theme>('system')

  useEffect(() => setTheme(readTheme()), [])

  useEffect(() => {
    apply(theme)
    if (theme !== 'system') return
    const query = matchMedia('(prefers-color-scheme: dark)')
    const onChange = () => apply('system')
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [theme])

  const choose = () => {
    const next = order[(order.indexOf(theme) + 1) % order.length] ?? 'system'
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
      else localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Private browsing may refuse storage; the theme still applies for this page.
    }
    setTheme(next)
  }

  return (
    <button
      type="button"
      onClick={choose}
      aria-label={`${t('label')}: ${t(theme)}`}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
      <span>{t(theme)}</span>
    </button>
  )
}
