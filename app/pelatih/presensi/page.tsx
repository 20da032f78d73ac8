import type { Metadata } from 'next'
import Link from 'next/link'
import { OfflineReady } from '@/components/attendance/offline-ready'
import { PendingMarksBar } from '@/components/attendance/pending-marks-bar'
import { Badge, EmptyState, PageHeader } from '@/components/ui'
import { formatCalendarDate, formatNumber, formatSessionTime } from '@/lib/format/date-time'
import { listTrainerMarkingSessions, MARKING_DAYS_AHEAD, type MarkingSession } from '@/lib/server/attendance/list-trainer-marking-sessions'
import { requirePermission } from '@/lib/server/auth/session'
import { fromIsoDate } from '@/lib/server/sessions/local-time'

export const metadata: Metadata = { title: 'Presensi hari ini' }

export default async function TodayPage() {
  const actor = await requirePermission('mark:attendance:assigned')
  const sessions = await listTrainerMarkingSessions(actor)
  const today = sessions.filter((s) => s.isToday)
  const ahead = sessions.filter((s) => !s.isToday && s.window === 'NOT_YET')
  const earlier = sessions.filter((s) => !s.isToday && s.window === 'OPEN')
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeader title="Hari ini" description={`Sesi Anda hari ini dan ${MARKING_DAYS_AHEAD} hari ke depan, dalam waktu setempat lokasi kelas. Buka sesi untuk mengisi presensi.`} />
      <PendingMarksBar />
      <OfflineReady urls={['/pelatih/presensi', ...sessions.map((s) => `/pelatih/presensi/${s.id}`)]} />
      <SessionGroup title="Sesi hari ini" sessions={today} empty="Tidak ada sesi hari ini." testId="sessions-today" />
      <SessionGroup title="Hari-hari berikutnya" sessions={ahead} empty="Belum ada sesi dalam beberapa hari ke depan." testId="sessions-ahead" byDay />
      {earlier.length > 0 && <SessionGroup title="Belum terkunci" sessions={earlier} empty="" testId="sessions-open" byDay />}
    </div>
  )
}

function SessionGroup({ title, sessions, empty, testId, byDay = false }: { title: string; sessions: MarkingSession[]; empty: string; testId: string; byDay?: boolean }) {
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="mb-2 text-base font-semibold text-slate-900">{title}</h2>
      {sessions.length === 0 ? <EmptyState>{empty}</EmptyState> : (
        <ul className="space-y-2">
          {sessions.map((s, i) => (
            <li key={s.id}>
              {byDay && s.localDate !== sessions[i - 1]?.localDate && (
                <p className="mb-1 mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{formatCalendarDate(fromIsoDate(s.localDate), 'EEEE, d MMMM yyyy')}</p>
              )}
              <SessionCard session={s} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const WINDOW_BADGE = { OPEN: { tone: 'green', label: 'Presensi dibuka' }, NOT_YET: { tone: 'slate', label: 'Belum dibuka' }, LOCKED: { tone: 'amber', label: 'Terkunci' } } as const

function SessionCard({ session: s }: { session: MarkingSession }) {
  const badge = WINDOW_BADGE[s.window]
  return (
    <Link href={`/pelatih/presensi/${s.id}`} className="block rounded-lg border border-slate-200 bg-white p-3 shadow-sm active:bg-slate-50" data-testid="marking-session">
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium text-slate-900">{s.title}</p>
        <Badge tone={badge.tone}>{badge.label}</Badge>
      </div>
      <p className="text-sm text-slate-600">{formatSessionTime(new Date(s.startsAt), new Date(s.endsAt), s.timeZone, s.timeZoneLabel)}</p>
      <p className="text-xs text-slate-500">{s.cohortName} · {s.venue}, {s.city}</p>
      <p className="mt-1 text-xs text-slate-600">{formatNumber(s.marked)} dari {formatNumber(s.enrolled)} peserta sudah ditandai</p>
    </Link>
  )
}
