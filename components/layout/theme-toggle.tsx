'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from './theme-script'

type Theme = 'system' | 'light' | 'dark'
const order: Theme[] = ['system', 'light', 'dark']
const CHANGE_EVENT = 'tcp-course-theme-change'

function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

function store(theme: Theme) {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

function apply(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
}

/** Cycles System → Light → Dark; "System" follows prefers-color-scheme live. */
export function ThemeToggle() {
  const t = useTranslations('theme')
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const)

  useEffect(() => {
    apply(theme)
    if (theme !== 'system') return
    const query = matchMedia('(prefers-color-scheme: dark)')
    const onChange = () => apply('system')
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [theme])

  return (
    <button
      type="button"
      onClick={() => store(order[(order.indexOf(theme) + 1) % order.length] ?? 'system')}
      aria-label={`${t('label')}: ${t(theme)}`}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
      <span>{t(theme)}</span>
    </button>
  )
}
