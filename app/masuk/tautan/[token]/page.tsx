import type { Metadata } from 'next'
import { LinkSignIn } from '@/components/link-sign-in'
import { SignInFrame } from '@/components/sign-in-frame'
import { signInText } from '@/lib/i18n/id'

export const metadata: Metadata = { title: signInText.title, referrer: 'no-referrer' }

// The token is checked by the sign-in itself (POST, CSRF-protected, rate-limited), never on GET:
// link previews of chat apps fetch this page and must not sign anyone in.
export default async function LinkSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return (
    <SignInFrame title={signInText.linkTitle}>
      <LinkSignIn token={token} />
    </SignInFrame>
  )
}
