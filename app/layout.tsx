import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { appName, appTagline } from '@/lib/i18n/id'
import './globals.css'

export const metadata: Metadata = {
  title: { default: appName, template: `%s · ${appName}` },
  description: appTagline,
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#143d6b' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="font-sans">{children}</body>
    </html>
  )
}
