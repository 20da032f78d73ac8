import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

// The public verification pages: no sign-in, no client components, no search-engine indexing (a
// certificate holder's name is not for search results). Links work without JS too.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function VerificationLayout({ children }: { children: ReactNode }) {
  return (
    <main className="min-h-dvh bg-slate-100 px-4 py-8">
      <div className="mx-auto w-full max-w-md">
        <p className="mb-4 text-center text-sm font-semibold text-brand-800">Verifikasi Sertifikat · Bimtek TPBIS Perpustakaan Nasional RI</p>
        {children}
        <p className="mt-6 text-center text-sm"><Link href="/v" prefetch={false} className="text-brand-700 underline">Periksa kode lain</Link></p>
      </div>
    </main>
  )
}
