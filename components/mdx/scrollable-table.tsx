import { useTranslations } from 'next-intl'
import type { ComponentProps } from 'react'

/**
 * Markdown tables scroll sideways inside their own box on narrow screens instead of widening
 * the page; the box is focusable and named so keyboard users can scroll it too, and a shadow at
 * an edge shows there is more to see that way (`.scroll-hint` in globals.css).
 */
export function ScrollableTable(props: ComponentProps<'table'>) {
  const t = useTranslations('mdx')
  return (
    <div className="scroll-hint overflow-x-auto" role="group" aria-label={t('scrollableTable')} tabIndex={0}>
      <table {...props} />
    </div>
  )
}
