import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/sign-in-form'
import { appName, signInText } from '@/lib/i18n/id'
import { getActor } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: signInText.title }

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; peran?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  if (await getActor()) redirect('/beranda')
  const { callbackUrl, peran } = await searchParams
  // Only same-site paths: never bounce a user to another host after signing in.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/beranda'
  return (
    <main className="flex min-h-dvh items-start justify-center bg-slate-100 px-4 py-10 sm:items-center">
      <div className="w-full max-w-sm">
        <p className="mb-4 text-center text-xl font-semibold text-brand-800">{appName}</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{signInText.title}</h1>
          <SignInForm callbackUrl={next} initialTab={peran === 'peserta' ? 'peserta' : 'staf'} />
        </div>
      </div>
    </main>
  )
}
