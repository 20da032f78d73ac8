import type { Metadata } from 'next'
import { PageHeader, Section, Stat, StatGrid, Table, Td, EmptyState, Badge } from '@/components/ui'
import { formatDateRange, formatDateTimeInZone, formatNumber, formatTimeInZone } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { getTrainerSchedule } from '@/lib/server/dashboard/get-trainer-schedule'

export const metadata: Metadata = { title: 'Dasbor Pelatih Ahli' }

export default async function TrainerDashboard() {
  const actor = await requirePermission('read:dashboard:assigned')
  const { assignments, sessions, sessionsAreUpcoming } = await getTrainerSchedule(actor)
  const participantTotal = assignments.reduce((s, a) => s + a.cohort._count.enrolments, 0)
  return (
    <>
      <PageHeader title={`Selamat datang, ${actor.name}`} description="Kelas yang Anda ampu dan jadwal sesi, dalam waktu setempat lokasi kelas." />
      <StatGrid>
        <Stat label="Kelas ditugaskan" value={formatNumber(assignments.length)} />
        <Stat label="Sebagai pelatih utama" value={formatNumber(assignments.filter((a) => a.role === 'LEAD').length)} />
        <Stat label="Peserta di kelas Anda" value={formatNumber(participantTotal)} />
      </StatGrid>
      <Section title="Kelas Anda">
        {assignments.length ? (
          <Table head={['Kelas', 'Program', 'Tanggal', 'Tempat', 'Peran', 'Peserta']} caption="Kelas yang ditugaskan">
            {assignments.map((a) => (
              <tr key={a.id}>
                <Td className="font-medium">{a.cohort.name}<span className="block text-xs text-slate-500">Gelombang {a.cohort.wave.number} · {a.cohort.province.name} ({a.cohort.province.timeZoneLabel})</span></Td>
                <Td>{a.cohort.wave.program.name}</Td>
                <Td className="whitespace-nowrap">{formatDateRange(a.cohort.startDate, a.cohort.endDate)}</Td>
                <Td>{a.cohort.venue}<span className="block text-xs text-slate-500">{a.cohort.city}</span></Td>
                <Td><Badge tone={a.role === 'LEAD' ? 'blue' : 'slate'}>{a.role === 'LEAD' ? 'Pelatih utama' : 'Pendamping'}</Badge></Td>
                <Td className="tabular-nums">{formatNumber(a.cohort._count.enrolments)}</Td>
              </tr>
            ))}
          </Table>
        ) : <EmptyState>Anda belum ditugaskan ke kelas mana pun.</EmptyState>}
      </Section>
      <Section title={sessionsAreUpcoming ? 'Sesi berikutnya' : 'Sesi terakhir'}>
        {sessions.length ? (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {sessions.map((s) => (
              <li key={s.id} className="px-4 py-3">
                <p className="font-medium">{s.title}</p>
                <p className="text-sm text-slate-600">
                  {formatDateTimeInZone(s.startsAt, s.cohort.province.timeZone, s.cohort.province.timeZoneLabel)}
                  {' – '}{formatTimeInZone(s.endsAt, s.cohort.province.timeZone, s.cohort.province.timeZoneLabel)}
                </p>
                <p className="text-xs text-slate-500">{s.cohort.name}{s.jp ? ` · ${s.jp} JP` : ''}</p>
              </li>
            ))}
          </ul>
        ) : <EmptyState>Belum ada sesi.</EmptyState>}
      </Section>
    </>
  )
}
