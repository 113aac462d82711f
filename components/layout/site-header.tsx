import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { StorageNoticeLoader } from '@/components/progress/storage-notice-loader'
import { LanguageSwitcher } from './language-switcher'
import { ThemeToggle } from './theme-toggle'

/** The header on every page: course title, main sections, language and theme. */
export async function SiteHeader() {
  const t = await getTranslations()
  const links = [
    { href: '/', label: t('nav.home') },
    { href: '/playground/', label: t('simulator.nav') },
    { href: '/review/', label: t('practice.nav.review') },
    { href: '/exam/', label: t('practice.nav.exam') },
    { href: '/progress/', label: t('practice.nav.progress') },
  ] as const

  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-700 dark:bg-slate-900/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-1.5 sm:gap-y-2 sm:py-3">
        <Link href="/" className="mr-auto text-sm font-semibold tracking-tight sm:text-base text-slate-900 dark:text-white">
          <span aria-hidden="true" className="mr-1.5 font-mono text-sky-700 dark:text-sky-400">
            SYN→
          </span>
          {t('site.title')}
        </Link>
        {/* On a phone the sections take one line of their own that scrolls sideways, so the sticky header stays two short lines. */}
        <nav aria-label={t('nav.main')} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex items-center gap-3 overflow-x-auto whitespace-nowrap text-sm sm:flex-wrap">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-200">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </div>
      <StorageNoticeLoader />
    </header>
  )
}
