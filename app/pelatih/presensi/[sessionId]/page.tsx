import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { AttendanceSheetLinks } from '@/components/attendance/attendance-sheet-links'
import { OfflineReady } from '@/components/attendance/offline-ready'
import { RosterMarking } from '@/components/attendance/roster-marking'
import { ShowCodeLink } from '@/components/attendance/show-code-link'
import { formatDateTimeInZone, formatSessionTime } from '@/lib/format/date-time'
import { getSessionRoster } from '@/lib/server/attendance/get-session-roster'
import { requireActor } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'

export const metadata: Metadata = { title: 'Presensi sesi' }

export default async function SessionRosterPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requireActor()
  const { sessionId } = await params
  const roster = await loadOr404(getSessionRoster(actor, sessionId))
  const { session } = roster
  const zone = [session.timeZone, session.timeZoneLabel] as const
  const canMark = roster.window === 'OPEN' || roster.canMarkAnyTime
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <Breadcrumbs trail={[{ href: '/pelatih/presensi', label: 'Hari ini' }]} current={session.title} />
      <header>
        <h1 className="text-xl font-semibold text-slate-900">{session.title}</h1>
        <p className="text-sm text-slate-600">{formatSessionTime(new Date(session.startsAt), new Date(session.endsAt), ...zone)}</p>
        <p className="text-xs text-slate-500">{session.cohortName} · {session.venue}, {session.city}{session.jp ? ` · ${session.jp} JP` : ''}</p>
      </header>
      <WindowNotice window={roster.window} opensAt={formatDateTimeInZone(new Date(roster.opensAt), ...zone)} locksAt={formatDateTimeInZone(new Date(roster.locksAt), ...zone)} officer={roster.canMarkAnyTime} />
      <div className="flex flex-wrap items-center gap-3">
        {roster.window !== 'LOCKED' ? <ShowCodeLink sessionId={session.id} /> : null}
        <AttendanceSheetLinks sessionId={session.id} compact />
      </div>
      <OfflineReady urls={[`/pelatih/presensi/${session.id}`]} />
      <RosterMarking sessionId={session.id} entries={roster.entries} loadedAt={roster.loadedAt} canMark={canMark} />
    </div>
  )
}

function WindowNotice({ window, opensAt, locksAt, officer }: { window: 'NOT_YET' | 'OPEN' | 'LOCKED'; opensAt: string; locksAt: string; officer: boolean }) {
  const base = 'rounded-lg border px-3 py-2 text-sm'
  if (window === 'OPEN') return <p className={`${base} border-emerald-200 bg-emerald-50 text-emerald-900`} data-testid="marking-window">Presensi dibuka · terkunci {locksAt}.</p>
  if (window === 'NOT_YET') {
    return <p className={`${base} border-slate-200 bg-slate-50 text-slate-700`} data-testid="marking-window">Presensi belum dibuka: dibuka {opensAt}.{officer ? ' Sebagai petugas, Anda tetap dapat menandai.' : ''}</p>
  }
  return (
    <p className={`${base} border-amber-200 bg-amber-50 text-amber-900`} data-testid="marking-window">
      Presensi terkunci sejak {locksAt}. {officer ? 'Sebagai petugas, Anda tetap dapat menandai.' : 'Hanya dapat dilihat; hubungi operator untuk koreksi.'}
    </p>
  )
}
