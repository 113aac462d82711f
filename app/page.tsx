import Link from 'next/link'
import type { Metadata } from 'next'
import { LOCALE_STORAGE_KEY } from '@/i18n/routing'

export const metadata: Metadata = {
  title: 'TCP Connection Lifecycle · TCP 运输连接管理',
  robots: { index: false },
}

// `/` is a static page so it also works in the static export: it sends the reader to the
// language they chose before, else the first of their browser's languages we have.
const redirect = `(function(){var l;try{l=localStorage.getItem('${LOCALE_STORAGE_KEY}')}catch(e){}
if(l!=='en'&&l!=='zh'){l='en';var p=navigator.languages||[navigator.language||''];for(var i=0;i<p.length;i++){var s=String(p[i]).toLowerCase();if(s.indexOf('zh')===0){l='zh';break}if(s.indexOf('en')===0){break}}}
location.replace('/'+l+'/')})()`

export default function LanguageRedirect() {
  return (
    <html lang="en">
      <head>
        <script dangerouslySetInnerHTML={{ __html: redirect }} />
      </head>
      <body className="grid min-h-screen place-items-center bg-white font-sans text-slate-900">
        <main className="space-y-3 text-center">
          <h1 className="text-xl font-semibold">TCP Connection Lifecycle</h1>
          <p className="space-x-4">
            <Link className="text-sky-700 underline" href="/en/">
              English
            </Link>
            <Link className="text-sky-700 underline" href="/zh/" lang="zh-CN" hrefLang="zh-CN">
              简体中文
            </Link>
          </p>
        </main>
      </body>
    </html>
  )
}
