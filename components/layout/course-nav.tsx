import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { OutlineSection } from '@/lib/content/lessons.server'
import { cn } from '@/components/ui/cn'

/** The course outline as a navigation list; the current lesson is marked with aria-current. */
export async function CourseNav({ outline, current }: { outline: OutlineSection[]; current?: string }) {
  const t = await getTranslations('nav')
  return (
    <nav aria-label={t('course')} className="text-sm">
      <ol className="space-y-5">
        {outline.map((section) => (
          <li key={section.id}>
            <p className="mb-1.5 font-semibold text-slate-900 dark:text-slate-100">{section.title}</p>
            <ol className="space-y-1 border-l border-slate-200 dark:border-slate-700">
              {section.lessons.map((lesson) => {
                const active = lesson.slug === current
                return (
                  <li key={lesson.slug}>
                    <Link
                      href={`/lessons/${lesson.slug}`}
                      aria-current={active ? 'page' : undefined}
                      className={cn(
                        '-ml-px block border-l-2 py-1 pl-3',
                        active
                          ? 'border-sky-600 font-medium text-sky-800 dark:border-sky-400 dark:text-sky-300'
                          : 'border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white',
                      )}
                    >
                      {lesson.title}
                    </Link>
                  </li>
                )
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}
