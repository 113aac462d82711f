import { defineRouting } from 'next-intl/routing'

/** The course's languages. `zh` is Simplified Chinese; its `<html lang>` is `zh-CN`. */
export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
})

export type Locale = (typeof routing.locales)[number]

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }

export function isLocale(value: string): value is Locale {
  return (routing.locales as ReadonlyArray<string>).includes(value)
}

/** localStorage key for the language the reader last switched to; `/` sends them back to it. */
export const LOCALE_STORAGE_KEY = 'tcp-course-locale'
