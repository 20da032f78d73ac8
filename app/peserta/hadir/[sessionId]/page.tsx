import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound, redirect } from 'next/navigation'
import { CheckInForm } from '@/components/attendance/check-in-form'
import { accessFor } from '@/lib/auth/permissions'
import type { ActionState } from '@/lib/actions/action-state-types'
import { checkIn } from '@/lib/server/attendance/check-in'
import { getActor } from '@/lib/server/auth/session'
import { invalidateCachedReads, scopeKey } from '@/lib/server/cache/read-cache'
import { isAppError } from '@/lib/server/errors'
import { isUuid } from '@/lib/server/validation'

export const metadata: Metadata = { title: 'Presensi', referrer: 'no-referrer' }

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<{ kode?: string | string[] }> }

/**
 * Where the trainer's QR code leads: /peserta/hadir/[sessionId]?kode=XXXXXX (decision 024). A
 * signed-out participant signs in first and comes back here; a signed-in one is checked in on
 * arrival, for themself only, with a code valid for a minute at most — what the scan was for.
 * Without a code, or with one that has changed meanwhile, the page asks for the code on screen.
 */
export default async function CheckInPage({ params, searchParams }: Props) {
  const [{ sessionId }, { kode }] = await Promise.all([params, searchParams])
  const actor = await getActor()
  if (!actor) {
    const back = `/peserta/hadir/${encodeURIComponent(sessionId)}${typeof kode === 'string' ? `?kode=${encodeURIComponent(kode)}` : ''}`
    redirect(`/masuk?peran=peserta&callbackUrl=${encodeURIComponent(back)}`)
  }
  if (accessFor(actor.role, 'mark', 'attendance') !== 'own') forbidden()
  if (!isUuid(sessionId)) notFound()

  let state: ActionState = { status: 'idle' }
  if (typeof kode === 'string' && kode) {
    try {
      const result = await checkIn(actor, { sessionId, kode })
      invalidateCachedReads(`dashboard:${scopeKey(actor)}`)
      state = { status: 'success', message: result.message }
    } catch (e) {
      if (isAppError(e, 'NOT_FOUND')) notFound()
      if (!isAppError(e)) throw e
      state = { status: 'error', message: e.message, fieldErrors: e.fieldErrors }
    }
  }
  // Refusals that no other code can change (withdrawn, outside the window, too many tries) need no form.
  const final = state.status === 'error' && !state.fieldErrors
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-xl font-semibold text-slate-900">Presensi mandiri</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {final ? <p role="status" data-testid="form-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : (
          <CheckInForm key={state.status} sessionId={sessionId} initialState={state} />
        )}
      </div>
      <p className="mt-4 text-sm"><Link href="/peserta" className="font-medium text-brand-700 hover:underline">← Jadwal dan kehadiran saya</Link></p>
    </div>
  )
}
