import type { Metadata } from 'next'
import { describeAgendaJp, describeCertificateJpRule } from '@/lib/certificates/agenda-jp'
import { CheckInForm } from '@/components/attendance/check-in-form'
import { ParticipantCertificates } from '@/components/certificates/participant-certificates'
import { ParticipantSession, type ParticipantSessionView } from '@/components/attendance/participant-session'
import { Badge, EmptyState, PageHeader, Section, Stat, StatGrid } from '@/components/ui'
import { attendanceStatusLabel, deliveryModeLabel, enrolmentStatusLabel, institutionTypeLabel } from '@/lib/i18n/id'
import { checkInWindow, markingOpensAt, type AttendanceSettings } from '@/lib/attendance/rules'
import { formatDateRange, formatNumber, formatTimeInZone } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { getParticipantOverview } from '@/lib/server/dashboard/get-participant-overview'
import { utcToLocal } from '@/lib/server/sessions/local-time'
import { recordedMessage } from '@/lib/server/attendance/check-in'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { getSiteOrigin } from '@/lib/server/site-url'
import type { AttendanceStatus } from '@/generated/prisma/enums'

export const metadata: Metadata = { title: 'Beranda Peserta' }

const enrolmentTone = { REGISTERED: 'blue', WITHDRAWN: 'slate', PASSED: 'green', FAILED: 'red' } as const
type Place = { venue: string; city: string; timeZone: string; timeZoneLabel: string }

