import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'

export default async function LocaleNotFound() {
  const t = await getTranslations('notFound')
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/" className="text-sky-700 underline dark:text-sky-400">
        {t('home')}
      </Link>
    </main>
  )
}
