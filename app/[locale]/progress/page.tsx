import type { Metadata } from 'next'
import { ClientMessages } from '@/components/layout/client-messages'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { isLocale, type Locale } from '@/i18n/routing'
import { loadOutline } from '@/lib/content/lessons.server'
import { ProgressOverview } from '@/components/progress/progress-overview'
import { ProgressTransfer } from '@/components/progress/progress-transfer'
import { quizPool } from '@/components/practice/quiz-pool.server'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practice.progress' })
  return { title: t('title') }
}

export default async function ProgressPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : 'en'
  setRequestLocale(locale)
  const [t, outline, pool] = await Promise.all([getTranslations('practice.progress'), loadOutline(locale), quizPool(locale)])
  const lessons = outline.flatMap((section) =>
    section.lessons.map((l) => ({ slug: l.slug, title: l.title, quizIds: pool.filter((q) => q.topic === l.slug).map((q) => q.quizId) })),
  )
  return (
    <ClientMessages part="progress">
      <main id="main" className="mx-auto max-w-3xl space-y-10 px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <ProgressOverview lessons={lessons} />
        <ProgressTransfer />
      </main>
    </ClientMessages>
  )
}
