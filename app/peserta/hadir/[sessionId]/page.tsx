import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { CheckInForm } from '@/components/attendance/check-in-form'
import { ParticipantSession } from '@/components/attendance/participant-session'
import type { ActionState } from '@/lib/actions/action-state-types'
import { checkIn, recordedMessage } from '@/lib/server/attendance/check-in'
import { getOwnCheckInSession } from '@/lib/server/attendance/get-own-check-in-session'
import { getActor } from '@/lib/server/auth/session'
import { invalidateCachedReads, scopeKey } from '@/lib/server/cache/read-cache'
import { isAppError } from '@/lib/server/errors'
import { loadOr404 } from '@/lib/server/page-guards'

export const metadata: Metadata = { title: 'Presensi', referrer: 'no-referrer' }

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<{ kode?: string | string[] }> }

/**
 * Where the trainer's QR code leads: /peserta/hadir/[sessionId]?kode=XXXXXX (decision 024). A
 * signed-out participant signs in first and comes back here; a signed-in one is checked in on
 * arrival — for themself only, with a code that is valid for a minute at most: what the scan was
 * for. Without a code, or with one that has changed meanwhile, the page asks for the code on screen.
 */
export default async function CheckInPage({ params, searchParams }: Props) {
  const [{ sessionId }, { kode }] = await Promise.all([params, searchParams])
  const actor = await getActor()
  if (!actor) {
    const back = `/peserta/hadir/${encodeURIComponent(sessionId)}${typeof kode === 'string' ? `?kode=${encodeURIComponent(kode)}` : ''}`
    redirect(`/masuk?peran=peserta&callbackUrl=${encodeURIComponent(back)}`)
  }
  // Another role: 403; a session of another cohort or a malformed id: 404.
  let session = await loadOr404(getOwnCheckInSession(actor, sessionId))

  let state: ActionState = { status: 'idle' }
  if (typeof kode === 'string' && kode && !session.mark) {
    try {
      const result = await checkIn(actor, { sessionId: session.id, kode })
      invalidateCachedReads(`dashboard:${scopeKey(actor)}`)
      state = { status: 'success', message: result.message }
      session = { ...session, mark: { status: result.status, method: result.method } }
    } catch (e) {
      if (!isAppError(e)) throw e
      state = { status: 'error', message: e.message, fieldErrors: e.fieldErrors }
    }
  } else if (session.mark) {
    state = { status: 'success', message: recordedMessage(session.mark) }
  }
  // Refusals no other code can change (withdrawn, outside the window, too many tries) need no form.
  const final = state.status === 'error' && !state.fieldErrors
  const { venue, city, province } = session.cohort
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-xl font-semibold text-slate-900">Presensi mandiri</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ParticipantSession session={session} place={{ venue, city, timeZone: province.timeZone, timeZoneLabel: province.timeZoneLabel }}>
          <div className="mt-4">
            {final ? <p role="status" data-testid="form-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : (
              <CheckInForm sessionId={session.id} initialState={state} />
            )}
          </div>
        </ParticipantSession>
      </div>
      <p className="mt-4 text-sm"><Link href="/peserta" className="font-medium text-brand-700 hover:underline">← Jadwal dan kehadiran saya</Link></p>
    </div>
  )
}
