import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'
import { clientNamespaces, pickMessages } from '@/i18n/client-messages'

/** Gives the client widgets inside it the interface strings of one part of the site, and no others. */
export async function ClientMessages({ part, children }: { part: keyof typeof clientNamespaces; children: ReactNode }) {
  const messages = await getMessages()
  return <NextIntlClientProvider messages={pickMessages(messages, clientNamespaces[part])}>{children}</NextIntlClientProvider>
}
