import type { ReactNode } from 'react'
import './globals.css'

// Each language has its own root element (app/[locale]/layout.tsx) so <html lang> is right
// in the prerendered HTML; this layout only carries the shared stylesheet.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
