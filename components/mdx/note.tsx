import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Callout } from './callout'

export function Note({ title, children }: { title?: string; children: ReactNode }) {
  const t = useTranslations('mdx')
  return (
    <Callout tone="note" icon="ℹ" label={title ?? t('note')}>
      {children}
    </Callout>
  )
}

export function Pitfall({ title, children }: { title?: string; children: ReactNode }) {
  const t = useTranslations('mdx')
  return (
    <Callout tone="pitfall" icon="⚠" label={title ? `${t('pitfall')}: ${title}` : t('pitfall')}>
      {children}
    </Callout>
  )
}
