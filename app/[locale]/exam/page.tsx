import type { Metadata } from 'next'
import { ClientMessages } from '@/components/layout/client-messages'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { isLocale, type Locale } from '@/i18n/routing'
import { ExamRunner } from '@/components/practice/exam-runner'
import { quizPool } from '@/components/practice/quiz-pool.server'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practice.exam' })
  return { title: t('title') }
}

export default async function ExamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : 'en'
  setRequestLocale(locale)
  const [t, pool] = await Promise.all([getTranslations('practice.exam'), quizPool(locale)])
  return (
    <ClientMessages part="exam">
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <ExamRunner pool={pool} />
      </main>
    </ClientMessages>
  )
}
