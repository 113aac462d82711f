import type { Metadata } from 'next'
import { BilingualNotFound } from '@/components/layout/not-found-message'
import { ThemeScript } from '@/components/layout/theme-script'

export const metadata: Metadata = { title: 'Page not found · 页面不存在' }

export default function NotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="bg-white font-sans text-slate-900 dark:bg-slate-900 dark:text-slate-100">
        <BilingualNotFound />
      </body>
    </html>
  )
}
