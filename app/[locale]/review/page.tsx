import type { Metadata } from 'next'
import { ClientMessages } from '@/components/layout/client-messages'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { isLocale, type Locale } from '@/i18n/routing'
import { DeckTools } from '@/components/practice/deck-tools'
import { ComputedPractice } from '@/components/practice/computed-practice'
import { ReviewSession } from '@/components/practice/review-session'
import { deckViews, quizPool } from '@/components/practice/quiz-pool.server'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practice.review' })
  return { title: t('title') }
}

export default async function ReviewPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : 'en'
  setRequestLocale(locale)
  const [t, decks, quizzes] = await Promise.all([getTranslations('practice.review'), deckViews(locale), quizPool(locale)])
  return (
    <ClientMessages part="review">
      <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t('intro')}</p>
        </div>
        <ReviewSession decks={decks} quizzes={quizzes} />
        <ComputedPractice />
        <DeckTools decks={decks} />
      </main>
    </ClientMessages>
  )
}
