import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Callout } from './callout'

export function YouWillLearn({ children }: { children: ReactNode }) {
  const t = useTranslations('mdx')
  return (
    <Callout tone="learn" icon="◎" label={t('youWillLearn')}>
      {children}
    </Callout>
  )
}
