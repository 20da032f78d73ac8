import type { Metadata } from 'next'
import Link from 'next/link'
import { CheckInCodeDisplay } from '@/components/attendance/check-in-code-display'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatSessionTime } from '@/lib/format/date-time'
import { getCheckInCode, getCheckInCodeSession } from '@/lib/server/attendance/get-check-in-code'
import { requireActor } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getSiteOrigin } from '@/lib/server/site-url'

export const metadata: Metadata = { title: 'Kode presensi' }

// The session's trainers and Admin Pusat show the rotating self check-in code here (decision 024).
export default async function CheckInCodePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requireActor()
  const { sessionId } = await params
  const session = await loadOr404(getCheckInCodeSession(actor, sessionId))
  const { origin } = await getSiteOrigin()
  const initial = await getCheckInCode(actor, session.id, origin)
  const { timeZone, timeZoneLabel } = session.cohort.province
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">{session.title}</h1>
          <p className="text-sm text-slate-600">
            {session.cohort.name} · {deliveryModeLabel[session.mode]} · {formatSessionTime(session.startsAt, session.endsAt, timeZone, timeZoneLabel)}
          </p>
        </div>
        <Link href={`/pelatih/presensi/${session.id}`} prefetch={false} className="text-sm font-medium text-brand-700 hover:underline">← Daftar hadir</Link>
      </div>
      <div className="rounded-lg border border-slate-200 shadow-sm">
        <CheckInCodeDisplay sessionId={session.id} initial={initial} />
      </div>
      <p className="mt-3 text-xs text-slate-500">
        Kode berganti setiap 30 detik; kode sebelumnya masih diterima sebentar. Untuk sesi daring, bagikan layar ini di rapat.
        Tanda kehadiran dari pelatih tidak pernah diubah oleh presensi mandiri.
      </p>
    </div>
  )
}
