import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LinkSignIn } from '@/components/link-sign-in'
import { SignInFrame } from '@/components/sign-in-frame'
import { signInText } from '@/lib/i18n/id'
import { isSignInTokenShape } from '@/lib/server/participant-access/sign-in-link'

export const metadata: Metadata = { title: signInText.title, referrer: 'no-referrer' }

// The token is checked by the sign-in itself (POST, CSRF-protected, rate-limited), never on GET:
// link previews of chat apps fetch this page and must not sign anyone in. Only its shape is checked
// here: an address that cannot be a link is not found, like every malformed id.
export default async function LinkSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  if (!isSignInTokenShape(token)) notFound()
  return (
    <SignInFrame title={signInText.linkTitle}>
      <LinkSignIn token={token} />
    </SignInFrame>
  )
}
