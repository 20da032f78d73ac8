import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  // React Aria (decision 036) adds a small <style> of its own and takes the nonce from this tag: without
  // it the CSP blocks that style. The root layout is rendered with the document, so the tag carries the
  // nonce of the document's CSP even after client-side navigations (pages are dynamic anyway, decision 018).
  const nonce = (await headers()).get('x-nonce')
  return (
    <html lang="id">
      <head>{nonce ? <meta name="csp-nonce" content={nonce} /> : null}</head>
      <body className="font-sans">{children}</body>
    </html>
  )
}
