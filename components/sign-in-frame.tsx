import type { ReactNode } from 'react'
import { appName } from '@/lib/i18n/id'

/** The centred card of the sign-in pages, light enough for a slow phone connection. */
export function SignInFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-start justify-center bg-slate-100 px-4 py-10 sm:items-center">
      <div className="w-full max-w-sm">
        <p className="mb-4 text-center text-xl font-semibold text-brand-800">{appName}</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  )
}
