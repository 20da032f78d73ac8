import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/sign-in-form'
import { SignInFrame } from '@/components/sign-in-frame'
import { safeCallbackPath } from '@/lib/auth/safe-redirect'
import { signInText } from '@/lib/i18n/id'
import { getActor } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: signInText.title }

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; peran?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  if (await getActor()) redirect('/beranda')
  const { callbackUrl, peran } = await searchParams
  // Only paths of this app, resolved as a browser would: never bounce a user to another host.
  const next = safeCallbackPath(callbackUrl)
  return (
    <SignInFrame title={signInText.title}>
      <SignInForm callbackUrl={next} initialTab={peran === 'peserta' ? 'peserta' : 'staf'} />
    </SignInFrame>
  )
}
