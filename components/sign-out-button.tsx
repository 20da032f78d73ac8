'use client'
import { signOut } from 'next-auth/react'
import { nav } from '@/lib/i18n/id'

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/masuk' })}
      className="rounded-md border border-white/30 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
    >
      {nav.signOut}
    </button>
  )
}
