import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Actor } from '@/lib/auth/actor'
import { appName, nav, roleLabel } from '@/lib/i18n/id'
import { NavLinks } from './nav-links'
import { SignOutButton } from './sign-out-button'

/** `within`: other address prefixes whose pages belong to this section (a wave's and a class's pages to Program). */
export type NavItem = { href: string; label: string; within?: string[] }

/** The frame of every signed-in page: brand, the role's navigation, who is signed in. Not a security boundary. */
export function AppShell({ actor, items, subtitle, children }: { actor: Actor; items: NavItem[]; subtitle?: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      {/* The first stop of the keyboard: past the header and menu, straight to the page. */}
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-semibold focus:text-brand-800 focus:shadow">
        Langsung ke konten
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <Link href="/beranda" className="text-lg font-semibold tracking-tight">{appName}</Link>
            <p className="truncate text-xs text-brand-100">
              {roleLabel[actor.role]}{subtitle ? ` · ${subtitle}` : ''}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <span className="hidden text-sm text-brand-100 sm:inline" data-testid="signed-in-user">
              {nav.signedInAs} <strong className="text-white">{actor.name}</strong>
            </span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Navigasi utama" className="bg-brand-900/60">
          <NavLinks items={items} />
        </nav>
      </header>
      <main id="konten" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">{children}</main>
    </div>
  )
}
