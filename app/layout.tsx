import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { appName, appTagline } from '@/lib/i18n/id'
import './globals.css'

export const metadata: Metadata = {
  title: { default: appName, template: `%s · ${appName}` },
  description: appTagline,
  // /favicon.ico comes from app/favicon.ico (16–48 px, for browsers that ask for it by name); the
  // manifest (app/manifest.ts) carries the install icons.
  icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#143d6b' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="font-sans">{children}</body>
    </html>
  )
}
