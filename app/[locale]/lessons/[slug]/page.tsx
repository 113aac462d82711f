import type { Metadata } from 'next'
import { ClientMessages } from '@/components/layout/client-messages'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CourseNav } from '@/components/layout/course-nav'
import { LessonPager } from '@/components/layout/lesson-pager'
import { MobileMenu } from '@/components/layout/mobile-menu'
import { RestorePlace } from '@/components/layout/restore-place'
import { MdxContent } from '@/components/mdx/mdx-content'
import { LessonComplete } from '@/components/progress/lesson-complete'
import { isLocale, type Locale } from '@/i18n/routing'
import { neighbours } from '@/lib/content/course'
import { forgetContentBefore, lessonSlugs, loadCourse, loadLesson, loadOutline } from '@/lib/content/lessons.server'
// Rewritten by the development watcher when content changes: this page then renders again.
import contentVersion from '@/lib/content/content-version.json' with { type: 'json' }

type Params = Promise<{ locale: string; slug: string }>

export const dynamicParams = false

export async function generateStaticParams() {
  return (await lessonSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params
  const { frontmatter } = await loadLesson(slug, locale)
  return { title: frontmatter.title, description: frontmatter.description }
}

export default async function LessonPage({ params }: { params: Params }) {
  forgetContentBefore(contentVersion.changedAt)
  const { locale: raw, slug } = await params
  const locale: Locale = isLocale(raw) ? raw : 'en'
  setRequestLocale(locale)
  const [lesson, outline, course, t] = await Promise.all([
    loadLesson(slug, locale),
    loadOutline(locale),
    loadCourse(),
    getTranslations('nav'),
  ])
  const titles = new Map(outline.flatMap((section) => section.lessons.map((l) => [l.slug, l.title] as const)))
  const { previous, next } = neighbours(course, slug)
  const link = (s: string | null) => (s ? { slug: s, title: titles.get(s) ?? s } : null)

  return (
    <ClientMessages part="lesson">
      <div className="mx-auto flex max-w-6xl gap-10 px-4 py-8">
        <aside className="hidden w-60 shrink-0 lg:block">
          <div className="sticky top-20">
            <CourseNav outline={outline} current={slug} />
          </div>
        </aside>
        <div className="min-w-0 flex-1">
          <MobileMenu label={t('menu')}>
            <CourseNav outline={outline} current={slug} />
          </MobileMenu>
          <main id="main">
            <article className="prose prose-slate mt-6 max-w-3xl dark:prose-invert prose-headings:scroll-mt-24 prose-code:before:content-none prose-code:after:content-none lg:mt-0">
              <h1>{lesson.frontmatter.title}</h1>
              <MdxContent code={lesson.code} />
            </article>
            <LessonComplete slug={slug} />
            <LessonPager previous={link(previous)} next={link(next)} />
            <RestorePlace />
          </main>
        </div>
      </div>
    </ClientMessages>
  )
}
