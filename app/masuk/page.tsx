import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/sign-in-form'
import { SignInFrame } from '@/components/sign-in-frame'
import { signInText } from '@/lib/i18n/id'
import { getActor } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: signInText.title }

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; peran?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  if (await getActor()) redirect('/beranda')
  const { callbackUrl, peran } = await searchParams
  // Only same-site paths: never bounce a user to another host after signing in.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/beranda'
  return (
    <SignInFrame title={signInText.title}>
      <SignInForm callbackUrl={next} initialTab={peran === 'peserta' ? 'peserta' : 'staf'} />
    </SignInFrame>
  )
}
