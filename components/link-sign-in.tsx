'use client'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useEffect, useRef, useState } from 'react'
import { signInText as t } from '@/lib/i18n/id'

/**
 * Signs a participant in with the token of their link as soon as the page has loaded; the button
 * is there for a retry (a dropped connection) and for browsers that hold scripts back.
 */
export function LinkSignIn({ token }: { token: string }) {
  const router = useRouter()
  const [state, setState] = useState<'pending' | 'error' | 'idle'>('pending')
  const [message, setMessage] = useState<string | null>(null)
  const started = useRef(false)

  async function run() {
    setState('pending')
    setMessage(null)
    const result = await signIn('tautan', { token, redirect: false })
    if (result?.ok && !result.error) {
      router.replace('/peserta')
      router.refresh()
      return
    }
    setMessage(result?.error === 'RateLimited' ? t.errors.RateLimited : t.linkInvalid)
    setState('error')
  }

  useEffect(() => {
    if (started.current) return
    started.current = true
    void run()
  })

  return (
    <div className="space-y-4">
      {state === 'pending' ? <p className="text-sm text-slate-700" role="status">{t.linkChecking}</p> : null}
      {message ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="link-error">{message}</p> : null}
      <button type="button" onClick={() => void run()} disabled={state === 'pending'} className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t.submit}
      </button>
      <a href="/masuk?peran=peserta" className="block text-center text-sm text-brand-700 underline">{t.linkUseCode}</a>
    </div>
  )
}
