'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { Link, usePathname } from '@/i18n/navigation'
import { LOCALE_STORAGE_KEY, htmlLang, routing } from '@/i18n/routing'
import { rememberPlace } from './keep-place'

/**
 * Links to the same page in the other language, keeping the reader's section, and remembers the
 * choice for the `/` redirect.
 */
export function LanguageSwitcher() {
  const t = useTranslations('language')
  const locale = useLocale()
  const pathname = usePathname()
  const router = useRouter()
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale

  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={htmlLang[other]}
      lang={htmlLang[other]}
      title={t('switchToLabel')}
      onClick={(event) => {
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, other)
        } catch {
          // Storage may be unavailable; the link still works.
        }
        rememberPlace(event.currentTarget.pathname)
        // A page's state can live in its query or hash (a shared simulation, for one): keep it.
        const { search, hash } = window.location
        if (search || hash) {
          event.preventDefault()
          router.push(`${event.currentTarget.pathname}${search}${hash}`)
        }
      }}
      className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {t('switchTo')}
    </Link>
  )
}