// Server-rendered and light: participants are on cheap phones with slow links. The only client
// code is the check-in form of today's sessions.
export default async function ParticipantHome() {
  const actor = await requirePermission('read:dashboard:own')
  const [{ participant, enrolments }, rules, { origin }] = await Promise.all([
    cachedRead(`dashboard:${scopeKey(actor)}`, () => getParticipantOverview(actor)),
    getAttendanceSettings(),
    getSiteOrigin(),
  ])
  const now = new Date()
  const today = enrolments.flatMap((e) => e.status === 'WITHDRAWN' ? [] : e.sessions
    .filter((s) => isToday(s, e.cohort.province.timeZone, now) || checkInWindow(s, rules, now) === 'OPEN')
    .map((s) => ({ session: s, place: placeOf(e.cohort) })))
  return (
    <>
      <PageHeader
        title={`Halo, ${participant?.name ?? actor.name}`}
        description={participant ? `${participant.institutionName} · ${institutionTypeLabel[participant.institutionType]}${participant.village ? ` · ${participant.village.name}` : ''}, ${participant.regency.name}` : undefined}
      />
      {today.length ? (
        <Section title="Sesi hari ini">
          <ul className="flex flex-col gap-3" aria-label="Sesi hari ini">
            {today.map(({ session, place }) => (
              <li key={session.id} className="rounded-lg border-2 border-brand-200 bg-white p-4 shadow-sm">
                <ParticipantSession session={session} place={place}>
                  <TodayCheckIn session={session} place={place} rules={rules} now={now} />
                </ParticipantSession>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {enrolments.length ? enrolments.map((e) => (
        <Section key={e.id} title={e.program.name} action={<Badge tone={enrolmentTone[e.status]}>{enrolmentStatusLabel[e.status]}</Badge>}>
          <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <p className="font-medium">{e.cohort.name} · Gelombang {e.cohort.wave.number} ({deliveryModeLabel[e.cohort.wave.mode]})</p>
            <p className="text-slate-600">{formatDateRange(e.cohort.startDate, e.cohort.endDate)} · {e.cohort.venue}, {e.cohort.city}</p>
            {e.cohort.venueAddress ? <p className="text-slate-600">{e.cohort.venueAddress}</p> : null}
            {e.trainers.length ? <p className="mt-2 text-slate-700">Pelatih: {e.trainers.map((t) => t.name).join(', ')}</p> : null}
            {e.cohort.contactName || e.cohort.contactPhone ? (
              <p className="text-slate-700">
                Kontak operator: {e.cohort.contactName ?? ''}{e.cohort.contactPhone ? <> · <a href={`tel:${e.cohort.contactPhone.replace(/[^\d+]/g, '')}`} className="font-medium text-brand-700 underline">{e.cohort.contactPhone}</a></> : null}
              </p>
            ) : null}
            <p className="mt-1 text-xs text-slate-500">Jadwal dalam waktu setempat ({e.cohort.province.timeZoneLabel}).</p>
          </div>
          <div className="mt-3">
            <StatGrid>
              <Stat label="Kehadiran (JP)" value={`${formatNumber(e.attendedJp)} / ${formatNumber(e.totalJp)}`} hint={`Syarat minimal ${e.program.minAttendancePercent}% = ${formatNumber(e.jp.minimumAttendedJp)} JP`} />
              <Stat label="Sesi" value={formatNumber(e.sessionCount)} />
              <Stat label="Pre-test" value={e.preTest == null ? '–' : formatNumber(e.preTest)} />
              <Stat label="Post-test" value={e.postTest == null ? '–' : formatNumber(e.postTest)} hint={e.program.postTestRequired ? `Nilai lulus ${e.program.postTestPassMark}` : 'Bukan syarat sertifikat'} />
            </StatGrid>
          </div>
          <p className="mt-2 text-xs text-slate-600" data-testid="participant-jp-note">
            {describeAgendaJp(e.jp)} {describeCertificateJpRule(e.jp, e.program.minAttendancePercent)}
          </p>
          <ParticipantCertificates certificates={e.certificates} eligibility={e.eligibility} withdrawn={e.status === 'WITHDRAWN'} origin={origin} />
          <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label="Rekap presensi">
            {(Object.keys(attendanceStatusLabel) as AttendanceStatus[]).map((status) => (
              <li key={status} className="rounded-full bg-white px-3 py-1 ring-1 ring-slate-200">
                {attendanceStatusLabel[status]}: <strong>{e.marksByStatus[status] ?? 0}</strong>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-800">Jadwal sesi</h3>
          {e.sessions.length ? (
            <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={`Jadwal sesi ${e.cohort.name}`}>
              {e.sessions.map((s) => (
                <li key={s.id} id={`sesi-${s.id}`} className="px-4 py-3"><ParticipantSession session={s} place={placeOf(e.cohort)} /></li>
              ))}
            </ol>
          ) : <EmptyState>Jadwal sesi akan ditentukan. Tanggal kelas: {formatDateRange(e.cohort.startDate, e.cohort.endDate)}.</EmptyState>}
        </Section>
      )) : <EmptyState>Anda belum terdaftar di kelas mana pun. Hubungi operator provinsi Anda.</EmptyState>}
    </>
  )
}

function TodayCheckIn({ session, place, rules, now }: { session: ParticipantSessionView; place: Place; rules: AttendanceSettings; now: Date }) {
  if (session.mark) {
    return (
      <p role="status" data-testid="check-in-recorded" className="mt-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {recordedMessage(session.mark)}
      </p>
    )
  }
  const window = checkInWindow(session, rules, now)
  if (window === 'NOT_YET') return <p className="mt-2 text-sm text-slate-600">Presensi mandiri dibuka pukul {formatTimeInZone(markingOpensAt(session, rules), place.timeZone, place.timeZoneLabel)}.</p>
  if (window === 'CLOSED') return <p className="mt-2 text-sm text-slate-600">Presensi mandiri sudah ditutup. Hubungi pelatih bila Anda hadir.</p>
  return <div className="mt-3"><CheckInForm sessionId={session.id} /></div>
}

const placeOf = (c: { venue: string; city: string; province: { timeZone: string; timeZoneLabel: string } }): Place =>
  ({ venue: c.venue, city: c.city, timeZone: c.province.timeZone, timeZoneLabel: c.province.timeZoneLabel })

const isToday = (s: { startsAt: Date }, timeZone: string, now: Date) => utcToLocal(s.startsAt, timeZone).date === utcToLocal(now, timeZone).date
