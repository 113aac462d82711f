import Link from 'next/link'
/** The 404 text in both languages, for pages outside any language (the static host's 404.html). */
export function BilingualNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl space-y-8 px-4 py-16">
      <section lang="en" className="space-y-3">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
        <Link className="text-sky-700 underline dark:text-sky-400" href="/en/">
          Go to the course outline
        </Link>
      </section>
      <section lang="zh-CN" className="space-y-3">
        <h2 className="text-2xl font-bold">页面不存在</h2>
        <p>这个地址没有页面。它可能已被移动，或者链接有拼写错误。</p>
        <Link className="text-sky-700 underline dark:text-sky-400" href="/zh/">
          返回课程目录
        </Link>
      </section>
    </main>
  )
}
