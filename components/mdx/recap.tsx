import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Callout } from './callout'

export function Recap({ children }: { children: ReactNode }) {
  const t = useTranslations('mdx')
  return (
    <Callout tone="recap" icon="✓" label={t('recap')}>
      {children}
    </Callout>
  )
}
