import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/routing'
import { loadOutline } from '@/lib/content/lessons.server'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'home' })
  return { title: t('heading') }
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : 'en'
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const outline = await loadOutline(locale)
  const first = outline[0]?.lessons[0]
  const count = outline.reduce((sum, section) => sum + section.lessons.length, 0)

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('heading')}</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{t('intro')}</p>
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{t('lessonCount', { count })}</p>
      {first && (
        <Link
          href={`/lessons/${first.slug}`}
          className="mt-6 inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          {t('start')}
        </Link>
      )}
      <ol className="mt-10 space-y-8">
        {outline.map((section, s) => (
          <li key={section.id}>
            <h2 className="text-xl font-semibold">
              <span className="mr-2 text-slate-500 dark:text-slate-400">{s + 1}.</span>
              {section.title}
            </h2>
            <ol className="mt-3 space-y-3">
              {section.lessons.map((lesson) => (
                <li key={lesson.slug}>
                  <Link
                    href={`/lessons/${lesson.slug}`}
                    className="block rounded-lg border border-slate-200 p-4 hover:border-sky-500 hover:bg-sky-50 dark:border-slate-700 dark:hover:border-sky-400 dark:hover:bg-slate-800"
                  >
                    <span className="block font-medium text-sky-800 dark:text-sky-300">{lesson.title}</span>
                    <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">{lesson.description}</span>
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </main>
  )
}
