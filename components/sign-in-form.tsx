'use client'
import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'
import { signInText as t } from '@/lib/i18n/id'

type Tab = 'staf' | 'peserta'

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none'

export function SignInForm({ callbackUrl, initialTab }: { callbackUrl: string; initialTab: Tab }) {
  const router = useRouter()
  const [tab, setTab] = useState<Tab>(initialTab)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    const result = await signIn(tab, { ...form, redirect: false })
    if (result?.ok && !result.error) {
      router.replace(callbackUrl)
      router.refresh()
      return
    }
    const code = result?.error === 'CredentialsSignin' && tab === 'peserta' ? 'CredentialsSigninPeserta' : result?.error ?? 'default'
    setError(t.errors[code] ?? t.errors.default)
    setPending(false)
  }

  const tabClass = (active: boolean) =>
    `flex-1 rounded-md px-3 py-2 text-sm font-medium ${active ? 'bg-white text-brand-800 shadow-sm' : 'text-slate-600'}`

  return (
    <div>
      <div role="tablist" className="mb-5 flex gap-1 rounded-lg bg-slate-100 p-1">
        <button type="button" role="tab" aria-selected={tab === 'staf'} className={tabClass(tab === 'staf')} onClick={() => { setTab('staf'); setError(null) }}>
          {t.staffTab}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'peserta'} className={tabClass(tab === 'peserta')} onClick={() => { setTab('peserta'); setError(null) }}>
          {t.participantTab}
        </button>
      </div>
      <form onSubmit={onSubmit} className="space-y-4" key={tab} noValidate>
        {tab === 'staf' ? (
          <>
            <label className="block text-sm font-medium text-slate-700">
              {t.email}
              <input name="email" type="email" autoComplete="username" required className={inputClass} />
            </label>
            <label className="block text-sm font-medium text-slate-700">
              {t.password}
              <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
            </label>
          </>
        ) : (
          <>
            <label className="block text-sm font-medium text-slate-700">
              {t.phone}
              <input name="phone" type="tel" inputMode="tel" autoComplete="tel" required placeholder={t.phoneHint} className={inputClass} />
            </label>
            <label className="block text-sm font-medium text-slate-700">
              {t.accessCode}
              <input name="accessCode" type="text" autoCapitalize="characters" autoComplete="one-time-code" required className={`${inputClass} uppercase tracking-widest`} />
              <span className="mt-1 block text-xs font-normal text-slate-500">{t.accessCodeHint}</span>
            </label>
          </>
        )}
        {error ? (
          <p role="alert" data-testid="sign-in-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>
        ) : null}
        <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t.submitting : t.submit}
        </button>
      </form>
    </div>
  )
}
