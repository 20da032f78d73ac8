import type { Metadata } from 'next'
import { LinkSignIn } from '@/components/link-sign-in'
import { appName, signInText } from '@/lib/i18n/id'

export const metadata: Metadata = { title: signInText.title, referrer: 'no-referrer' }

// The token is checked by the sign-in itself (POST, CSRF-protected, rate-limited), never on GET:
// link previews of chat apps fetch this page and must not sign anyone in.
export default async function LinkSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return (
    <main className="flex min-h-dvh items-start justify-center bg-slate-100 px-4 py-10 sm:items-center">
      <div className="w-full max-w-sm">
        <p className="mb-4 text-center text-xl font-semibold text-brand-800">{appName}</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{signInText.linkTitle}</h1>
          <LinkSignIn token={token} />
        </div>
      </div>
    </main>
  )
}
