import type { Metadata } from 'next'
import { Badge, EmptyState, PageHeader, Section, Stat, StatGrid } from '@/components/ui'
import { attendanceStatusLabel, deliveryModeLabel, enrolmentStatusLabel, institutionTypeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { getParticipantOverview } from '@/lib/server/dashboard/get-participant-overview'
import type { AttendanceStatus } from '@/generated/prisma/enums'

export const metadata: Metadata = { title: 'Beranda Peserta' }

const enrolmentTone = { REGISTERED: 'blue', WITHDRAWN: 'slate', PASSED: 'green', FAILED: 'red' } as const

export default async function ParticipantHome() {
  const actor = await requirePermission('read:dashboard:own')
  const { participant, enrolments } = await cachedRead(`dashboard:${scopeKey(actor)}`, () => getParticipantOverview(actor))
  return (
    <>
      <PageHeader
        title={`Halo, ${participant?.name ?? actor.name}`}
        description={participant ? `${participant.institutionName} · ${institutionTypeLabel[participant.institutionType]}${participant.village ? ` · ${participant.village.name}` : ''}, ${participant.regency.name}` : undefined}
      />
      {enrolments.length ? enrolments.map((e) => (
        <Section key={e.id} title={e.program.name} action={<Badge tone={enrolmentTone[e.status]}>{enrolmentStatusLabel[e.status]}</Badge>}>
          <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <p className="font-medium">{e.cohort.name} · Gelombang {e.cohort.wave.number} ({deliveryModeLabel[e.cohort.wave.mode]})</p>
            <p className="text-slate-600">{formatDateRange(e.cohort.startDate, e.cohort.endDate)} · {e.cohort.venue}, {e.cohort.city}</p>
            <p className="text-xs text-slate-500">Jadwal dalam waktu setempat ({e.cohort.province.timeZoneLabel}).</p>
          </div>
          <div className="mt-3">
            <StatGrid>
              <Stat label="Kehadiran (JP)" value={`${formatNumber(e.attendedJp)} / ${formatNumber(e.totalJp)}`} hint={`Syarat minimal ${e.program.minAttendancePercent}%`} />
              <Stat label="Sesi" value={formatNumber(e.sessionCount)} />
              <Stat label="Pre-test" value={e.preTest == null ? '–' : formatNumber(e.preTest)} />
              <Stat label="Post-test" value={e.postTest == null ? '–' : formatNumber(e.postTest)} hint={`Nilai lulus ${e.program.postTestPassMark}`} />
            </StatGrid>
          </div>
          <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label="Rekap presensi">
            {(Object.keys(attendanceStatusLabel) as AttendanceStatus[]).map((status) => (
              <li key={status} className="rounded-full bg-white px-3 py-1 ring-1 ring-slate-200">
                {attendanceStatusLabel[status]}: <strong>{e.marksByStatus[status] ?? 0}</strong>
              </li>
            ))}
          </ul>
        </Section>
      )) : <EmptyState>Anda belum terdaftar di kelas mana pun. Hubungi operator provinsi Anda.</EmptyState>}
    </>
  )
}
