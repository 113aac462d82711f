import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'

type Target = { slug: string; title: string } | null

/** Previous and next lesson links at the foot of a lesson. */
export async function LessonPager({ previous, next }: { previous: Target; next: Target }) {
  const t = await getTranslations('nav')
  if (!previous && !next) return null
  return (
    <nav aria-label={t('lessonPager')} className="mt-12 grid max-w-3xl gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-700">
      {previous ? (
        <Link href={`/lessons/${previous.slug}`} rel="prev" className="rounded-lg border border-slate-200 p-4 hover:border-sky-500 dark:border-slate-700">
          <span className="block text-sm text-slate-500 dark:text-slate-400">← {t('previous')}</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/lessons/${next.slug}`} rel="next" className="rounded-lg border border-slate-200 p-4 text-right hover:border-sky-500 sm:col-start-2 dark:border-slate-700">
          <span className="block text-sm text-slate-500 dark:text-slate-400">{t('next')} →</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      )}
    </nav>
  )
}
